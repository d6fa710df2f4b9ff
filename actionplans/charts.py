"""Accessible SVG charts drawn on the server: no JavaScript, nothing fetched from elsewhere.

Every chart is an <svg role="img"> named by its <title> and <desc>; the page shows a data table
next to it as the text alternative. Every text drawn comes from format_html, so labels from the
database are escaped."""

import math
import re
import uuid
from collections.abc import Iterable
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language_bidi

from actionplans.models import ProgressUpdate
from actionplans.selectors import Series, StatusCount

STATUS_ORDER = (
    ProgressUpdate.Status.ACHIEVED,
    ProgressUpdate.Status.IN_PROGRESS,
    ProgressUpdate.Status.NOT_STARTED,
)

# Fill, pattern and text colour of each status. The text has at least 6.5:1 contrast on both
# the fill and the pattern drawn over it (WCAG AA asks 4.5:1); a dark outline separates the
# segments from each other and from the page. Solid, hatched and dotted: told apart without colour.
STATUS_STYLE = {
    ProgressUpdate.Status.ACHIEVED: {"fill": "#1e6b3a", "mark": None, "text": "#ffffff"},
    ProgressUpdate.Status.IN_PROGRESS: {"fill": "#f2c14e", "mark": "#d9a420", "text": "#1b2430"},
    ProgressUpdate.Status.NOT_STARTED: {"fill": "#e3e7ed", "mark": "#b8c0cc", "text": "#1b2430"},
}
OUTLINE = "#1b2430"
TEXT = "#1b2430"
MUTED = "#4a5565"
GRID = "#c9d1dc"
# Line colours, each at least 5:1 on white; with the marker shapes and dash patterns they make
# twelve series that differ in more than colour.
SERIES_COLOURS = ("#0b3d6e", "#b5470b", "#1e6b3a", "#7b2d8e", "#a4161a", "#4a5565")
SERIES_MARKERS = ("circle", "square", "triangle", "diamond")
SERIES_DASHES = ("", "6 4", "2 3", "8 3 2 3")

WIDTH = 720
PAD = 10
FONT = 14
SMALL = 12
CHAR_WIDTH = 7.5  # rough width of one character at FONT, to lay out legends and fit numbers
LABEL_MAX_CHARS = 90

# Characters XML 1.0 forbids (a label pasted from a word processor may carry some).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object, max_chars: int = LABEL_MAX_CHARS) -> str:
    """One line of plain text, short enough to draw; escaped later by format_html."""
    text = " ".join(_NOT_XML.sub("", str(value)).split())
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


def _n(number: float) -> str:
    """A coordinate, without trailing zeros."""
    return f"{number:.1f}".removesuffix(".0")


def _number(value: Decimal | int) -> str:
    value = Decimal(value)
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _join(parts: Iterable[SafeString]) -> SafeString:
    return format_html_join("", "{}", ((part,) for part in parts))


def _svg(
    chart_id: str, height: float, title: str, description: str, body: list[SafeString]
) -> SafeString:
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        'aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {width} {height}" width="100%" '
        'font-family="inherit" font-size="{font}">'
        '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{body}</svg>',
        id=chart_id,
        width=WIDTH,
        height=_n(height),
        font=FONT,
        title=_text(title, 300),
        desc=_text(description, 2000),
        body=_join(body),
    )


def _new_id() -> str:
    return f"chart-{uuid.uuid4().hex[:10]}"


def _status_patterns(chart_id: str) -> SafeString:
    hatch, dots = (
        STATUS_STYLE[ProgressUpdate.Status.IN_PROGRESS],
        STATUS_STYLE[ProgressUpdate.Status.NOT_STARTED],
    )
    return format_html(
        "<defs>"
        '<pattern id="{id}-in_progress" width="8" height="8" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)">'
        '<rect width="8" height="8" fill="{hatch_fill}"/>'
        '<rect width="3" height="8" fill="{hatch_mark}"/></pattern>'
        '<pattern id="{id}-not_started" width="8" height="8" patternUnits="userSpaceOnUse">'
        '<rect width="8" height="8" fill="{dots_fill}"/>'
        '<circle cx="4" cy="4" r="1.5" fill="{dots_mark}"/></pattern>'
        "</defs>",
        id=chart_id,
        hatch_fill=hatch["fill"],
        hatch_mark=hatch["mark"],
        dots_fill=dots["fill"],
        dots_mark=dots["mark"],
    )


def _status_fill(chart_id: str, status: str) -> str:
    if STATUS_STYLE[status]["mark"]:
        return f"url(#{chart_id}-{status})"
    return STATUS_STYLE[status]["fill"]


def status_chart(rows: list[StatusCount], *, title: str, description: str) -> SafeString:
    """Horizontal stacked bars, one per row: achieved, in progress, not started, from the start
    side of the page (mirrored in right-to-left languages), each segment with its count."""
    if not rows:
        return SafeString("")
    chart_id = _new_id()
    rtl = get_language_bidi()
    direction = "rtl" if rtl else "ltr"

    def x(start: float, width: float = 0) -> float:
        """Mirrors a position measured from the start side when the page reads right to left."""
        return WIDTH - start - width if rtl else start

    body = [_status_patterns(chart_id)]

    # Legend, in the order of the segments.
    cursor = PAD
    for status in STATUS_ORDER:
        label = _text(ProgressUpdate.Status(status).label, 40)
        body.append(
            format_html(
                '<rect x="{}" y="{}" width="16" height="16" fill="{}" stroke="{}"/>'
                '<text x="{}" y="{}" direction="{}" text-anchor="start" fill="{}">{}</text>',
                _n(x(cursor, 16)),
                PAD,
                _status_fill(chart_id, status),
                OUTLINE,
                _n(x(cursor + 22)),
                PAD + 13,
                direction,
                TEXT,
                label,
            )
        )
        cursor += 22 + len(label) * CHAR_WIDTH + 24

    total_width = 6 * CHAR_WIDTH  # room for the total after the longest bar
    bar_area = WIDTH - 2 * PAD - total_width
    largest = max(row.total for row in rows) or 1
    row_height, bar_height = 62, 26
    top = PAD + 16 + 18
    for index, row in enumerate(rows):
        label_y = top + index * row_height + FONT
        bar_y = label_y + 8
        bar = [
            format_html(
                '<text x="{}" y="{}" direction="{}" text-anchor="start" fill="{}">{}</text>',
                _n(x(PAD)),
                _n(label_y),
                direction,
                TEXT,
                _text(row.label),
            )
        ]
        start = PAD
        for status in STATUS_ORDER:
            count = row.counts.get(status, 0)
            if not count:
                continue
            width = count / largest * bar_area
            bar.append(
                format_html(
                    '<rect class="chart__segment chart__segment--{}" x="{}" y="{}" width="{}" '
                    'height="{}" fill="{}" stroke="{}"/>',
                    status,
                    _n(x(start, width)),
                    _n(bar_y),
                    _n(width),
                    bar_height,
                    _status_fill(chart_id, status),
                    OUTLINE,
                )
            )
            if width >= 10 + len(str(count)) * CHAR_WIDTH:
                bar.append(
                    format_html(
                        '<text x="{}" y="{}" direction="ltr" text-anchor="middle" '
                        'font-weight="bold" fill="{}">{}</text>',
                        _n(x(start + width / 2)),
                        _n(bar_y + bar_height / 2 + 5),
                        STATUS_STYLE[status]["text"],
                        count,
                    )
                )
            start += width
        bar.append(
            format_html(
                '<text x="{}" y="{}" direction="ltr" text-anchor="{}" fill="{}">{}</text>',
                _n(x(start + 6)),
                _n(bar_y + bar_height / 2 + 5),
                "end" if rtl else "start",
                MUTED,
                row.total,
            )
        )
        body.append(format_html('<g class="chart__bar">{}</g>', _join(bar)))
    height = top + len(rows) * row_height
    return _svg(chart_id, height, title, description, body)


def _periods(series: list[Series]) -> list[str]:
    """Every period named in the series, in time order. Each series is sorted in time, so a
    period first seen in a later series goes right before the next period of that series already
    placed, or at the end."""
    periods: list[str] = []
    for one in series:
        names = [name for name, _value in one.points]
        for index, name in enumerate(names):
            if name not in periods:
                following = next((later for later in names[index + 1 :] if later in periods), None)
                periods.insert(periods.index(following) if following else len(periods), name)
    return periods


def _axis_top(largest: Decimal) -> tuple[Decimal, int]:
    """A round maximum for the value axis and the number of gridlines above zero (4 or 5)."""
    if largest <= 0:
        return Decimal(4), 4
    candidates = []
    for intervals in (4, 5):
        magnitude = Decimal(10) ** math.floor(math.log10(largest / intervals))
        step = next(
            factor * magnitude
            for factor in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))
            if factor * magnitude * intervals >= largest
        )
        candidates.append((step * intervals, step % 1 != 0, intervals))
    top, _fractional, intervals = min(candidates)  # the lowest top, whole steps when tied
    return top, intervals


def _series_style(index: int) -> tuple[str, str, str]:
    """Colour, marker shape and dash pattern of the index-th series: twelve distinct ones."""
    return (
        SERIES_COLOURS[index % len(SERIES_COLOURS)],
        SERIES_MARKERS[index % len(SERIES_MARKERS)],
        SERIES_DASHES[index % len(SERIES_DASHES)],
    )


def _dash(dash: str) -> SafeString | str:
    return format_html(' stroke-dasharray="{}"', dash) if dash else ""


def _marker(shape: str, cx: float, cy: float, colour: str) -> SafeString:
    size = 5
    if shape == "circle":
        return format_html(
            '<circle cx="{}" cy="{}" r="{}" fill="{}"/>', _n(cx), _n(cy), size, colour
        )
    if shape == "square":
        return format_html(
            '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>',
            _n(cx - size),
            _n(cy - size),
            2 * size,
            2 * size,
            colour,
        )
    if shape == "triangle":
        corners = ((cx, cy - size - 1), (cx - size - 1, cy + size), (cx + size + 1, cy + size))
    else:
        corners = (
            (cx, cy - size - 1),
            (cx + size + 1, cy),
            (cx, cy + size + 1),
            (cx - size - 1, cy),
        )
    return format_html(
        '<polygon points="{}" fill="{}"/>',
        " ".join(f"{_n(px)},{_n(py)}" for px, py in corners),
        colour,
    )


def series_chart(series: list[Series], *, title: str, description: str) -> SafeString:
    """Lines of values over the reporting periods, one per series, with a legend below."""
    series = [one for one in series if one.points]
    if not series:
        return SafeString("")
    chart_id = _new_id()
    rtl = get_language_bidi()
    direction = "rtl" if rtl else "ltr"
    periods = _periods(series)
    values = [max(value, Decimal(0)) for one in series for _name, value in one.points]
    top, intervals = _axis_top(max(values))

    axis_width = 8 + len(_number(top)) * CHAR_WIDTH
    plot_left, plot_right = PAD + axis_width, WIDTH - PAD - 20
    plot_top, plot_bottom = PAD + 10, PAD + 10 + 240
    plot_width, plot_height = plot_right - plot_left, plot_bottom - plot_top

    inset = 36  # keeps the first and last markers and period names off the edges
    span = plot_width - 2 * inset

    def x(period: str) -> float:
        if len(periods) == 1:
            return plot_left + plot_width / 2
        return plot_left + inset + periods.index(period) * span / (len(periods) - 1)

    def y(value: Decimal) -> float:
        return plot_bottom - float(max(value, Decimal(0)) / top) * plot_height

    body = []
    # Value axis: gridlines and their labels, numbers always read left to right.
    for step in range(intervals + 1):
        value = top * step / intervals
        body.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}"{}/>'
                '<text x="{}" y="{}" direction="ltr" text-anchor="end" font-size="{}" '
                'fill="{}">{}</text>',
                _n(plot_left),
                _n(y(value)),
                _n(plot_right),
                _n(y(value)),
                MUTED if step == 0 else GRID,
                format_html(' stroke-width="{}"', 1.5) if step == 0 else "",
                _n(plot_left - 6),
                _n(y(value) + 4),
                SMALL,
                MUTED,
                _number(value),
            )
        )
    # Period axis: every label when they fit, otherwise every n-th.
    every = max(1, math.ceil(len(periods) * 70 / span))
    for index, period in enumerate(periods):
        if index % every and index != len(periods) - 1:
            continue
        body.append(
            format_html(
                '<line x1="{x}" y1="{y1}" x2="{x}" y2="{y2}" stroke="{colour}"/>'
                '<text x="{x}" y="{label_y}" direction="ltr" text-anchor="middle" '
                'font-size="{size}" fill="{colour}">{label}</text>',
                x=_n(x(period)),
                y1=_n(plot_bottom),
                y2=_n(plot_bottom + 5),
                label_y=_n(plot_bottom + 20),
                size=SMALL,
                colour=MUTED,
                label=_text(period, 14),
            )
        )
    # One line with its markers per series; shape and dash tell them apart without colour.
    for index, one in enumerate(series):
        colour, shape, dash = _series_style(index)
        points = [(x(name), y(value)) for name, value in one.points]
        line = []
        if len(points) > 1:
            line.append(
                format_html(
                    '<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5"{}/>',
                    " ".join(f"{_n(px)},{_n(py)}" for px, py in points),
                    colour,
                    _dash(dash),
                )
            )
        line.extend(_marker(shape, px, py, colour) for px, py in points)
        body.append(format_html('<g class="chart__series">{}</g>', _join(line)))
    # Legend below the plot, one series a line, from the start side of the page.
    legend_top = plot_bottom + 36
    for index, one in enumerate(series):
        colour, shape, dash = _series_style(index)
        line_y = legend_top + index * 22
        swatch_x = WIDTH - PAD - 14 if rtl else PAD + 14
        label_x = WIDTH - PAD - 34 if rtl else PAD + 34
        body.append(
            format_html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2.5"{}/>{}'
                '<text x="{}" y="{}" direction="{}" text-anchor="start" fill="{}">{}</text>',
                _n(swatch_x - 12),
                _n(line_y),
                _n(swatch_x + 12),
                _n(line_y),
                colour,
                _dash(dash),
                _marker(shape, swatch_x, line_y, colour),
                _n(label_x),
                _n(line_y + 5),
                direction,
                TEXT,
                _text(one.label),
            )
        )
    height = legend_top + len(series) * 22
    return _svg(chart_id, height, title, description, body)
