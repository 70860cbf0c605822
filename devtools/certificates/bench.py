"""Benchmark figures for certificates: one kursbevis PDF through the view, and the time to
render one and 1 000 PDFs with the project's renderer beside ReportLab drawing the same page
with no project code (the floor)."""

import io
import statistics
import time

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from certificates.models import Certificate
from certificates.pdf import BOLD, REGULAR, render_certificate
from devtools.benchmark import BenchCase

HOLDER = "leder@example.org"
MANY = 1000
URL = "http://127.0.0.1:8000/kursbevis/{code}/"


def certificate() -> Certificate:
    return Certificate.objects.filter(user__email=HOLDER).order_by("pk").first()


def cases() -> list[BenchCase]:
    return [
        BenchCase(
            "kursbevis PDF through the view",
            f"/mine-kurs/kursbevis/{certificate().code}.pdf",
            HOLDER,
        )
    ]


def plain_page(c: Certificate) -> bytes:
    """The same text and QR code drawn with ReportLab alone (same fonts, no layout code)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    y = 780
    for text, font, size in [
        (c.organisation, REGULAR, 11),
        ("Kursbevis", BOLD, 34),
        ("Dette bekrefter at", REGULAR, 12),
        (c.holder_name, BOLD, 24),
        ("har fullført kurset", REGULAR, 12),
        (c.course_title, BOLD, 18),
        *[(f"•  {outcome}", REGULAR, 10.5) for outcome in c.learning_outcomes],
        (c.code, BOLD, 12),
    ]:
        pdf.setFont(font, size)
        pdf.drawString(62, y, text)
        y -= size * 1.5
    widget = QrCodeWidget(URL.format(code=c.code))
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(90, 90, transform=[90 / (right - left), 0, 0, 90 / (top - bottom), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, pdf, 440, 80)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _timed(render, count) -> list[float]:
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        render()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def figures() -> list[str]:
    c = certificate()
    project = lambda: render_certificate(c, verify_url=URL.format(code=c.code))  # noqa: E731
    floor = lambda: plain_page(c)  # noqa: E731
    project(), floor()  # warm up (fonts are parsed once)
    lines = [f"PDF rendering ({MANY} each, in-process)  median ms   total s   vs floor"]
    results = {}
    for name, render in (("floor: ReportLab alone", floor), ("kursbevis renderer", project)):
        timings = _timed(render, MANY)
        results[name] = (statistics.median(timings), sum(timings) / 1000)
    floor_median = results["floor: ReportLab alone"][0]
    for name, (median, total) in results.items():
        lines.append(f"{name:<38} {median:9.2f} {total:9.2f}  {median / floor_median:7.2f}x")
    return lines
