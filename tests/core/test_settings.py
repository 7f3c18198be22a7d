"""The process refuses unsafe production settings and `check --deploy` is clean with safe ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _govhub(
    args: list[str], env: dict[str, str], tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(
            ("GOVHUB_", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "DJANGO_ALLOW")
        )
    }
    base.update({"GOVHUB_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/db"})
    base.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "govhub", *args],
        env=base,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_without_secret_key_refuses_to_start(tmp_path: Path) -> None:
    result = _govhub(["check"], {"GOVHUB_ENV": "production"}, tmp_path)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_check_deploy_reports_nothing_with_production_values(tmp_path: Path) -> None:
    env = {
        "GOVHUB_ENV": "production",
        "SECRET_KEY": "x7!" + "k2Vq9zLp4Rt8Wm3Nc6Yb1Hd5Gf0Js" * 3,
        "ALLOWED_HOSTS": "hub.example.org",
        "SITE_URL": "https://hub.example.org",
        "CACHE_URL": "db://govhub_cache",
    }
    result = _govhub(["check", "--deploy", "--fail-level", "WARNING"], env, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_development_generates_and_keeps_a_secret_key(tmp_path: Path) -> None:
    first = _govhub(["check"], {"GOVHUB_ENV": "development"}, tmp_path)
    assert first.returncode == 0, first.stderr
    key = (tmp_path / "secret_key").read_text()
    assert len(key) >= 50
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"
    _govhub(["check"], {"GOVHUB_ENV": "development"}, tmp_path)
    assert (tmp_path / "secret_key").read_text() == key


def test_unknown_email_url_is_refused(tmp_path: Path) -> None:
    result = _govhub(["check"], {"EMAIL_URL": "carrier-pigeon://loft"}, tmp_path)
    assert result.returncode != 0
    assert "EMAIL_URL must start with" in result.stderr
