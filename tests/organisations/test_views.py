from __future__ import annotations

import pytest
from django.core import mail

from govhub.organisations.models import AccessRequest, AccessRequestStatus, Membership
from govhub.translation.provenance import TranslationStatus
from govhub.translation.services import translation_set
from tests.factories import AccessRequestFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_directory_filters_by_region_kind_country_and_name(client, cast) -> None:
    OrganisationFactory(
        name="Senate of Somewhere", kind="upper_chamber", country="CL", region="americas"
    )
    page = client.get("/en/organisations/").content.decode()
    assert "Home Parliament" in page and "Senate of Somewhere" in page
    by_region = client.get("/en/organisations/?region=americas").content.decode()
    assert "Senate of Somewhere" in by_region and "Home Parliament" not in by_region
    by_kind = client.get("/en/organisations/?kind=upper_chamber").content.decode()
    assert "Senate of Somewhere" in by_kind and "Other Parliament" not in by_kind
    by_country = client.get("/en/organisations/?country=CL").content.decode()
    assert "Other Parliament" in by_country and "Home Parliament" not in by_country
    by_name = client.get("/en/organisations/?q=senate").content.decode()
    assert "Senate of Somewhere" in by_name and "Other Parliament" not in by_name


def test_directory_shows_country_names_in_the_readers_language(client, cast) -> None:
    assert "Chili" in client.get("/fr/organisations/?country=CL").content.decode()
    assert "Chile" in client.get("/en/organisations/?country=CL").content.decode()


def test_directory_ignores_unknown_filter_values(client, cast) -> None:
    response = client.get("/en/organisations/?region=atlantis&kind=<b>&country=ZZ")
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_description_is_shown_with_its_provenance(client, cast) -> None:
    organisation = cast.home
    translation_set(
        obj=organisation,
        language="en",
        values={"description": "The single chamber."},
        status=TranslationStatus.ORIGINAL,
    )
    translation_set(
        obj=organisation,
        language="fr",
        values={"description": "La chambre unique."},
        status=TranslationStatus.MACHINE,
        engine="etranslation",
    )
    french = client.get("/fr/organisations/home-parliament/").content.decode()
    assert "La chambre unique." in french
    assert "etranslation" in french
    spanish = client.get("/es/organisations/home-parliament/").content.decode()
    assert "The single chamber." in spanish
    assert 'lang="en"' in spanish  # the fallback text is marked with its own language


def test_people_are_shown_only_to_those_who_manage_the_organisation(client, cast) -> None:
    url = "/en/organisations/home-parliament/"
    assert cast.member.email not in client.get(url).content.decode()
    client.force_login(cast.member)
    assert cast.member.email not in client.get(url).content.decode()
    client.force_login(cast.focal_point)
    assert cast.member.email in client.get(url).content.decode()


def test_access_request_form_records_the_request(client, cast) -> None:
    response = client.post(
        "/fr/organisations/request-access/",
        {
            "full_name": "Aïcha Koné",
            "email": "aicha.kone@assemblee.example",
            "organisation": cast.home.pk,
            "position": "DSI",
            "reason": "Autoévaluation",
            "preferred_language": "fr",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/fr/organisations/request-access/sent/"
    request = AccessRequest.objects.get()
    assert request.full_name == "Aïcha Koné"
    assert request.organisation == cast.home


def test_coordinator_grants_from_the_queue(
    client, cast, django_capture_on_commit_callbacks
) -> None:
    request = AccessRequestFactory(organisation=cast.home)
    client.force_login(cast.coordinator)
    queue = client.get("/en/organisations/access-requests/").content.decode()
    assert request.full_name in queue
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/organisations/access-requests/{request.pk}/grant/",
            {"organisation": cast.home.pk, "role": "member"},
        )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == AccessRequestStatus.GRANTED
    assert Membership.objects.filter(user__email=request.email, organisation=cast.home).exists()
    assert mail.outbox[-1].to == [request.email]
    again = client.post(
        f"/en/organisations/access-requests/{request.pk}/grant/",
        {"organisation": cast.home.pk, "role": "member"},
    )
    assert again.status_code == 400
    assert "already been decided" in again.content.decode()


def test_focal_point_changes_a_colleagues_role_and_ends_access(client, cast) -> None:
    client.force_login(cast.focal_point)
    membership = Membership.objects.get(user=cast.member)
    client.post(
        f"/en/organisations/home-parliament/people/{membership.pk}/role/", {"role": "focal_point"}
    )
    membership.refresh_from_db()
    assert membership.role == "focal_point"
    client.post(f"/en/organisations/home-parliament/people/{membership.pk}/end/")
    membership.refresh_from_db()
    assert not membership.is_active


def test_focal_point_cannot_touch_another_organisations_people(client, cast) -> None:
    client.force_login(cast.focal_point)
    other = Membership.objects.get(user=cast.other_member)
    response = client.post(f"/en/organisations/other-parliament/people/{other.pk}/end/")
    assert response.status_code == 404
    response = client.post(f"/en/organisations/home-parliament/people/{other.pk}/end/")
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.is_active
