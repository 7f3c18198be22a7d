from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from govhub.frameworks.services import framework_import
from tests.frameworks.documents import framework_document

pytestmark = pytest.mark.django_db


def test_members_read_a_framework_in_their_language(client, cast) -> None:
    framework_import(data=framework_document(), by=None)
    client.force_login(cast.member)
    listing = client.get("/fr/frameworks/").content.decode()
    assert "Test framework (fr)" in listing
    page = client.get("/fr/frameworks/testfw/1.0/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Domain 2 (fr)" in html and "Level 5 of 2.5 (fr)" in html
    assert "Guidance for 1.1 (fr)" in html and "Strategy (fr)" in html


def test_unknown_versions_are_not_found_and_visitors_sign_in_first(client, cast) -> None:
    framework_import(data=framework_document(), by=None)
    assert client.get("/en/frameworks/testfw/1.0/").status_code == 302
    client.force_login(cast.member)
    assert client.get("/en/frameworks/testfw/9.9/").status_code == 404
    assert client.get("/en/frameworks/nothing/1.0/").status_code == 404


def test_the_framework_page_does_not_grow_with_the_framework(client, cast) -> None:
    framework_import(data=framework_document(key="small", domains=2, practices=5), by=None)
    framework_import(data=framework_document(key="large", domains=6, practices=10), by=None)
    client.force_login(cast.member)
    counts = []
    for key in ("small", "large"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/en/frameworks/{key}/1.0/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
