"""One assessment's results as documents to take away: JSON, an XLSX workbook and a PDF report.

Every function takes the ``Results`` of ``selectors.results`` and writes texts in the active
language; the JSON keys and the sheet layout are stable so that people can build on them.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from govhub.assessments import scoring
from govhub.assessments.models import Answer, Evidence
from govhub.assessments.selectors import Results
from govhub.assessments.templatetags import assessment_charts
from govhub.frameworks.models import Level

JSON_FORMAT = "govhub-assessment-results/1"
PDF_TEMPLATE = "assessments/report_pdf.html"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _evidence_by_answer(results: Results) -> dict[int, list[Evidence]]:
    """Evidence of every answer in one query (``results`` does not load it)."""
    grouped: dict[int, list[Evidence]] = defaultdict(list)
    for evidence in Evidence.objects.filter(answer__assessment=results.assessment).order_by(
        "created_at", "id"
    ):
        grouped[evidence.answer_id].append(evidence)
    return grouped


def _evidence_json(evidence: Evidence) -> dict[str, Any]:
    if evidence.url:
        return {"kind": "link", "url": evidence.url, "added_at": _iso(evidence.created_at)}
    return {
        "kind": "file",
        "name": evidence.original_name,
        "content_type": evidence.content_type,
        "size": evidence.size,
        "added_at": _iso(evidence.created_at),
    }


def _domain_titles(results: Results) -> dict[int, str]:
    # The domains of ``results`` carry their translations; an answer's domain does not.
    return {domain.pk: str(domain.title) for domain in results.domains}


def _gap(target: float | None, current: float | None) -> float | None:
    if target is None or current is None:
        return None
    return target - current


def _answer_gap(answer: Answer) -> int | None:
    if answer.not_applicable or answer.current_level is None or answer.target_level is None:
        return None
    return max(0, answer.target_level - answer.current_level)


def results_json(results: Results) -> dict[str, Any]:
    """The results as plain data: stable keys, ISO 8601 dates, scores rounded to 2 decimals.

    Titles are in the active language; ``language`` says which one.
    """
    assessment = results.assessment
    organisation = assessment.organisation
    framework = assessment.framework
    evidence = _evidence_by_answer(results)
    domains = []
    for row in results.domain_rows():
        score: scoring.DomainScore = row["score"]
        domains.append(
            {
                "key": row["domain"].key,
                "title": str(row["domain"].title),
                "weight": score.weight,
                "score": _round(score.score),
                "target": _round(score.target),
                "gap": _round(row["gap"]),
                "level_reached": row["level"],
                "answered": score.answered,
                "practices": score.total,
                "previous_score": _round(row["previous"]),
            }
        )
    answers = [
        {
            "practice": answer.practice.key,
            "domain": answer.practice.domain.key,
            "title": str(answer.practice.title),
            "current_level": answer.current_level,
            "target_level": answer.target_level,
            "gap": _answer_gap(answer),
            "not_applicable": answer.not_applicable,
            "not_applicable_reason": answer.not_applicable_reason,
            "comment": answer.comment,
            "revision": answer.revision,
            "updated_at": _iso(answer.updated_at),
            "evidence": [_evidence_json(item) for item in evidence.get(answer.pk, [])],
            "review_comments": [
                {
                    "author": str(comment.author) if comment.author else None,
                    "text": comment.text,
                    "created_at": _iso(comment.created_at),
                }
                for comment in answer.review_comments.all()
            ],
        }
        for answer in results.answers
    ]
    roadmap = [
        {
            "rank": rank,
            "practice": item.answer.practice.key,
            "domain": item.answer.practice.domain.key,
            "title": str(item.answer.practice.title),
            "current_level": item.answer.current_level,
            "target_level": item.answer.target_level,
            "gap": item.gap,
            "priority": item.priority,
            "next_level": assessment_charts.next_level(item.answer) or None,
        }
        for rank, item in enumerate(results.roadmap, start=1)
    ]
    mappings = [
        {
            "model": model_key,
            "title": str(rows[0].entry.model.title) if rows else model_key,
            "entries": [
                {
                    "key": row.entry.key,
                    "title": str(row.entry.title),
                    "score": _round(row.score),
                    "practices": row.practices,
                }
                for row in rows
            ],
        }
        for model_key, rows in results.mappings.items()
    ]
    return {
        "format": JSON_FORMAT,
        "exported_at": _iso(timezone.now()),
        "language": get_language(),
        "assessment": {
            "id": assessment.pk,
            "cycle": assessment.cycle,
            "status": assessment.status,
            "opened_at": _iso(assessment.created_at),
            "submitted_at": _iso(assessment.submitted_at),
            "validated_at": _iso(assessment.validated_at),
        },
        "organisation": {
            "name": organisation.name,
            "slug": organisation.slug,
            "country": str(organisation.country.code) if organisation.country else None,
        },
        "framework": {
            "key": framework.key,
            "version": framework.version,
            "title": str(framework.safe_translation_getter("title", any_language=True) or ""),
        },
        "scores": {
            "overall": _round(results.overall),
            "overall_target": _round(results.overall_target),
            "overall_gap": _round(_gap(results.overall_target, results.overall)),
        },
        "previous": (
            {"id": results.previous.pk, "cycle": results.previous.cycle}
            if results.previous is not None
            else None
        ),
        "domains": domains,
        "answers": answers,
        "roadmap": roadmap,
        "mappings": mappings,
    }


# --- XLSX ---------------------------------------------------------------------------------------


def _cell_value(value: Any) -> Any:
    if isinstance(value, str):
        # openpyxl refuses control characters that XML 1.0 cannot hold.
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def write_row(sheet: Any, values: Sequence[Any], *, bold: bool = False) -> None:
    """Append a row whose texts stay texts: a comment starting with "=" is never a formula."""
    sheet.append([_cell_value(value) for value in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.data_type == "f":
            cell.data_type = "s"
        if bold:
            cell.font = Font(bold=True)


def set_widths(sheet: Any, widths: Iterable[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _table(sheet: Any, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    write_row(sheet, headers, bold=True)
    sheet.freeze_panes = "A2"
    for row in rows:
        write_row(sheet, row)


def _level_label(level: int | None) -> str:
    return "" if level is None else f"{level} — {Level(level).label}"


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def results_xlsx(results: Results) -> bytes:
    """A workbook with the sheets Summary, Domains, Answers, Roadmap and Mappings (titles and
    headings in the active language; header rows bold; scores as numbers)."""
    assessment = results.assessment
    evidence = _evidence_by_answer(results)
    workbook = Workbook()
    summary = workbook.active
    summary.title = _("Summary")
    framework_title = assessment.framework.safe_translation_getter("title", any_language=True)
    for label, value in (
        (_("Organisation"), assessment.organisation.name),
        (_("Cycle"), assessment.cycle),
        (_("Framework"), str(framework_title or "")),
        (_("Framework identifier"), assessment.framework.key),
        (_("Framework version"), assessment.framework.version),
        (_("Status"), str(assessment.get_status_display())),
        (_("Overall score (0 to 5)"), _round(results.overall)),
        (_("Overall target"), _round(results.overall_target)),
        (_("Practices to improve"), len(results.roadmap)),
        (_("Exported"), timezone.localtime().strftime("%Y-%m-%d %H:%M")),
    ):
        write_row(summary, [label, value])
        summary.cell(row=summary.max_row, column=1).font = Font(bold=True)
    set_widths(summary, [28, 50])

    domains = workbook.create_sheet(_("Domains"))
    headers = [
        _("Domain id"),
        _("Domain"),
        _("Weight"),
        _("Score"),
        _("Level reached"),
        _("Target"),
        _("Gap"),
        _("Answered"),
        _("Practices"),
    ]
    if results.previous is not None:
        headers.append(_("Score in %(cycle)s") % {"cycle": results.previous.cycle})
    rows = []
    for row in results.domain_rows():
        score: scoring.DomainScore = row["score"]
        values = [
            row["domain"].key,
            str(row["domain"].title),
            score.weight,
            _round(score.score),
            _level_label(row["level"]),
            _round(score.target),
            _round(row["gap"]),
            score.answered,
            score.total,
        ]
        if results.previous is not None:
            values.append(_round(row["previous"]))
        rows.append(values)
    _table(domains, headers, rows)
    set_widths(domains, [18, 40, 8, 8, 26, 8, 8, 10, 10, 12])

    answers = workbook.create_sheet(_("Answers"))
    _table(
        answers,
        [
            _("Domain id"),
            _("Practice id"),
            _("Practice"),
            _("Current level"),
            _("Target level"),
            _("Gap"),
            _("Not applicable"),
            _("Reason"),
            _("Comment"),
            _("Evidence"),
            _("Reviewer comments"),
            _("Last saved"),
        ],
        (
            [
                answer.practice.domain.key,
                answer.practice.key,
                str(answer.practice.title),
                answer.current_level,
                answer.target_level,
                _answer_gap(answer),
                _yes_no(answer.not_applicable),
                answer.not_applicable_reason,
                answer.comment,
                "\n".join(item.url or item.original_name for item in evidence.get(answer.pk, [])),
                "\n".join(
                    f"{comment.author or ''}: {comment.text}"
                    for comment in answer.review_comments.all()
                ),
                timezone.localtime(answer.updated_at).strftime("%Y-%m-%d %H:%M")
                if answer.updated_at
                else "",
            ]
            for answer in results.answers
        ),
    )
    set_widths(answers, [18, 20, 40, 10, 10, 8, 10, 30, 40, 40, 40, 17])

    domain_titles = _domain_titles(results)
    roadmap = workbook.create_sheet(_("Roadmap"))
    _table(
        roadmap,
        [
            _("Rank"),
            _("Practice id"),
            _("Practice"),
            _("Domain"),
            _("Current level"),
            _("Target level"),
            _("Gap"),
            _("Priority"),
            _("Next level"),
        ],
        (
            [
                rank,
                item.answer.practice.key,
                str(item.answer.practice.title),
                domain_titles.get(item.answer.practice.domain_id, ""),
                item.answer.current_level,
                item.answer.target_level,
                item.gap,
                item.priority,
                assessment_charts.next_level(item.answer),
            ]
            for rank, item in enumerate(results.roadmap, start=1)
        ),
    )
    set_widths(roadmap, [6, 20, 40, 30, 10, 10, 6, 8, 60])

    mappings = workbook.create_sheet(_("Mappings"))
    _table(
        mappings,
        [
            _("Reference model"),
            _("Entry id"),
            _("Principle or criterion"),
            _("Score"),
            _("Practices"),
        ],
        (
            [
                str(row.entry.model.title),
                row.entry.key,
                str(row.entry.title),
                _round(row.score),
                row.practices,
            ]
            for rows in results.mappings.values()
            for row in rows
        ),
    )
    set_widths(mappings, [30, 18, 40, 8, 10])

    for sheet in (domains, answers, roadmap, mappings):
        for column in sheet.iter_cols(min_row=2):
            for cell in column:
                if isinstance(cell.value, float):
                    cell.number_format = "0.0"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- PDF ----------------------------------------------------------------------------------------

# WeasyPrint draws inline SVG with the SVG's own styles only, so the report's charts carry
# theirs (the web page styles them from govhub.css instead).
_CHART_STYLE = (
    "<style>"
    "text{font-family:'DejaVu Sans',sans-serif}"
    ".grid{fill:none;stroke:#c9d1d9;stroke-width:1}"
    ".axis{stroke:#c9d1d9;stroke-width:1}"
    ".tick,.value{font-size:11px;fill:#4a5561}"
    ".label,.legend{font-size:12px;fill:#1b1f24}"
    ".series{fill-opacity:.18;stroke-width:2.5}"
    ".series.current{fill:#0b4f6c;stroke:#0b4f6c}"
    ".series.target{fill:none;stroke:#b8460b;stroke-dasharray:6 4}"
    ".swatch.current{fill:#0b4f6c}.swatch.target{fill:#b8460b}"
    ".bar{fill:#0b4f6c}"
    "</style>"
)
_SVG_OPEN = re.compile(r"^(<svg\b[^>]*>)")


def _styled(svg: SafeString) -> SafeString:
    # The chart's attributes are escaped, so the first ">" closes the <svg> tag.
    return mark_safe(_SVG_OPEN.sub(lambda m: m.group(1) + _CHART_STYLE, str(svg), count=1))  # noqa: S308


def _pdf_context(results: Results) -> dict[str, Any]:
    evidence = _evidence_by_answer(results)
    by_domain: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for answer in results.answers:
        by_domain[answer.practice.domain_id].append(
            {
                "answer": answer,
                "current": _level_label(answer.current_level),
                "target": _level_label(answer.target_level),
                "evidence": evidence.get(answer.pk, []),
                "reviews": list(answer.review_comments.all()),
            }
        )
    domain_titles = _domain_titles(results)
    roadmap = [
        {
            "item": item,
            "domain": domain_titles.get(item.answer.practice.domain_id, ""),
            "next_level": assessment_charts.next_level(item.answer),
        }
        for item in results.roadmap
    ]
    return {
        "assessment": results.assessment,
        "results": results,
        "roadmap": roadmap,
        "framework_title": results.assessment.framework.safe_translation_getter(
            "title", any_language=True
        ),
        "radar_svg": _styled(assessment_charts.radar(results)),
        "bars_svg": _styled(assessment_charts.gap_bars(results)),
        "sections": [(domain, by_domain.get(domain.pk, [])) for domain in results.domains],
        "exported_at": timezone.now(),
    }


def results_pdf(results: Results, request: HttpRequest | None = None) -> bytes:
    """The printable report in the active language. Nothing is fetched: the template holds
    its own styles and charts, and the fetcher refuses every address."""
    # Imported here: WeasyPrint loads Pango and fonts, which only this export needs.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    html = render_to_string(PDF_TEMPLATE, _pdf_context(results), request=request)
    base = Path(__file__).resolve().parent / "templates" / "assessments"
    document = HTML(
        string=html,
        base_url=str(base),
        url_fetcher=URLFetcher(allowed_protocols=()),
    )
    pdf: bytes = document.write_pdf()
    return pdf
