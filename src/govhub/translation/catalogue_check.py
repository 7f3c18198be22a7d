"""Fail when a fr, es or pt catalogue misses, leaves fuzzy or breaks a placeholder of an entry.

Run with ``python -m govhub.translation.catalogue_check``; ``make test`` does. It first
extracts the strings afresh so an unmarked catalogue cannot hide a new string.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

PACKAGE_DIR = Path(__file__).resolve().parents[1]
LOCALE_DIR = PACKAGE_DIR / "locale"
LANGUAGES = ("fr", "es", "pt")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{\{\s*(\w+)\s*\}\}|\{(\w+)\}")


def placeholders(text: str) -> set[str]:
    return {next(g for g in match.groups() if g) for match in PLACEHOLDER.finditer(text)}


def extract_afresh(target: Path) -> Path:
    """Copy the package to ``target`` and run makemessages there; return its locale folder.

    Working on a copy keeps the committed catalogues untouched while still catching a
    string that was marked in code but never added to them.
    """
    copy = target / "govhub"
    shutil.copytree(
        PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static")
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "--no-obsolete",
            "--no-location",
            "-l",
            "fr",
            "-l",
            "es",
            "-l",
            "pt",
            "-v",
            "0",
        ],
        cwd=copy,
        check=True,
    )
    return copy / "locale"


def problems_in(path: Path, root: Path) -> list[str]:
    problems: list[str] = []
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        if entry.obsolete:
            continue
        where = f"{path.relative_to(root)}: {entry.msgid[:60]!r}"
        if entry.fuzzy:
            problems.append(f"{where} is fuzzy")
            continue
        if entry.msgid_plural:
            translations = list(entry.msgstr_plural.values())
            if not translations or not all(translations):
                problems.append(f"{where} has an untranslated plural form")
                continue
            wanted = placeholders(entry.msgid) | placeholders(entry.msgid_plural)
            for text in translations:
                if placeholders(text) - wanted:
                    problems.append(f"{where} uses a placeholder the source does not have")
        else:
            if not entry.msgstr:
                problems.append(f"{where} is not translated")
                continue
            if placeholders(entry.msgstr) != placeholders(entry.msgid):
                problems.append(f"{where} does not keep the placeholders of the source")
    return problems


def main() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        locale_dir = extract_afresh(Path(tmp))
        for language in LANGUAGES:
            path = locale_dir / language / "LC_MESSAGES" / "django.po"
            if not (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").exists():
                problems.append(f"locale/{language}/LC_MESSAGES/django.po is missing")
                continue
            problems.extend(problems_in(path, locale_dir.parent))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} catalogue problem(s).")
        return 1
    print("Catalogues complete: " + ", ".join(LANGUAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
