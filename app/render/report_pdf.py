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
from app.domain.report_text import decimal, words
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
        h = f"font-size:{round(self.pt(13))}px; color:#1565c0; margin-top:{round(self.pt(10))}px;"
        cell = f"padding:{round(self.pt(2.5))}px {round(self.pt(6))}px;"
        if r.empty:
            return doc
        t = words()["pdf"]
        parts = [
            *_table(t["per_platform"], [(k, str(v)) for k, v in r.by_platform], (t["platform"], t["count"]), h, cell),
            *_table(t["per_outcome"], [(k, str(v)) for k, v in r.by_outcome], (t["outcome"], t["count"]), h, cell),
            *_table(t["per_status"], [(k, str(v)) for k, v in r.by_status], (t["status"], t["count"]), h, cell),
            *self._about_html(h),
            *self._repeat_writers_html(h),
            *self._follow_ups_html(h),
            *team_section(r.team, h, cell),
            *self._lessons_html(h),
            *self._notable_html(h),
        ]
        doc.setHtml(f"<div style='color:#212121'>{''.join(parts)}</div>")  # dark ink on paper, whatever the theme
        return doc

    def _about_html(self, h: str) -> list[str]:
        """What the comments were about: their topics and the words that came up often."""
        r = self.report
        t = words()["pdf"]
        parts = [f"<h2 style='{h}'>{_esc(t['about'])}</h2>"]
        basis = (
            t["sample_part"].format(sampled=r.sampled, count=r.count)
            if r.sampled < r.count
            else t["sample_all"].format(count=r.count)
        )
        if r.topics:
            parts.append(
                f"<p><b>{_esc(t['topics'])}</b> ("
                + _esc(basis)
                + "): "
                + _esc(", ".join(f"{t} ({n})" for t, n in r.topics))
                + "</p>"
            )
        if r.words:
            parts.append(f"<p><b>{_esc(t['words'])}</b>: " + _esc(", ".join(f"{w} ({n})" for w, n in r.words)) + "</p>")
        return parts

    def _repeat_writers_html(self, h: str) -> list[str]:
        r = self.report
        t = words()["pdf"]
        parts = [f"<h2 style='{h}'>{_esc(t['repeat_writers'])}</h2>"]
        if r.repeat_writers:
            parts.append(
                f"<p>{_esc(t['repeat_intro'])}</p><ul>"
                + "".join(
                    f"<li>{_esc(t['repeat_count'].format(name=name, count=n))}</li>" for name, n in r.repeat_writers
                )
                + "</ul>"
            )
        else:
            parts.append(f"<p>{_esc(t['repeat_none'])}</p>")
        return parts

    def _follow_ups_html(self, h: str) -> list[str]:
        r = self.report
        t = words()["pdf"]
        parts = [f"<h2 style='{h}'>{_esc(t['follow_ups'].format(count=r.open_follow_ups))}</h2>"]
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
            parts.append(f"<p>{_esc(t['follow_ups_none'])}</p>")
        return parts

    def _lessons_html(self, h: str) -> list[str]:
        r = self.report
        t = words()["pdf"]
        parts = [f"<h2 style='{h}'>{_esc(t['lessons'])}</h2>"]
        if r.lessons:
            parts.append("<ul>")
            for text, tags in r.lessons:
                suffix = f" <i>({_esc(', '.join(tags))})</i>" if tags else ""
                parts.append(f"<li>{_esc(text)}{suffix}</li>")
            parts.append("</ul>")
        else:
            parts.append(f"<p>{_esc(t['lessons_none'])}</p>")
        return parts

    def _notable_html(self, h: str) -> list[str]:
        t = words()["pdf"]
        parts = [f"<h2 style='{h}'>{_esc(t['notable'])}</h2>"]
        for c in self.report.notable:
            who = f"{c.author} · " if c.author else ""
            parts.append(
                f"<p><b>{_esc(c.when)} · {_esc(who + c.platform)} · {_esc(c.outcome)}</b><br>“{_esc(c.text)}”</p>"
            )
            if c.reply:
                parts.append(
                    f"<p style='margin-left:{round(self.pt(14))}px; color:#424242'>"
                    f"{_esc(t['our_reply'].format(reply=c.reply))}</p>"
                )
        return parts

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
        t = words()["pdf"]
        names = {"namen": "", "pseudoniem": t["names_pseudonymised"], "weglaten": t["names_left_out"]}[r.anonymise]
        text = t["footer"].format(title=r.title, names=names, date=r.made_on, page=page + 1, pages=self.page_count)
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
        t = words()["pdf"]
        items = [
            (t["comments"], str(r.count)),
            (t["median"], format_minutes(r.median_minutes) if r.median_minutes is not None else "—"),
            (t["within_hour"], percent(r.within_hour) if r.within_hour is not None else "—"),
            (t["within_day"], percent(r.within_day) if r.within_day is not None else "—"),
            (t["open_follow_ups"], str(r.open_follow_ups)),
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
        painter.drawText(QRectF(x, y, w, self.pt(16)), Qt.AlignmentFlag.AlignLeft, words()["pdf"]["by_category"])
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
        legend_y = self._trend_legend(painter, x, y, w)
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
        self._trend_scales(painter, x, area, top_count, top_hours)
        self._trend_lines(painter, area, step, counts, hours, (top_count, top_hours))
        painter.setPen(MUTED)
        for i, p in enumerate(trend):
            label = month_label(p.month).split()[0][:3]
            painter.drawText(
                QRectF(area.left() + i * step - self.pt(20), area.bottom() + self.pt(3), self.pt(40), self.pt(12)),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )

    def _trend_legend(self, painter: QPainter, x: float, y: float, w: float) -> float:
        """Draw the trend chart's title and legend; the top of the legend."""
        painter.setPen(TEXT)
        painter.setFont(self.font(11, bold=True))
        t = words()["pdf"]
        painter.drawText(QRectF(x, y, w, self.pt(16)), Qt.AlignmentFlag.AlignLeft, t["trend"])
        painter.setFont(self.font(8))
        legend_y = y + self.pt(18)
        painter.setPen(QPen(ACCENT, self.pt(2)))
        painter.drawLine(QPointF(x, legend_y + self.pt(5)), QPointF(x + self.pt(16), legend_y + self.pt(5)))
        painter.setPen(TEXT)
        painter.drawText(QPointF(x + self.pt(20), legend_y + self.pt(8)), t["trend_count"])
        painter.setPen(QPen(SECOND, self.pt(2), Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(x + self.pt(150), legend_y + self.pt(5)), QPointF(x + self.pt(166), legend_y + self.pt(5))
        )
        painter.setPen(TEXT)
        painter.drawText(QPointF(x + self.pt(170), legend_y + self.pt(8)), t["trend_hours"])
        return legend_y

    def _trend_scales(self, painter: QPainter, x: float, area: QRectF, top_count: int, top_hours: float) -> None:
        """Draw the count scale left of the chart and the hours scale right of it."""
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
                decimal(top_hours * frac),
            )

    def _trend_lines(
        self,
        painter: QPainter,
        area: QRectF,
        step: float,
        counts: list[int],
        hours: list[float | None],
        tops: tuple[int, float],
    ) -> None:
        """Draw the counts as a solid line with dots and the median hours as a dashed line with gaps."""
        top_count, top_hours = tops

        def point(i: int, value: float, top: float) -> QPointF:
            return QPointF(area.left() + i * step, area.bottom() - area.height() * value / top)

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


def _table(title: str, rows: list[tuple[str, str]], header: tuple[str, str], h: str, cell: str) -> list[str]:
    """A heading and a two-column table (name, number) as HTML parts."""
    parts = [
        f"<h2 style='{h}'>{_esc(title)}</h2>",
        "<table cellspacing='0' style='border-collapse:collapse'>",
        f"<tr><th align='left' style='{cell}'>{_esc(header[0])}</th>"
        f"<th align='right' style='{cell}'>{_esc(header[1])}</th></tr>",
    ]
    for name, value in rows:
        parts.append(
            f"<tr><td style='{cell}'>{_esc(name)}</td><td align='right' style='{cell}'>{_esc(value)}</td></tr>"
        )
    parts.append("</table>")
    return parts


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


def render_page_images(report: MonthReport, dpi: int = 110) -> list[QImage]:
    """Every page as an image, laid out once and exactly like the PDF (for the preview).

    Call on the GUI thread: Qt's text layout and fonts are not used from two threads at once here.
    """
    renderer = ReportRenderer(report, dpi=dpi)
    return [_page_image(renderer, page, dpi) for page in range(renderer.page_count)]


def render_page_image(report: MonthReport, page: int = 0, dpi: int = 110) -> QImage:
    """One page as an image, laid out exactly like the PDF."""
    renderer = ReportRenderer(report, dpi=dpi)
    return _page_image(renderer, max(0, min(page, renderer.page_count - 1)), dpi)


def _page_image(renderer: ReportRenderer, page: int, dpi: int) -> QImage:
    image = QImage(round(renderer.page.width()), round(renderer.page.height()), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    renderer.paint(painter, page)
    painter.end()
    return image
