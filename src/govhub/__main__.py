"""The ``govhub`` command: Django's management commands under the project's settings.

Two-word commands read naturally (``govhub framework import FILE``); they map to one
management command that takes the second word as its first argument.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "govhub.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv if argv is None else argv)
    args[0] = "govhub"
    execute_from_command_line(args)


if __name__ == "__main__":
    main()
