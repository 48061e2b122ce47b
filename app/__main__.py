"""`python -m app` — the same entry point as the `motivdesk` console script."""

from app.cli import main

raise SystemExit(main())
