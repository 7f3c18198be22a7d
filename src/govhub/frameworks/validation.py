"""Reading and checking framework files. Every problem names the file, the path inside it
(``domains[3].practices[1].levels[5]``) and what is wrong; a file with any problem imports
nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings
from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "framework.schema.json"
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class FrameworkFileError(Exception):
    """Raised with every problem found in a framework file."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def format_path(parts: Any) -> str:
    """``['domains', 3, 'practices', 1]`` → ``domains[3].practices[1]``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _schema_message(error: SchemaError) -> str:
    validator = error.validator
    if validator == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        return _("missing required field %(field)s") % {"field": ", ".join(missing)}
    if validator == "additionalProperties":
        return _("unexpected field (%(detail)s)") % {"detail": error.message}
    if validator in {"minItems", "maxItems"} and list(error.path)[-1:] == ["levels"]:
        return _("a practice needs exactly 6 level descriptors (0 to 5), found %(count)s") % {
            "count": len(error.instance)
        }
    if validator == "const":
        return _("must be %(value)s") % {"value": error.validator_value}
    if validator == "type":
        return _("must be of type %(type)s") % {"type": error.validator_value}
    if validator in {"minLength", "minProperties"}:
        return _("must not be empty")
    if validator == "maxLength":
        return _("is longer than %(limit)s characters") % {"limit": error.validator_value}
    if validator == "pattern":
        return _("“%(value)s” is not a valid identifier or code") % {"value": error.instance}
    return str(error.message)


def parse_yaml(text: str, *, file: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = (
            _("line %(line)s, column %(column)s")
            % {"line": mark.line + 1, "column": mark.column + 1}
            if mark
            else ""
        )
        problem = getattr(error, "problem", None) or str(error)
        raise FrameworkFileError(
            [Problem(file, where, _("not valid YAML: %(problem)s") % {"problem": problem})]
        ) from None


def validate(data: Any, *, file: str) -> list[Problem]:
    """Every problem of a parsed framework document; an empty list means it may be imported."""
    if not isinstance(data, dict):
        return [Problem(file, "", _("the file must hold a mapping at its top level"))]
    problems = [
        Problem(file, format_path(error.absolute_path), _schema_message(error))
        for error in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    ]
    if problems:
        return problems
    return _semantic_problems(data, file=file)


def _semantic_problems(data: dict[str, Any], *, file: str) -> list[Problem]:
    problems: list[Problem] = []
    source = data["source_language"]
    languages = {code for code, _name in settings.LANGUAGES}
    if source not in languages:
        problems.append(
            Problem(
                file,
                "source_language",
                _("%(code)s is not a language of this hub") % {"code": source},
            )
        )

    def need_source(text: dict[str, str] | None, path: str) -> None:
        if text is not None and source not in text:
            problems.append(
                Problem(
                    file,
                    path,
                    _("has no text in the source language (%(code)s)") % {"code": source},
                )
            )

    need_source(data["title"], "title")
    need_source(data.get("description"), "description")
    references: dict[str, set[str]] = {}
    for r_index, reference in enumerate(data.get("references", [])):
        path = f"references[{r_index}]"
        if reference["id"] in references:
            problems.append(Problem(file, f"{path}.id", _("this identifier is used twice")))
        entries = [entry["id"] for entry in reference["entries"]]
        if len(set(entries)) != len(entries):
            problems.append(
                Problem(file, f"{path}.entries", _("an entry identifier is used twice"))
            )
        references[reference["id"]] = set(entries)
        need_source(reference["title"], f"{path}.title")
        for e_index, entry in enumerate(reference["entries"]):
            need_source(entry["title"], f"{path}.entries[{e_index}].title")
    seen: set[str] = set()
    prefix = f"{data['id']}."
    for d_index, domain in enumerate(data["domains"]):
        d_path = f"domains[{d_index}]"
        _check_key(domain["id"], prefix, seen, f"{d_path}.id", file, problems)
        need_source(domain["title"], f"{d_path}.title")
        need_source(domain.get("description"), f"{d_path}.description")
        for p_index, practice in enumerate(domain["practices"]):
            p_path = f"{d_path}.practices[{p_index}]"
            _check_key(practice["id"], f"{domain['id']}.", seen, f"{p_path}.id", file, problems)
            need_source(practice["title"], f"{p_path}.title")
            need_source(practice.get("guidance"), f"{p_path}.guidance")
            for level, descriptor in enumerate(practice["levels"]):
                need_source(descriptor, f"{p_path}.levels[{level}]")
            for model_key, entry_keys in practice.get("maps_to", {}).items():
                m_path = f"{p_path}.maps_to.{model_key}"
                if model_key not in references:
                    problems.append(
                        Problem(file, m_path, _("no reference model has this identifier"))
                    )
                    continue
                for i, entry_key in enumerate(entry_keys):
                    if entry_key not in references[model_key]:
                        problems.append(
                            Problem(
                                file,
                                f"{m_path}[{i}]",
                                _("%(key)s is not an entry of %(model)s")
                                % {"key": entry_key, "model": model_key},
                            )
                        )
    return problems


def _check_key(
    key: str, prefix: str, seen: set[str], path: str, file: str, problems: list[Problem]
) -> None:
    if not key.startswith(prefix):
        problems.append(Problem(file, path, _("must start with %(prefix)s") % {"prefix": prefix}))
    if key in seen:
        problems.append(Problem(file, path, _("this identifier is used twice")))
    seen.add(key)


def load_file(path: Path) -> dict[str, Any]:
    """Read, parse and validate a framework file; raise ``FrameworkFileError`` with every
    problem found."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FrameworkFileError([Problem(name, "", str(error.strerror or error))]) from None
    return load_bytes(raw, file=name)


def load_bytes(raw: bytes, *, file: str) -> dict[str, Any]:
    if len(raw) > MAX_FILE_BYTES:
        raise FrameworkFileError([Problem(file, "", _("the file is larger than 5 MB"))])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FrameworkFileError([Problem(file, "", _("the file is not UTF-8 text"))]) from None
    data = parse_yaml(text, file=file)
    problems = validate(data, file=file)
    if problems:
        raise FrameworkFileError(problems)
    return dict(data)
