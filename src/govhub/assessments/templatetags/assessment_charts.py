from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from govhub.assessments.selectors import Results
from govhub.core.charts import Series, bar_chart, radar_chart
from govhub.frameworks.models import Level

register = template.Library()


@register.simple_tag
def radar(results: Results) -> SafeString:
    labels = [str(domain.title) for domain in results.domains]
    return radar_chart(
        labels,
        [
            Series(_("Current level"), [s.score for s in results.scores], "current"),
            Series(_("Target level"), [s.target for s in results.scores], "target"),
        ],
        title=_("Radar chart of current and target levels by domain"),
    )


@register.simple_tag
def gap_bars(results: Results) -> SafeString:
    labels = [str(domain.title) for domain in results.domains]
    gaps = [
        (s.target - s.score) if s.target is not None and s.score is not None else None
        for s in results.scores
    ]
    return bar_chart(labels, gaps, title=_("Bar chart of the gap by domain"))


@register.simple_tag
def level_name(level: int) -> str:
    return f"{level} — {Level(level).label}"


@register.simple_tag
def next_level(answer: Any) -> str:
    """What the level after the current one asks for."""
    if answer.current_level is None:
        return ""
    wanted = answer.current_level + 1
    for descriptor in answer.practice.descriptors.all():
        if descriptor.level == wanted:
            return str(descriptor.text)
    return ""
