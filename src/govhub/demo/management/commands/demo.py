from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from govhub.demo.loader import DEMO_PASSWORD, PERSONAS, demo_is_loaded, demo_load


class Command(BaseCommand):
    help = "Load the demo hub (once; a second run changes nothing) and print the demo logins."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seed", type=int, default=2018, help="Seed for the generated data.")
        parser.add_argument(
            "--quiet-logins", action="store_true", help="Do not print the demo logins."
        )
        parser.add_argument(
            "--logins-only", action="store_true", help="Only print the demo logins."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["logins_only"]:
            pass
        elif demo_is_loaded():
            self.stdout.write("Demo data is already loaded; nothing changed.")
        else:
            demo_load(seed=options["seed"])
            self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        if not options["quiet_logins"]:
            self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD})")
            for persona in PERSONAS:
                self.stdout.write(f"  {persona.role:<12} {persona.email:<28} {persona.full_name}")
