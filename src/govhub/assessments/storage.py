"""Evidence lives outside the web root and is served only through an access-checked view."""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage


@cache
def evidence_storage() -> Storage:
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)
