from __future__ import annotations

from govhub.core.charts import Series, bar_chart, radar_chart


def test_radar_escapes_labels_and_draws_one_polygon_per_series() -> None:
    svg = radar_chart(
        ["<script>alert(1)</script>", "Strategy", "Risk"],
        [Series("Current", [1, 2, 3], "current"), Series("Target", [3, 4, None], "target")],
        title='Levels "by" domain',
    )
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert svg.count('class="series') == 2
    assert 'aria-label="Levels &quot;by&quot; domain"' in svg


def test_radar_with_two_axes_uses_circles() -> None:
    svg = radar_chart(["A", "B"], [Series("Current", [1, 2], "current")])
    assert svg.count("<circle") == 5 and 'class="series current"' in svg


def test_bars_scale_to_the_maximum_and_show_missing_values() -> None:
    svg = bar_chart(["Full", "Half", "None"], [5, 2.5, None], maximum=5)
    assert 'width="260.0"' in svg and 'width="130.0"' in svg
    assert "—" in svg
