"""factory_boy factories for the hub's models."""

from __future__ import annotations

import datetime as dt
from typing import Any

import factory
from allauth.account.models import EmailAddress

from govhub.accounts.models import User
from govhub.organisations.models import (
    AccessRequest,
    Membership,
    MembershipRole,
    Organisation,
    OrganisationKind,
    Region,
)

PASSWORD = "a-long-test-password-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@parliament.example")
    full_name = factory.Sequence(lambda n: f"Person {n}")
    preferred_language = "en"

    @factory.post_generation
    def password(obj: User, create: bool, extracted: Any, **kwargs: Any) -> None:
        obj.set_password(extracted or PASSWORD)
        if create:
            obj.save(update_fields=["password"])
            EmailAddress.objects.create(user=obj, email=obj.email, primary=True, verified=True)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Parliament {n}")
    slug = factory.Sequence(lambda n: f"parliament-{n}")
    kind = OrganisationKind.UNICAMERAL
    country = "FJ"
    region = Region.PACIFIC
    joined_on = dt.date(2020, 1, 15)
    description = factory.LazyAttribute(lambda o: f"About {o.name}.")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = MembershipRole.MEMBER
    position = "Systems administrator"


class AccessRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AccessRequest

    full_name = factory.Sequence(lambda n: f"Applicant {n}")
    email = factory.Sequence(lambda n: f"applicant{n}@assembly.example")
    organisation = factory.SubFactory(OrganisationFactory)
    position = "Head of IT"
    reason = "To lead our self-assessment."
    preferred_language = "fr"
