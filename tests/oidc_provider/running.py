"""Start and stop the test provider (tests/oidc_provider/settings.py) in a process of its own,
on 127.0.0.1 and a free port. Run it by hand as described in the README ("Trying it by hand",
under "Single sign-on")."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent.parent
CLIENT_ID = "skolering"
CLIENT_SECRET = "test-provider-client-secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RunningProvider:
    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.issuer = f"{self.url}/openid"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.oidc_provider.settings",
            "OIDC_TEST_PROVIDER_DB": str(workdir / "provider.sqlite3"),
            "OIDC_TEST_PROVIDER_URL": self.url,
            "PYTHONPATH": str(ROOT),
        }
        self.process = None
        self.log = workdir / "provider.log"

    def manage(self, *arguments: str) -> None:
        subprocess.run(  # noqa: S603 - this project's own interpreter and commands
            [sys.executable, "-m", "django", *arguments],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            timeout=120,
        )

    def set_up(self, *, redirect_uri: str, post_logout_redirect_uri: str) -> None:
        self.manage("migrate", "--no-input")
        self.manage("creatersakey")
        self.manage(
            "provider_client",
            "--client-id",
            CLIENT_ID,
            "--client-secret",
            CLIENT_SECRET,
            "--redirect-uri",
            redirect_uri,
            "--post-logout-redirect-uri",
            post_logout_redirect_uri,
        )

    def add_person(self, member_number: str, password: str, *, first_name="", last_name=""):
        self.manage(
            "provider_person",
            member_number,
            password,
            "--first-name",
            first_name,
            "--last-name",
            last_name,
        )

    def start(self, *, wait_seconds: float = 30) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - this project's own interpreter and commands
                [
                    sys.executable,
                    "-m",
                    "django",
                    "runserver",
                    "--noreload",
                    "--skip-checks",
                    f"127.0.0.1:{self.port}",
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the test provider stopped: {self.log.read_text()}")
            try:
                response = requests.get(
                    f"{self.issuer}/.well-known/openid-configuration", timeout=2
                )
                if response.ok:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the test provider did not answer: {self.log.read_text()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
