"""Evidence files: the type is read from the content, never from the name."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# An office document may expand, but not like a bomb.
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 2000


@dataclass(frozen=True)
class FileKind:
    extension: str
    content_type: str


PDF = FileKind("pdf", "application/pdf")
PNG = FileKind("png", "image/png")
JPEG = FileKind("jpg", "image/jpeg")
DOCX = FileKind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = FileKind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
ODT = FileKind("odt", "application/vnd.oasis.opendocument.text")

ALLOWED_HELP = "PDF, DOCX, XLSX, ODT, PNG, JPEG"


def _refuse() -> ValidationError:
    return ValidationError(
        _("This file type is not accepted. Accepted types: %(types)s.") % {"types": ALLOWED_HELP},
        code="file_type",
    )


def _office_kind(head: bytes, data: bytes) -> FileKind:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _refuse() from None
    if len(members) > MAX_MEMBERS:
        raise ValidationError(_("This document is malformed or too large once unpacked."))
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNZIPPED_BYTES or unpacked > MAX_RATIO * max(len(data), 1):
        raise ValidationError(
            _("This document is malformed or too large once unpacked."), code="zip_bomb"
        )
    names = {member.filename for member in members}
    if "[Content_Types].xml" in names and "word/document.xml" in names:
        return DOCX
    if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
        return XLSX
    if "mimetype" in names:
        try:
            mimetype = archive.read("mimetype")[:100]
        except (zipfile.BadZipFile, KeyError, RuntimeError, OSError):
            raise _refuse() from None
        if mimetype == ODT.content_type.encode():
            return ODT
    raise _refuse()


def detect_kind(data: bytes) -> FileKind:
    """The accepted kind of ``data``, or ``ValidationError`` with a message for the person."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."), code="file_size")
    if not data:
        raise ValidationError(_("The file is empty."), code="file_empty")
    head = data[:8]
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"PK\x03\x04"):
        return _office_kind(head, data)
    raise _refuse()
