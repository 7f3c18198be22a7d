"""A self-assessment from opening to the validated report, the way people do it in a browser.

The focal point opens it, a colleague answers and adds evidence, two people save the same
answer at once, the focal point submits, a reviewer returns it with comments, the focal point
fixes it and submits again, the reviewer validates, and the report is downloaded.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Browser, Download, FilePayload, Locator, Page, expect
from pypdf import PdfReader

from govhub.accounts.models import User
from govhub.accounts.services import user_set_preferred_language
from govhub.assessments import services as assessment_services
from govhub.assessments.models import Answer, Assessment, Evidence, ReviewComment, Status
from govhub.frameworks.models import Framework, Level
from govhub.frameworks.services import framework_import
from tests.browser.conftest import open_context, sign_in
from tests.conftest import Cast
from tests.frameworks.documents import framework_document

CYCLE = 2027
TODAY = "Where are you today?"
WANTED = "Where do you want to be?"
# A tiny file that starts like a PDF, which is what the hub checks; and an HTML page that
# only pretends to be one by its name.
PDF_BYTES = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
FAKE_PDF_BYTES = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
EVIDENCE_LINK = "https://home-parliament.example/ict/policy-2026"
NOT_APPLICABLE_REASON = "The IT service of the government hosts our data centre."
REVIEW_REMARK = "The policy you uploaded shows this practice is at least repeatable."
RETURN_COMMENT = "Please look again at Practice 1.1: your evidence supports a higher level."
REFUSED = (
    "The evidence was not added: This file type is not accepted. "
    "Accepted types: PDF, DOCX, XLSX, ODT, PNG, JPEG."
)


# --- Reading and acting on the pages --------------------------------------------------------


def _english(level: int) -> str:
    with translation.override("en"):
        return f"{level} — {Level(level).label}"


def _practice(page: Page, title: str) -> Locator:
    """The section of one practice on an answer page, found by its heading."""
    return page.get_by_role("region", name=re.compile(re.escape(title)))


def _choose(practice: Locator, question: str, level: int) -> None:
    """Pick a level by clicking its label, the way people do."""
    group = practice.get_by_role("group", name=question)
    group.locator("label.level-choice").filter(has_text=_english(level)).click()
    expect(group.get_by_role("radio", name=re.compile(rf"^{level} — "))).to_be_checked()


def _submit(page: Page, button: Locator) -> None:
    """Click a button that posts a form and wait for the page that comes back.

    Many forms here come back to the same address, where ``wait_for_url`` would not wait.
    """
    with page.expect_navigation():
        button.click()


def _message(page: Page, text: str) -> None:
    expect(page.locator(".messages")).to_contain_text(text)


def _download(page: Page, link: Locator) -> tuple[Download, bytes]:
    with page.expect_download() as info:
        link.click()
    download = info.value
    return download, Path(download.path()).read_bytes()


def _answer(assessment: Assessment, key: str) -> Answer:
    return Answer.objects.select_related("updated_by").get(assessment=assessment, practice__key=key)


def _levels(answer: Answer) -> tuple[int | None, int | None, bool]:
    answer.refresh_from_db()
    return answer.current_level, answer.target_level, answer.not_applicable


def _axe_finds_nothing_serious(page: Page) -> None:
    """axe-core on states the page list of test_accessibility does not reach: a save
    conflict, evidence on an answer, reviewer comments."""
    violations = Axe().run(page).response["violations"]
    serious = [
        f"{v['id']} [{v['impact']}] {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in violations
        if v["impact"] in {"serious", "critical"}
    ]
    assert not serious, f"{page.url}:\n" + "\n".join(serious)


def _mails_to(user: User) -> list[mail.EmailMessage]:
    return [message for message in mail.outbox if message.to == [user.email]]


# --- The steps of the journey ---------------------------------------------------------------


def _focal_point_opens(page: Page, cast: Cast, framework: Framework) -> Assessment:
    sign_in(page, cast.focal_point)
    page.click("header >> role=link[name='Self-assessments']")
    page.wait_for_url(re.compile(r"/en/assessments/$"))
    expect(page.locator("main")).to_contain_text("Nothing has been recorded yet.")
    page.get_by_role("link", name="Open a new assessment").click()
    page.wait_for_url(re.compile(r"/en/assessments/open/home-parliament/$"))
    page.get_by_label("Framework").select_option(value=str(framework.pk))
    page.get_by_label("Cycle (year)").fill(str(CYCLE))
    page.get_by_role("button", name="Open the assessment").click()
    page.wait_for_url(re.compile(r"/en/assessments/\d+/$"))
    _message(page, "The assessment is open. Your colleagues can now contribute.")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Home Parliament: self-assessment {CYCLE}"
    )

    assessment = Assessment.objects.get(organisation=cast.home, cycle=CYCLE)
    assert (assessment.framework, assessment.status) == (framework, Status.IN_PROGRESS)
    assert assessment.created_by == cast.focal_point
    assert assessment.answers.count() == 4
    assert page.url.endswith(f"/en/assessments/{assessment.pk}/")
    return assessment


def _member_answers(page: Page, cast: Cast, assessment: Assessment) -> None:
    sign_in(page, cast.member)
    page.click("header >> role=link[name='Self-assessments']")
    page.wait_for_url(re.compile(r"/en/assessments/$"))
    page.get_by_role("link", name=str(CYCLE)).click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/$"))
    expect(page.locator("main")).to_contain_text("Overall: 0 of 4 answered")
    # A member may answer but not submit.
    expect(page.get_by_role("button", name="Submit for review")).to_have_count(0)

    page.get_by_role("link", name="Continue where you left off").click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/domains/0/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Domain 1 (en)")

    first = _practice(page, "Practice 1.1 (en)")
    _choose(first, TODAY, 2)
    _choose(first, WANTED, 4)
    second = _practice(page, "Practice 1.2 (en)")
    second.get_by_label("This practice does not apply to us").check()
    second.get_by_label("Why it does not apply").fill(NOT_APPLICABLE_REASON)
    _submit(page, page.get_by_role("button", name="Save and go to the next domain"))
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/domains/1/$"))
    _message(page, "Your answers are saved.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Domain 2 (en)")
    assert _levels(_answer(assessment, "testfw.d1.1")) == (2, 4, False)
    not_applicable = _answer(assessment, "testfw.d1.2")
    assert _levels(not_applicable) == (None, None, True)
    assert not_applicable.not_applicable_reason == NOT_APPLICABLE_REASON
    assert not_applicable.updated_by == cast.member

    # The last domain has no "next domain"; saving stays on it.
    expect(page.get_by_role("button", name="Save and go to the next domain")).to_have_count(0)
    _choose(_practice(page, "Practice 2.1 (en)"), TODAY, 3)
    _choose(_practice(page, "Practice 2.1 (en)"), WANTED, 4)
    _choose(_practice(page, "Practice 2.2 (en)"), TODAY, 4)
    _choose(_practice(page, "Practice 2.2 (en)"), WANTED, 5)
    _submit(page, page.get_by_role("button", name="Save", exact=True))
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/domains/1/$"))
    _message(page, "Your answers are saved.")
    expect(page.locator("main")).to_contain_text("Overall: 4 of 4 answered")
    assert _levels(_answer(assessment, "testfw.d2.1")) == (3, 4, False)
    assert _levels(_answer(assessment, "testfw.d2.2")) == (4, 5, False)


def _member_adds_evidence(page: Page, assessment: Assessment) -> None:
    answer = _answer(assessment, "testfw.d2.1")
    form = page.locator(f"#evidence-form-{answer.pk}")

    def add(*, file: FilePayload | None = None, link: str | None = None) -> None:
        if not form.evaluate("details => details.open"):
            form.locator("summary").click()
        if file is not None:
            form.get_by_label("File", exact=True).set_input_files(file)
        if link is not None:
            form.get_by_label("Or a link").fill(link)
        _submit(page, form.get_by_role("button", name="Add evidence"))
        page.wait_for_url(re.compile(rf"/domains/1/#practice-{answer.pk}$"))

    add(file={"name": "ict-policy.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES})
    _message(page, "The evidence has been added.")
    practice = _practice(page, "Practice 2.1 (en)")
    expect(practice.get_by_role("link", name="ict-policy.pdf")).to_be_visible()

    # A page that only calls itself a PDF is refused, whatever the browser says it is.
    add(file={"name": "minutes.pdf", "mimeType": "application/pdf", "buffer": FAKE_PDF_BYTES})
    expect(page.locator(".messages")).to_have_text(REFUSED)
    expect(practice.get_by_role("link", name="minutes.pdf")).to_have_count(0)

    add(link=EVIDENCE_LINK)
    _message(page, "The evidence has been added.")
    expect(practice.get_by_role("link", name=EVIDENCE_LINK)).to_have_attribute(
        "href", EVIDENCE_LINK
    )

    _axe_finds_nothing_serious(page)
    stored = Evidence.objects.filter(answer=answer).order_by("created_at")
    assert [(e.original_name, e.url, e.content_type) for e in stored] == [
        ("ict-policy.pdf", "", "application/pdf"),
        ("", EVIDENCE_LINK, ""),
    ]
    # The stored file is the one uploaded, and comes back as it went in.
    download, content = _download(page, practice.get_by_role("link", name="ict-policy.pdf"))
    assert download.suggested_filename == "ict-policy.pdf"
    assert content == PDF_BYTES


def _two_save_the_same_answer(
    focal_page: Page, member_page: Page, cast: Cast, assessment: Assessment
) -> None:
    answer = _answer(assessment, "testfw.d1.1")
    revision = answer.revision
    url = f"/en/assessments/{assessment.pk}/domains/0/"
    focal_page.goto(url)
    member_page.goto(url)

    _choose(_practice(member_page, "Practice 1.1 (en)"), TODAY, 3)
    _choose(_practice(focal_page, "Practice 1.1 (en)"), TODAY, 1)
    _submit(member_page, member_page.get_by_role("button", name="Save", exact=True))
    _message(member_page, "Your answers are saved.")
    assert _levels(answer) == (3, 4, False)

    _submit(focal_page, focal_page.get_by_role("button", name="Save", exact=True))
    expect(focal_page.locator(".error-summary")).to_contain_text(
        "Practice 1.1 (en): Someone else saved this answer while you were editing it."
    )
    practice = _practice(focal_page, "Practice 1.1 (en)")
    conflict = practice.locator(".conflict")
    expect(conflict).to_contain_text("Mia Member saved this answer on")
    expect(conflict).to_contain_text("Nothing was overwritten. Compare both versions")
    # Both versions: the one saved, and the focal point's own, still in the form.
    expect(conflict.locator("dt")).to_have_text(["Saved version", "Your version"])
    expect(conflict.locator("dd")).to_have_text(
        ["Current 3, target 4", "Current 1, target 4 (shown in the form below)"]
    )
    group = practice.get_by_role("group", name=TODAY)
    expect(group.get_by_role("radio", name=re.compile(r"^1 — "))).to_be_checked()
    _axe_finds_nothing_serious(focal_page)

    answer.refresh_from_db()
    assert (answer.current_level, answer.target_level) == (3, 4)
    assert answer.updated_by == cast.member
    assert answer.revision == revision + 1
    # The other answer on the page, unchanged by either, was not touched either.
    assert _answer(assessment, "testfw.d1.2").updated_by == cast.member

    # Having compared, the focal point agrees with the colleague and saves again: the page
    # now carries the saved revision, so this save goes through.
    _choose(practice, TODAY, 3)
    _submit(focal_page, focal_page.get_by_role("button", name="Save", exact=True))
    _message(focal_page, "Your answers are saved.")
    expect(focal_page.locator(".conflict")).to_have_count(0)
    assert _levels(answer) == (3, 4, False)
    assert answer.revision == revision + 1


def _focal_point_submits(page: Page, cast: Cast, assessment: Assessment) -> None:
    page.goto(f"/en/assessments/{assessment.pk}/")
    expect(page.locator("main")).to_contain_text("Overall: 4 of 4 answered")
    expect(page.locator("main")).not_to_contain_text("Every practice must be answered")
    expect(page.get_by_role("link", name="Continue where you left off")).to_have_count(0)
    mail.outbox.clear()
    _submit(page, page.get_by_role("button", name="Submit for review"))
    _message(page, "The assessment has been submitted for review.")
    expect(page.locator(".badge")).to_have_text("Submitted")
    # Submitted work is read only, for the focal point too.
    expect(page.get_by_role("button", name="Submit for review")).to_have_count(0)

    assessment.refresh_from_db()
    assert assessment.status == Status.SUBMITTED
    assert assessment.submitted_at is not None
    assert [m.to for m in mail.outbox] == [[cast.reviewer.email]]
    (message,) = mail.outbox
    assert message.subject == f"To be reviewed: self-assessment {CYCLE} of Home Parliament"
    assert f"/en/assessments/{assessment.pk}/" in message.body


def _reviewer_returns(page: Page, cast: Cast, assessment: Assessment) -> None:
    sign_in(page, cast.reviewer)
    page.click("header >> role=link[name='To be reviewed']")
    page.wait_for_url(re.compile(r"/en/assessments/review/$"))
    page.get_by_role("link", name="Home Parliament").click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/$"))
    page.get_by_role("link", name="Domain 1 (en)").click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/domains/0/$"))
    # The reviewer reads, and cannot change an answer.
    expect(page.get_by_role("radio")).to_have_count(0)
    expect(_practice(page, "Practice 1.2 (en)")).to_contain_text(NOT_APPLICABLE_REASON)

    remark = page.get_by_label("Comment on “Practice 1.1 (en)”")
    remark.fill(REVIEW_REMARK)
    _submit(page, page.locator("form").filter(has=remark).get_by_role("button"))
    _message(page, "Your comment has been added.")
    expect(_practice(page, "Practice 1.1 (en)").locator(".review-comments")).to_contain_text(
        REVIEW_REMARK
    )
    _axe_finds_nothing_serious(page)
    answer = _answer(assessment, "testfw.d1.1")
    assert list(ReviewComment.objects.filter(answer=answer).values_list("text", "author")) == [
        (REVIEW_REMARK, cast.reviewer.pk)
    ]

    page.get_by_role("link", name=f"Home Parliament: self-assessment {CYCLE}").click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/$"))
    # Returning needs a word on what to change.
    _submit(page, page.get_by_role("button", name="Return with comments"))
    _message(page, "Say what the organisation should change.")
    assessment.refresh_from_db()
    assert assessment.status == Status.SUBMITTED

    mail.outbox.clear()
    page.get_by_label("Comment").fill(RETURN_COMMENT)
    _submit(page, page.get_by_role("button", name="Return with comments"))
    _message(page, "The assessment has been returned with your comments.")
    expect(page.locator(".badge")).to_have_text("Returned")
    expect(page.locator(".history")).to_contain_text(RETURN_COMMENT)

    assessment.refresh_from_db()
    assert assessment.status == Status.RETURNED
    assert [m.to for m in mail.outbox] == [[cast.focal_point.email]]
    (message,) = mail.outbox
    assert message.subject == f"Your self-assessment {CYCLE} has been returned"
    assert RETURN_COMMENT in message.body


def _focal_point_fixes_and_resubmits(page: Page, cast: Cast, assessment: Assessment) -> None:
    page.click("header >> role=link[name='Self-assessments']")
    page.wait_for_url(re.compile(r"/en/assessments/$"))
    expect(page.locator("main .badge")).to_have_text("Returned")
    page.get_by_role("link", name=str(CYCLE)).click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/$"))
    expect(page.locator(".history")).to_contain_text(RETURN_COMMENT)
    page.get_by_role("link", name="Domain 1 (en)").click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/domains/0/$"))

    practice = _practice(page, "Practice 1.1 (en)")
    comments = practice.get_by_role("heading", name="Reviewer's comments")
    expect(comments).to_be_visible()
    expect(practice.locator(".review-comments")).to_contain_text(f"{REVIEW_REMARK} — Rita Reviewer")
    _axe_finds_nothing_serious(page)
    _choose(practice, TODAY, 2)
    _choose(practice, WANTED, 4)
    practice.get_by_label("Comment").fill("Raised to the level the reviewer points at.")
    _submit(page, page.get_by_role("button", name="Save", exact=True))
    _message(page, "Your answers are saved.")
    answer = _answer(assessment, "testfw.d1.1")
    assert _levels(answer) == (2, 4, False)
    assert answer.comment == "Raised to the level the reviewer points at."
    assert answer.updated_by == cast.focal_point

    page.get_by_role("link", name=f"Home Parliament: self-assessment {CYCLE}").click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/$"))
    mail.outbox.clear()
    page.get_by_label("Comment").fill("Practice 1.1 revised as asked.")
    _submit(page, page.get_by_role("button", name="Submit for review"))
    _message(page, "The assessment has been submitted for review.")
    assessment.refresh_from_db()
    assert assessment.status == Status.SUBMITTED
    assert [m.to for m in mail.outbox] == [[cast.reviewer.email]]


def _reviewer_validates(page: Page, cast: Cast, assessment: Assessment) -> None:
    page.click("header >> role=link[name='To be reviewed']")
    page.wait_for_url(re.compile(r"/en/assessments/review/$"))
    page.get_by_role("link", name="Home Parliament").click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/$"))
    expect(page.locator(".history")).to_contain_text("Practice 1.1 revised as asked.")
    mail.outbox.clear()
    _submit(page, page.get_by_role("button", name="Validate"))
    _message(page, "The assessment has been validated.")
    expect(page.locator(".badge")).to_have_text("Validated")
    expect(page.get_by_role("button", name="Validate")).to_have_count(0)

    assessment.refresh_from_db()
    assert assessment.status == Status.VALIDATED
    assert assessment.validated_at is not None
    assert [
        (t.from_status, t.to_status, t.by) for t in assessment.transitions.order_by("at", "id")
    ] == [
        ("", Status.IN_PROGRESS, cast.focal_point),
        (Status.IN_PROGRESS, Status.SUBMITTED, cast.focal_point),
        (Status.SUBMITTED, Status.RETURNED, cast.reviewer),
        (Status.RETURNED, Status.SUBMITTED, cast.focal_point),
        (Status.SUBMITTED, Status.VALIDATED, cast.reviewer),
    ]
    (message,) = _mails_to(cast.focal_point)
    assert message.subject == f"Your self-assessment {CYCLE} has been validated"
    assert f"/en/assessments/{assessment.pk}/results/" in message.body


def _focal_point_reads_results(page: Page, assessment: Assessment) -> None:
    page.goto(f"/en/assessments/{assessment.pk}/")
    expect(page.locator(".badge")).to_have_text("Validated")
    # Validated work is read only.
    expect(page.get_by_role("button", name="Submit for review")).to_have_count(0)
    page.get_by_role("link", name="Results, charts and roadmap").click()
    page.wait_for_url(re.compile(rf"/en/assessments/{assessment.pk}/results/$"))

    radar = page.get_by_role("img", name="Radar chart of current and target levels by domain")
    bars = page.get_by_role("img", name="Bar chart of the gap by domain")
    expect(radar).to_be_visible()
    expect(bars).to_be_visible()
    expect(radar.locator("polygon.series")).to_have_count(2)
    expect(bars.locator("rect.bar")).to_have_count(2)

    # Domain 1: practice 1.1 at 2 aiming at 4, practice 1.2 not applicable. Domain 2:
    # practices weighted 2 and 1, at 3 and 4, aiming at 4 and 5. Domains weigh 2 and 3.
    expect(page.locator(".figures .figure-number")).to_have_text(["2.8", "4.2", "3"])
    table = page.get_by_role("table", name="Scores by domain")
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0).locator("th, td")).to_have_text(
        ["Domain 1 (en)", "2.0", _english(2), "4.0", "2.0"]
    )
    expect(rows.nth(1).locator("th, td")).to_have_text(
        ["Domain 2 (en)", "3.3", _english(3), "4.3", "1.0"]
    )

    export = page.get_by_role("region", name="Export")
    download, content = _download(page, export.get_by_role("link", name="Report (PDF)"))
    assert download.suggested_filename == f"self-assessment-home-parliament-{CYCLE}.pdf"
    assert content.startswith(b"%PDF")
    assert len(content) > 1024
    text = " ".join(sheet.extract_text() for sheet in PdfReader(io.BytesIO(content)).pages)
    assert "Home Parliament" in text
    assert REVIEW_REMARK in " ".join(text.split())

    download, content = _download(page, export.get_by_role("link", name="Data (JSON)"))
    assert download.suggested_filename == f"self-assessment-home-parliament-{CYCLE}.json"
    document = json.loads(content)
    assert document["assessment"]["status"] == "validated"
    assert document["organisation"]["slug"] == "home-parliament"
    assert [(d["key"], d["score"]) for d in document["domains"]] == [
        ("testfw.d1", 2.0),
        ("testfw.d2", 3.33),
    ]
    evidence = {a["practice"]: a["evidence"] for a in document["answers"]}
    assert len(evidence["testfw.d2.1"]) == 2


def test_open_answer_review_validate_and_download_the_report(
    page: Page, browser: Browser, site_url: str, cast: Cast
) -> None:
    framework = framework_import(data=framework_document(domains=2, practices=2), by=None)

    assessment = _focal_point_opens(page, cast, framework)
    with (
        open_context(browser, site_url) as member_context,
        open_context(browser, site_url) as reviewer_context,
    ):
        member_page = member_context.new_page()
        _member_answers(member_page, cast, assessment)
        _member_adds_evidence(member_page, assessment)
        _two_save_the_same_answer(page, member_page, cast, assessment)
        _focal_point_submits(page, cast, assessment)

        reviewer_page = reviewer_context.new_page()
        _reviewer_returns(reviewer_page, cast, assessment)
        _focal_point_fixes_and_resubmits(page, cast, assessment)
        _reviewer_validates(reviewer_page, cast, assessment)

    _focal_point_reads_results(page, assessment)


def test_answer_and_results_pages_in_french(page: Page, cast: Cast) -> None:
    framework = framework_import(data=framework_document(domains=2, practices=2), by=None)
    focal_point = cast.focal_point
    user_set_preferred_language(user=focal_point, language="fr")
    assessment = assessment_services.assessment_open(
        organisation=cast.home, framework=framework, cycle=CYCLE, by=focal_point
    )
    for answer in Answer.objects.filter(assessment=assessment, practice__domain__order=0):
        assessment_services.answer_save(
            answer=answer, by=focal_point, revision=answer.revision, current_level=2, target_level=4
        )
    with translation.override("fr"):
        french = {level: f"{level} — {Level(level).label}" for level in Level.values}
        today = gettext(TODAY)
    catalogue_has_levels = french[2] != _english(2)

    # The focal point reads French: signing in leads to the French pages.
    sign_in(page, focal_point, language="fr")
    assert "/fr/dashboard/" in page.url
    page.goto(f"/fr/assessments/{assessment.pk}/domains/0/")
    assert page.locator("html").get_attribute("lang") == "fr"
    expect(page.get_by_role("heading", level=1)).to_have_text("Domain 1 (fr)")
    practice = _practice(page, "Practice 1.1 (fr)")
    expect(practice.get_by_role("heading", level=2)).to_contain_text("Practice 1.1 (fr)")
    expect(practice).to_contain_text("Guidance for 1.1 (fr)")
    choices = practice.locator("fieldset").first.locator("label.level-choice")
    expect(choices).to_have_count(6)
    for level in Level.values:
        expect(choices.nth(level)).to_contain_text(f"Level {level} of 1.1 (fr)")
        if catalogue_has_levels:
            expect(choices.nth(level)).to_contain_text(french[level])
    expect(choices.nth(2).locator("input")).to_be_checked()
    if today != TODAY:
        expect(practice.locator("fieldset legend").first).to_have_text(today)

    page.goto(f"/fr/assessments/{assessment.pk}/results/")
    assert page.locator("html").get_attribute("lang") == "fr"
    rows = page.locator("main table").first.locator("tbody tr")
    expect(rows.nth(0).locator("th")).to_have_text("Domain 1 (fr)")
    expect(rows.nth(1).locator("th")).to_have_text("Domain 2 (fr)")
    # Figures are written the French way.
    expect(rows.nth(0).locator("td").nth(0)).to_have_text("2,0")
    if catalogue_has_levels:
        expect(rows.nth(0).locator("td").nth(1)).to_have_text(french[2])
    else:
        expect(rows.nth(0).locator("td").nth(1)).to_contain_text("2 — ")
    expect(page.locator("svg.radar")).to_contain_text("Domain 1 (fr)")
