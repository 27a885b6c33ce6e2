"""Texts for requirements and their values, numbers and money through ``nspdesk.ui.formats``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nspdesk.domain.compliance import (
    Backlink,
    RequirementId,
    RequirementResult,
    Value,
    as_decimal,
    as_int,
    as_texts,
)
from nspdesk.ui.formats import money, number
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "PartnerTexts"
LABELS = {
    RequirementId.PROJECTS: QT_TRANSLATE_NOOP("PartnerTexts", "Realisierte Projekte"),
    RequirementId.REVENUE: QT_TRANSLATE_NOOP("PartnerTexts", "Umsatz im Jahr"),
    RequirementId.MRR: QT_TRANSLATE_NOOP("PartnerTexts", "MRR (pro Monat)"),
    RequirementId.TRAININGS: QT_TRANSLATE_NOOP("PartnerTexts", "Vertriebs- und Techniktraining"),
    RequirementId.CERTIFIED_TECHNICIANS: QT_TRANSLATE_NOOP(
        "PartnerTexts", "Zertifizierte Techniker"
    ),
    RequirementId.BACKLINK: QT_TRANSLATE_NOOP("PartnerTexts", "Follow-Link auf nospamproxy.de"),
    RequirementId.SERVICE_AGREEMENT: QT_TRANSLATE_NOOP("PartnerTexts", "Basis-Servicevereinbarung"),
}
TRAININGS = {
    "sales": QT_TRANSLATE_NOOP("PartnerTexts", "Vertrieb"),
    "technical": QT_TRANSLATE_NOOP("PartnerTexts", "Technik"),
}
TRAINING_FORMATS = {
    "online": QT_TRANSLATE_NOOP("PartnerTexts", "Online"),
    "video": QT_TRANSLATE_NOOP("PartnerTexts", "Video"),
}
BACKLINKS = {
    Backlink.FOLLOW: QT_TRANSLATE_NOOP("PartnerTexts", "Follow-Link vorhanden"),
    Backlink.NOFOLLOW: QT_TRANSLATE_NOOP("PartnerTexts", "nur nofollow-Link"),
    Backlink.MISSING: QT_TRANSLATE_NOOP("PartnerTexts", "kein Link gefunden"),
    Backlink.UNKNOWN: QT_TRANSLATE_NOOP("PartnerTexts", "nicht geprüft"),
}
MET = "✓"
NOT_MET = "✗"
DESIRABLE = "○"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartnerTexts", text)


def requirement_label(requirement: RequirementId) -> str:
    return _tr(LABELS[requirement])


def training_name(kind: str) -> str:
    """``sales`` → "Vertrieb" (the store's training kinds)."""
    return _tr(TRAININGS[kind]) if kind in TRAININGS else kind


def format_name(value: str) -> str:
    """``online`` → "Online" (the store's training formats)."""
    return _tr(TRAINING_FORMATS[value]) if value in TRAINING_FORMATS else value


def backlink_name(backlink: Backlink) -> str:
    return _tr(BACKLINKS[backlink])


def required_text(result: RequirementResult) -> str:
    value = result.required
    match result.id:
        case RequirementId.PROJECTS | RequirementId.CERTIFIED_TECHNICIANS:
            return QCoreApplication.translate("PartnerTexts", "mind. {count}").format(
                count=number(as_int(value))
            )
        case RequirementId.REVENUE:
            return QCoreApplication.translate("PartnerTexts", "{amount} p. a.").format(
                amount=money(as_decimal(value))
            )
        case RequirementId.MRR:
            return QCoreApplication.translate("PartnerTexts", "{amount} / Monat").format(
                amount=money(as_decimal(value))
            )
        case RequirementId.TRAININGS:
            return QCoreApplication.translate("PartnerTexts", "je 1: {trainings}").format(
                trainings=", ".join(training_name(t) for t in as_texts(value))
            )
        case RequirementId.BACKLINK:
            if result.mandatory:
                return QCoreApplication.translate("PartnerTexts", "Follow-Link")
            return QCoreApplication.translate("PartnerTexts", "Follow-Link (wünschenswert)")
        case _:
            return QCoreApplication.translate("PartnerTexts", "erforderlich")


def actual_text(requirement: RequirementId, value: Value) -> str:
    match requirement:
        case RequirementId.PROJECTS | RequirementId.CERTIFIED_TECHNICIANS:
            return number(as_int(value))
        case RequirementId.REVENUE | RequirementId.MRR:
            return money(as_decimal(value))
        case RequirementId.TRAININGS:
            done = [training_name(t) for t in as_texts(value)]
            return ", ".join(done) if done else QCoreApplication.translate("PartnerTexts", "keine")
        case RequirementId.BACKLINK:
            return backlink_name(Backlink(str(value)))
        case _:
            if value is True:
                return QCoreApplication.translate("PartnerTexts", "abgeschlossen")
            return QCoreApplication.translate("PartnerTexts", "fehlt")


def verdict_mark(result: RequirementResult) -> str:
    if result.met:
        return MET
    return NOT_MET if result.mandatory else DESIRABLE
