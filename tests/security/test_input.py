"""Bounds on what comes in: uploads are opened by Pillow and refused when they are not images,
too big, or unpack to too many pixels; oversized requests get a 400, never a 500."""

import io

import pytest
from PIL import Image as PillowImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model

from devtools.factories import UserFactory


@pytest.fixture
def editor_client(client, db):
    client.force_login(UserFactory(email="admin@example.org", is_superuser=True, is_staff=True))
    return client


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, name: str, content: bytes):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Bilde", "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_a_real_image_is_accepted(editor_client):
    response = upload(editor_client, "bilde.png", png(40, 30))
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 40


def test_a_file_that_is_not_an_image_is_refused(editor_client):
    response = upload(editor_client, "bilde.png", b"<script>alert(1)</script>" * 10)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


def test_svg_is_not_an_accepted_image_format(editor_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
    response = upload(editor_client, "bilde.svg", svg)
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


def test_too_large_files_and_too_many_pixels_are_refused(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    too_big = upload(editor_client, "stor.png", png(40, 30) + b"\0" * 2000)
    assert too_big.context["form"].errors["file"]
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 10_000
    bomb = upload(editor_client, "bombe.png", png(200, 200))
    assert bomb.context["form"].errors["file"]
    assert not get_image_model().objects.exists()


def test_an_oversized_request_body_is_a_400_not_a_500(client, db):
    response = client.post(
        reverse("login"), {"username": "a@example.org", "password": "x" * (3 * 1024 * 1024)}
    )
    assert response.status_code == 400


def test_too_many_form_fields_is_a_400(client, db):
    fields = {f"felt{number}": "x" for number in range(10_001)}
    assert client.post(reverse("login"), fields).status_code == 400
