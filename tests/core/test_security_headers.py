from __future__ import annotations

import pytest


@pytest.mark.django_db
def test_pages_carry_a_strict_content_security_policy(client) -> None:
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_pages_have_no_inline_script_or_style(client) -> None:
    html = client.get("/en/organisations/request-access/").content.decode()
    assert "<script" not in html
    assert "style=" not in html
    assert "<style" not in html
