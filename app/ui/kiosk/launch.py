"""Open a kiosk window for a campaign (from the HR workspace or `motivdesk kiosk`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.data.sessions import StorageUnavailable, recover_interrupted
from app.scoring.instruments import default_library
from app.services import kiosk_setup
from app.ui.context import AppContext
from app.ui.kiosk.kiosk_window import KioskWindow, campaign_setup


def kiosk_problem(context: AppContext, campaign_id: int) -> str | None:
    """Why the kiosk cannot start for this campaign (translated by the caller), or None."""
    with context.database.session() as session:
        return kiosk_setup.kiosk_problem(session, campaign_id)


def open_campaign_kiosk(
    context: AppContext, campaign_id: int, on_exit: Callable[[], None], full_screen: bool = True
) -> KioskWindow | None:
    problem = kiosk_problem(context, campaign_id)
    if problem:
        texts = {
            "not_found": QCoreApplication.translate(
                "KioskLaunch", "There is no campaign with this number."
            ),
            "not_open": QCoreApplication.translate(
                "KioskLaunch", "The kiosk runs only for an open campaign: open it first."
            ),
            "no_pin": QCoreApplication.translate(
                "KioskLaunch", "Set a kiosk PIN for this campaign first."
            ),
        }
        QMessageBox.warning(
            None, QCoreApplication.translate("KioskLaunch", "Kiosk"), texts[problem]
        )
        return None
    try:
        with context.database.session() as session:
            recover_interrupted(session, campaign_id)  # a dead session (crash, power cut)
    except StorageUnavailable:
        pass  # busy: closed at a later start, it is out of the analysis meanwhile
    window = KioskWindow(
        context.database,
        context.languages,
        campaign_setup(context.database, campaign_id, default_library()),
    )

    def _exit() -> None:
        window.close()
        on_exit()

    window.exit_requested.connect(_exit)
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    return window


def open_named_kiosk(
    context: AppContext, setup, on_exit: Callable[[], None], full_screen: bool = True
) -> KioskWindow:
    """A named test session for one employee; it ends after his result view."""
    window = KioskWindow(context.database, context.languages, setup)

    def _exit() -> None:
        window.close()
        on_exit()

    window.exit_requested.connect(_exit)
    window.start_page.set_named(setup.employee_name)
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    return window
