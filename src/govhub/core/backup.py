"""Whole-hub backups: the data as JSON plus the uploaded files, in one zip archive.

A backup made on SQLite restores on PostgreSQL and the other way round, since it holds
rows, not a database file.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import management
from django.db import transaction

FORMAT = "govhub-backup/1"
# Rebuilt by Django or worthless in another installation.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "admin.logentry",
    "django_tasks_database",
]


class BackupError(Exception):
    pass


def _file_roots() -> dict[str, Path]:
    return {"media": Path(settings.MEDIA_ROOT), "private": Path(settings.PRIVATE_MEDIA_ROOT)}


def backup_write(target: Path) -> dict[str, int]:
    """Write every row and uploaded file to ``target``; return what was written."""
    data = io.StringIO()
    management.call_command(
        "dumpdata",
        exclude=EXCLUDED,
        natural_foreign=True,
        natural_primary=False,
        indent=None,
        stdout=data,
    )
    rows = json.loads(data.getvalue())
    files = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "manifest.json",
            json.dumps({"format": FORMAT, "rows": len(rows)}, indent=2),
        )
        archive.writestr("data.json", json.dumps(rows))
        for name, root in _file_roots().items():
            if not root.exists():
                continue
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                archive.write(path, f"{name}/{path.relative_to(root).as_posix()}")
                files += 1
    return {"rows": len(rows), "files": files}


def _safe_member(name: str) -> tuple[str, PurePosixPath] | None:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or len(path.parts) < 2:
        return None
    return path.parts[0], PurePosixPath(*path.parts[1:])


def backup_restore(source: Path) -> dict[str, int]:
    """Load a backup into an empty hub. Raises ``BackupError`` if the file is not a backup
    or the database already holds people or organisations; nothing is changed then."""
    try:
        archive = zipfile.ZipFile(source)
        manifest = json.loads(archive.read("manifest.json"))
        payload = archive.read("data.json")
    except (OSError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as error:
        raise BackupError(f"{source} is not a govhub backup ({error}).") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source} has format {manifest.get('format')!r}, not {FORMAT}.")
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    if user_model.objects.exists():
        raise BackupError("The database is not empty: restore into a freshly migrated hub.")
    roots = _file_roots()
    members = []
    for info in archive.infolist():
        if info.filename in {"manifest.json", "data.json"} or info.is_dir():
            continue
        parsed = _safe_member(info.filename)
        if parsed is None or parsed[0] not in roots:
            raise BackupError(f"{source} holds an unexpected file: {info.filename}")
        members.append((info, parsed))
    with transaction.atomic():
        # Groups made by migrations are replaced by the backup's own rows.
        apps.get_model("auth", "Group").objects.all().delete()
        fixture = Path(settings.VAR_DIR) / "restore-data.json"
        fixture.parent.mkdir(parents=True, exist_ok=True)
        fixture.write_bytes(payload)
        try:
            management.call_command("loaddata", str(fixture), verbosity=0)
        finally:
            fixture.unlink(missing_ok=True)
    for info, (root_name, relative) in members:
        destination = roots[root_name] / Path(*relative.parts)
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(archive.read(info))
    return {"rows": int(manifest.get("rows", 0)), "files": len(members)}
