"""Benchmark 5 (issue 10): one personal card, and a batch of cards, against a plain reportlab
document with the same number of pages of plain text.

    python bench/bench_pdf.py [--batch 500]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402

from app.reports.cards import CardView, PlanRowView, render_card  # noqa: E402
from app.reports.fonts import register_fonts  # noqa: E402
from app.reports.pdf import write_atomically  # noqa: E402


def card(n: int) -> CardView:
    plan = [
        PlanRowView(
            "",
            f"Мероприятие {k}",
            "",
            "Кадровая служба",
            date(2027, 1, k + 1),
            "",
            "",
            "planned",
            "",
        )
        for k in range(5)
    ]
    return CardView(
        id=n,
        kind="personal",
        organisation="Министерство (бенчмарк)",
        filled_on=date(2026, 3, 21),
        status="active",
        employee=f"Работник {n}",
        position="Главный эксперт",
        department="Отдел",
        fields={"proposals": "Гибкий график", "conclusions_motives": "Профессиональный тип"},
        choices={
            "motivator": ["Карьерный рост", "Содержание труда", "Статус"],
            "demotivator": ["Организация работы", "Нагрузка"],
            "instrument": ["Наставничество", "Премия"],
        },
        plan=plan,
    )


def plain(pages: int) -> bytes:
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    story = []
    for p in range(pages):
        story += [Paragraph(f"Page {p} line {k}", style) for k in range(40)] + [PageBreak()]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def pages_of(data: bytes) -> int:
    return data.count(b"/Type /Page") - data.count(b"/Type /Pages")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    register_fonts()
    render_card(card(0), "ru")  # warm-up: font subsetting tables
    start = time.perf_counter()
    one = render_card(card(1), "ru")
    t_one = time.perf_counter() - start
    pages = max(1, pages_of(one))
    start = time.perf_counter()
    plain(pages)
    t_floor = time.perf_counter() - start
    print(
        json.dumps(
            {
                "bench": "pdf_one_card",
                "seconds": round(t_one, 4),
                "pages": pages,
                "floor_seconds": round(t_floor, 4),
                "ratio": round(t_one / t_floor, 2),
                "target": 3,
            }
        ),
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        for n in range(args.batch):
            write_atomically(render_card(card(n), "ru"), Path(tmp) / f"card-{n}.pdf")
        t_batch = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(args.batch):
        plain(pages)
    t_batch_floor = time.perf_counter() - start
    print(
        json.dumps(
            {
                "bench": "pdf_batch",
                "cards": args.batch,
                "seconds": round(t_batch, 2),
                "floor_seconds": round(t_batch_floor, 2),
                "ratio": round(t_batch / t_batch_floor, 2),
                "target_seconds": 60,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
