"""Evidence lives outside the web root and is served only through an access-checked view."""

from __future__ import annotations

import os
from functools import cache

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class EvidenceStorage(FileSystemStorage):
    """Files under ``PRIVATE_MEDIA_ROOT``, read at each use so settings changes apply."""

    @property
    def base_location(self) -> str:
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        raise ValueError("Evidence files have no URL; they are served by an access check.")


@cache
def evidence_storage() -> EvidenceStorage:
    return EvidenceStorage()
