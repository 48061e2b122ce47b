"""Motivdesk: work-motivation surveys, tests and motivational cards for HR services."""

__version__ = "0.1.0"
APP_NAME = "Motivdesk"
APP_ID = "motivdesk"
