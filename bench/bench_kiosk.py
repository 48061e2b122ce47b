"""Benchmark 2 (issue 10): kiosk latency, in-process and offscreen: the median time from an
answer click (plus "next") to the next question painted, against swapping one QLabel's text.

The kiosk's time includes committing the answer to the database and repainting its whole
1280x800 window (`window.repaint()`). The floor does the least that can show a new question in
the same space: it swaps the text of a QLabel that sits in a bare 1280x800 window and repaints
that window the same way, so both sides pay for a window of the same size (filling and flushing
a million pixels). Until this was changed the floor's label was an 800x60 window of its own, a
twentieth of the pixels; that floor is still printed (`floor_800x60_*`) to compare with earlier
runs.

    QT_QPA_PLATFORM=offscreen python bench/bench_kiosk.py [--clicks 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget  # noqa: E402


def label_swap_median(app: QApplication, clicks: int, size: tuple[int, int], alone: bool) -> float:
    """Median seconds to set a QLabel's text and repaint its window (`alone`: the label is the
    window, at `size`; otherwise it fills a plain window of `size`)."""
    label = QLabel("x")
    window = label
    if not alone:
        window = QWidget()
        QVBoxLayout(window).addWidget(label)
    window.resize(*size)
    window.show()
    app.processEvents()
    times = []
    for n in range(clicks):
        start = time.perf_counter()
        label.setText(f"Вопрос {n}")
        window.repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)
    window.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clicks", type=int, default=200)
    args = parser.parse_args()
    app = QApplication([])
    from app.data.store import open_database
    from app.scoring.instruments import default_library
    from app.ui.i18n import LanguageManager
    from app.ui.kiosk.kiosk_window import KioskSetup, KioskWindow

    db = open_database(str(Path(tempfile.mkdtemp()) / "bench.db"))
    library = default_library()
    languages = LanguageManager(app)
    # Gerchikov: one question per screen with option buttons, the kiosk's common case
    setup = KioskSetup(campaign_id=None, instruments=[library["gerchikov"]] * 1)
    window = KioskWindow(db, languages, setup, default_language="ru")
    window.resize(1280, 800)
    window.show()
    times = []
    while len(times) < args.clicks:
        window.findChild(QPushButton, "kiosk_start_ru").click()
        app.processEvents()
        while window.flow is not None and window.flow.current.kind != "review":
            step = window.flow.current
            if step.kind == "items" and len(step.item_ids) == 1:
                item = step.item_ids[0]
                button = window.findChild(QPushButton, f"{item}_option_1")
                if button is None:
                    window.go_next()
                    app.processEvents()
                    continue
                start = time.perf_counter()
                button.click()
                window.go_next()
                window.repaint()
                app.processEvents()
                times.append(time.perf_counter() - start)
            else:
                window.go_next()
                app.processEvents()
        window.reset()
        app.processEvents()
    window.hide()  # out of the way of the floor's windows (closing a kiosk is refused)
    app.processEvents()
    base = label_swap_median(app, args.clicks, (1280, 800), alone=False)  # the kiosk's size
    old_base = label_swap_median(app, args.clicks, (800, 60), alone=True)  # the former floor
    ours = statistics.median(times)
    print(
        json.dumps(
            {
                "bench": "kiosk_click_to_next_question",
                "clicks": len(times),
                "median_ms": round(ours * 1000, 2),
                "floor_median_ms": round(base * 1000, 3),
                "ratio": round(ours / base, 1),
                "floor_800x60_median_ms": round(old_base * 1000, 3),
                "ratio_800x60": round(ours / old_base, 1),
                "target_ms": 16,
                "target_ratio": 5,
            }
        )
    )
    db.dispose()


if __name__ == "__main__":
    main()
