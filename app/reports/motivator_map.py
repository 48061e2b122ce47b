"""The motivator map (App. 7, table 7.1) as the office's catalogue currently stands."""

from __future__ import annotations

from dataclasses import dataclass

from app.markers import QT_TRANSLATE_NOOP
from app.reports.pdf import PdfDocument, Translate, identity


@dataclass(frozen=True)
class MapGroup:
    name: str
    characteristic: str
    methods: str
    motivators: list[str]


def render_motivator_map(groups: list[MapGroup], organisation: str, lang: str,
                         translate: Translate = identity) -> bytes:
    doc = PdfDocument(title="", organisation=organisation, translate=translate, lang=lang,
                      landscape=True)
    doc.title = doc.tr(QT_TRANSLATE_NOOP("Reports", "Motivator map"))
    doc.heading(doc.title)
    rows = []
    for group in groups:
        for index, motivator in enumerate(group.motivators):
            first = index == 0
            rows.append([group.name if first else "", motivator,
                         group.characteristic if first else "", group.methods if first else ""])
    doc.table([doc.tr(QT_TRANSLATE_NOOP("Reports", "Group of motivation factors")),
               doc.tr(QT_TRANSLATE_NOOP("Reports", "Motivation factors of professional activity")),
               doc.tr(QT_TRANSLATE_NOOP("Reports", "Characteristic of the factors")),
               doc.tr(QT_TRANSLATE_NOOP("Reports", "Methods of motivation"))],
              rows, widths=[0.17, 0.38, 0.27, 0.18])
    return doc.render()
