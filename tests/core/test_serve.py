"""`govhub serve` starts the web server and the task worker together; Ctrl-C stops both."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children_of(pid: int) -> list[int]:
    result = subprocess.run(  # noqa: S603
        ["/usr/bin/pgrep", "-P", str(pid)], capture_output=True, text=True, check=False
    )
    return [int(line) for line in result.stdout.split()]


def test_serve_answers_and_stops_both_processes_on_ctrl_c(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVHUB_", "DATABASE_URL"))}
    env.update(
        GOVHUB_ENV="development",
        GOVHUB_VAR_DIR=str(tmp_path),
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
        CACHE_URL="locmem://",
    )
    run = [sys.executable, "-m", "govhub"]
    subprocess.run([*run, "migrate", "-v0"], env=env, cwd=ROOT, check=True)  # noqa: S603
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603
        [*run, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body = json.loads(r.read())
            except OSError:
                time.sleep(0.3)
        assert body == {"status": "ok", "database": "ok"}
        children = _children_of(server.pid)
        assert len(children) == 2  # gunicorn and the task worker
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
        time.sleep(0.5)
        for child in children:
            assert (
                not Path(f"/proc/{child}").exists()
                or "zombie" in Path(f"/proc/{child}/status").read_text().lower()
            )
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
