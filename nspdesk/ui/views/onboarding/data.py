"""What the Onboarding view shows: the service's plain values (``nspdesk.services.onboarding``) and
their words in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nspdesk.services.onboarding import Loaded, PartnerEntry, Progress

__all__ = ["Loaded", "PartnerEntry", "Progress", "progress_text"]


def progress_text(progress: Progress) -> str:
    return QCoreApplication.translate("OnboardingView", "{done} von {total} erledigt").format(
        done=progress.done, total=progress.total
    )
