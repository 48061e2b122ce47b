"""The campaign report's section «Key drivers» (issue 20.1), PDF and Word alike.

The drivers are the analysis service's (`analysis.drivers`, app/scoring/drivers.py): for each
motivation parameter and satisfaction factor, how strongly it goes with job satisfaction (or
with the pull to leave) and its current level, placed in four priorities. The section prints
the priority chart of the parameters, a table of the parameters and of the factors with a
strong relation, and the explanation in plain words; when no driver may be shown it says why
(too few respondents for a rank correlation, or a questionnaire missing).
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from app.markers import QT_TRANSLATE_NOOP
from app.reports.fonts import FONT, register_fonts
from app.reports.pdf import fmt_number
from app.scoring.drivers import (
    BASIS_SATISFACTION,
    LOW_LEVEL,
    PRIORITIES,
    REASONS,
    STRONG_RHO,
    Driver,
    Drivers,
    point_label,
    strong_line,
)

HIDDEN = "×"
COLOURS = {
    "act_first": "#a61b1b",
    "maintain": "#3d8c40",
    "monitor": "#d9822b",
    "secondary": "#7f7f7f",
}


def priority_chart(
    points: list[tuple[float, float, str, str]],
    low: float,
    strong: float,
    width: float,
    x_title: str,
    y_title: str,
    corner_words: dict[str, str],
    lang: str,
) -> Drawing:
    """Level 0–5 across, ρ −1…1 up (drawn from −0,2 or the lowest point), a point per driver
    coloured by its priority and labelled; the lines where "low" and "strong" start."""
    register_fonts()
    height = 0.62 * width
    left, bottom, right, top = 34, 30, 8, 8
    plot_w, plot_h = width - left - right, height - bottom - top
    # ρ from a little below the lowest point to a little above the highest (and the strong
    # line): the points spread over the height instead of crowding at one end of −1…1
    y_low = min([-0.2] + [p[1] for p in points])
    y_low = max(-1.0, math.floor(y_low * 10 - 0.5) / 10)
    y_high = max([strong + 0.2] + [p[1] + 0.1 for p in points])
    y_high = min(1.0, math.ceil(y_high * 10) / 10)
    step = 0.1 if y_high - y_low <= 1.0 else 0.2

    def x(v):
        return left + plot_w * v / 5.0

    def y(v):
        return bottom + plot_h * (v - y_low) / (y_high - y_low)

    drawing = Drawing(width, height)
    drawing.add(
        Rect(
            left,
            bottom,
            plot_w,
            plot_h,
            fillColor=None,
            strokeColor=colors.HexColor("#999999"),
            strokeWidth=0.5,
        )
    )
    # the act-first corner (strong relation, low level) lightly shaded
    drawing.add(
        Rect(
            x(0),
            y(strong),
            x(low) - x(0),
            y(y_high) - y(strong),
            fillColor=colors.HexColor("#fbe9e7"),
            strokeColor=None,
        )
    )
    for k in range(6):
        drawing.add(
            String(
                x(k),
                bottom - 9,
                fmt_number(k, 0, lang, whole=True),
                fontName=FONT,
                fontSize=6.5,
                textAnchor="middle",
            )
        )
    tick = y_low
    while tick <= y_high + 1e-9:
        drawing.add(
            String(
                left - 3,
                y(tick) - 2.2,
                fmt_number(round(tick, 1), 1, lang),
                fontName=FONT,
                fontSize=6.5,
                textAnchor="end",
            )
        )
        drawing.add(
            Line(
                left,
                y(tick),
                left + plot_w,
                y(tick),
                strokeColor=colors.HexColor("#eeeeee"),
                strokeWidth=0.4,
            )
        )
        tick = round(tick + step, 10)
    grey = colors.HexColor("#555555")
    drawing.add(
        Line(
            x(low),
            bottom,
            x(low),
            bottom + plot_h,
            strokeColor=grey,
            strokeWidth=0.7,
            strokeDashArray=[3, 2],
        )
    )
    drawing.add(
        Line(
            left,
            y(strong),
            left + plot_w,
            y(strong),
            strokeColor=grey,
            strokeWidth=0.7,
            strokeDashArray=[3, 2],
        )
    )
    if y_low < 0:
        drawing.add(
            Line(
                left,
                y(0),
                left + plot_w,
                y(0),
                strokeColor=colors.HexColor("#bbbbbb"),
                strokeWidth=0.5,
            )
        )
    # the four corners named
    for key, (cx, cy, anchor) in {
        "act_first": (x(0) + 3, y(y_high) - 9, "start"),
        "maintain": (x(5) - 3, y(y_high) - 9, "end"),
        "monitor": (x(0) + 3, bottom + 4, "start"),
        "secondary": (x(5) - 3, bottom + 4, "end"),
    }.items():
        drawing.add(
            String(
                cx,
                cy,
                corner_words[key],
                fontName=FONT,
                fontSize=7,
                fillColor=colors.HexColor(COLOURS[key]),
                textAnchor=anchor,
            )
        )
    placed: list[tuple[float, float, float]] = []  # labels drawn: x, y, width

    def free(lx: float, ly: float, width: float) -> bool:
        return all(lx + width < px or px + pw < lx or abs(ly - py) >= 7 for px, py, pw in placed)

    for level, rho, label, priority in sorted(points, key=lambda p: -p[1]):
        colour = colors.HexColor(COLOURS.get(priority, "#1f5f8b"))
        drawing.add(
            Circle(
                x(level), y(rho), 2.6, fillColor=colour, strokeColor=colors.white, strokeWidth=0.4
            )
        )
        # a label that would cover one already drawn moves down a line (up to three)
        lx, ly, width = x(level) + 4, y(rho) + 1.5, len(label) * 3.4
        for _ in range(3):
            if free(lx, ly, width):
                break
            ly -= 7
        placed.append((lx, ly, width))
        drawing.add(String(lx, ly, label, fontName=FONT, fontSize=6.3))
    drawing.add(
        String(left + plot_w / 2, 4, x_title, fontName=FONT, fontSize=7, textAnchor="middle")
    )
    title = String(0, 0, y_title, fontName=FONT, fontSize=7, textAnchor="middle")
    from reportlab.graphics.shapes import Group

    group = Group(title)
    group.transform = (0, 1, -1, 0, 8, bottom + plot_h / 2)
    drawing.add(group)
    return drawing


def _rho(value: float | None, lang: str) -> str:
    return "–" if value is None else fmt_number(value, 2, lang)


def drivers_section(builder) -> None:
    """Append the section to the builder's document (nothing when the view has no drivers
    at all: the questionnaires were not asked)."""
    drivers: Drivers | None = builder.r.analysis.drivers
    if drivers is None:
        return
    doc, tr, lang = builder.doc, builder.tr, builder.lang
    doc.section(tr(QT_TRANSLATE_NOOP("Reports", "Key drivers")))
    if not drivers.shown:
        doc.para(
            builder.words("Drivers", REASONS[drivers.reason]).replace(
                "%1", str(drivers.min_respondents)
            )
        )
        return
    basis = (
        tr(QT_TRANSLATE_NOOP("Reports", "job satisfaction (Batarshev total)"))
        if drivers.basis == BASIS_SATISFACTION
        else tr(
            QT_TRANSLATE_NOOP("Reports", "the pull to leave (reasons for leaving), sign reversed")
        )
    )
    doc.para(
        tr(
            QT_TRANSLATE_NOOP(
                "Reports",
                "Which motivation parameters and satisfaction factors go together with %1, "
                "and how satisfied people are with them now. The relation is Spearman's rank "
                "correlation ρ over the respondents who answered both: +1 — those who rate the factor "
                "higher are the more satisfied, 0 — no relation. It is strong when ρ is at least %2 "
                "and beyond chance for its number of respondents; the level is low below %3 of 5. "
                "Act first: strong relation and low level; maintain: strong relation, good level; "
                "monitor: low level, weaker relation; secondary: the rest. A relation is not a "
                "cause: ask the staff before acting. No driver is shown on fewer than %4 "
                "respondents.",
            )
        )
        .replace("%1", basis)
        .replace("%2", fmt_number(STRONG_RHO, 2, lang))
        .replace("%3", fmt_number(LOW_LEVEL, 0, lang, whole=True))
        .replace("%4", str(drivers.min_respondents)),
        "small",
    )
    words = {k: builder.words("Drivers", v) for k, v in PRIORITIES.items()}
    parameters = drivers.visible("parameter")
    if parameters:
        names = builder.param_names()
        chart = priority_chart(
            [
                (d.level, d.strength, point_label(d, lang), d.priority)
                for d in parameters
                if d.level is not None and d.strength is not None
            ],
            LOW_LEVEL,
            strong_line(drivers),
            builder.width * 0.8,
            tr(QT_TRANSLATE_NOOP("Reports", "Current level: mean satisfaction (0–5)")),
            tr(QT_TRANSLATE_NOOP("Reports", "Relation (ρ) with %1")).replace("%1", basis),
            words,
            lang,
        )
        builder.figure(
            chart, tr(QT_TRANSLATE_NOOP("Reports", "Priorities of the motivation parameters"))
        )
    else:
        names = {}

    def label(d: Driver) -> str:
        if d.kind == "parameter":
            return names.get(d.id) or d.label.get(lang) or d.id
        return f"{d.id.lstrip('q')}. {d.label.get(lang) or d.id}"

    factors = [d for d in drivers.visible("factor") if d.priority in ("act_first", "maintain")]
    left_out = len(drivers.visible("factor")) - len(factors)
    rows = []
    for d in list(parameters) + factors:
        rows.append(
            [
                builder.name(label(d)),
                words.get(d.priority, "–"),
                builder.n(fmt_number(d.level, 2, lang)),
                builder.n(_rho(d.rho_satisfaction, lang)),
                builder.n(_rho(d.rho_leaving, lang)),
                builder.n(d.n),
            ]
        )
    hidden = [d for d in drivers.items if d.hidden]
    for d in hidden:
        rows.append(
            [
                builder.name(label(d)),
                HIDDEN,
                builder.n(HIDDEN),
                builder.n(HIDDEN),
                builder.n(HIDDEN),
                builder.n(HIDDEN),
            ]
        )
    if rows:
        builder.table(
            [
                tr(QT_TRANSLATE_NOOP("Reports", "Parameter or factor")),
                tr(QT_TRANSLATE_NOOP("Reports", "Priority")),
                tr(QT_TRANSLATE_NOOP("Reports", "Level (0–5)")),
                tr(QT_TRANSLATE_NOOP("Reports", "ρ satisfaction")),
                tr(QT_TRANSLATE_NOOP("Reports", "ρ leaving")),
                "N",
            ],
            rows,
            widths=[0.42, 0.16, 0.1, 0.11, 0.11, 0.1],
            numeric_from=2,
        )
    notes = [
        tr(
            QT_TRANSLATE_NOOP(
                "Reports",
                "The parameters first, then the satisfaction factors with a strong relation "
                "(numbered as in table 2.2); %1 other factors have a weaker relation (the analysis "
                "page lists them all). ρ satisfaction: with job satisfaction; ρ leaving: with the "
                "reasons for leaving (below zero: the more satisfied with the factor, the weaker the "
                "reasons to leave); N: respondents the relation rests on.",
            )
        ).replace("%1", str(left_out))
    ]
    for reason in sorted({d.hidden for d in hidden}):
        if reason in REASONS:
            text = builder.words("Drivers", REASONS[reason]).replace(
                "%1", str(drivers.min_respondents)
            )
        else:
            from app.scoring.privacy import reason_text

            text = reason_text(reason, builder.r.threshold, builder.translate)
        notes.append(f"{HIDDEN} {text}")
    for note in notes:
        doc.note(note)
    act = [label(d) for d in drivers.visible() if d.priority == "act_first"]
    doc.para(
        (
            tr(QT_TRANSLATE_NOOP("Reports", "Act first: %1.")).replace("%1", "; ".join(act))
            if act
            else tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "No parameter or factor both goes strongly with satisfaction and "
                    "is rated low: nothing to act on first.",
                )
            )
        ),
        "small",
    )
