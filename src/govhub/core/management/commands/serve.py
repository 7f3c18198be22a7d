"""Serve the hub with gunicorn and run the task worker beside it; Ctrl-C stops both."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Start gunicorn and the task worker together (the embedded production set-up)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default=os.environ.get("GOVHUB_BIND", "127.0.0.1:8000"))
        parser.add_argument(
            "--print-demo-logins",
            action="store_true",
            help="Once the server is up, print the demo logins (used by `make run`).",
        )
        parser.add_argument(
            "--workers", type=int, default=int(os.environ.get("GOVHUB_WEB_WORKERS", "2"))
        )

    def handle(self, *args: Any, **options: Any) -> None:
        python = sys.executable
        web = [
            python,
            "-m",
            "gunicorn",
            "govhub.wsgi:application",
            "--bind",
            options["bind"],
            "--workers",
            str(options["workers"]),
            "--access-logfile",
            "-",
            "--timeout",
            "60",
        ]
        worker = [python, "-m", "govhub", "db_worker", "--interval", "1"]
        processes = [subprocess.Popen(web), subprocess.Popen(worker)]  # noqa: S603
        if options["print_demo_logins"]:
            time.sleep(3)  # let the worker's first output pass so the logins stay visible
            call_command("demo", "--logins-only", stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"\ngovhub is running on http://{options['bind']}/ — Ctrl-C stops it."
            )
        )

        def stop(signum: int, frame: object) -> None:
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while all(process.poll() is None for process in processes):
                time.sleep(0.5)
        finally:
            stop(signal.SIGTERM, None)
            for process in processes:
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
        failed = [p.returncode for p in processes if p.returncode not in (0, -15, None)]
        if failed:
            raise SystemExit(failed[0])
