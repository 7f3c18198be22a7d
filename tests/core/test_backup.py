"""`govhub backup FILE` and `govhub restore FILE` carry a whole hub to a new database."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COUNT = (
    "from django.apps import apps; "
    "print(sorted((m._meta.label, m.objects.count()) for m in apps.get_models() "
    "if m._meta.app_label in {'accounts','organisations','frameworks','assessments','core',"
    "'account','mfa'}))"
)


def _govhub(var: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVHUB_", "DATABASE_URL"))}
    env.update(
        GOVHUB_ENV="test",
        GOVHUB_VAR_DIR=str(var),
        DATABASE_URL=f"sqlite:///{var}/db.sqlite3",
        PRIVATE_MEDIA_ROOT=str(var / "private"),
        MEDIA_ROOT=str(var / "media"),
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "govhub", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=check,
    )


def test_a_backup_restores_the_same_hub_in_an_empty_database(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for var in (first, second):
        var.mkdir()
        _govhub(var, "migrate", "-v0")
    _govhub(first, "demo", "--quiet-logins")
    evidence = first / "private" / "7" / "12" / "evidence.pdf"
    evidence.parent.mkdir(parents=True)
    evidence.write_bytes(b"%PDF-1.7 demo")
    archive = tmp_path / "hub.zip"
    written = _govhub(first, "backup", str(archive))
    assert "files" in written.stdout
    assert "private/7/12/evidence.pdf" in zipfile.ZipFile(archive).namelist()

    restored = _govhub(second, "restore", str(archive))
    assert "Restored" in restored.stdout
    before = _govhub(first, "shell", "-c", COUNT).stdout
    after = _govhub(second, "shell", "-c", COUNT).stdout
    assert before == after
    assert "('organisations.Organisation', 52)" in after
    assert (second / "private" / "7" / "12" / "evidence.pdf").read_bytes() == b"%PDF-1.7 demo"

    again = _govhub(second, "restore", str(archive), check=False)
    assert again.returncode != 0
    assert "not empty" in again.stderr
    assert _govhub(second, "shell", "-c", COUNT).stdout == after


def test_restore_refuses_files_that_are_not_backups(tmp_path: Path) -> None:
    var = tmp_path / "hub"
    var.mkdir()
    _govhub(var, "migrate", "-v0")
    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("hello")
    result = _govhub(var, "restore", str(not_zip), check=False)
    assert result.returncode != 0 and "not a govhub backup" in result.stderr
    sneaky = tmp_path / "sneaky.zip"
    with zipfile.ZipFile(sneaky, "w") as archive:
        archive.writestr("manifest.json", '{"format": "govhub-backup/1", "rows": 0}')
        archive.writestr("data.json", "[]")
        archive.writestr("private/../../escape.txt", "x")
    result = _govhub(var, "restore", str(sneaky), check=False)
    assert result.returncode != 0 and "unexpected file" in result.stderr
    assert not (tmp_path / "escape.txt").exists()
