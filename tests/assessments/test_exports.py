"""Exports of one assessment: the PDF report, the XLSX workbook and the JSON document."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader

from govhub.assessments import exports, selectors, services
from govhub.assessments.models import Answer
from tests.assessments.conftest import answer_all
from tests.assessments.test_uploads import PDF

pytestmark = pytest.mark.django_db

EXPORTS = ("export.pdf", "export.xlsx", "export.json")


@pytest.fixture
def answered(cast, assessment):
    """Every practice at 2 → 4, except the first (not applicable) and the second (3 → 3, with a
    comment, a link, a file and a reviewer's comment)."""
    answer_all(assessment, cast.member, current=2, target=4)
    answers = list(
        Answer.objects.filter(assessment=assessment).order_by(
            "practice__domain__order", "practice__order"
        )
    )
    first, second = answers[0], answers[1]
    services.answer_save(
        answer=first,
        by=cast.member,
        revision=first.revision,
        not_applicable=True,
        not_applicable_reason="We have no data centre",
    )
    services.answer_save(
        answer=second,
        by=cast.member,
        revision=second.revision,
        current_level=3,
        target_level=3,
        comment='=HYPERLINK("https://evil.example")\nSecond line',
    )
    services.evidence_add_link(answer=second, by=cast.member, url="https://parl.example/plan")
    services.evidence_add_file(answer=second, by=cast.member, name="Strategy 2026.pdf", data=PDF)
    services.assessment_submit(assessment=assessment, by=cast.focal_point)
    second = Answer.objects.select_related("assessment").get(pk=second.pk)
    services.review_comment_add(answer=second, by=cast.reviewer, text="Which board approved it?")
    return assessment


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_pdf_report_in_english(client, cast, answered) -> None:
    client.force_login(cast.member)
    response = client.get(f"/en/assessments/{answered.pk}/export.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="self-assessment-home-parliament-2027.pdf"'
    )
    assert response.content.startswith(b"%PDF")
    text = _pdf_text(response.content)
    assert "Home Parliament" in text
    assert "Domain 1 (en)" in text and "Practice 1.2 (en)" in text
    assert "Roadmap" in text
    assert "Level 3 of 1.3 (en)" in text  # the next level of a roadmap practice
    assert "We have no data centre" in text
    assert "Second line" in text  # the answer's comment
    assert "Which board approved it?" in text and "Rita Reviewer" in text
    assert "https://parl.example/plan" in text and "Strategy 2026.pdf" in text


def test_the_pdf_report_is_in_the_readers_language(client, cast, answered) -> None:
    client.force_login(cast.reviewer)
    response = client.get(f"/fr/assessments/{answered.pk}/export.pdf")
    assert response.status_code == 200
    text = _pdf_text(response.content)
    assert "Domain 1 (fr)" in text and "Practice 1.3 (fr)" in text
    assert "Level 3 of 1.3 (fr)" in text
    assert "Domain 1 (en)" not in text


def test_the_pdf_has_the_charts_and_fetches_nothing(cast, answered, monkeypatch) -> None:
    from weasyprint.urls import URLFetcher

    fetched: list[str] = []

    def fetch(self, url, headers=None):
        fetched.append(url)
        raise ValueError(url)

    monkeypatch.setattr(URLFetcher, "fetch", fetch)
    results = selectors.results(answered)
    context = exports._pdf_context(results)
    assert "<svg" in context["radar_svg"] and "<style>" in context["radar_svg"]
    assert 'class="chart bars"' in context["bars_svg"]
    content = exports.results_pdf(results, None)
    assert content.startswith(b"%PDF")
    assert fetched == []


def test_the_xlsx_workbook(client, cast, answered) -> None:
    client.force_login(cast.focal_point)
    response = client.get(f"/en/assessments/{answered.pk}/export.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="self-assessment-home-parliament-2027.xlsx"'
    )
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Summary", "Domains", "Answers", "Roadmap", "Mappings"]
    summary = {row[0]: row[1] for row in workbook["Summary"].iter_rows(values_only=True)}
    assert summary["Organisation"] == "Home Parliament"
    assert summary["Cycle"] == 2027
    assert summary["Framework identifier"] == "testfw"
    assert summary["Status"] == "Submitted"
    results = selectors.results(answered)
    assert summary["Overall score (0 to 5)"] == pytest.approx(round(results.overall, 2))

    domains = list(workbook["Domains"].iter_rows(values_only=True))
    assert domains[0][:4] == ("Domain id", "Domain", "Weight", "Score")
    assert workbook["Domains"]["A1"].font.b
    assert [row[0] for row in domains[1:]] == ["testfw.d1", "testfw.d2"]
    assert domains[2][3] == 2 and domains[2][5] == 4  # domain 2: score 2, target 4

    answers = list(workbook["Answers"].iter_rows(values_only=True))
    header = answers[0]
    rows = {row[1]: dict(zip(header, row, strict=True)) for row in answers[1:]}
    assert len(rows) == 10
    first = rows["testfw.d1.1"]
    assert first["Not applicable"] == "yes" and first["Reason"] == "We have no data centre"
    assert first["Current level"] is None
    second = rows["testfw.d1.2"]
    assert (second["Current level"], second["Target level"]) == (3, 3)
    assert "https://parl.example/plan" in second["Evidence"]
    assert "Strategy 2026.pdf" in second["Evidence"]
    assert "Rita Reviewer: Which board approved it?" in second["Reviewer comments"]
    # A comment that looks like a formula stays text.
    cell = workbook["Answers"][f"I{list(rows).index('testfw.d1.2') + 2}"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")

    roadmap = list(workbook["Roadmap"].iter_rows(values_only=True))
    assert len(roadmap) == 1 + 8  # every practice except the two without a gap
    assert roadmap[1][8].startswith("Level 3 of")
    mappings = list(workbook["Mappings"].iter_rows(values_only=True))
    assert {row[0] for row in mappings[1:]} == {"ISO/IEC 38500 (en)", "IPU 1.5.5 (en)"}


def test_the_xlsx_texts_follow_the_language(client, cast, answered) -> None:
    client.force_login(cast.member)
    response = client.get(f"/fr/assessments/{answered.pk}/export.xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    titles = [row[1] for row in workbook.worksheets[1].iter_rows(min_row=2, values_only=True)]
    assert titles == ["Domain 1 (fr)", "Domain 2 (fr)"]


def test_the_json_document(client, cast, answered) -> None:
    client.force_login(cast.coordinator)
    response = client.get(f"/en/assessments/{answered.pk}/export.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == (
        'attachment; filename="self-assessment-home-parliament-2027.json"'
    )
    document = json.loads(response.content)
    assert document["format"] == "govhub-assessment-results/1"
    assert document["language"] == "en"
    assert document["organisation"] == {
        "name": "Home Parliament",
        "slug": "home-parliament",
        "country": "FJ",
    }
    assert document["assessment"]["cycle"] == 2027
    assert document["assessment"]["status"] == "submitted"
    assert document["assessment"]["submitted_at"].endswith("+00:00")
    assert document["framework"]["key"] == "testfw"
    assert document["framework"]["version"] == "1.0"
    results = selectors.results(answered)
    assert document["scores"]["overall"] == round(results.overall, 2)
    assert document["scores"]["overall_target"] == round(results.overall_target, 2)
    assert [d["key"] for d in document["domains"]] == ["testfw.d1", "testfw.d2"]
    second_domain = document["domains"][1]
    assert (second_domain["score"], second_domain["target"], second_domain["gap"]) == (2, 4, 2)
    answers = {a["practice"]: a for a in document["answers"]}
    assert len(answers) == 10
    first = answers["testfw.d1.1"]
    assert first["not_applicable"] is True
    assert first["not_applicable_reason"] == "We have no data centre"
    assert first["current_level"] is None and first["gap"] is None
    second = answers["testfw.d1.2"]
    assert (second["current_level"], second["target_level"]) == (3, 3)
    assert second["comment"].endswith("Second line")
    kinds = {(e["kind"], e.get("url") or e.get("name")) for e in second["evidence"]}
    assert kinds == {("link", "https://parl.example/plan"), ("file", "Strategy 2026.pdf")}
    assert second["review_comments"][0]["author"] == "Rita Reviewer"
    assert [item["rank"] for item in document["roadmap"]] == list(range(1, 9))
    assert document["roadmap"][0]["next_level"].startswith("Level 3 of")
    assert {m["model"] for m in document["mappings"]} == {"iso38500", "ipu-1.5.5"}
    # The keys are stable: the same document, key for key, in another language.
    french = json.loads(client.get(f"/fr/assessments/{answered.pk}/export.json").content)
    assert french["language"] == "fr"
    assert french["domains"][0]["title"] == "Domain 1 (fr)"
    assert set(french) == set(document)


@pytest.mark.parametrize("role", ["member", "focal_point", "reviewer", "coordinator"])
def test_everyone_who_sees_the_assessment_exports_it(client, cast, assessment, role) -> None:
    client.force_login(cast.user(role))
    for name in EXPORTS:
        response = client.get(f"/en/assessments/{assessment.pk}/{name}")
        assert response.status_code == 200, name
        assert response["Content-Disposition"].startswith("attachment"), name
        assert "no-store" in response["Cache-Control"], name


@pytest.mark.parametrize("role", ["other_member", "other_focal_point", "editor", "anonymous"])
def test_people_outside_cannot_export(client, cast, assessment, role) -> None:
    user = cast.user(role)
    if user:
        client.force_login(user)
    for name in EXPORTS:
        response = client.get(f"/en/assessments/{assessment.pk}/{name}")
        assert response.status_code == (302 if role == "anonymous" else 404), name
    client.force_login(cast.member)
    assert client.get(f"/en/assessments/{assessment.pk + 99}/export.pdf").status_code == 404


def test_the_results_page_links_the_exports(client, cast, assessment) -> None:
    client.force_login(cast.member)
    html = client.get(f"/en/assessments/{assessment.pk}/results/").content.decode()
    for name in EXPORTS:
        assert f"/en/assessments/{assessment.pk}/{name}" in html


@pytest.mark.parametrize("name", [*EXPORTS, "questionnaire.xlsx"])
def test_exports_take_the_same_queries_whatever_the_data(client, cast, assessment, name) -> None:
    url = f"/en/assessments/{assessment.pk}/{name}"
    client.force_login(cast.reviewer)
    client.get(url)
    with CaptureQueriesContext(connection) as empty:
        assert client.get(url).status_code == 200
    answer_all(assessment, cast.member, current=1, target=5)
    for answer in Answer.objects.filter(assessment=assessment):
        services.evidence_add_link(answer=answer, by=cast.member, url="https://a.example/")
        services.evidence_add_file(answer=answer, by=cast.member, name="b.pdf", data=PDF)
    services.assessment_submit(assessment=assessment, by=cast.focal_point)
    for answer in Answer.objects.select_related("assessment").filter(assessment=assessment):
        services.review_comment_add(answer=answer, by=cast.reviewer, text="Why?")
    with CaptureQueriesContext(connection) as full:
        assert client.get(url).status_code == 200
    assert len(full) == len(empty), [q["sql"] for q in full.captured_queries]
