"""Evidence files are judged by their content, never by their name."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError

from govhub.assessments import services
from govhub.assessments.models import Answer, Evidence
from govhub.assessments.uploads import detect_kind

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
ODT = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})


@pytest.mark.parametrize(
    ("data", "extension"),
    [
        (PDF, "pdf"),
        (PNG, "png"),
        (b"\xff\xd8\xff\xe0" + b"0" * 40, "jpg"),
        (DOCX, "docx"),
        (XLSX, "xlsx"),
        (ODT, "odt"),
    ],
)
def test_accepted_kinds(data: bytes, extension: str) -> None:
    assert detect_kind(data).extension == extension


ZIP_BOMB = _zip(
    {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"0" * (120 * 1024 * 1024)}
)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("page.html", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "not accepted"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "not accepted",
        ),
        ("report.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200, "not accepted"),
        ("report.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "not accepted"),
        ("big.pdf", b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024), "larger than 10 MB"),
        ("bomb.docx", ZIP_BOMB, "too large once unpacked"),
        ("bomb.xlsx", ZIP_BOMB, "too large once unpacked"),
        ("fake.docx", _zip({"evil.exe": b"MZ"}), "not accepted"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_refused_uploads_say_why_and_store_nothing(
    cast, assessment, name: str, data: bytes, message: str, tmp_path, settings
) -> None:
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    from govhub.assessments.storage import evidence_storage

    evidence_storage.cache_clear()
    answer = Answer.objects.filter(assessment=assessment).first()
    with pytest.raises(ValidationError) as refused:
        services.evidence_add_file(answer=answer, by=cast.member, name=name, data=data)
    assert message in " ".join(refused.value.messages)
    assert Evidence.objects.count() == 0
    assert not any(tmp_path.rglob("*.*"))
    evidence_storage.cache_clear()


def test_an_accepted_file_is_stored_outside_the_web_root_under_our_name(
    cast, assessment, tmp_path, settings
) -> None:
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    from govhub.assessments.storage import evidence_storage

    evidence_storage.cache_clear()
    answer = Answer.objects.filter(assessment=assessment).first()
    evidence = services.evidence_add_file(
        answer=answer, by=cast.member, name="../../etc/Strategy 2026.pdf", data=PDF
    )
    assert evidence.original_name == "Strategy 2026.pdf"
    assert evidence.content_type == "application/pdf"
    stored = tmp_path / evidence.file.name
    assert stored.read_bytes() == PDF
    assert stored.name.startswith("evidence")
    assert str(settings.STATIC_ROOT) not in str(stored)
    evidence_storage.cache_clear()
