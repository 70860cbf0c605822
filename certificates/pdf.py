"""The kursbevis as an A4 PDF (ReportLab), with embedded DejaVu fonts (Norwegian and Sámi
letters) and a QR code to the public verification page. The study-association variant also
lists the course's content and hours."""

import io
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from django.utils import formats
from django.utils.translation import gettext as _

from certificates.models import Certificate

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
pdfmetrics.registerFont(TTFont(REGULAR, FONT_DIR / "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont(BOLD, FONT_DIR / "DejaVuSans-Bold.ttf"))

BRAND = HexColor("#a3001b")
MUTED = HexColor("#4a4f57")
WIDTH, HEIGHT = A4
MARGIN = 22 * mm
TEXT_WIDTH = WIDTH - 2 * MARGIN


def _date(day) -> str:
    return formats.date_format(day, "j. F Y")


class _Writer:
    """Lines of text from the top of the page down."""

    def __init__(self, pdf: canvas.Canvas, top: float, x: float = MARGIN):
        self.pdf, self.y, self.x = pdf, top, x

    def line(self, text, *, size=11, font=REGULAR, colour=None, gap=1.45, width=TEXT_WIDTH):
        self.pdf.setFont(font, size)
        self.pdf.setFillColor(colour or HexColor("#1b1d21"))
        for part in simpleSplit(text, font, size, width) or [""]:
            self.y -= size  # down to this line's baseline, then the space below it
            self.pdf.drawString(self.x, self.y, part)
            self.y -= size * (gap - 1)

    def space(self, points):
        self.y -= points


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR code's dark and light modules (error correction level M)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return code.modules


def draw_qr(pdf: canvas.Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The QR code as one filled path of horizontal runs (ReportLab's widget draws every
    module as a shape of its own and encodes the data twice)."""
    modules = qr_modules(payload)
    count = len(modules) + 8  # a quiet zone of four modules on each side
    unit = size / count
    path = pdf.beginPath()
    for row_index, row in enumerate(modules):
        top = y + size - (row_index + 5) * unit
        column = 0
        while column < len(row):
            if row[column]:
                start = column
                while column < len(row) and row[column]:
                    column += 1
                path.rect(x + (start + 4) * unit, top, (column - start) * unit, unit)
            else:
                column += 1
    pdf.setFillColor(HexColor("#000000"))
    pdf.drawPath(path, stroke=0, fill=1)


def render_certificate(
    certificate: Certificate,
    *,
    verify_url: str,
    logo: bytes | None = None,
    signer_name: str = "",
    signer_title: str = "",
    detailed: bool = False,
) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    pdf.setTitle(_("Certificate: %(course)s") % {"course": certificate.course_title})
    pdf.setAuthor(certificate.organisation)
    pdf.setFillColor(BRAND)
    pdf.rect(0, HEIGHT - 10 * mm, WIDTH, 10 * mm, stroke=0, fill=1)

    writer = _Writer(pdf, HEIGHT - 22 * mm)
    if logo:
        pdf.drawImage(
            ImageReader(io.BytesIO(logo)),
            MARGIN,
            HEIGHT - 40 * mm,
            width=45 * mm,
            height=22 * mm,
            preserveAspectRatio=True,
            anchor="sw",
            mask="auto",
        )
        writer.y = HEIGHT - 46 * mm
    writer.line(certificate.organisation, size=11, colour=MUTED)
    writer.line(_("Certificate"), size=34, font=BOLD, colour=BRAND, gap=1.3)
    writer.space(10)
    writer.line(_("This confirms that"), size=12, colour=MUTED)
    writer.line(certificate.holder_name, size=24, font=BOLD)
    writer.line(_("has completed the course"), size=12, colour=MUTED)
    writer.line(certificate.course_title, size=18, font=BOLD)
    facts = [certificate.track] if certificate.track else []
    if certificate.hours:
        facts.append(_("%(hours)s hours") % {"hours": formats.number_format(certificate.hours, 1)})
    if facts:
        writer.line(" · ".join(facts), size=11, colour=MUTED)
    writer.space(6)
    writer.line(_("Completed %(date)s") % {"date": _date(certificate.issued_on)})
    if certificate.valid_until:
        writer.line(_("Valid until %(date)s") % {"date": _date(certificate.valid_until)})
    else:
        writer.line(_("Does not expire"))

    if certificate.learning_outcomes:
        writer.space(10)
        writer.line(_("After the course the holder can"), size=12, font=BOLD)
        for outcome in certificate.learning_outcomes:
            writer.line(f"•  {outcome}", size=10.5)
    if detailed and certificate.modules:
        writer.space(8)
        writer.line(_("Content"), size=12, font=BOLD)
        for number, title in enumerate(certificate.modules, start=1):
            writer.line(f"{number}.  {title}", size=10.5)
        if certificate.hours:
            writer.line(
                _("Scope: %(hours)s hours of instruction and self-study.")
                % {"hours": formats.number_format(certificate.hours, 1)},
                size=10.5,
            )

    # Signature, left; code and QR code, right.
    bottom = 28 * mm
    if signer_name:
        pdf.setStrokeColor(MUTED)
        pdf.line(MARGIN, bottom + 22 * mm, MARGIN + 70 * mm, bottom + 22 * mm)
        signature = _Writer(pdf, bottom + 20 * mm)
        signature.line(signer_name, size=11, font=BOLD, width=70 * mm)
        if signer_title:
            signature.line(signer_title, size=10, colour=MUTED, width=70 * mm)
    qr_size = 32 * mm
    draw_qr(pdf, verify_url, WIDTH - MARGIN - qr_size, bottom, qr_size)
    pdf.setFillColor(HexColor("#1b1d21"))
    pdf.setFont(BOLD, 12)
    pdf.drawRightString(WIDTH - MARGIN - qr_size - 5 * mm, bottom + 20 * mm, certificate.code)
    pdf.setFont(REGULAR, 9)
    pdf.setFillColor(MUTED)
    pdf.drawRightString(
        WIDTH - MARGIN - qr_size - 5 * mm, bottom + 14 * mm, _("Check the certificate at")
    )
    pdf.drawRightString(WIDTH - MARGIN - qr_size - 5 * mm, bottom + 9 * mm, verify_url)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
