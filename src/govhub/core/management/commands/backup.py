from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from govhub.core.backup import backup_write


class Command(BaseCommand):
    help = "Write the whole hub (rows and uploaded files) to one zip file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        written = backup_write(options["file"])
        self.stdout.write(
            f"Wrote {options['file']}: {written['rows']} rows, {written['files']} files."
        )
