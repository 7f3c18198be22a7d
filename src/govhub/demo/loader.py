"""Demo data made by calling the services, the same way people would, from a fixed seed."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify

from govhub.accounts.models import HubRole, User
from govhub.accounts.services import user_create, user_set_hub_roles
from govhub.demo.data import FIRST_NAMES, LAST_NAMES, ORGANISATIONS, POSITIONS
from govhub.organisations import services as organisation_services
from govhub.organisations.models import MembershipRole, Organisation
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


@transaction.atomic
def demo_load(*, seed: int = 2018) -> None:
    """Create the demo hub: 52 organisations, 96 individual accesses, the hub team and
    a few requests waiting for a decision. Call only on an empty hub."""
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
