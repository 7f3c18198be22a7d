from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from govhub.core.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = "Load a backup made by `govhub backup` into a freshly migrated, empty hub."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            restored = backup_restore(options["file"])
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Restored {restored['rows']} rows and {restored['files']} files.")
