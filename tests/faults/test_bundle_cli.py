"""The command line on malformed bundles and on undoing an import: a refusal in words and exit
code 1, never a traceback; `imports` lists what `import --undo` removes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import delete, func, select

from app.data.store import open_database
from app.models.campaign import Answer, SessionInstrument, SurveySession
from tests.faults.test_bundle_malformed import malformed_zip_cases

ROOT = Path(__file__).resolve().parent.parent.parent


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_export_import_list_and_undo_from_the_command_line(tmp_path, demo_db_path):
    kiosk, hr = tmp_path / "kiosk.db", tmp_path / "hr.db"
    shutil.copy(demo_db_path, kiosk)
    shutil.copy(demo_db_path, hr)
    db = open_database(str(hr))
    with db.session() as s:  # the HR PC has the campaign without the kiosk's questionnaires
        ids = select(SurveySession.id).where(
            SurveySession.campaign_id == 2, SurveySession.kind == "anonymous"
        )
        s.execute(delete(Answer).where(Answer.session_id.in_(ids)))
        s.execute(delete(SessionInstrument).where(SessionInstrument.session_id.in_(ids)))
        s.execute(
            delete(SurveySession).where(
                SurveySession.campaign_id == 2, SurveySession.kind == "anonymous"
            )
        )
        s.commit()
        before = s.scalar(select(func.count()).select_from(SurveySession))
    bundle = tmp_path / "campaign.zip"
    assert (
        run("--db", str(kiosk), "export", "--campaign", "2", "--out", str(bundle)).returncode == 0
    )
    r = run("--db", str(hr), "import", str(bundle), "--campaign", "2")
    assert r.returncode == 0 and "120 sessions added" in r.stdout, r.stderr
    origin = r.stdout.split("--undo ")[1].split()[0]
    r = run("--db", str(hr), "imports", "--campaign", "2")
    assert r.returncode == 0 and f"{origin}\tbundle\t120" in r.stdout
    r = run("--db", str(hr), "import", "--undo", "bundle:0000", "--campaign", "2")
    assert r.returncode == 1 and "nothing was changed" in r.stderr
    r = run("--db", str(hr), "import", "--undo", origin, "--campaign", "2")
    assert r.returncode == 0 and "120 questionnaires" in r.stdout
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SurveySession)) == before
    db.dispose()


def test_malformed_bundles_on_the_command_line_end_in_words(tmp_path, demo_db_path):
    hr = tmp_path / "hr.db"
    shutil.copy(demo_db_path, hr)
    cases = malformed_zip_cases()
    for name in (
        "zip bomb (declared)",
        "encrypted entry",
        "dot-dot name",
        "manifest deeply nested",
        "unknown compression method",
        "truncated zip",
    ):
        path = tmp_path / "bad.zip"
        path.write_bytes(cases[name])
        r = run("--db", str(hr), "import", str(path), "--campaign", "2")
        assert r.returncode == 1 and "Traceback" not in r.stderr, (name, r.stderr)
        assert "nothing was changed" in r.stderr, name
