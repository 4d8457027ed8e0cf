"""Render a :class:`MonthReport` to an A4 PDF (or a page image for the preview).

Rendering uses QtGui (QPdfWriter, QPainter, QTextDocument), which the app ships
already: no extra PDF library, vector charts, and Qt's font fallback for Dutch
characters and emoji. It needs a QGuiApplication; :func:`ensure_gui` starts an
offscreen one for the command line.
"""

from __future__ import annotations

import contextlib
import errno
import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from app.domain.report import MonthReport, format_minutes, month_label, percent
from app.fileio import OutputError, check_output, commit_file, temporary_path
from app.render.report_team import team_section

DPI = 300
MARGIN_MM = 16
ACCENT = QColor("#1565c0")
SECOND = QColor("#ef6c00")
GRID = QColor("#9e9e9e")
TEXT = QColor("#212121")
MUTED = QColor("#616161")


def ensure_gui() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


def _esc(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


class ReportRenderer:
    """Lays the report out once for a device resolution; paints any page on request."""

    def __init__(self, report: MonthReport, dpi: int = DPI) -> None:
        ensure_gui()
        self.report = report
        self.dpi = dpi
        mm = dpi / 25.4
        self.page = QSizeF(210 * mm, 297 * mm)
        self.margin = MARGIN_MM * mm
        self.body = QRectF(
            self.margin, self.margin, self.page.width() - 2 * self.margin, self.page.height() - 2 * self.margin
        )
        self.footer_h = 8 * mm
        self.doc = self._document()
        content = QSizeF(self.body.width(), self.body.height() - self.footer_h)
        self.doc.setPageSize(content)
        self.pages_rest = max(1, self.doc.pageCount()) if self.doc.toPlainText().strip() else 0

    @property
    def page_count(self) -> int:
        return 1 + self.pages_rest

    # ------------------------------------------------------------ helpers

    def pt(self, points: float) -> float:
        """Points to device pixels."""
        return points * self.dpi / 72

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(1, round(self.pt(points))))
        font.setBold(bold)
        return font

    def _document(self) -> QTextDocument:
        r = self.report
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font(9.5))
        parts: list[str] = []
        h = f"font-size:{round(self.pt(13))}px; color:#1565c0; margin-top:{round(self.pt(10))}px;"
        cell = f"padding:{round(self.pt(2.5))}px {round(self.pt(6))}px;"

        def table(title: str, rows: list[tuple[str, str]], header: tuple[str, str]) -> None:
            parts.append(f"<h2 style='{h}'>{_esc(title)}</h2>")
            parts.append("<table cellspacing='0' style='border-collapse:collapse'>")
            parts.append(
                f"<tr><th align='left' style='{cell}'>{_esc(header[0])}</th>"
                f"<th align='right' style='{cell}'>{_esc(header[1])}</th></tr>"
            )
            for name, value in rows:
                parts.append(
                    f"<tr><td style='{cell}'>{_esc(name)}</td><td align='right' style='{cell}'>{_esc(value)}</td></tr>"
                )
            parts.append("</table>")

        if r.empty:
            return doc
        table("Per platform", [(k, str(v)) for k, v in r.by_platform], ("Platform", "Aantal"))
        table("Per uitkomst", [(k, str(v)) for k, v in r.by_outcome], ("Uitkomst", "Aantal"))
        table("Per status", [(k, str(v)) for k, v in r.by_status], ("Status", "Aantal"))

        parts.append(f"<h2 style='{h}'>Waar ging het over?</h2>")
        basis = (
            f"op basis van {r.sampled} van de {r.count} reacties"
            if r.sampled < r.count
            else f"op basis van alle {r.count} reacties"
        )
        if r.topics:
            parts.append(
                "<p><b>Onderwerpen</b> ("
                + _esc(basis)
                + "): "
                + _esc(", ".join(f"{t} ({n})" for t, n in r.topics))
                + "</p>"
            )
        if r.words:
            parts.append(
                "<p><b>Woorden die vaak vielen</b>: " + _esc(", ".join(f"{w} ({n})" for w, n in r.words)) + "</p>"
            )

        parts.append(f"<h2 style='{h}'>Vaste schrijvers</h2>")
        if r.repeat_writers:
            parts.append(
                "<p>Schrijvers met meer dan één negatieve reactie deze maand. Reageer één keer inhoudelijk, "
                "bied persoonlijk contact aan en laat het daarna los.</p><ul>"
                + "".join(f"<li>{_esc(name)}: {n} reacties</li>" for name, n in r.repeat_writers)
                + "</ul>"
            )
        else:
            parts.append("<p>Niemand reageerde deze maand meer dan één keer negatief.</p>")

        parts.append(f"<h2 style='{h}'>Opvolgingen die nog openstaan ({r.open_follow_ups})</h2>")
        if r.follow_ups:
            parts.append("<ul>")
            for c in r.follow_ups:
                who = f"{c.author} · " if c.author else ""
                parts.append(
                    f"<li><b>{_esc(c.follow_up or '')}</b> · {_esc(who + c.platform)} · {_esc(c.status)}: "
                    f"{_esc(c.text[:160])}</li>"
                )
            parts.append("</ul>")
        else:
            parts.append("<p>Geen open opvolgingen.</p>")

        parts.extend(team_section(r.team, h, cell))
        parts.append(f"<h2 style='{h}'>Geleerde lessen</h2>")
        if r.lessons:
            parts.append("<ul>")
            for text, tags in r.lessons:
                suffix = f" <i>({_esc(', '.join(tags))})</i>" if tags else ""
                parts.append(f"<li>{_esc(text)}{suffix}</li>")
            parts.append("</ul>")
        else:
            parts.append(
                "<p>Deze maand zijn er geen lessen vastgelegd. Tip: schrijf na elke lastige reactie één zin op.</p>"
            )

        parts.append(f"<h2 style='{h}'>Opvallende reacties</h2>")
        for c in r.notable:
            who = f"{c.author} · " if c.author else ""
            parts.append(
                f"<p><b>{_esc(c.when)} · {_esc(who + c.platform)} · {_esc(c.outcome)}</b><br>“{_esc(c.text)}”</p>"
            )
            if c.reply:
                parts.append(
                    f"<p style='margin-left:{round(self.pt(14))}px; color:#424242'>Ons antwoord: {_esc(c.reply)}</p>"
                )
        doc.setHtml(f"<div style='color:#212121'>{''.join(parts)}</div>")  # dark ink on paper, whatever the theme
        return doc

    # ------------------------------------------------------------ painting

    def paint(self, painter: QPainter, page: int) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(QPointF(0, 0), self.page), QColor("white"))
        if page == 0:
            self._first_page(painter)
        else:
            self._text_page(painter, page - 1)
        self._footer(painter, page)
        painter.restore()

    def _footer(self, painter: QPainter, page: int) -> None:
        painter.setFont(self.font(7.5))
        painter.setPen(MUTED)
        r = self.report
        names = {"namen": "", "pseudoniem": " · namen gepseudonimiseerd", "weglaten": " · namen weggelaten"}[
            r.anonymise
        ]
        text = f"Reageerwijzer · {r.title}{names} · gemaakt op {r.made_on} · pagina {page + 1} van {self.page_count}"
        rect = QRectF(self.body.left(), self.body.bottom() - self.footer_h / 2, self.body.width(), self.footer_h / 2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _text_page(self, painter: QPainter, index: int) -> None:
        height = self.doc.pageSize().height()
        painter.save()
        painter.translate(self.body.left(), self.body.top() - index * height)
        self.doc.drawContents(painter, QRectF(0, index * height, self.body.width(), height))
        painter.restore()

    def _first_page(self, painter: QPainter) -> None:
        r = self.report
        x, y, w = self.body.left(), self.body.top(), self.body.width()
        painter.setPen(TEXT)
        painter.setFont(self.font(20, bold=True))
        painter.drawText(QRectF(x, y, w, self.pt(28)), Qt.AlignmentFlag.AlignLeft, r.title)
        y += self.pt(28)
        if r.business:
            painter.setFont(self.font(12))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x, y, w, self.pt(18)), Qt.AlignmentFlag.AlignLeft, r.business)
            y += self.pt(20)
        summary = QTextDocument()
        summary.setDocumentMargin(0)
        summary.setDefaultFont(self.font(10.5))
        summary.setTextWidth(w)
        summary.setHtml(
            "<div style='color:#212121'>" + "".join(f"<p>{_esc(line)}</p>" for line in r.summary()) + "</div>"
        )
        painter.save()
        painter.translate(x, y + self.pt(6))
        summary.drawContents(painter)
        painter.restore()
        y += self.pt(6) + summary.size().height() + self.pt(8)
        if r.empty:
            return
        y = self._figures(painter, x, y, w) + self.pt(14)
        y = self._bar_chart(painter, x, y, w, self.pt(170)) + self.pt(14)
        self._trend_chart(painter, x, y, w, min(self.pt(200), self.body.bottom() - self.footer_h - y - self.pt(6)))

    def _figures(self, painter: QPainter, x: float, y: float, w: float) -> float:
        r = self.report
        items = [
            ("Reacties", str(r.count)),
            ("Helft beantwoord binnen", format_minutes(r.median_minutes) if r.median_minutes is not None else "—"),
            ("Binnen 1 uur", percent(r.within_hour) if r.within_hour is not None else "—"),
            ("Binnen 24 uur", percent(r.within_day) if r.within_day is not None else "—"),
            ("Open opvolgingen", str(r.open_follow_ups)),
        ]
        gap = self.pt(6)
        box_w = (w - gap * (len(items) - 1)) / len(items)
        box_h = self.pt(48)
        for i, (label, value) in enumerate(items):
            rect = QRectF(x + i * (box_w + gap), y, box_w, box_h)
            painter.setPen(QPen(GRID, self.pt(0.6)))
            painter.setBrush(QColor("#f5f7fb"))
            painter.drawRoundedRect(rect, self.pt(4), self.pt(4))
            painter.setPen(ACCENT)
            painter.setFont(self.font(14, bold=True))
            painter.drawText(rect.adjusted(0, self.pt(5), 0, -box_h / 2), Qt.AlignmentFlag.AlignCenter, value)
            painter.setPen(MUTED)
            painter.setFont(self.font(7.5))
            painter.drawText(
                rect.adjusted(self.pt(2), box_h / 2, -self.pt(2), -self.pt(3)),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                label,
            )
        return y + box_h

    def _bar_chart(self, painter: QPainter, x: float, y: float, w: float, h: float) -> float:
        rows = self.report.by_category
        painter.setPen(TEXT)
        painter.setFont(self.font(11, bold=True))
        painter.drawText(QRectF(x, y, w, self.pt(16)), Qt.AlignmentFlag.AlignLeft, "Reacties per categorie")
        y += self.pt(20)
        if not rows:
            return y
        label_w = self.pt(110)
        bar_h = min(self.pt(16), (h - self.pt(20)) / len(rows) - self.pt(4))
        biggest = max(n for _, n in rows) or 1
        painter.setFont(self.font(9))
        for i, (name, n) in enumerate(rows):
            top = y + i * (bar_h + self.pt(4))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(x, top, label_w - self.pt(6), bar_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            length = (w - label_w - self.pt(40)) * n / biggest
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ACCENT)
            painter.drawRect(QRectF(x + label_w, top, max(self.pt(1), length), bar_h))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(x + label_w + length + self.pt(4), top, self.pt(36), bar_h),
                Qt.AlignmentFlag.AlignVCenter,
                str(n),
            )
        return y + len(rows) * (bar_h + self.pt(4))

    def _trend_chart(self, painter: QPainter, x: float, y: float, w: float, h: float) -> None:
        trend = self.report.trend
        painter.setPen(TEXT)
        painter.setFont(self.font(11, bold=True))
        painter.drawText(QRectF(x, y, w, self.pt(16)), Qt.AlignmentFlag.AlignLeft, "Verloop over de maanden")
        painter.setFont(self.font(8))
        legend_y = y + self.pt(18)
        painter.setPen(QPen(ACCENT, self.pt(2)))
        painter.drawLine(QPointF(x, legend_y + self.pt(5)), QPointF(x + self.pt(16), legend_y + self.pt(5)))
        painter.setPen(TEXT)
        painter.drawText(QPointF(x + self.pt(20), legend_y + self.pt(8)), "aantal reacties (links)")
        painter.setPen(QPen(SECOND, self.pt(2), Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(x + self.pt(150), legend_y + self.pt(5)), QPointF(x + self.pt(166), legend_y + self.pt(5))
        )
        painter.setPen(TEXT)
        painter.drawText(QPointF(x + self.pt(170), legend_y + self.pt(8)), "mediane reactietijd in uren (rechts)")
        area = QRectF(x + self.pt(34), legend_y + self.pt(18), w - self.pt(68), h - self.pt(60))
        if area.height() <= 0 or not trend:
            return
        painter.setPen(QPen(GRID, self.pt(0.5)))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        painter.drawLine(area.bottomRight(), area.topRight())
        counts = [p.count for p in trend]
        hours = [p.median_minutes / 60 if p.median_minutes is not None else None for p in trend]
        top_count = max(*counts, 1)
        top_hours = max([v for v in hours if v is not None], default=1.0) or 1.0
        step = area.width() / max(1, len(trend) - 1)

        def point(i: int, value: float, top: float) -> QPointF:
            return QPointF(area.left() + i * step, area.bottom() - area.height() * value / top)

        painter.setFont(self.font(7.5))
        for frac in (0.0, 0.5, 1.0):
            yy = area.bottom() - area.height() * frac
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(x, yy - self.pt(6), self.pt(30), self.pt(12)),
                Qt.AlignmentFlag.AlignRight,
                f"{top_count * frac:.0f}",
            )
            painter.drawText(
                QRectF(area.right() + self.pt(4), yy - self.pt(6), self.pt(30), self.pt(12)),
                Qt.AlignmentFlag.AlignLeft,
                f"{top_hours * frac:.1f}".replace(".", ","),
            )
        path = QPainterPath()
        for i, n in enumerate(counts):
            p = point(i, n, top_count)
            path.lineTo(p) if i else path.moveTo(p)
        painter.setPen(QPen(ACCENT, self.pt(2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for i, n in enumerate(counts):
            painter.setBrush(ACCENT)
            painter.drawEllipse(point(i, n, top_count), self.pt(2.2), self.pt(2.2))
        painter.setPen(QPen(SECOND, self.pt(2), Qt.PenStyle.DashLine))
        previous: QPointF | None = None
        for i, v in enumerate(hours):
            if v is None:
                previous = None
                continue
            p = point(i, v, top_hours)
            if previous is not None:
                painter.drawLine(previous, p)
            previous = p
        painter.setPen(MUTED)
        for i, p in enumerate(trend):
            label = month_label(p.month).split()[0][:3]
            painter.drawText(
                QRectF(area.left() + i * step - self.pt(20), area.bottom() + self.pt(3), self.pt(40), self.pt(12)),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )


def _verify_pdf(path: Path) -> None:
    """A complete PDF starts with %PDF- and ends with %%EOF; a full disk leaves less."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, size - 1024))
        tail = handle.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise OSError(errno.EIO, "het PDF-bestand is onvolledig geschreven (schijf vol?)")


def render_pdf(report: MonthReport, path: str | Path, history: str | Path | None = None) -> int:
    """Write the report as an A4 PDF; returns the number of pages.

    The PDF is drawn into a temporary file next to ``path``, checked to be
    complete and then renamed into place: a failure leaves no partial file and
    raises :class:`OutputError`. ``history`` (the history file) is never overwritten.
    """
    target = check_output(path, history)
    temp = temporary_path(target, ".pdf-tmp")
    try:
        pages = _paint_pdf(report, temp)
        commit_file(temp, target, verify=_verify_pdf)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return pages


def _paint_pdf(report: MonthReport, path: Path) -> int:
    renderer = ReportRenderer(report)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(report.title)
    writer.setCreator("Reageerwijzer")
    painter = QPainter()
    if not painter.begin(writer):
        raise OutputError(f"kan {path} niet schrijven")
    try:
        for page in range(renderer.page_count):
            if page:
                writer.newPage()
            renderer.paint(painter, page)
    finally:
        painter.end()
        del writer
    return renderer.page_count


def render_page_image(report: MonthReport, page: int = 0, dpi: int = 110) -> QImage:
    """One page as an image, laid out exactly like the PDF (for the preview)."""
    renderer = ReportRenderer(report, dpi=dpi)
    page = max(0, min(page, renderer.page_count - 1))
    image = QImage(round(renderer.page.width()), round(renderer.page.height()), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    renderer.paint(painter, page)
    painter.end()
    return image
