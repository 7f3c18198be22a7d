"""The offline round trip: download the questionnaire, fill it in a spreadsheet, upload it."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import openpyxl
import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.translation import gettext

from govhub.assessments import offline, services
from govhub.assessments.models import Answer, Assessment
from govhub.core.models import AuditEntry
from tests.assessments.conftest import answer_all
from tests.assessments.test_uploads import DOCX, PDF, XLSX, ZIP_BOMB

pytestmark = pytest.mark.django_db

D1, D2 = "1 Domain 1 (en)", "2 Domain 2 (en)"


def _download(client, assessment: Assessment, language: str = "en") -> bytes:
    response = client.get(f"/{language}/assessments/{assessment.pk}/questionnaire.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="questionnaire-home-parliament-2027.xlsx"'
    )
    return response.content


def _edit(data: bytes, change: Callable[[Any], None]) -> bytes:
    """``data`` after ``change(workbook)``, saved as a spreadsheet program would."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    change(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cells(values: dict[tuple[str, str], Any]) -> Callable[[Any], None]:
    def change(workbook: Any) -> None:
        for (sheet, cell), value in values.items():
            workbook[sheet][cell] = value

    return change


def _upload(client, assessment: Assessment, data: bytes, name: str = "questionnaire.xlsx"):
    return client.post(
        f"/en/assessments/{assessment.pk}/questionnaire/upload/",
        {"file": SimpleUploadedFile(name, data)},
    )


def _snapshot(assessment: Assessment) -> list[tuple[Any, ...]]:
    return list(
        Answer.objects.filter(assessment=assessment)
        .order_by("pk")
        .values_list(
            "current_level",
            "target_level",
            "not_applicable",
            "not_applicable_reason",
            "comment",
            "revision",
        )
    )


def _answer(assessment: Assessment, key: str) -> Answer:
    return Answer.objects.select_related("updated_by").get(assessment=assessment, practice__key=key)


def _problems(response) -> list[tuple[str, str, str]]:
    return [(p.sheet, p.cell, p.reason) for p in response.context["problems"]]


# --- the workbook --------------------------------------------------------------------------


def test_the_questionnaire_has_a_sheet_per_domain_and_a_hidden_about_sheet(
    client, cast, assessment
) -> None:
    first = _answer(assessment, "testfw.d1.1")
    services.answer_save(
        answer=first, by=cast.member, revision=0, current_level=1, target_level=3, comment="c"
    )
    client.force_login(cast.member)
    workbook = openpyxl.load_workbook(io.BytesIO(_download(client, assessment)))
    assert workbook.sheetnames == [D1, D2, "About"]
    assert workbook["About"].sheet_state == "hidden"
    sheet = workbook[D1]
    headings = [cell.value for cell in sheet[offline.HEADER_ROW]]
    assert headings == [
        "Practice id",
        "Practice",
        "Current level (0-5)",
        "Target level (0-5)",
        "Not applicable (yes/no)",
        "Reason it does not apply",
        "Comment",
    ]
    assert all(cell.font.b for cell in sheet[offline.HEADER_ROW])
    rows = list(sheet.iter_rows(min_row=offline.FIRST_ROW, values_only=True))
    assert [row[0] for row in rows] == [f"testfw.d1.{n}" for n in range(1, 6)]
    assert rows[0] == ("testfw.d1.1", "Practice 1.1 (en)", 1, 3, "no", None, "c")
    # The level descriptors are in the comment on the practice's name.
    descriptors = sheet["B5"].comment.text
    assert "0 — Non-existent: Level 0 of 1.1 (en)" in descriptors
    assert "5 — Optimising: Level 5 of 1.1 (en)" in descriptors
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations["C5:D9"] == '"0,1,2,3,4,5"'
    assert validations["E5:E9"] == '"yes,no"'
    about = {row[0]: row[1:] for row in workbook["About"].iter_rows(values_only=True)}
    assert about["assessment"][0] == assessment.pk


def test_the_questionnaire_is_in_the_readers_language(client, cast, assessment) -> None:
    client.force_login(cast.member)
    workbook = openpyxl.load_workbook(io.BytesIO(_download(client, assessment, "fr")))
    assert workbook.sheetnames == ["1 Domain 1 (fr)", "2 Domain 2 (fr)", "About"]
    assert workbook["1 Domain 1 (fr)"]["B5"].value == "Practice 1.1 (fr)"
    assert workbook["1 Domain 1 (fr)"]["A1"].value == "Domain 1 (fr)"


def test_sheet_titles_are_short_unique_and_valid() -> None:
    class Domain:
        def __init__(self, order: int, title: str) -> None:
            self.order, self.title = order, title

    long = "Information security: risks / controls [and] more?" * 2
    titles = offline.sheet_titles([Domain(0, long), Domain(0, long), Domain(1, "About")])
    assert all(len(title) <= 31 for title in titles)
    assert len({title.casefold() for title in titles}) == 3
    assert not any(char in title for title in titles for char in "\\/?*[]:")
    assert titles[1].endswith("(2)")


# --- a valid upload ------------------------------------------------------------------------


def test_download_fill_upload_saves_the_answers(client, cast, assessment) -> None:
    client.force_login(cast.member)
    data = _edit(
        _download(client, assessment),
        _cells(
            {
                (D1, "C5"): 2,
                (D1, "D5"): 4,
                (D1, "G5"): "Approved by the Bureau",
                (D1, "E6"): "yes",
                (D1, "F6"): "We have no data centre",
                (D2, "C7"): "3",  # typed as text: still a level
                (D2, "D7"): 5.0,
            }
        ),
    )
    response = _upload(client, assessment, data)
    assert response.status_code == 302
    assert response["Location"] == f"/en/assessments/{assessment.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "The questionnaire is uploaded: 3 answers changed." in page
    first = _answer(assessment, "testfw.d1.1")
    assert (first.current_level, first.target_level, first.comment) == (
        2,
        4,
        "Approved by the Bureau",
    )
    assert (first.revision, first.updated_by) == (1, cast.member)
    second = _answer(assessment, "testfw.d1.2")
    assert second.not_applicable and second.not_applicable_reason == "We have no data centre"
    assert second.revision == 1
    third = _answer(assessment, "testfw.d2.3")
    assert (third.current_level, third.target_level, third.revision) == (3, 5, 1)
    untouched = _answer(assessment, "testfw.d1.3")
    assert (untouched.current_level, untouched.revision) == (None, 0)
    assert AuditEntry.objects.filter(action="assessment.questionnaire_imported").count() == 1


def test_uploading_the_file_again_changes_nothing(client, cast, assessment) -> None:
    answer_all(assessment, cast.member, current=1, target=2)
    client.force_login(cast.member)
    data = _download(client, assessment)
    before = _snapshot(assessment)
    response = _upload(client, assessment, _edit(data, lambda workbook: None))
    assert response.status_code == 302
    assert _snapshot(assessment) == before


def test_rows_without_levels_keep_their_answer(client, cast, assessment) -> None:
    answer_all(assessment, cast.member, current=1, target=2)
    client.force_login(cast.member)
    data = _edit(
        _download(client, assessment),
        _cells(
            {
                (D1, "C5"): None,
                (D1, "D5"): None,
                (D1, "C6"): None,
                (D1, "D6"): None,
                (D1, "G6"): "Only a comment",
            }
        ),
    )
    assert _upload(client, assessment, data).status_code == 302
    first = _answer(assessment, "testfw.d1.1")
    assert (first.current_level, first.target_level, first.revision) == (1, 2, 1)
    second = _answer(assessment, "testfw.d1.2")
    assert (second.current_level, second.target_level, second.comment) == (1, 2, "Only a comment")


def test_french_yes_and_a_concurrent_change_elsewhere_are_fine(client, cast, assessment) -> None:
    client.force_login(cast.member)
    data = _download(client, assessment, "fr")
    # Someone saves another practice after the download: that row was not touched in the file.
    other = _answer(assessment, "testfw.d2.1")
    services.answer_save(
        answer=other, by=cast.focal_point, revision=0, current_level=4, target_level=5
    )
    sheet = "1 Domain 1 (fr)"
    with translation.override("fr"):
        yes = gettext("yes").capitalize()
    data = _edit(data, _cells({(sheet, "E5"): yes, (sheet, "F5"): "Pas de salle serveur"}))
    assert _upload(client, assessment, data).status_code == 302
    assert _answer(assessment, "testfw.d1.1").not_applicable
    other = _answer(assessment, "testfw.d2.1")
    assert (other.current_level, other.updated_by) == (4, cast.focal_point)


# --- refused uploads -----------------------------------------------------------------------

VALID_CHANGE = {(D2, "C9"): 1, (D2, "D9"): 2}


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({(D1, "C5"): 7}, (D1, "C5", "“7” is not a level")),
        ({(D1, "C5"): "7"}, (D1, "C5", "“7” is not a level")),
        ({(D1, "D6"): "abc"}, (D1, "D6", "“abc” is not a level")),
        ({(D1, "C6"): 2.5}, (D1, "C6", "“2.5” is not a level")),
        ({(D1, "E7"): "yes"}, (D1, "F7", "Say why this practice does not apply")),
        (
            {(D1, "E7"): "yes", (D1, "F7"): "No", (D1, "C7"): 1},
            (D1, "E7", "A practice that does not apply has no levels"),
        ),
        ({(D1, "E8"): "maybe"}, (D1, "E8", "Write “yes” or “no”, not “maybe”")),
        ({(D1, "C8"): 4, (D1, "D8"): 2}, (D1, "D8", "cannot be below the current level")),
        ({(D1, "A5"): "nope.1"}, (D1, "A5", "Unknown practice id “nope.1”")),
        ({(D1, "A6"): "testfw.d1.1"}, (D1, "A6", "appears twice")),
        ({(D1, "A6"): None}, (D1, "A6", "This row has no practice id")),
        ({(D1, "C4"): "Level"}, (D1, "C4", "heading was changed")),
        ({(D1, "G5"): "x" * 4001}, (D1, "G5", "at most 4,000 characters")),
    ],
)
def test_a_bad_cell_is_reported_and_nothing_is_saved(
    client, cast, assessment, cells, expected
) -> None:
    client.force_login(cast.member)
    data = _edit(_download(client, assessment), _cells({**VALID_CHANGE, **cells}))
    before = _snapshot(assessment)
    response = _upload(client, assessment, data)
    assert response.status_code == 400
    problems = _problems(response)
    assert len(problems) == 1, problems
    sheet, cell, reason = problems[0]
    assert (sheet, cell) == expected[:2]
    assert expected[2] in reason
    assert _snapshot(assessment) == before


def test_every_problem_is_listed_at_once(client, cast, assessment) -> None:
    client.force_login(cast.member)
    data = _edit(
        _download(client, assessment),
        _cells({(D1, "C5"): 7, (D1, "D6"): "abc", (D2, "E5"): "yes", (D2, "A9"): "nope"}),
    )
    response = _upload(client, assessment, data)
    assert response.status_code == 400
    assert {(sheet, cell) for sheet, cell, _reason in _problems(response)} == {
        (D1, "C5"),
        (D1, "D6"),
        (D2, "F5"),
        (D2, "A9"),
    }
    html = response.content.decode()
    assert html.index('class="error-summary"') < html.index("<h1>")
    assert "4 problems must be fixed first" in html
    assert "<td>1 Domain 1 (en)</td><td>C5</td>" in html


@pytest.mark.parametrize(
    "change",
    [
        lambda workbook: workbook.remove(workbook[D2]),
        lambda workbook: setattr(workbook[D2], "title", "Renamed"),
    ],
    ids=["deleted", "renamed"],
)
def test_a_missing_sheet_is_reported(client, cast, assessment, change) -> None:
    client.force_login(cast.member)
    data = _edit(_download(client, assessment), lambda wb: (_cells(VALID_CHANGE)(wb), change(wb)))
    before = _snapshot(assessment)
    response = _upload(client, assessment, data)
    assert response.status_code == 400
    assert _problems(response) == [
        (
            D2,
            "",
            "This sheet is missing or was renamed. Give it back its name, or download the "
            "questionnaire again.",
        )
    ]
    assert _snapshot(assessment) == before


def test_a_missing_about_sheet_is_reported(client, cast, assessment) -> None:
    client.force_login(cast.member)
    data = _edit(_download(client, assessment), lambda wb: wb.remove(wb["About"]))
    response = _upload(client, assessment, data)
    assert response.status_code == 400
    [(sheet, cell, reason)] = _problems(response)
    assert (sheet, cell) == ("About", "") and "About sheet is missing" in reason


def test_another_assessments_file_is_refused(client, cast, assessment, framework) -> None:
    theirs = services.assessment_open(
        organisation=cast.other, framework=framework, cycle=2027, by=cast.other_focal_point
    )
    client.force_login(cast.other_member)
    response = client.get(f"/en/assessments/{theirs.pk}/questionnaire.xlsx")
    data = _edit(response.content, _cells(VALID_CHANGE))
    client.force_login(cast.member)
    before = _snapshot(assessment)
    response = _upload(client, assessment, data)
    assert response.status_code == 400
    [(sheet, cell, reason)] = _problems(response)
    assert (sheet, cell) == ("About", "B3")
    assert "belongs to another self-assessment" in reason
    assert _snapshot(assessment) == before


def test_an_answer_saved_since_the_download_is_a_conflict(client, cast, assessment) -> None:
    client.force_login(cast.member)
    data = _download(client, assessment)
    first = _answer(assessment, "testfw.d1.1")
    services.answer_save(
        answer=first, by=cast.focal_point, revision=0, current_level=1, target_level=3
    )
    before = _snapshot(assessment)
    data = _edit(data, _cells({(D1, "C5"): 4, (D1, "D5"): 5, **VALID_CHANGE}))
    response = _upload(client, assessment, data)
    assert response.status_code == 400
    [(sheet, cell, reason)] = _problems(response)
    assert (sheet, cell) == (D1, "A5")
    assert "Fred Focal saved this answer" in reason and "after you downloaded" in reason
    assert _snapshot(assessment) == before
    first.refresh_from_db()
    assert (first.current_level, first.target_level, first.revision) == (1, 3, 1)


def test_a_conflict_while_saving_rolls_everything_back(client, cast, assessment, monkeypatch):
    """A save between the check and the write is caught by ``answer_save`` itself."""
    client.force_login(cast.member)
    data = _edit(_download(client, assessment), _cells({(D1, "C5"): 4, **VALID_CHANGE}))
    check = offline.questionnaire_check

    def check_then_someone_saves(assessment, data):
        changes = check(assessment, data)
        last = _answer(assessment, "testfw.d2.5")
        services.answer_save(answer=last, by=cast.focal_point, revision=0, current_level=5)
        return changes

    monkeypatch.setattr(offline, "questionnaire_check", check_then_someone_saves)
    response = _upload(client, assessment, data)
    assert response.status_code == 400
    [(sheet, cell, reason)] = _problems(response)
    assert (sheet, cell) == (D2, "A9") and "Fred Focal" in reason
    assert _answer(assessment, "testfw.d1.1").current_level is None  # rolled back
    assert _answer(assessment, "testfw.d2.5").current_level == 5


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (PDF, "This file is not an XLSX workbook."),
        (DOCX, "This file is not an XLSX workbook."),
        (b"<!DOCTYPE html><html><body>answers</body></html>", "This file type is not accepted"),
        (b"Practice id;Current level\ntestfw.d1.1;3\n", "This file type is not accepted"),
        (ZIP_BOMB, "too large once unpacked"),
        (XLSX, "This workbook is damaged and cannot be read."),
        (b"", "The submitted file is empty."),
    ],
    ids=["pdf", "docx", "html", "csv", "zip-bomb", "damaged", "empty"],
)
def test_files_that_are_not_questionnaires_are_refused(
    client, cast, assessment, data, reason
) -> None:
    client.force_login(cast.member)
    before = _snapshot(assessment)
    response = _upload(client, assessment, data, name="questionnaire.xlsx")
    assert response.status_code == 400
    if data:
        [(sheet, cell, message)] = _problems(response)
        assert (sheet, cell) == ("", "")
        assert reason in message
    else:
        assert reason in response.content.decode()  # the form refuses an empty file
    assert _snapshot(assessment) == before


def test_an_oversize_file_is_refused(cast, assessment) -> None:
    with pytest.raises(offline.QuestionnaireError) as refused:
        offline.questionnaire_import(assessment, cast.member, b"PK\x03\x04" + bytes(11 << 20))
    assert "larger than 10 MB" in refused.value.problems[0].reason


# --- who may do it -------------------------------------------------------------------------


def test_only_people_who_may_edit_upload(client, cast, assessment) -> None:
    client.force_login(cast.member)
    data = _edit(_download(client, assessment), _cells(VALID_CHANGE))
    url = f"/en/assessments/{assessment.pk}/questionnaire/upload/"
    for role, expected in (
        ("reviewer", 403),
        ("coordinator", 403),
        ("other_member", 404),
        ("editor", 404),
        ("anonymous", 302),
    ):
        client.logout()
        user = cast.user(role)
        if user:
            client.force_login(user)
        assert client.get(url).status_code == expected, role
        assert _upload(client, assessment, data).status_code == expected, role
    with pytest.raises(PermissionDenied):
        offline.questionnaire_import(assessment, cast.reviewer, data)
    assert _answer(assessment, "testfw.d2.5").revision == 0


def test_a_submitted_assessment_takes_no_upload(client, cast, assessment) -> None:
    answer_all(assessment, cast.member)
    client.force_login(cast.member)
    data = _edit(_download(client, assessment), _cells({(D1, "C5"): 1}))
    services.assessment_submit(assessment=assessment, by=cast.focal_point)
    assert _upload(client, assessment, data).status_code == 403
    assert _answer(assessment, "testfw.d1.1").current_level == 2


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("member", 200),
        ("reviewer", 200),
        ("other_member", 404),
        ("editor", 404),
        ("anonymous", 302),
    ],
)
def test_who_downloads_the_questionnaire(client, cast, assessment, role, expected) -> None:
    user = cast.user(role)
    if user:
        client.force_login(user)
    response = client.get(f"/en/assessments/{assessment.pk}/questionnaire.xlsx")
    assert response.status_code == expected


def test_the_pages_offer_the_round_trip_to_those_who_may_edit(client, cast, assessment) -> None:
    client.force_login(cast.member)
    detail = client.get(f"/en/assessments/{assessment.pk}/").content.decode()
    assert "Work offline" in detail
    assert f"/en/assessments/{assessment.pk}/questionnaire.xlsx" in detail
    assert f"/en/assessments/{assessment.pk}/questionnaire/upload/" in detail
    page = client.get(f"/en/assessments/{assessment.pk}/questionnaire/upload/").content.decode()
    assert '<label for="id_file">' in page and 'type="file"' in page
    assert 'enctype="multipart/form-data"' in page
    client.force_login(cast.reviewer)
    assert "Work offline" not in client.get(f"/en/assessments/{assessment.pk}/").content.decode()


def test_an_upload_without_a_file_says_so(client, cast, assessment) -> None:
    client.force_login(cast.member)
    response = client.post(f"/en/assessments/{assessment.pk}/questionnaire/upload/", {})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html and "This field is required." in html
