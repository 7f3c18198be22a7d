"""The questionnaire as a workbook to fill in offline, and the upload that brings it back.

The workbook has one sheet per domain (one row per practice) and a hidden "About" sheet that
names the assessment, the sheets and each answer's revision at download time, with a
fingerprint of the values written, so an upload can tell what the person changed and whether
someone else saved the same answer meanwhile.

An upload is checked as a whole: every problem is reported with its sheet, cell and reason,
and nothing is saved unless the whole file is valid.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from govhub.accounts.models import User
from govhub.assessments import access, services
from govhub.assessments.exports import set_widths, write_row
from govhub.assessments.models import Answer, Assessment
from govhub.assessments.selectors import framework_domains
from govhub.assessments.uploads import XLSX, detect_kind
from govhub.core.audit import audit_record
from govhub.frameworks.models import MAX_LEVEL, Domain, Level
from govhub.frameworks.selectors import descriptors_prefetch

FORMAT = "govhub-questionnaire/1"
# The hidden sheet's title and its keys are never translated: uploads are read by them.
ABOUT = "About"
TITLE_ROW, HELP_ROW, HEADER_ROW = 1, 2, 4
FIRST_ROW = HEADER_ROW + 1
# A framework has tens of practices per domain; rows past this are not read.
MAX_ROWS = 1000
MAX_PROBLEMS = 300
MAX_REASON = 2000
MAX_COMMENT = 4000
COLUMNS = 7
PRACTICE, TITLE, CURRENT, TARGET, NOT_APPLICABLE, REASON, COMMENT = range(COLUMNS)
_SHEET_FORBIDDEN = re.compile(r"[\\/?*\[\]:]")
_WHOLE_NUMBER = re.compile(r"\d+(?:\.0+)?")
_INPUT_FILL = PatternFill("solid", fgColor="FFF8E1")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an uploaded file: where (sheet and cell, e.g. "C7") and why."""

    sheet: str
    cell: str
    reason: str


class QuestionnaireError(Exception):
    """The upload was refused as a whole; ``problems`` says everything that is wrong."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problems in the questionnaire")
        self.problems = list(problems)


def _cell(column: int, row: int) -> str:
    return f"{get_column_letter(column + 1)}{row}"


def _text(value: Any) -> str:
    """A cell's text as the database would keep it: one kind of line break, no control
    characters a workbook cannot hold, no surrounding space."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text).strip()


def _fingerprint(
    current: int | None, target: int | None, not_applicable: bool, reason: str, comment: str
) -> str:
    values = [
        current,
        target,
        not_applicable,
        _text(reason) if not_applicable else "",
        _text(comment),
    ]
    digest = hashlib.sha256(json.dumps(values, ensure_ascii=False).encode()).hexdigest()
    return digest[:20]


def _answer_fingerprint(answer: Answer) -> str:
    return _fingerprint(
        answer.current_level,
        answer.target_level,
        answer.not_applicable,
        answer.not_applicable_reason,
        answer.comment,
    )


def _yes() -> str:
    return _("yes").replace(",", " ").replace('"', "")


def _no() -> str:
    return _("no").replace(",", " ").replace('"', "")


def _headings() -> list[str]:
    return [
        _("Practice id"),
        _("Practice"),
        _("Current level (0-5)"),
        _("Target level (0-5)"),
        _("Not applicable (%(yes)s/%(no)s)") % {"yes": _yes(), "no": _no()},
        _("Reason it does not apply"),
        _("Comment"),
    ]


def sheet_titles(domains: Iterable[Domain]) -> list[str]:
    """One title per domain: its number and title, at most 31 characters, unique, without the
    characters a sheet name may not hold."""
    titles: list[str] = []
    seen = {ABOUT.casefold()}
    for domain in domains:
        base = _SHEET_FORBIDDEN.sub(" ", f"{domain.order + 1} {domain.title}")
        base = " ".join(base.split()).strip("'")[:31].rstrip() or str(domain.order + 1)
        title, copy = base, 2
        while title.casefold() in seen:
            suffix = f" ({copy})"
            title = base[: 31 - len(suffix)].rstrip() + suffix
            copy += 1
        seen.add(title.casefold())
        titles.append(title)
    return titles


def _answers(assessment: Assessment) -> list[Answer]:
    return list(
        Answer.objects.filter(assessment=assessment)
        .select_related("practice", "updated_by")
        .prefetch_related(
            "practice__translations",
            descriptors_prefetch("practice__descriptors"),
        )
        .order_by("practice__domain__order", "practice__order")
    )


def _descriptors(answer: Answer) -> str:
    lines = [
        f"{descriptor.level} — {Level(descriptor.level).label}: {descriptor.text}"
        for descriptor in answer.practice.descriptors.all()
    ]
    return "\n\n".join(lines)


def _domain_sheet(sheet: Any, domain: Domain, answers: list[Answer]) -> None:
    yes, no = _yes(), _no()
    sheet.cell(row=TITLE_ROW, column=1, value=str(domain.title)).font = Font(bold=True, size=14)
    sheet.cell(
        row=HELP_ROW,
        column=1,
        value=_(
            "Fill in columns C to G, one row per practice. Levels go from 0 to 5: the comment "
            "on each practice's name says what each level means. A row left without levels "
            "keeps its answer as it is. Do not change column A, the names of the sheets or the "
            "hidden About sheet."
        ),
    ).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=HELP_ROW, start_column=1, end_row=HELP_ROW, end_column=COLUMNS)
    sheet.row_dimensions[HELP_ROW].height = 48
    # Touching the cell above the headings makes the next appended row the headings' row.
    sheet.cell(row=HEADER_ROW - 1, column=1)
    write_row(sheet, _headings(), bold=True)
    for answer in answers:
        write_row(
            sheet,
            [
                answer.practice.key,
                str(answer.practice.title),
                answer.current_level,
                answer.target_level,
                yes if answer.not_applicable else no,
                answer.not_applicable_reason,
                answer.comment,
            ],
        )
        row = sheet.max_row
        title_cell = sheet.cell(row=row, column=TITLE + 1)
        title_cell.comment = Comment(_descriptors(answer), "govhub", width=420, height=320)
        for column in range(CURRENT, COMMENT + 1):
            sheet.cell(row=row, column=column + 1).fill = _INPUT_FILL
        for column in (TITLE, REASON, COMMENT):
            sheet.cell(row=row, column=column + 1).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
    last = max(sheet.max_row, FIRST_ROW)
    levels = DataValidation(
        type="list",
        formula1='"' + ",".join(str(level) for level in range(MAX_LEVEL + 1)) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Level"),
        error=_("Choose a level from 0 to 5."),
    )
    levels.add(f"{_cell(CURRENT, FIRST_ROW)}:{_cell(TARGET, last)}")
    answer_yes_no = DataValidation(
        type="list",
        formula1=f'"{yes},{no}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Not applicable"),
        error=_("Write “%(yes)s” or “%(no)s”.") % {"yes": yes, "no": no},
    )
    answer_yes_no.add(f"{_cell(NOT_APPLICABLE, FIRST_ROW)}:{_cell(NOT_APPLICABLE, last)}")
    sheet.add_data_validation(levels)
    sheet.add_data_validation(answer_yes_no)
    sheet.freeze_panes = _cell(CURRENT, FIRST_ROW)
    set_widths(sheet, [20, 48, 12, 12, 14, 36, 48])


def questionnaire_xlsx(assessment: Assessment, language: str) -> bytes:
    """The questionnaire of ``assessment`` in ``language``, with the answers saved so far."""
    with translation.override(language):
        domains = framework_domains(assessment.framework_id)
        answers = _answers(assessment)
        workbook = Workbook()
        workbook.remove(workbook.active)
        about_rows: list[list[Any]] = [
            [
                "note",
                _("This sheet lets the hub check your file when you upload it. Do not change it."),
            ],
            ["format", FORMAT],
            ["assessment", assessment.pk],
            ["organisation", assessment.organisation.name],
            ["cycle", assessment.cycle],
            ["framework", assessment.framework.key, assessment.framework.version],
            ["language", language],
            ["downloaded", timezone.now().isoformat()],
        ]
        for domain, title in zip(domains, sheet_titles(domains), strict=True):
            sheet = workbook.create_sheet(title)
            rows = [a for a in answers if a.practice.domain_id == domain.pk]
            _domain_sheet(sheet, domain, rows)
            about_rows.append(["sheet", title, domain.key])
        for answer in answers:
            about_rows.append(
                ["answer", answer.practice.key, answer.revision, _answer_fingerprint(answer)]
            )
        about = workbook.create_sheet(ABOUT)
        for row in about_rows:
            write_row(about, row)
        about.sheet_state = "hidden"
        about.protection.sheet = True
        buffer = io.BytesIO()
        workbook.save(buffer)
    return buffer.getvalue()


# --- upload ------------------------------------------------------------------------------------


_State = tuple[int | None, int | None, bool, str, str]


def _whole(value: Any) -> int | None:
    """A whole number from a cell that a spreadsheet program may have saved as 42 or 42.0."""
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


@dataclass
class _About:
    language: str
    sheets: dict[str, str]  # sheet title → domain key
    revisions: dict[str, int]
    fingerprints: dict[str, str]


@dataclass
class _Change:
    answer: Answer
    revision: int
    values: dict[str, Any]
    sheet: str
    cell: str


class _Problems(list[Problem]):
    def add(self, sheet: str, cell: str, reason: str) -> None:
        if len(self) < MAX_PROBLEMS:
            self.append(Problem(sheet, cell, reason))
        elif len(self) == MAX_PROBLEMS:
            self.append(Problem("", "", _("There are more problems; fix these first.")))


def _rows(sheet: Any, *, min_row: int = 1, max_row: int | None = None) -> Iterable[list[Any]]:
    for values in sheet.iter_rows(
        min_row=min_row, max_row=max_row, max_col=COLUMNS, values_only=True
    ):
        padded = list(values)[:COLUMNS]
        yield padded + [None] * (COLUMNS - len(padded))


def _read_about(workbook: Any, assessment: Assessment, problems: _Problems) -> _About | None:
    if ABOUT not in workbook.sheetnames:
        problems.add(
            ABOUT,
            "",
            _(
                "The hidden About sheet is missing, so this file cannot be checked. Download "
                "the questionnaire again and copy your answers into it."
            ),
        )
        return None
    about = _About(language=translation.get_language(), sheets={}, revisions={}, fingerprints={})
    found_id = False
    languages = {code for code, _name in settings.LANGUAGES}
    for number, row in enumerate(_rows(workbook[ABOUT]), start=1):
        key = row[0]
        if key == "assessment":
            found_id = True
            if _whole(row[1]) != assessment.pk:
                problems.add(
                    ABOUT,
                    _cell(1, number),
                    _(
                        "This file belongs to another self-assessment. Download the "
                        "questionnaire of this one and fill it in."
                    ),
                )
                return None
        elif key == "language" and row[1] in languages:
            about.language = str(row[1])
        elif key == "sheet" and row[1] and row[2]:
            about.sheets[str(row[1])] = str(row[2])
        elif key == "answer" and row[1] and (revision := _whole(row[2])) is not None:
            about.revisions[str(row[1])] = revision
            about.fingerprints[str(row[1])] = str(row[3] or "")
    if not found_id or not about.sheets:
        problems.add(
            ABOUT,
            "",
            _(
                "The hidden About sheet was changed, so this file cannot be checked. Download "
                "the questionnaire again and copy your answers into it."
            ),
        )
        return None
    return about


def _level(value: Any) -> int:
    """A level from a cell, or ``ValueError``."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        level = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValueError
        level = int(value)
    elif isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
        level = int(float(value.strip()))
    else:
        raise ValueError
    if not 0 <= level <= MAX_LEVEL:
        raise ValueError
    return level


def _shown(value: Any) -> str:
    text = _text(value)
    return text if len(text) <= 40 else text[:39] + "…"


class _Reader:
    """Reads the domain sheets of an upload against the assessment's answers."""

    def __init__(self, about: _About, answers: list[Answer], problems: _Problems) -> None:
        self.about = about
        self.problems = problems
        self.by_key = {answer.practice.key: answer for answer in answers}
        self.seen: dict[str, str] = {}
        self.changes: list[_Change] = []
        with translation.override(about.language):
            self.headings = [_text(h).casefold() for h in _headings()]
            self.shown_headings = _headings()
            file_yes, file_no = _yes(), _no()
        # A file may have passed between colleagues: "yes" in any of the hub's languages counts.
        yes_words, no_words = {"true", "x"}, {"false"}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                yes_words.add(_yes())
                no_words.add(_no())
        self.yes_words = {word.casefold() for word in yes_words}
        self.no_words = {word.casefold() for word in no_words} - self.yes_words
        self.yes, self.no = file_yes, file_no

    def read_sheet(self, title: str, sheet: Any) -> None:
        header = next(iter(_rows(sheet, min_row=HEADER_ROW, max_row=HEADER_ROW)), [None] * 7)
        wrong = [
            column
            for column in range(COLUMNS)
            if _text(header[column]).casefold() != self.headings[column]
        ]
        for column in wrong:
            self.problems.add(
                title,
                _cell(column, HEADER_ROW),
                _("This column heading was changed; it must read “%(heading)s”.")
                % {"heading": self.shown_headings[column]},
            )
        if wrong:
            return
        rows = _rows(sheet, min_row=FIRST_ROW, max_row=FIRST_ROW + MAX_ROWS - 1)
        for number, row in enumerate(rows, start=FIRST_ROW):
            self.read_row(title, number, row)

    def _problem(self, title: str, column: int, number: int, reason: str) -> None:
        self.problems.add(title, _cell(column, number), reason)

    def read_row(self, title: str, number: int, row: list[Any]) -> None:
        if all(_text(value) == "" for value in row):
            return
        key = _text(row[PRACTICE])
        if not key:
            self._problem(
                title, PRACTICE, number, _("This row has no practice id; do not change column A.")
            )
            return
        answer = self.by_key.get(key)
        if answer is None:
            self._problem(
                title,
                PRACTICE,
                number,
                _("Unknown practice id “%(id)s”: it is not part of this self-assessment.")
                % {"id": _shown(key)},
            )
            return
        if key in self.seen:
            self._problem(
                title,
                PRACTICE,
                number,
                _("The practice “%(id)s” appears twice; it is already in %(place)s.")
                % {"id": key, "place": self.seen[key]},
            )
            return
        self.seen[key] = f"{title} {_cell(PRACTICE, number)}"
        before = len(self.problems)
        levels: dict[int, int | None] = {}
        for column in (CURRENT, TARGET):
            value = row[column]
            if _text(value) == "":
                levels[column] = None
                continue
            try:
                levels[column] = _level(value)
            except ValueError:
                levels[column] = None
                self._problem(
                    title,
                    column,
                    number,
                    _("“%(value)s” is not a level: write a whole number from 0 to 5.")
                    % {"value": _shown(value)},
                )
        current, target = levels[CURRENT], levels[TARGET]
        flag = row[NOT_APPLICABLE]
        flag_text = _text(flag).casefold()
        if flag is True or flag_text in self.yes_words:
            not_applicable = True
        elif flag in (None, False) or flag_text in self.no_words or flag_text == "":
            not_applicable = False
        else:
            not_applicable = False
            self._problem(
                title,
                NOT_APPLICABLE,
                number,
                _("Write “%(yes)s” or “%(no)s”, not “%(value)s”.")
                % {"yes": self.yes, "no": self.no, "value": _shown(flag)},
            )
        reason = _text(row[REASON])
        comment = _text(row[COMMENT])
        if not_applicable:
            if not reason:
                self._problem(
                    title,
                    REASON,
                    number,
                    _("Say why this practice does not apply, or write “%(no)s” in column E.")
                    % {"no": self.no},
                )
            if _text(row[CURRENT]) or _text(row[TARGET]):
                self._problem(
                    title,
                    NOT_APPLICABLE,
                    number,
                    _(
                        "A practice that does not apply has no levels: clear columns C and D, "
                        "or write “%(no)s” here."
                    )
                    % {"no": self.no},
                )
        elif current is not None and target is not None and target < current:
            self._problem(
                title,
                TARGET,
                number,
                _("The target level cannot be below the current level."),
            )
        if len(reason) > MAX_REASON:
            self._problem(
                title,
                REASON,
                number,
                _("Write at most %(count)s characters.")
                % {"count": number_format(MAX_REASON, force_grouping=True)},
            )
        if len(comment) > MAX_COMMENT:
            self._problem(
                title,
                COMMENT,
                number,
                _("Write at most %(count)s characters.")
                % {"count": number_format(MAX_COMMENT, force_grouping=True)},
            )
        if len(self.problems) > before:
            return
        if not not_applicable:
            reason = ""
        self._plan(title, number, answer, (current, target, not_applicable, reason, comment))

    def _plan(self, title: str, number: int, answer: Answer, state: _State) -> None:
        current, target, not_applicable, reason, comment = state
        key = answer.practice.key
        if key not in self.about.revisions:
            self._problem(
                title,
                PRACTICE,
                number,
                _(
                    "This practice was not in the file you downloaded. Download the "
                    "questionnaire again and copy your answers into it."
                ),
            )
            return
        if _fingerprint(*state) == self.about.fingerprints.get(key):
            return  # the row is as downloaded: whatever was saved since stays
        if current is None and target is None and not not_applicable:
            # A row without levels keeps its answer; only a new comment is taken.
            current, target = answer.current_level, answer.target_level
            not_applicable = answer.not_applicable
            reason = _text(answer.not_applicable_reason) if not_applicable else ""
        saved = (
            answer.current_level,
            answer.target_level,
            answer.not_applicable,
            _text(answer.not_applicable_reason) if answer.not_applicable else "",
            _text(answer.comment),
        )
        if (current, target, not_applicable, reason, comment) == saved:
            return
        revision = self.about.revisions[key]
        if revision != answer.revision:
            self._problem(title, PRACTICE, number, _conflict(answer))
            return
        self.changes.append(
            _Change(
                answer=answer,
                revision=revision,
                values={
                    "current_level": current,
                    "target_level": target,
                    "not_applicable": not_applicable,
                    "not_applicable_reason": reason,
                    "comment": comment,
                },
                sheet=title,
                cell=_cell(PRACTICE, number),
            )
        )


def _conflict(answer: Answer) -> str:
    when = (
        date_format(timezone.localtime(answer.updated_at), "DATETIME_FORMAT")
        if answer.updated_at
        else ""
    )
    if answer.updated_by is not None:
        return _(
            "%(name)s saved this answer on %(date)s, after you downloaded the file. Download "
            "the questionnaire again, or make this change online."
        ) % {"name": str(answer.updated_by), "date": when}
    return _(
        "Someone saved this answer after you downloaded the file. Download the questionnaire "
        "again, or make this change online."
    )


def _open(data: bytes, problems: _Problems) -> Any:
    try:
        kind = detect_kind(data)
    except ValidationError as refused:
        for message in refused.messages:
            problems.add("", "", message)
        return None
    if kind != XLSX:
        problems.add("", "", _("This file is not an XLSX workbook."))
        return None
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    # openpyxl reports a damaged workbook with many kinds of errors (zip, XML, KeyError…).
    except Exception:
        problems.add("", "", _("This workbook is damaged and cannot be read."))
        return None


def questionnaire_check(assessment: Assessment, data: bytes) -> list[_Change]:
    """The answers an uploaded questionnaire changes, or ``QuestionnaireError`` listing every
    problem. Reads the database, writes nothing."""
    problems = _Problems()
    workbook = _open(data, problems)
    if workbook is None:
        raise QuestionnaireError(problems)
    changes: list[_Change] = []
    try:
        about = _read_about(workbook, assessment, problems)
        if about is None:
            raise QuestionnaireError(problems)
        reader = _Reader(about, _answers(assessment), problems)
        changes = reader.changes
        for title in about.sheets:
            if title not in workbook.sheetnames:
                problems.add(
                    title,
                    "",
                    _(
                        "This sheet is missing or was renamed. Give it back its name, or "
                        "download the questionnaire again."
                    ),
                )
                continue
            reader.read_sheet(title, workbook[title])
    # A sheet can also be damaged in ways openpyxl only notices while reading it (an XML
    # ParseError is a SyntaxError).
    except (KeyError, ValueError, TypeError, OSError, SyntaxError, zipfile.BadZipFile, zlib.error):
        problems.add("", "", _("This workbook is damaged and cannot be read."))
    finally:
        workbook.close()
    if problems:
        raise QuestionnaireError(problems)
    return changes


def questionnaire_import(assessment: Assessment, by: User, data: bytes) -> int:
    """Save the answers of an uploaded questionnaire, all or none; return how many changed.

    Raises ``PermissionDenied`` if ``by`` may not edit the assessment, and
    ``QuestionnaireError`` with every problem found (nothing is then saved). Rows left
    without levels keep their answer; rows as they were downloaded are not saved again.
    """
    if not access.can_edit(by, assessment):
        raise PermissionDenied
    changes = questionnaire_check(assessment, data)
    problems = _Problems()
    changed = 0
    with transaction.atomic():
        for change in changes:
            try:
                saved = services.answer_save(
                    answer=change.answer, by=by, revision=change.revision, **change.values
                )
            except services.AnswerConflict as clash:
                problems.add(change.sheet, change.cell, _conflict(clash.answer))
                continue
            except ValidationError as error:
                problems.add(change.sheet, change.cell, " ".join(error.messages))
                continue
            if saved.revision != change.revision:
                changed += 1
        if problems:
            # Raised inside the transaction, so every answer saved above is rolled back.
            raise QuestionnaireError(problems)
        if changed:
            audit_record(
                actor=by,
                action="assessment.questionnaire_imported",
                target=assessment,
                data={"answers": changed},
            )
    return changed
