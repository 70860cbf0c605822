"""Every fresh browser asks for /favicon.ico: it gets the icon (200), not a 404, and the pages
link the SVG icon."""

from django.contrib.staticfiles import finders
from django.test import RequestFactory

from skolering.favicon import favicon

ICO_MAGIC = b"\x00\x00\x01\x00"


def test_the_favicon_view_answers_with_the_icon():
    response = favicon(RequestFactory().get("/favicon.ico"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert response.content.startswith(ICO_MAGIC)
    assert "max-age=86400" in response["Cache-Control"]
    assert favicon(RequestFactory().post("/favicon.ico")).status_code == 405


def test_favicon_ico_answers_200(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response.content.startswith(ICO_MAGIC)


def test_the_pages_link_the_svg_icon(client, site_pages):
    assert finders.find("favicon.svg")
    page = client.get("/").text
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
