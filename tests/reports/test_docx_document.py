"""Word output: the PdfDocument building blocks render into an editable DOCX."""

from __future__ import annotations

import io

from docx import Document

from app.reports.charts import bar_chart
from app.reports.docx_document import DocxDocument
from app.reports.pdf import p


def _build(doc):
    doc.heading("Дербес мотивациялық карта", "Қызметкер: Ахметова А. С.")
    doc.section("1. Мотиваторлар")
    doc.table(
        ["№", "Фактор", "Маңыздылық"],
        [[1, "Еңбекақы", "4,29"], [2, p("Ұжымдағы ахуал", doc.styles["cell"]), "3,60"]],
        widths=[0.1, 0.6, 0.3],
        numeric_from=2,
    )
    doc.fields([("Лауазымы", "Бас сарапшы"), ("Бөлім", None)])
    doc.story.append(bar_chart(["Еңбекақы", "Ахуал"], [[4.29, 3.6]], 300))

    def copy():
        doc.para("Жоспар")
        doc.signatures(["Қызметкер", "Басшы"])

    doc.in_copies(copy)


def test_every_block_arrives_in_the_word_file_in_kazakh():
    doc = DocxDocument(title="Карта", organisation="Әкімдік", lang="kk", confidential=True)
    _build(doc)
    word = Document(io.BytesIO(doc.render()))
    text = "\n".join(par.text for par in word.paragraphs)
    assert "Дербес мотивациялық карта" in text and "1. Мотиваторлар" in text
    assert text.count("Жоспар") == 3  # three copies
    first = word.tables[0]
    assert [c.text for c in first.rows[0].cells] == ["№", "Фактор", "Маңыздылық"]
    assert [c.text for c in first.rows[2].cells] == ["2", "Ұжымдағы ахуал", "3,60"]
    assert first.rows[0]._tr.trPr.xml.count("tblHeader") == 1  # repeated on every page
    assert [c.text for c in word.tables[1].rows[1].cells] == ["Бөлім", ""]
    assert len(word.inline_shapes) == 1  # the chart, as a picture
    # three copies, each a section whose page numbers start at 1
    assert len(word.sections) == 3
    assert all(s._sectPr.xml.count('w:start="1"') == 1 for s in word.sections[1:])
    footer = word.sections[0].footer.paragraphs[0]._p.xml
    assert "SECTIONPAGES" in footer and "PAGE" in footer
    header = "\n".join(par.text for par in word.sections[0].header.paragraphs)
    assert "Әкімдік" in header and "CONFIDENTIAL" in header


def test_an_empty_document_is_still_a_valid_file():
    word = Document(io.BytesIO(DocxDocument(title="x", organisation="y").render()))
    assert len(word.paragraphs) >= 1
