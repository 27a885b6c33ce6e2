"""Partner records: listing, reading and saving master data."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing
from nspdesk.domain.partner_input import PartnerInput as PartnerInput  # noqa: PLC0414 (selftest, bench)
from nspdesk.domain.program import Program
from nspdesk.domain.web_address import is_web_address
from nspdesk.store.errors import NotFoundError
from nspdesk.store.models import Partner

NO_PARTNER = QT_TRANSLATE_NOOP("PartnerRecords", "Es gibt keinen Partner mit der ID {id}.")
_NO_COMPANY = QT_TRANSLATE_NOOP("PartnerRecords", "der Firmenname fehlt")
_UNKNOWN_TRACK = QT_TRANSLATE_NOOP("PartnerRecords", "unbekannte Spur {track}")
_NOT_A_TIER = QT_TRANSLATE_NOOP("PartnerRecords", "{tier} ist keine Stufe der Spur {track}")
_LEVEL_NEEDED = QT_TRANSLATE_NOOP(
    "PartnerRecords", "{tier} brauchen die umsatzabhängige Stufe ({levels})"
)
_MSP_ONLY = QT_TRANSLATE_NOOP("PartnerRecords", "gilt nur für Managed Service Partner")
_NOT_A_WEB_ADDRESS = QT_TRANSLATE_NOOP(
    "PartnerRecords", "{url} ist keine Webadresse mit http:// oder https://"
)


def list_partners(session: Session) -> list[Partner]:
    return list(session.scalars(select(Partner).order_by(Partner.company)))


def get_partner(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFoundError(NO_PARTNER.format(id=partner_id))
    return partner


def validate(program: Program, data: PartnerInput) -> None:
    if not data.company.strip():
        raise InputError("company", _NO_COMPANY)
    if data.track not in program.tracks:
        raise InputError("track", _UNKNOWN_TRACK.format(track=repr(data.track)))
    if data.tier is not None:
        tier = program.tiers.get(data.tier)
        if tier is None or tier.track != data.track:
            raise InputError(
                "tier", _NOT_A_TIER.format(tier=repr(data.tier), track=repr(data.track))
            )
        if tier.benefits_of and data.msp_level not in tier.benefits_of:
            raise InputError(
                "msp_level",
                _LEVEL_NEEDED.format(tier=tier.name, levels=Listing(tier.benefits_of, ", ")),
            )
    if data.msp_level is not None and (
        data.tier is None or not program.tier(data.tier).benefits_of
    ):
        raise InputError("msp_level", _MSP_ONLY)
    for field, url in (("website", data.website), ("backlink_url", data.backlink_url)):
        if url.strip() and not is_web_address(url):
            raise InputError(field, _NOT_A_WEB_ADDRESS.format(url=repr(url.strip())))


def save_partner(
    session: Session, program: Program, data: PartnerInput, partner_id: int | None = None
) -> Partner:
    """Create (``partner_id`` None) or update a partner's master data after validating it."""
    validate(program, data)
    partner = Partner() if partner_id is None else get_partner(session, partner_id)
    for name, value in data.__dict__.items():
        setattr(partner, name, value.strip() if isinstance(value, str) else value)
    session.add(partner)
    session.flush()
    return partner
