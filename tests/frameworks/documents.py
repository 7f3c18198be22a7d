"""Framework documents of any size for tests, built in code rather than read from disk."""

from __future__ import annotations

import copy
from typing import Any

LANGS = ("en", "fr", "es", "pt")


def texts(stem: str) -> dict[str, str]:
    return {lang: f"{stem} ({lang})" for lang in LANGS}


def framework_document(
    *, key: str = "testfw", version: str = "1.0", domains: int = 2, practices: int = 5
) -> dict[str, Any]:
    """A valid document with ``domains`` by ``practices`` practices and two reference models."""
    return {
        "format": "govhub-framework/1",
        "id": key,
        "version": version,
        "source_language": "en",
        "title": texts("Test framework"),
        "description": texts("What the framework is for"),
        "references": [
            {
                "id": "iso38500",
                "title": texts("ISO/IEC 38500"),
                "entries": [
                    {"id": "strategy", "title": texts("Strategy")},
                    {"id": "performance", "title": texts("Performance")},
                ],
            },
            {
                "id": "ipu-1.5.5",
                "title": texts("IPU 1.5.5"),
                "entries": [{"id": "resources", "title": texts("Resources")}],
            },
        ],
        "domains": [
            {
                "id": f"{key}.d{d}",
                "weight": 1 + d % 3,
                "title": texts(f"Domain {d}"),
                "description": texts(f"About domain {d}"),
                "practices": [
                    {
                        "id": f"{key}.d{d}.{p}",
                        "weight": 1 + p % 2,
                        "title": texts(f"Practice {d}.{p}"),
                        "guidance": texts(f"Guidance for {d}.{p}"),
                        "levels": [texts(f"Level {level} of {d}.{p}") for level in range(6)],
                        "maps_to": {"iso38500": ["strategy"], "ipu-1.5.5": ["resources"]},
                    }
                    for p in range(1, practices + 1)
                ],
            }
            for d in range(1, domains + 1)
        ],
    }


def changed(document: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    """A deep copy of ``document`` with the value at ``path`` replaced (or deleted if None)."""
    result = copy.deepcopy(document)
    target = result
    for part in path[:-1]:
        target = target[part]
    if value is None:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return result
