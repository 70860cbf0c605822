"""The kursbevis's QR code reads back as the verification link, as a phone would read it: the
PDF from the view is rasterised and the picture decoded with ZXing."""

import io

import pytest
import zxingcpp
from PIL import Image, ImageDraw
from pypdf import PdfReader

from django.urls import reverse

from certificates.pdf import qr_modules

PIXELS_PER_POINT = 3  # 216 dpi, a fair photo of a printed A4 page
WHITE, BLACK = 255, 0


@pytest.fixture
def certificate(sami_member, valid_course, complete):
    return complete(sami_member, valid_course).certificate


def _multiply(first, second):
    """`first` then `second`, two PDF matrices [a b c d e f] as `cm` takes them."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = second
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def filled_rectangles(pdf: bytes):
    """Every rectangle the page fills, in page coordinates, with its grey level: the PDF's own
    operators followed (q, Q, cm, colour, re, fill), the way a viewer draws them."""
    reader = PdfReader(io.BytesIO(pdf))
    (page,) = reader.pages
    matrix, grey, saved, path = (1, 0, 0, 1, 0, 0), BLACK, [], []
    for operands, operator in page.get_contents().operations:
        numbers = [float(operand) for operand in operands if isinstance(operand, (int, float))]
        match operator:
            case b"q":
                saved.append((matrix, grey))
            case b"Q":
                matrix, grey = saved.pop()
            case b"cm":
                matrix = _multiply(numbers, matrix)
            case b"g":
                grey = round(numbers[0] * 255)
            case b"rg":
                red, green, blue = numbers
                grey = round((0.299 * red + 0.587 * green + 0.114 * blue) * 255)
            case b"re":
                a, b, c, d, e, f = matrix
                assert b == c == 0, "only upright rectangles are drawn"
                x, y, width, height = numbers
                xs = (a * x + e, a * (x + width) + e)
                ys = (d * y + f, d * (y + height) + f)
                path.append((min(xs), min(ys), max(xs), max(ys)))
            case b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*":
                yield from ((rectangle, grey) for rectangle in path)
                path = []
            case b"n" | b"S" | b"s":
                path = []
    assert not path


def rasterised(pdf: bytes) -> Image.Image:
    """The page's filled shapes as a greyscale picture (text is not needed to read the code)."""
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    width, height = float(box.width), float(box.height)
    size = (round(width * PIXELS_PER_POINT), round(height * PIXELS_PER_POINT))
    image = Image.new("L", size, WHITE)
    draw = ImageDraw.Draw(image)
    for (left, bottom, right, top), grey in filled_rectangles(pdf):
        pixels = [
            round(left * PIXELS_PER_POINT),
            round((height - top) * PIXELS_PER_POINT),
            round(right * PIXELS_PER_POINT) - 1,
            round((height - bottom) * PIXELS_PER_POINT) - 1,
        ]
        draw.rectangle(pixels, fill=grey)
    return image


def drawn_modules(pdf: bytes, count: int) -> list[list[bool]]:
    """The QR code's modules as drawn: the centre of each of the count by count cells of the black
    area (the finder patterns mark three of its corners)."""
    black = [rect for rect, grey in filled_rectangles(pdf) if grey == BLACK]
    left, bottom = min(r[0] for r in black), min(r[1] for r in black)
    right, top = max(r[2] for r in black), max(r[3] for r in black)
    unit = (right - left) / count
    assert abs((top - bottom) - (right - left)) < 0.01, "the code is square"

    def dark(x, y):
        return any(r[0] <= x <= r[2] and r[1] <= y <= r[3] for r in black)

    return [
        [dark(left + (column + 0.5) * unit, top - (row + 0.5) * unit) for column in range(count)]
        for row in range(count)
    ]


def read_codes(image: Image.Image) -> list[str]:
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("variant", ["", "?variant=studieforbund"])
def test_a_phone_reads_the_verification_link_off_the_kursbevis(
    client, certificate, sami_member, variant
):
    client.force_login(sami_member)
    response = client.get(reverse("certificate_pdf", args=[certificate.code]) + variant)
    assert response.status_code == 200
    verify_url = "http://testserver" + reverse("certificate_verify", args=[certificate.code])

    assert read_codes(rasterised(response.content)) == [verify_url]
    # Drawn module for module as encoded: upright, not mirrored, nothing lost between runs.
    modules = qr_modules(verify_url)
    assert drawn_modules(response.content, len(modules)) == modules


@pytest.mark.parametrize(
    "payload",
    [
        "http://testserver/kursbevis/0000-0000-0000/",
        "https://kursbevis.example.org/kursbevis/K7QM-3WZP-9TRD/",
        "https://skolering.arbeiderpartiet.no/kursbevis/ZZZZ-ZZZZ-ZZZZ/?fra=kursbevis",
        "https://" + "organisasjon-med-et-langt-navn." * 4 + "no/kursbevis/K7QM-3WZP-9TRD/",
    ],
)
def test_the_fixed_mask_reads_at_every_length_of_link(payload):
    modules = qr_modules(payload)
    size = len(modules) + 8  # the quiet zone the PDF leaves: four modules on each side
    image = Image.new("L", (size, size), WHITE)
    for row_index, row in enumerate(modules):
        for column, dark in enumerate(row):
            if dark:
                image.putpixel((column + 4, row_index + 4), BLACK)
    assert read_codes(image.resize((size * 8, size * 8), Image.Resampling.NEAREST)) == [payload]
