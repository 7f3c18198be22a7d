"""Demo data made by calling the services, the same way people would, from a fixed seed."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from govhub.accounts.models import HubRole, User
from govhub.accounts.services import user_create, user_set_hub_roles
from govhub.assessments import services as assessment_services
from govhub.assessments.models import Answer
from govhub.core.mail import mail_suppressed
from govhub.demo.data import FIRST_NAMES, LAST_NAMES, ORGANISATIONS, POSITIONS
from govhub.frameworks.models import Practice
from govhub.frameworks.services import framework_import
from govhub.frameworks.validation import load_file
from govhub.organisations import services as organisation_services
from govhub.organisations.models import Membership, MembershipRole, Organisation
from govhub.translation.provenance import TranslationStatus
from govhub.translation.services import translation_set

DEMO_PASSWORD = "govhub-demo-2026"  # noqa: S105 — printed in the README on purpose.
INDIVIDUAL_ACCESSES = 96


@dataclass(frozen=True)
class Persona:
    email: str
    full_name: str
    language: str
    role: str
    organisation: str = ""


PERSONAS: tuple[Persona, ...] = (
    Persona("coordinator@govhub.example", "Claire Martin", "en", HubRole.COORDINATOR),
    Persona("reviewer@govhub.example", "Rafael Oliveira", "pt", HubRole.REVIEWER),
    Persona("editor@govhub.example", "Lucía Fernández", "es", HubRole.EDITOR),
    Persona(
        "focal@govhub.example",
        "Amadou Sow",
        "fr",
        MembershipRole.FOCAL_POINT,
        "National Assembly of Senegal",
    ),
    Persona(
        "member@govhub.example",
        "Fatou Ndiaye",
        "fr",
        MembershipRole.MEMBER,
        "National Assembly of Senegal",
    ),
)


def demo_is_loaded() -> bool:
    return User.objects.filter(email=PERSONAS[0].email).exists()


def _people(rng: random.Random, count: int) -> list[tuple[str, str]]:
    names: set[tuple[str, str]] = set()
    while len(names) < count:
        names.add((rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)))
    return sorted(names)


LANGUAGE_BY_COUNTRY = {
    "fr": {"SN", "CI", "MA", "TN", "BJ", "CM", "CD", "MG", "SC", "VU", "LB", "BF", "ML", "NE"},
    "es": {"MX", "CL", "UY", "CR", "AR", "CO", "PY", "EC", "DO", "PA", "GT", "BO", "SV", "HN"},
    "pt": {"BR", "PT", "AO", "MZ", "CV", "TL", "GW", "ST"},
}


def _language_for(country: str) -> str:
    for language, countries in LANGUAGE_BY_COUNTRY.items():
        if country in countries:
            return language
    return "en"


def demo_load(*, seed: int = 2018) -> None:
    """Create the demo hub: 52 organisations, 96 individual accesses, the hub team, a few
    requests waiting for a decision and the self-assessments of 11 organisations (plus three
    in progress). Call only on an empty hub. Nobody is mailed about demo data."""
    with mail_suppressed(), transaction.atomic():
        _demo_load(seed=seed)


def _demo_load(*, seed: int) -> None:
    rng = random.Random(seed)
    staff: dict[str, User] = {}
    for persona in PERSONAS[:3]:
        user = user_create(
            email=persona.email,
            full_name=persona.full_name,
            preferred_language=persona.language,
            password=DEMO_PASSWORD,
        )
        user_set_hub_roles(user=user, roles=[persona.role], by=None)
        staff[persona.role] = user
    coordinator, editor = staff[HubRole.COORDINATOR], staff[HubRole.EDITOR]

    organisations: list[Organisation] = []
    for index, item in enumerate(ORGANISATIONS):
        organisation = organisation_services.organisation_create(
            name=item["name"],
            kind=item["kind"],
            country=item["country"],
            region=item["region"],
            website=item["website"],
            joined_on=dt.date.fromisoformat(item["joined_on"]),
            descriptions={"en": item["description"]["en"]},
            source_language="en",
            by=coordinator,
        )
        # Half the descriptions were machine-translated and then reviewed by the editor;
        # the other half still await review.
        for language in ("fr", "es", "pt"):
            reviewed = index % 2 == 0
            translation_set(
                obj=organisation,
                language=language,
                values={"description": item["description"][language]},
                status=TranslationStatus.REVIEWED if reviewed else TranslationStatus.MACHINE,
                engine="" if reviewed else "etranslation",
                by=editor if reviewed else None,
            )
        organisations.append(organisation)
    by_name = {organisation.name: organisation for organisation in organisations}

    accesses = 0
    for persona in PERSONAS[3:]:
        user = user_create(
            email=persona.email,
            full_name=persona.full_name,
            preferred_language=persona.language,
            password=DEMO_PASSWORD,
        )
        organisation_services.membership_grant(
            user=user,
            organisation=by_name[persona.organisation],
            role=persona.role,
            position=POSITIONS[persona.language][0 if persona.role == "focal_point" else 2],
            by=coordinator,
        )
        accesses += 1

    # Every organisation has a focal point; the rest of the accesses are spread at random.
    focal_covered = {by_name[p.organisation].pk for p in PERSONAS[3:] if p.role == "focal_point"}
    people = _people(rng, INDIVIDUAL_ACCESSES - accesses)
    slots: list[tuple[Organisation, str]] = [
        (organisation, MembershipRole.FOCAL_POINT)
        for organisation in organisations
        if organisation.pk not in focal_covered
    ]
    while len(slots) < len(people):
        slots.append((rng.choice(organisations), MembershipRole.MEMBER))
    for (first, last), (organisation, role) in zip(people, slots, strict=True):
        language = _language_for(str(organisation.country))
        email = f"{slugify(first)}.{slugify(last)}@{organisation.slug[:40]}.example"
        # Only the personas sign in; the others would have followed their invitation.
        user = user_create(email=email, full_name=f"{first} {last}", preferred_language=language)
        titles = POSITIONS[language]
        organisation_services.membership_grant(
            user=user,
            organisation=organisation,
            role=role,
            position=titles[0] if role == MembershipRole.FOCAL_POINT else rng.choice(titles[1:]),
            by=coordinator,
        )

    _demo_requests(by_name, coordinator)
    demo_assessments(rng=rng, reviewer=staff[HubRole.REVIEWER])


def _demo_requests(by_name: dict[str, Organisation], coordinator: User) -> None:
    pending = [
        (
            "Ivan Petrov",
            "ivan.petrov@parliament.example",
            "Riigikogu",
            "Enterprise architect",
            "en",
        ),
        (
            "Mariana Lopes",
            "mariana.lopes@camara.example",
            "Chamber of Deputies of Brazil",
            "Information security officer",
            "pt",
        ),
        (
            "Jean-Baptiste Kaboré",
            "jb.kabore@assemblee.example",
            "",
            "Chef du service informatique",
            "fr",
        ),
    ]
    for full_name, email, organisation_name, position, language in pending:
        organisation_services.access_request_submit(
            full_name=full_name,
            email=email,
            organisation=by_name.get(organisation_name),
            proposed_organisation=""
            if organisation_name in by_name
            else "National Assembly of Burkina Faso",
            proposed_country="" if organisation_name in by_name else "BF",
            position=position,
            reason="We are preparing our parliament's next digital strategy and want to "
            "take part in the self-assessment.",
            preferred_language=language,
        )
    declined = organisation_services.access_request_submit(
        full_name="Sam Trader",
        email="sales@vendor.example",
        proposed_organisation="Vendor Ltd",
        proposed_country="GB",
        position="Sales manager",
        reason="We would like to present our products to parliaments.",
        preferred_language="en",
    )
    organisation_services.access_request_decline(
        access_request=declined,
        by=coordinator,
        reason="The hub is reserved for parliaments and organisations that serve them.",
    )


DEFAULT_FRAMEWORK = Path(__file__).resolve().parents[1] / "frameworks" / "data" / "pigmf.yaml"

# name: (cycles as (year, final status), base level). Eleven organisations have recorded
# a self-assessment; three more are filling in their first one.
ASSESSMENT_PLAN: dict[str, tuple[tuple[tuple[int, str], ...], int]] = {
    "European Parliament": (((2025, "validated"), (2026, "validated")), 3),
    "National Assembly of Senegal": (((2025, "validated"), (2026, "in_progress")), 2),
    "Chamber of Deputies of Brazil": (((2025, "validated"), (2026, "validated")), 3),
    "Riigikogu": (((2026, "validated"),), 4),
    "Parliament of the Republic of Moldova": (((2026, "validated"),), 2),
    "National Assembly of Angola": (((2025, "validated"), (2026, "validated")), 1),
    "Parliament of Fiji": (((2026, "validated"),), 1),
    "National Assembly of Bhutan": (((2026, "validated"),), 2),
    "House of Commons of Canada": (((2026, "validated"),), 3),
    "Chamber of Deputies of Chile": (((2026, "submitted"),), 2),
    "National Assembly of Kenya": (((2026, "returned"),), 2),
    "National Assembly of Mauritius": (((2026, "in_progress"),), 2),
    "Parliament of Uganda": (((2026, "in_progress"),), 1),
    "Legislative Assembly of Samoa": (((2026, "in_progress"),), 1),
}
REASON = "This practice is carried out by a joint service of both chambers, not by us."


def demo_assessments(*, rng: random.Random, reviewer: User) -> None:
    """Self-assessments through the services, as focal points, members and a reviewer would."""
    data = load_file(DEFAULT_FRAMEWORK)
    framework = framework_import(data=data, by=None)
    practices = list(
        Practice.objects.filter(domain__framework=framework).order_by("domain__order", "order")
    )
    for name, (cycles, base) in ASSESSMENT_PLAN.items():
        organisation = Organisation.objects.get(name=name)
        focal_point = (
            Membership.objects.filter(organisation=organisation, role=MembershipRole.FOCAL_POINT)
            .select_related("user")
            .first()
        )
        if focal_point is None:
            raise RuntimeError(f"{name} has no focal point in the demo data")
        person = focal_point.user
        levels = {p.pk: max(0, min(5, base + rng.choice((-1, 0, 0, 1)))) for p in practices}
        for year, final in cycles:
            assessment = assessment_services.assessment_open(
                organisation=organisation, framework=framework, cycle=year, by=person
            )
            answers = {a.practice_id: a for a in Answer.objects.filter(assessment=assessment)}
            share = 0.4 if final == "in_progress" else 1.0
            for practice in practices[: int(len(practices) * share)]:
                answer = answers[practice.pk]
                if rng.random() < 0.04:
                    assessment_services.answer_save(
                        answer=answer,
                        by=person,
                        revision=answer.revision,
                        not_applicable=True,
                        not_applicable_reason=REASON,
                    )
                    continue
                current = levels[practice.pk]
                assessment_services.answer_save(
                    answer=answer,
                    by=person,
                    revision=answer.revision,
                    current_level=current,
                    target_level=min(5, current + rng.choice((0, 1, 1, 2))),
                    comment="",
                )
            if final != "in_progress":
                assessment_services.assessment_submit(assessment=assessment, by=person)
            if final == "returned":
                first = Answer.objects.filter(assessment=assessment).order_by("id")[0]
                assessment_services.review_comment_add(
                    answer=first,
                    by=reviewer,
                    text="Please attach the steering committee's terms of reference.",
                )
                assessment_services.assessment_return(
                    assessment=assessment,
                    by=reviewer,
                    comment="Good work. Please add evidence for the governance domain.",
                )
            if final == "validated":
                assessment_services.assessment_validate(assessment=assessment, by=reviewer)
            # The next cycle shows progress on a third of the practices.
            levels = {
                pk: min(5, level + (1 if rng.random() < 0.33 else 0))
                for pk, level in levels.items()
            }
