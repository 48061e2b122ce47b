"""Motivdesk: work-motivation surveys, tests and motivational cards for HR services."""

import os as _os

# One BLAS thread (before numpy is first imported, which is always after this package): the
# app's matrix products are small (respondents x a few dozen items), and OpenBLAS's spinning
# helper threads then only compete with the GUI thread and with each other on a 2-core
# office PC; measured, the campaign analysis got slower and far noisier with them.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
APP_NAME = "Motivdesk"
APP_ID = "motivdesk"
