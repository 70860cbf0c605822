"""`make demo` shows the product's own Norwegian error pages: its settings turn DEBUG off (the
debug pages stay for `make serve`), and it still serves the static files and uploaded images."""

import importlib
import re
from pathlib import Path

from django.test import override_settings

MAKEFILE = Path(__file__).resolve().parents[2] / "Makefile"


def make_target(name: str) -> str:
    return re.search(rf"^{name}:.*?\n((?:\t.*\n)+)", MAKEFILE.read_text(), re.M).group(1)


def test_the_demo_settings_turn_debug_off_and_keep_the_demo_tools():
    demo = importlib.import_module("skolering.settings.demo")
    dev = importlib.import_module("skolering.settings.dev")
    assert demo.DEBUG is False and dev.DEBUG is True
    assert "devtools" in demo.INSTALLED_APPS
    assert demo.MIDDLEWARE[-1] == "devtools.media.DemoMediaMiddleware"


def test_make_demo_uses_them_and_serves_static_files_without_debug():
    demo = make_target("demo")
    for command in ("migrate", "seed_demo", "runserver"):
        line = next(line for line in demo.splitlines() if f"manage.py {command}" in line)
        assert line.lstrip().startswith("$(DEMO_SETTINGS)"), line
    assert "runserver --insecure" in demo  # runserver serves static files with DEBUG off
    assert "DJANGO_SETTINGS_MODULE=skolering.settings.demo" in MAKEFILE.read_text()
    assert "DEMO_SETTINGS" not in make_target("serve")


def test_an_unknown_address_gets_the_norwegian_404_without_debug(client, site_pages):
    with override_settings(DEBUG=False):
        response = client.get("/finnes-ikke-i-kárášjohka/")
    assert response.status_code == 404
    assert "<h1>Fant ikke siden</h1>" in response.text
    assert "URLconf" not in response.text


def test_the_demo_serves_uploaded_images_but_not_document_files(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "devtools.media.DemoMediaMiddleware"]
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "møte.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "privat.txt").write_text("Bare for styret.")
    image = client.get("/media/images/møte.png")
    assert image.status_code == 200 and b"".join(image.streaming_content) == b"\x89PNG\r\n"
    assert client.get("/media/images/finnes-ikke.png").status_code == 404
    assert client.get("/media/documents/privat.txt").status_code == 404
    assert client.get("/media/../settings.py").status_code == 400  # outside MEDIA_ROOT
