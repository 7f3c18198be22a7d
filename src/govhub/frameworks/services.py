"""Importing and exporting frameworks, and freezing the versions assessments use."""

from __future__ import annotations

from typing import Any

import yaml
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from govhub.accounts.models import User
from govhub.core.audit import audit_record
from govhub.frameworks.models import (
    Domain,
    Framework,
    LevelDescriptor,
    Practice,
    ReferenceEntry,
    ReferenceModel,
)
from govhub.frameworks.validation import FrameworkFileError, Problem, validate
from govhub.translation.provenance import TranslationStatus
from govhub.translation.services import translation_set

FORMAT = "govhub-framework/1"


def _set_texts(obj: Any, texts: dict[str, dict[str, str]], *, source: str, by: User | None) -> None:
    """``texts`` maps a field name to its per-language values."""
    languages = sorted({lang for values in texts.values() for lang in values})
    for language in languages:
        values = {field: by_lang.get(language, "") for field, by_lang in texts.items()}
        translation_set(
            obj=obj,
            language=language,
            values=values,
            status=TranslationStatus.ORIGINAL if language == source else TranslationStatus.REVIEWED,
            by=by,
            require_reviewer=False,
        )


@transaction.atomic
def framework_import(*, data: dict[str, Any], by: User | None, file: str = "") -> Framework:
    """Create one framework version from a parsed framework document.

    Raises ``FrameworkFileError`` listing every problem, or when this version exists already
    (a version never changes once imported; give the file a new version). Nothing is
    written unless the whole document is valid.
    """
    file = file or _("framework file")
    problems = validate(data, file=file)
    if problems:
        raise FrameworkFileError(problems)
    if Framework.objects.filter(key=data["id"], version=data["version"]).exists():
        raise FrameworkFileError(
            [
                Problem(
                    file,
                    "version",
                    _("version %(version)s of %(id)s exists already; give the file a new version")
                    % {"version": data["version"], "id": data["id"]},
                )
            ]
        )
    source = data["source_language"]
    framework = Framework.objects.create(
        key=data["id"], version=data["version"], source_language=source, imported_by=by
    )
    _set_texts(
        framework,
        {"title": data["title"], "description": data.get("description", {})},
        source=source,
        by=by,
    )
    entries = _import_references(data.get("references", []), source=source, by=by)
    for d_order, d_data in enumerate(data["domains"]):
        domain = Domain.objects.create(
            framework=framework, key=d_data["id"], order=d_order, weight=d_data.get("weight", 1)
        )
        _set_texts(
            domain,
            {"title": d_data["title"], "description": d_data.get("description", {})},
            source=source,
            by=by,
        )
        for p_order, p_data in enumerate(d_data["practices"]):
            practice = Practice.objects.create(
                domain=domain, key=p_data["id"], order=p_order, weight=p_data.get("weight", 1)
            )
            _set_texts(
                practice,
                {"title": p_data["title"], "guidance": p_data.get("guidance", {})},
                source=source,
                by=by,
            )
            for level, texts in enumerate(p_data["levels"]):
                descriptor = LevelDescriptor.objects.create(practice=practice, level=level)
                _set_texts(descriptor, {"text": texts}, source=source, by=by)
            practice.references.set(
                [
                    entries[(model_key, entry_key)]
                    for model_key, entry_keys in p_data.get("maps_to", {}).items()
                    for entry_key in entry_keys
                ]
            )
    audit_record(actor=by, action="framework.imported", target=framework)
    return framework


def _import_references(
    references: list[dict[str, Any]], *, source: str, by: User | None
) -> dict[tuple[str, str], ReferenceEntry]:
    """Reference models are shared by all frameworks: new ones are added, known ones kept."""
    entries: dict[tuple[str, str], ReferenceEntry] = {}
    for r_data in references:
        model, created = ReferenceModel.objects.get_or_create(key=r_data["id"])
        if created:
            _set_texts(model, {"title": r_data["title"]}, source=source, by=by)
        for order, e_data in enumerate(r_data["entries"]):
            entry, created = ReferenceEntry.objects.get_or_create(
                model=model, key=e_data["id"], defaults={"order": order}
            )
            if created:
                _set_texts(entry, {"title": e_data["title"]}, source=source, by=by)
            entries[(model.key, entry.key)] = entry
    return entries


def _texts(obj: Any, field: str) -> dict[str, str]:
    """One field of a parler object in every language it has, in the hub's language order."""
    rows = {row.language_code: getattr(row, field) for row in obj.translations.all()}
    return {code: rows[code] for code, _name in settings.LANGUAGES if rows.get(code)}


def framework_export(framework: Framework) -> dict[str, Any]:
    """The framework as a document that ``framework_import`` reads back unchanged."""
    domains = framework.domains.order_by("order").prefetch_related(
        "translations",
        "practices__translations",
        "practices__descriptors__translations",
        "practices__references__model",
    )
    used_models = (
        ReferenceModel.objects.filter(entries__practices__domain__framework=framework)
        .distinct()
        .prefetch_related("translations", "entries__translations")
    )
    document: dict[str, Any] = {
        "format": FORMAT,
        "id": framework.key,
        "version": framework.version,
        "source_language": framework.source_language,
        "title": _texts(framework, "title"),
    }
    description = _texts(framework, "description")
    if description:
        document["description"] = description
    if used_models:
        document["references"] = [
            {
                "id": model.key,
                "title": _texts(model, "title"),
                "entries": [
                    {"id": entry.key, "title": _texts(entry, "title")}
                    for entry in sorted(model.entries.all(), key=lambda e: e.order)
                ],
            }
            for model in sorted(used_models, key=lambda m: m.key)
        ]
    document["domains"] = []
    for domain in domains:
        d_doc: dict[str, Any] = {"id": domain.key, "weight": domain.weight}
        d_doc["title"] = _texts(domain, "title")
        if d_description := _texts(domain, "description"):
            d_doc["description"] = d_description
        d_doc["practices"] = []
        for practice in sorted(domain.practices.all(), key=lambda p: p.order):
            p_doc: dict[str, Any] = {"id": practice.key, "weight": practice.weight}
            p_doc["title"] = _texts(practice, "title")
            if guidance := _texts(practice, "guidance"):
                p_doc["guidance"] = guidance
            descriptors = sorted(practice.descriptors.all(), key=lambda d: d.level)
            p_doc["levels"] = [_texts(descriptor, "text") for descriptor in descriptors]
            maps_to: dict[str, list[str]] = {}
            for entry in sorted(practice.references.all(), key=lambda e: (e.model.key, e.order)):
                maps_to.setdefault(entry.model.key, []).append(entry.key)
            if maps_to:
                p_doc["maps_to"] = maps_to
            d_doc["practices"].append(p_doc)
        document["domains"].append(d_doc)
    return document


def framework_to_yaml(document: dict[str, Any]) -> str:
    return yaml.safe_dump(
        document, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False
    )


@transaction.atomic
def framework_freeze(*, framework: Framework) -> None:
    """Mark a version as used: from now on it never changes (assessments call this)."""
    if not framework.is_frozen:
        framework.is_frozen = True
        framework.save(update_fields=["is_frozen"])
