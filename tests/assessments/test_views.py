from __future__ import annotations

import pytest
from django.core.files.base import ContentFile

from govhub.assessments import services
from govhub.assessments.models import Answer, Evidence, Status
from tests.assessments.conftest import answer_all
from tests.assessments.test_uploads import PDF

pytestmark = pytest.mark.django_db


def _post_domain(client, assessment, order: int, values: dict[int, dict[str, object]]):
    data: dict[str, object] = {}
    for answer in Answer.objects.filter(assessment=assessment, practice__domain__order=order):
        prefix = f"a{answer.pk}"
        data[f"{prefix}-revision"] = answer.revision
        for key, value in values.get(answer.pk, {}).items():
            data[f"{prefix}-{key}"] = value
    return client.post(f"/en/assessments/{assessment.pk}/domains/{order}/", data)


def test_members_answer_a_domain_in_the_browser_form(client, cast, assessment) -> None:
    client.force_login(cast.member)
    page = client.get(f"/en/assessments/{assessment.pk}/domains/0/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Practice 1.1 (en)" in html and "Level 5 of 1.1 (en)" in html
    first = Answer.objects.filter(assessment=assessment).order_by("practice__order").first()
    response = _post_domain(
        client, assessment, 0, {first.pk: {"current_level": 2, "target_level": 4, "comment": "ok"}}
    )
    assert response.status_code == 302
    first.refresh_from_db()
    assert (first.current_level, first.target_level, first.updated_by) == (2, 4, cast.member)
    french = client.get(f"/fr/assessments/{assessment.pk}/domains/0/").content.decode()
    assert "Practice 1.1 (fr)" in french


def test_the_second_saver_sees_both_versions(client, cast, assessment) -> None:
    first = Answer.objects.filter(assessment=assessment).order_by("practice__order").first()
    services.answer_save(
        answer=first, by=cast.focal_point, revision=0, current_level=1, target_level=3
    )
    client.force_login(cast.member)
    stale = {
        f"a{first.pk}-revision": 0,
        f"a{first.pk}-current_level": 4,
        f"a{first.pk}-target_level": 5,
    }
    for answer in Answer.objects.filter(assessment=assessment, practice__domain__order=0).exclude(
        pk=first.pk
    ):
        stale[f"a{answer.pk}-revision"] = answer.revision
    response = client.post(f"/en/assessments/{assessment.pk}/domains/0/", stale)
    assert response.status_code == 400
    html = response.content.decode()
    assert "while you were editing" in html
    assert "Fred Focal" in html
    first.refresh_from_db()
    assert (first.current_level, first.target_level) == (1, 3)


def test_not_applicable_needs_a_reason_in_the_form(client, cast, assessment) -> None:
    first = Answer.objects.filter(assessment=assessment).order_by("practice__order").first()
    client.force_login(cast.member)
    response = _post_domain(client, assessment, 0, {first.pk: {"not_applicable": "on"}})
    assert response.status_code == 400
    assert "Say why this practice does not apply." in response.content.decode()
    first.refresh_from_db()
    assert not first.not_applicable


@pytest.mark.parametrize("role", ["other_member", "other_focal_point", "editor", "anonymous"])
def test_people_outside_get_404_for_pages_files_and_results(client, cast, assessment, role) -> None:
    answer = Answer.objects.filter(assessment=assessment).first()
    evidence = services.evidence_add_file(answer=answer, by=cast.member, name="a.pdf", data=PDF)
    user = cast.user(role)
    if user:
        client.force_login(user)
    for url in (
        f"/en/assessments/{assessment.pk}/",
        f"/en/assessments/{assessment.pk}/domains/0/",
        f"/en/assessments/{assessment.pk}/results/",
        f"/en/assessments/{assessment.pk}/evidence/{evidence.pk}/",
    ):
        response = client.get(url)
        expected = 302 if role == "anonymous" else 404
        assert response.status_code == expected, url


def test_evidence_is_served_only_to_those_who_may_see_it(client, cast, assessment) -> None:
    answer = Answer.objects.filter(assessment=assessment).first()
    evidence = services.evidence_add_file(answer=answer, by=cast.member, name="plan.pdf", data=PDF)
    for person in (cast.member, cast.focal_point, cast.reviewer, cast.coordinator):
        client.force_login(person)
        response = client.get(f"/en/assessments/{assessment.pk}/evidence/{evidence.pk}/")
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"


def test_upload_through_the_page_refuses_a_disguised_file(client, cast, assessment) -> None:
    answer = Answer.objects.filter(assessment=assessment).first()
    client.force_login(cast.member)
    fake = ContentFile(b"MZ\x90\x00" + b"\x00" * 100, name="report.pdf")
    response = client.post(
        f"/en/assessments/{assessment.pk}/answers/{answer.pk}/evidence/",
        {"file": fake},
        follow=True,
    )
    assert "This file type is not accepted" in response.content.decode()
    assert Evidence.objects.count() == 0
    response = client.post(
        f"/en/assessments/{assessment.pk}/answers/{answer.pk}/evidence/",
        {"url": "javascript:alert(1)"},
        follow=True,
    )
    assert Evidence.objects.count() == 0
    client.post(
        f"/en/assessments/{assessment.pk}/answers/{answer.pk}/evidence/",
        {"url": "https://parliament.example/ict-strategy.pdf"},
    )
    assert Evidence.objects.get().url == "https://parliament.example/ict-strategy.pdf"


def test_submit_return_validate_through_the_pages(client, cast, assessment) -> None:
    client.force_login(cast.focal_point)
    response = client.post(f"/en/assessments/{assessment.pk}/submit/", follow=True)
    assert "10 practices are not answered yet." in response.content.decode()
    answer_all(assessment, cast.member)
    client.post(f"/en/assessments/{assessment.pk}/submit/")
    assessment.refresh_from_db()
    assert assessment.status == Status.SUBMITTED
    assert client.post(f"/en/assessments/{assessment.pk}/validate/").status_code == 403
    client.force_login(cast.reviewer)
    queue = client.get("/en/assessments/review/").content.decode()
    assert "Home Parliament" in queue
    client.post(f"/en/assessments/{assessment.pk}/return/", {"comment": "Please add evidence"})
    assessment.refresh_from_db()
    assert assessment.status == Status.RETURNED
    client.force_login(cast.focal_point)
    client.post(f"/en/assessments/{assessment.pk}/submit/")
    client.force_login(cast.reviewer)
    client.post(f"/en/assessments/{assessment.pk}/validate/")
    assessment.refresh_from_db()
    assert assessment.status == Status.VALIDATED


def test_results_show_scores_charts_roadmap_and_mappings(client, cast, assessment) -> None:
    answer_all(assessment, cast.member, current=2, target=4)
    client.force_login(cast.member)
    html = client.get(f"/en/assessments/{assessment.pk}/results/").content.decode()
    assert "<svg" in html and 'role="img"' in html
    assert "2.0" in html and "4.0" in html
    assert "Roadmap" in html and "Level 3 of" in html  # what the next level asks for
    assert "ISO/IEC 38500 (en)" in html and "IPU 1.5.5 (en)" in html
    assert "<script" not in html


def test_a_focal_point_opens_from_the_page(client, cast, framework) -> None:
    client.force_login(cast.member)
    assert client.get("/en/assessments/open/home-parliament/").status_code == 404
    client.force_login(cast.focal_point)
    response = client.post(
        "/en/assessments/open/home-parliament/", {"framework": framework.pk, "cycle": 2027}
    )
    assert response.status_code == 302
    again = client.post(
        "/en/assessments/open/home-parliament/", {"framework": framework.pk, "cycle": 2028}
    )
    assert again.status_code == 200
    assert "already open" in again.content.decode()
    bad = client.post("/en/assessments/open/home-parliament/", {"framework": 999, "cycle": "x"})
    assert "Select a valid choice" in bad.content.decode()


def test_the_focal_point_is_told_which_practices_are_still_unanswered(
    client, cast, assessment
) -> None:
    first = Answer.objects.filter(assessment=assessment).order_by("practice__order").first()
    services.answer_save(answer=first, by=cast.member, revision=0, current_level=1, target_level=2)
    client.force_login(cast.focal_point)
    html = client.get(f"/en/assessments/{assessment.pk}/").content.decode()
    assert "1 of 10 answered so far." in html
    assert "Practice 1.2 (en)" in html and "Practice 2.5 (en)" in html
    assert f'#practice-{first.pk}"' not in html
