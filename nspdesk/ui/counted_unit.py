"""A spin box whose unit follows its value: "1 Tag", "2 Tage" (English "1 day", "2 days").

A suffix is one fixed text, so a count of 1 would read "1 Tage". The unit is a plural message
without ``%n`` (``self.tr(" Tage", "", n)``, singular and plural in the catalogs), set again each
time the value changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox


def follow_count(spin: QSpinBox, unit: Callable[[int], str]) -> None:
    """Keep ``spin``'s suffix ``unit(value)``, now and whenever the value changes."""

    def update(value: int) -> None:
        spin.setSuffix(unit(value))

    spin.valueChanged.connect(update)
    update(spin.value())
