"""Benchmark figures for certificates: one kursbevis PDF through the view, and the time to
render 1 000 PDFs with the project's renderer beside the floor: a plain one-page ReportLab PDF
with the same text in the same fonts and nothing else (no layout code, no QR code)."""

import io
import statistics
import time
from dataclasses import dataclass
from unittest import mock

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from certificates.models import Certificate
from certificates.pdf import render_certificate
from certificates.services import certificate_settings
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


@dataclass(frozen=True)
class PlacedText:
    x: float
    y: float
    text: str
    font: str
    size: float


def texts_of(render) -> list[PlacedText]:
    """Every string that `render()` draws with ReportLab's canvas, where, and in which font."""
    placed: list[PlacedText] = []

    class RecordingCanvas(canvas.Canvas):
        def drawString(self, x, y, text, *args, **kwargs):
            placed.append(PlacedText(x, y, text, self._fontname, self._fontsize))
            super().drawString(x, y, text, *args, **kwargs)

        def drawRightString(self, x, y, text, *args, **kwargs):
            left = x - stringWidth(text, self._fontname, self._fontsize)
            placed.append(PlacedText(left, y, text, self._fontname, self._fontsize))
            super().drawRightString(x, y, text, *args, **kwargs)

    with mock.patch.object(canvas, "Canvas", RecordingCanvas):
        render()
    return placed


def plain_page(texts: list[PlacedText]) -> bytes:
    """The floor: the same strings in the same fonts and places, with the renderer's canvas
    options, and nothing else."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    for placed in texts:
        pdf.setFont(placed.font, placed.size)
        pdf.drawString(placed.x, placed.y, placed.text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def figures() -> list[str]:
    c = certificate()
    settings = certificate_settings()  # the demo's signer, as the view prints it; no logo
    project = lambda: render_certificate(  # noqa: E731
        c,
        verify_url=URL.format(code=c.code),
        signer_name=settings.signer_name,
        signer_title=settings.signer_title,
    )
    texts = texts_of(project)
    floor = lambda: plain_page(texts)  # noqa: E731
    project(), floor()  # warm up
    renders = {"floor: same text, ReportLab alone": floor, "kursbevis renderer": project}
    wall = {name: [] for name in renders}
    cpu = {name: [] for name in renders}
    # Interleaved, so that a change in the machine's load falls on both alike.
    for _ in range(MANY):
        for name, render in renders.items():
            wall_start, cpu_start = time.perf_counter(), time.process_time()
            render()
            cpu[name].append((time.process_time() - cpu_start) * 1000)
            wall[name].append((time.perf_counter() - wall_start) * 1000)
    floor_name = next(iter(renders))
    floor_wall, floor_cpu = statistics.median(wall[floor_name]), statistics.median(cpu[floor_name])
    lines = [
        f"PDF rendering ({MANY} each, interleaved, in-process; {len(texts)} strings)",
        f"{'median of each render':<34} {'wall ms':>8} {'CPU ms':>8}   vs floor: wall    CPU",
    ]
    for name in renders:
        median_wall, median_cpu = statistics.median(wall[name]), statistics.median(cpu[name])
        lines.append(
            f"{name:<34} {median_wall:8.2f} {median_cpu:8.2f}"
            f"             {median_wall / floor_wall:5.2f}x {median_cpu / floor_cpu:5.2f}x"
        )
    return lines
