"""``govhub framework list | import FILE | export ID [--version V] [--output FILE]``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from govhub.frameworks import selectors, services
from govhub.frameworks.validation import FrameworkFileError, load_file


class Command(BaseCommand):
    help = "List, import and export maturity frameworks (YAML, format govhub-framework/1)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("list", help="One line per framework version: id, version, title.")
        importer = sub.add_parser("import", help="Import a framework file.")
        importer.add_argument("file", type=Path)
        exporter = sub.add_parser("export", help="Write a framework version as YAML.")
        exporter.add_argument("id")
        exporter.add_argument("--version", dest="framework_version", default="")
        exporter.add_argument("--output", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "list":
            for framework in selectors.framework_list():
                frozen = " (in use)" if framework.is_frozen else ""
                title = framework.safe_translation_getter("title", any_language=True)
                self.stdout.write(f"{framework.key}\t{framework.version}\t{title}{frozen}")
        elif action == "import":
            try:
                data = load_file(options["file"])
                framework = services.framework_import(data=data, by=None, file=str(options["file"]))
            except FrameworkFileError as error:
                for problem in error.problems:
                    self.stderr.write(str(problem))
                raise CommandError(
                    f"{len(error.problems)} problem(s); nothing was imported."
                ) from None
            self.stdout.write(f"Imported {framework.key} {framework.version}.")
        elif action == "export":
            found = selectors.framework_by_key(options["id"], version=options["framework_version"])
            if found is None:
                raise CommandError(f"No framework {options['id']} {options['framework_version']}")
            text = services.framework_to_yaml(services.framework_export(found))
            if options["output"]:
                options["output"].write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
