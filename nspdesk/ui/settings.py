"""Every user setting declared once, with its type and default, stored with QSettings.

Nothing else reads a raw QSettings key (as Picard's ``picard/options.py`` does it): views ask this
module for typed values, tests point QSettings at a temporary file.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from nspdesk.ui.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")


# A NamedTuple rather than a frozen dataclass: the window's start frame reads these settings, and
# importing ``dataclasses`` alone costs three milliseconds of a start measured against a bare window.
class Option(NamedTuple, Generic[T]):
    key: str
    default: T
    label: str


# "" follows the system language (German or English, German for any other); see nspdesk.ui.i18n.
LANGUAGE = Option("ui/language", "", "Sprache der Oberfläche")
LAST_VIEW = Option("window/last_view", "quotes", "Zuletzt geöffnete Ansicht")
# The navigation side bar: "auto" shows only its icons in a window narrower than
# ``main_window.COMPACT_BELOW``; "icons" and "full" are the user's own choice (Ansicht menu).
SIDEBAR = Option("window/sidebar", "auto", "Seitenleiste")
SIDEBAR_MODES = ("auto", "icons", "full")
VALIDITY_DAYS = Option("quotes/validity_days", 30, "Gültigkeit neuer Angebote (Tage)")
# The cap a device kept before the team's cap moved into the database (0004): read once, by
# ``app.move_device_cap``, never written again.
MAX_EXTRA_DISCOUNT = Option("quotes/max_extra_discount", Decimal(10), "Höchster Zusatzrabatt (%)")
# 1 once this device's cap was offered to the database (the team's cap lives there since 0004).
CAP_MOVED = Option("quotes/max_extra_discount_moved", 0, "Zusatzrabatt in der Datenbank")
CONTACT_PERSON = Option("quotes/contact_person", "", "Ansprechpartner auf Angeboten")
BACKUPS_KEEP = Option("backups/keep", 10, "Automatische Sicherungen aufbewahren")
LAST_FOLDER = Option("files/last_folder", "", "Zuletzt verwendeter Ordner für Dateien")
# The due list (Fällig); the defaults repeat those of nspdesk.domain.due.DueThresholds. Their labels
# are the settings view's tooltips: translated there, with the context "Settings".
DUE_CERTIFICATION_DAYS = Option(
    "due/certification_days",
    90,
    QT_TRANSLATE_NOOP("Settings", "Zertifizierungen melden, die binnen N Tagen ablaufen"),
)
DUE_BACKLINK_DAYS = Option(
    "due/backlink_days", 180, QT_TRANSLATE_NOOP("Settings", "Backlink erneut prüfen nach N Tagen")
)
DUE_QUOTE_DAYS = Option(
    "due/quote_days",
    7,
    QT_TRANSLATE_NOOP("Settings", "Angebote melden, die binnen N Tagen ablaufen"),
)
DUE_ONBOARDING_DAYS = Option(
    "due/onboarding_days",
    30,
    QT_TRANSLATE_NOOP("Settings", "Onboarding als stockend melden nach N Tagen ohne Änderung"),
)
# Each language named in itself, as language pickers do.
LANGUAGES = {"": "Systemsprache / System language", "de": "Deutsch", "en": "English"}


class Settings:
    """Typed access to the declared options; one instance is passed to whoever needs it."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    def holds(self, option: Option[T]) -> bool:
        """Whether this device has a value of its own for ``option`` (not just the default)."""
        return bool(self._q.contains(option.key))

    def get_text(self, option: Option[str]) -> str:
        value = self._q.value(option.key, option.default)
        return str(value) if value is not None else option.default

    def get_int(self, option: Option[int]) -> int:
        try:
            return int(str(self._q.value(option.key, option.default)))
        except ValueError:
            return option.default

    def get_decimal(self, option: Option[Decimal]) -> Decimal:
        try:
            return Decimal(str(self._q.value(option.key, str(option.default))))
        except InvalidOperation:
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        self._q.setValue(option.key, str(value) if isinstance(value, Decimal) else value)

    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._q.sync()
