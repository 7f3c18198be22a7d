"""Charts as SVG drawn on the server: light, printable, readable without JavaScript.

Each function returns markup that is safe to insert: every label is escaped here. The
caller adds the text alternative (a table of the same figures) next to the chart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]
    css_class: str


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def radar_chart(
    labels: Sequence[str], series: Sequence[Series], *, maximum: float = 5, title: str = ""
) -> SafeString:
    """A radar (spider) chart with one axis per label and one polygon per series. With fewer
    than three labels the rings are circles and each series is a line."""
    width, height, radius = 760, 540, 170
    centre_x, centre_y = width / 2, 250
    count = max(len(labels), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"'
        f' class="chart radar" role="img" aria-label="{escape(title)}">'
    ]

    def point(index: int, value: float, *, capped: bool = True) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * index / count
        reach = max(0.0, min(value, maximum)) if capped else value
        distance = radius * reach / maximum
        return centre_x + distance * math.cos(angle), centre_y + distance * math.sin(angle)

    for ring in range(1, int(maximum) + 1):
        if count < 3:
            parts.append(
                f'<circle class="grid" cx="{centre_x}" cy="{centre_y}"'
                f' r="{_fmt(radius * ring / maximum)}"/>'
            )
        else:
            ring_points = " ".join(
                f"{_fmt(x)},{_fmt(y)}" for x, y in (point(i, ring) for i in range(count))
            )
            parts.append(f'<polygon class="grid" points="{ring_points}"/>')
        x, y = point(0, ring)
        parts.append(f'<text class="tick" x="{_fmt(x + 4)}" y="{_fmt(y)}">{ring}</text>')
    for index, label in enumerate(labels):
        x, y = point(index, maximum)
        lx, ly = point(index, maximum * 1.12, capped=False)
        anchor = "middle" if abs(lx - centre_x) < 20 else ("start" if lx > centre_x else "end")
        parts.append(
            f'<line class="axis" x1="{centre_x}" y1="{centre_y}" x2="{_fmt(x)}" y2="{_fmt(y)}"/>'
        )
        parts.append(
            f'<text class="label" x="{_fmt(lx)}" y="{_fmt(ly)}" text-anchor="{anchor}">'
            f"{escape(_short(label, 34))}</text>"
        )
    for item in series:
        coords = [
            point(i, value if value is not None else 0) for i, value in enumerate(item.values)
        ]
        path = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in coords)
        parts.append(f'<polygon class="series {escape(item.css_class)}" points="{path}"/>')
    legend_y = height - 14 * len(series) - 6
    for offset, item in enumerate(series):
        y = legend_y + 14 * offset
        parts.append(
            f'<rect class="swatch {escape(item.css_class)}" x="10" y="{y - 9}"'
            ' width="10" height="10"/>'
            f'<text class="legend" x="26" y="{y}">{escape(item.name)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 — every value above is escaped or numeric


def bar_chart(
    labels: Sequence[str], values: Sequence[float | None], *, maximum: float = 5, title: str = ""
) -> SafeString:
    """Horizontal bars, one per label, scaled to ``maximum``."""
    row, label_width, bar_width = 26, 230, 260
    height = row * len(labels) + 30
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg"'
        f' viewBox="0 0 {label_width + bar_width + 60} {height}"'
        f' class="chart bars" role="img" aria-label="{escape(title)}">'
    ]
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 10 + index * row
        width = bar_width * max(0.0, min(value or 0, maximum)) / maximum
        parts.append(
            f'<text class="label" x="{label_width - 8}" y="{y + 14}" text-anchor="end">'
            f"{escape(_short(label, 34))}</text>"
            f'<rect class="bar" x="{label_width}" y="{y}" width="{_fmt(width)}"'
            f' height="{row - 8}"/>'
            f'<text class="value" x="{_fmt(label_width + width + 6)}" y="{y + 14}">'
            f"{'—' if value is None else _fmt(value)}</text>"
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 — every value above is escaped or numeric
