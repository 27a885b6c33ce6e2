"""Catalog price versions and search; partner master data validation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.store.catalog import (
    ArticleInput,
    current_items,
    delete_version,
    save_article,
    versions,
)
from nspdesk.store.errors import NotFoundError
from nspdesk.store.opening import Store
from nspdesk.store.partners import PartnerInput, get_partner, list_partners, save_partner


def article(
    number: str, price: str, valid_from: date, name: str = "Protection je User"
) -> ArticleInput:
    return ArticleInput(number, name, "server-license", "User", Decimal(price), valid_from)


def test_catalog_price_valid_on_a_day(store: Store, library: ProgramLibrary) -> None:
    program = library.edition("2024")
    with store.database.write() as session:
        save_article(session, program, article("P-1", "30.00", date(2026, 1, 1)))
        save_article(session, program, article("P-1", "32.50", date(2027, 1, 1)))
        save_article(
            session, program, article("E-1", "28.00", date(2026, 1, 1), "Encryption je User")
        )
        save_article(
            session, program, article("P-1", "31.00", date(2026, 1, 1))
        )  # corrects that version
    with store.database.read() as session:
        now = {i.article_number: i.list_price for i in current_items(session, date(2026, 11, 25))}
        assert now == {"E-1": Decimal("28.00"), "P-1": Decimal("31.00")}
        later = {i.article_number: i.list_price for i in current_items(session, date(2027, 1, 1))}
        assert later["P-1"] == Decimal("32.50")
        assert current_items(session, date(2025, 12, 31)) == []
        assert [i.article_number for i in current_items(session, date(2026, 6, 1), "encr")] == [
            "E-1"
        ]
        assert [
            i.article_number for i in current_items(session, date(2026, 6, 1), "je user p-")
        ] == ["P-1"]
        assert len(versions(session, "P-1")) == 2
        first = versions(session, "P-1")[0].id
    with store.database.write() as session:
        delete_version(session, first)
        with pytest.raises(NotFoundError):
            delete_version(session, first)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"article_number": " "}, "article_number"),
        ({"name": ""}, "name"),
        ({"category": "hardware"}, "category"),
        ({"list_price": Decimal(-1)}, "list_price"),
        ({"list_price": Decimal("10000000.01")}, "list_price"),  # limits.MAX_PRICE
    ],
)
def test_catalog_refusals(
    store: Store, library: ProgramLibrary, change: dict[str, object], field: str
) -> None:
    data = ArticleInput(**{**article("X", "1", date(2026, 1, 1)).__dict__, **change})
    with pytest.raises(InputError) as caught, store.database.write() as session:
        save_article(session, library.edition("2024"), data)
    assert caught.value.field == field


def test_partner_master_data(store: Store, library: ProgramLibrary) -> None:
    program = library.edition("2024")
    data = PartnerInput(company="  Neu & Co <KG> ", track="server", tier="business", city="Bonn")
    with store.database.write() as session:
        partner_id = save_partner(session, program, data).id
        save_partner(
            session,
            program,
            PartnerInput(company="Alpha GmbH", track="msp", tier="msp", msp_level="premium"),
        )
    with store.database.write() as session:
        updated = save_partner(
            session, program, PartnerInput(**{**data.__dict__, "tier": "premium"}), partner_id
        )
        assert updated.company == "Neu & Co <KG>"
    with store.database.read() as session:
        assert [p.company for p in list_partners(session)] == ["Alpha GmbH", "Neu & Co <KG>"]
        assert get_partner(session, partner_id).tier == "premium"
        with pytest.raises(NotFoundError):
            get_partner(session, 999)
    bad = [
        (PartnerInput(company=" ", track="server", tier=None), "company"),
        (PartnerInput(company="A", track="hybrid", tier=None), "track"),
        (PartnerInput(company="A", track="cloud", tier="premium"), "tier"),
        (PartnerInput(company="A", track="msp", tier="msp"), "msp_level"),
        (
            PartnerInput(company="A", track="server", tier="business", msp_level="premium"),
            "msp_level",
        ),
    ]
    for data, field in bad:
        with pytest.raises(InputError) as caught, store.database.write() as session:
            save_partner(session, program, data)
        assert caught.value.field == field


@pytest.mark.parametrize(
    ("field", "url"), [("website", "www.example.de"), ("backlink_url", "ftp://example.de/partner")]
)
def test_partner_web_addresses_must_be_fetchable(
    store: Store, library: ProgramLibrary, field: str, url: str
) -> None:
    program = library.edition_for(date(2026, 11, 25))
    base = PartnerInput(company="Web GmbH", track="server", tier="business")
    data = replace(base, website=url) if field == "website" else replace(base, backlink_url=url)
    with store.database.write() as session, pytest.raises(InputError) as error:
        save_partner(session, program, data)
    assert error.value.field == field and "http://" in error.value.message
    with store.database.read() as session:
        assert [p.company for p in list_partners(session)] == []
