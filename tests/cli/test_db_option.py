"""`--db` is accepted before or after every command (issue 22.1: `motivdesk export --db X …` was
refused), and the command then really works on that database."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.cli import build_parser, parse_args

ROOT = Path(__file__).resolve().parents[2]


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """Every runnable command as (words, its parser): `export`, `users list`, `staff import`…"""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen = set()
            for name, child in action.choices.items():
                if id(child) in seen:
                    continue
                seen.add(id(child))
                yield from _commands(child, (*path, name))
            return
    if path:
        yield path, parser


def _required_args(parser: argparse.ArgumentParser) -> list[str]:
    """The smallest argument list the command's parser accepts (values only need to parse)."""
    argv: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        value = str(next(iter(action.choices))) if action.choices else "1"
        if not action.option_strings:
            if action.nargs not in ("?", "*"):
                argv.append(value)
        elif action.required:
            argv += [action.option_strings[0], value]
    return argv


COMMANDS = list(_commands(build_parser()))


def test_the_walk_finds_every_command():
    names = {" ".join(words) for words, _ in COMMANDS}
    assert {
        "export",
        "import",
        "backup",
        "restore",
        "demo",
        "kiosk",
        "report",
        "analyse",
        "indicators",
        "instruments",
        "template",
        "score",
        "settings",
        "level",
        "users list",
        "users reset-password",
    } <= names


@pytest.mark.parametrize("words", [w for w, _ in COMMANDS], ids=" ".join)
def test_db_before_or_after_the_command(words):
    parser = build_parser()
    leaf = dict(COMMANDS)[words]
    rest = _required_args(leaf)
    before = parse_args(["--db", "before.db", *words, *rest], parser)
    after = parse_args([*words, *rest, "--db", "after.db"], parser)
    between = parse_args([*words[:1], "--db", "mid.db", *words[1:], *rest], parser)
    both = parse_args(["--db", "before.db", *words, *rest, "--db", "after.db"], parser)
    neither = parse_args([*words, *rest], parser)
    assert (before.db, after.db, between.db, both.db, neither.db) == (
        "before.db",
        "after.db",
        "mid.db",
        "after.db",
        None,
    )
    # Commands that read a --db of their own (args.report_db or args.db) see the same database.
    for dest in ("demo_db", "report_db", "analyse_db", "staff_db"):
        if hasattr(after, dest):
            assert getattr(after, dest) == "after.db" and getattr(before, dest) == "before.db"


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MOTIVDESK_DATA_DIR=str(data_dir))
    env.pop("MOTIVDESK_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_commands_work_on_the_database_named_after_them(demo_db_path, tmp_path):
    data = tmp_path / "data"  # the default database there stays empty
    users = run("users", "list", "--db", str(demo_db_path), data_dir=data)
    assert users.returncode == 0, users.stderr
    assert "admin" in users.stdout and not users.stdout.startswith("No users")
    default_users = run("users", "list", data_dir=data)
    assert default_users.stdout.startswith("No users yet")

    bundle = tmp_path / "answers.zip"
    export = run(
        "export", "--campaign", "2", "--out", str(bundle), "--db", str(demo_db_path), data_dir=data
    )
    assert export.returncode == 0, export.stderr
    assert zipfile.is_zipfile(bundle)
    refused = run("export", "--campaign", "2", "--out", str(tmp_path / "x.zip"), data_dir=data)
    assert refused.returncode != 0  # the empty default database has no campaign 2

    copy = tmp_path / "copy.db"
    backup = run("backup", "--out", str(copy), "--db", str(demo_db_path), data_dir=data)
    assert backup.returncode == 0, backup.stderr
    again = run("users", "list", "--db", str(copy), data_dir=data)
    assert "admin" in again.stdout

    setting = run("settings", "get", "schein_threshold", "--db", str(copy), data_dir=data)
    assert setting.returncode == 0, setting.stderr
