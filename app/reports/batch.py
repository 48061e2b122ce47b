"""Batch printing as a generator (STYLE.md §8): one result per document, cancel = stop iterating.

No Qt and no threads here: the CLI iterates it directly, the UI in a worker thread that checks a
cancel flag between documents. Each PDF is written to a temporary name and renamed when complete,
so a cancelled or crashed batch leaves no half-written file; one failing document does not stop
the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.data.audit import record
from app.reports.pdf import write_atomically


@dataclass(frozen=True)
class PrintJob:
    filename: str
    build: Callable[[Session], bytes]
    audit: tuple[str, str] | None = None  # (object_type, object_id) of a personal document
    label: str = ""


@dataclass(frozen=True)
class PrintResult:
    job: PrintJob
    path: Path | None
    error: str = ""


def print_documents(
    jobs: Sequence[PrintJob],
    target: Path,
    session_factory: Callable[[], Session],
    single_file: bool = False,
    audit_detail: str = "",
    user_id: int | None = None,
) -> Iterator[PrintResult]:
    """Write each job's PDF into the folder `target` (or to the file `target` if single_file)."""
    if not single_file:
        Path(target).mkdir(parents=True, exist_ok=True)
    for job in jobs:
        path = Path(target) if single_file else Path(target) / job.filename
        try:
            with session_factory() as session:
                data = job.build(session)
                write_atomically(data, path)
                if job.audit:
                    record(
                        session,
                        "print",
                        job.audit[0],
                        job.audit[1],
                        f"{audit_detail} -> {path.name}".strip(),
                        user_id=user_id,
                    )
                    session.commit()
        except (LookupError, OSError, ValueError) as exc:
            yield PrintResult(job, None, str(exc).strip("'\""))
            continue
        yield PrintResult(job, path)
