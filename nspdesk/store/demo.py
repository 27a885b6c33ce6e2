"""A demo database: partners across all tiers and tracks in different compliance states, a catalog
with clearly labelled example prices, and quotes in every status.

Everything is fictitious. Dates are relative to ``today`` so the compliance states stay what they
are meant to be whenever the demo is created: figures of the previous year (the basis of the yearly
review) are entered by hand; this year's business comes from accepted quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.letterhead import demo_sender, salutation
from nspdesk.store import quotes
from nspdesk.store.figures import BASIC_SERVICE_AGREEMENT
from nspdesk.store.models import (
    AdminCourse,
    Agreement,
    BacklinkCheck,
    CatalogItem,
    Contact,
    NfrLicence,
    Partner,
    PartnerYear,
    Technician,
    TrainingRecord,
)
from nspdesk.store.sender import save_sender

DEMO_ACTOR = "Demo"  # who did it, in the demo quotes' audit trail
_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

# article number, name, category, unit, price; example prices are labelled as such (the brochure has
# no list prices). Own-use licences come from the program: their prices are real.
CATALOG = [
    (
        "NSP-SRV-PROT",
        "NoSpamProxy Server Protection, Neulizenz je User",
        "server-license",
        "User",
        "30.00",
    ),
    (
        "NSP-SRV-ENC",
        "NoSpamProxy Server Encryption, Neulizenz je User",
        "server-license",
        "User",
        "28.00",
    ),
    (
        "NSP-SRV-LF",
        "NoSpamProxy Server Large Files, Neulizenz je User",
        "server-license",
        "User",
        "12.00",
    ),
    (
        "NSP-SRV-DISC",
        "NoSpamProxy Server Disclaimer, Neulizenz je User",
        "server-license",
        "User",
        "6.00",
    ),
    (
        "NSP-SRV-WPROT",
        "Softwarewartung Protection, je User und Jahr",
        "server-maintenance",
        "User",
        "7.50",
    ),
    (
        "NSP-SRV-WENC",
        "Softwarewartung Encryption, je User und Jahr",
        "server-maintenance",
        "User",
        "7.00",
    ),
    (
        "NSP-SRV-INST",
        "Installation und Einrichtung NoSpamProxy Server",
        "server-service",
        "Stunde",
        "145.00",
    ),
    ("NSP-SRV-HSV", "Hersteller-Supportvertrag (HSV), je Jahr", "hsv", "Jahr", "490.00"),
    (
        "NSP-CLD-PROT",
        "NoSpamProxy Cloud Protection, je User und Monat",
        "cloud-service",
        "User/Monat",
        "2.90",
    ),
    (
        "NSP-CLD-ENC",
        "NoSpamProxy Cloud Encryption, je User und Monat",
        "cloud-service",
        "User/Monat",
        "2.50",
    ),
    (
        "NSP-CLD-SUITE",
        "NoSpamProxy Cloud Suite, je User und Monat",
        "cloud-service",
        "User/Monat",
        "4.90",
    ),
    (
        "NSP-WS-ADMIN",
        "Administratorenschulung (2 Tage), je Teilnehmer",
        "other",
        "Teilnehmer",
        "1290.00",
    ),
]


@dataclass
class DemoPartner:
    company: str
    city: str
    postal_code: str
    street: str
    track: str
    tier: str | None
    contact: str
    last_year: tuple[int, str, str] = (0, "0", "0")  # projects, revenue, mrr of the previous year
    # One technician per entry: days since the course. At least ~330 days, so the course also counts
    # at the start of this year, when last year is reviewed; 700 days: expires within the next weeks.
    certified_days_ago: tuple[int, ...] = ()
    backlink: str | None = "follow"
    trainings: bool = True
    service_agreement: bool = True
    msp_level: str | None = None
    reseller_only: bool = False
    note: str = ""
    won_this_year: list[tuple[str, str]] = field(default_factory=list)  # (article, quantity)


PARTNERS = [
    DemoPartner(
        "Nordlicht IT-Service GmbH",
        "Hamburg",
        "20095",
        "Speicherstadt 4",
        "server",
        "premium",
        "Frau Jana Petersen",
        (7, "64250.00", "0"),
        (400, 500),
        note="erfüllt Premium",
    ),
    DemoPartner(
        "Rheinwerk Systemhaus GmbH",
        "Köln",
        "50667",
        "Domkloster 3",
        "server",
        "premium",
        "Herr Tobias Becker",
        (5, "51800.00", "0"),
        (400, 700),
        note="Premium gefährdet: eine Zertifizierung läuft bald ab",
        won_this_year=[("NSP-SRV-PROT", "150"), ("NSP-SRV-WPROT", "150")],
    ),
    DemoPartner(
        "Alpenblick Netzwerke GmbH",
        "München",
        "80331",
        "Marienplatz 8",
        "server",
        "business",
        "Frau Sophie Huber",
        (4, "27400.00", "0"),
        (450,),
        note="erfüllt Business",
    ),
    DemoPartner(
        "Elbtal EDV KG",
        "Dresden",
        "01067",
        "Neumarkt 2",
        "server",
        "business",
        "Herr Paul Richter",
        (3, "22100.00", "0"),
        (500,),
        backlink="nofollow",
        note="unter Business: Backlink mit nofollow",
    ),
    DemoPartner(
        "Müller & Söhne <IT> GmbH",
        "Stuttgart",
        "70173",
        "Königstraße 1",
        "server",
        "authorized",
        "Herr Karl Müller",
        (2, "8900.00", "0"),
        backlink="missing",
        reseller_only=True,
        note="Authorized, Backlink wünschenswert; verkauft Server nur mit HSV",
    ),
    DemoPartner(
        "Ostsee Consulting GmbH",
        "Rostock",
        "18055",
        "Am Strande 5",
        "server",
        "business",
        "Frau Merle Hansen",
        (3, "19650.00", "0"),
        (380,),
        note="knapp unter der Umsatzschwelle",
    ),
    DemoPartner(
        "Saar-IT Partner GmbH & Co. KG",
        "Saarbrücken",
        "66111",
        "Bahnhofstraße 20",
        "server",
        "authorized",
        "Herr Luca Klein",
        trainings=False,
        backlink=None,
        service_agreement=False,
        note="neuer Partner im Onboarding",
    ),
    DemoPartner(
        "Hanse Cloud Solutions GmbH",
        "Bremen",
        "28195",
        "Obernstraße 10",
        "cloud",
        "premium-cloud",
        "Frau Lea Schröder",
        (6, "0", "4420.00"),
        note="erfüllt Premium Cloud",
        won_this_year=[("NSP-CLD-SUITE", "250")],
    ),
    DemoPartner(
        "Spreewald Digital UG",
        "Cottbus",
        "03046",
        "Spremberger Straße 7",
        "cloud",
        "business-cloud",
        "Herr Finn Lehmann",
        (3, "0", "1480.00"),
        note="unter Business Cloud: MRR zu niedrig",
    ),
    DemoPartner(
        "Weserbergland Cloud GmbH",
        "Hameln",
        "31785",
        "Osterstraße 9",
        "cloud",
        "authorized-cloud",
        "Frau Emma Wolf",
        (1, "0", "310.00"),
        backlink="missing",
        note="erfüllt Authorized Cloud",
    ),
    DemoPartner(
        "Bodensee Managed Services GmbH",
        "Konstanz",
        "78462",
        "Seestraße 21",
        "msp",
        "msp",
        "Herr Jonas Keller",
        (9, "71200.00", "0"),
        (420, 600),
        msp_level="premium",
        note="MSP auf Premium-Niveau",
    ),
    DemoPartner(
        "Frankenland Security GmbH",
        "Nürnberg",
        "90402",
        "Königstraße 50",
        "cloud",
        "authorized-cloud",
        "Frau Mia Schmitt",
        trainings=False,
        backlink=None,
        note="neuer Cloud-Partner im Onboarding",
    ),
]


def is_empty(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Partner)) == 0


def seed(session: Session, library: ProgramLibrary, today: date) -> dict[str, int]:
    """Fill an empty database; returns how many records of each kind were made."""
    save_sender(session, demo_sender())
    catalog = _catalog(session, library, today)
    partners = [
        _partner(session, index, spec, today) for index, spec in enumerate(PARTNERS, start=1)
    ]
    session.flush()
    made_quotes = _quotes(session, library, catalog, partners, today)
    return {"partners": len(partners), "catalog_items": len(catalog), "quotes": made_quotes}


def _catalog(session: Session, library: ProgramLibrary, today: date) -> dict[str, CatalogItem]:
    valid_from = date(today.year, 1, 1)
    items = {}
    for number, name, category, unit, price in CATALOG:
        items[number] = CatalogItem(
            article_number=number,
            name=name,
            category=category,
            unit=unit,
            list_price=Decimal(price),
            valid_from=valid_from,
            example_price=True,
        )
    for licence in library.edition_for(today).own_use_licenses:
        number = f"NSP-EB-{licence.users}"
        items[number] = CatalogItem(
            article_number=number,
            name=f"Eigenbedarfs-Lizenz {licence.users} User, je Jahr",
            category="own-use-license",
            unit="Jahr",
            list_price=licence.price,
            valid_from=valid_from,
        )
    session.add_all(items.values())
    return items


def _partner(session: Session, index: int, spec: DemoPartner, today: date) -> Partner:
    slug = spec.company.split()[0].lower().replace("-", "").replace("ü", "ue").replace("&", "")
    partner = Partner(
        company=spec.company,
        customer_number=f"K-{10000 + index}",
        street=spec.street,
        postal_code=spec.postal_code,
        city=spec.city,
        vat_id=f"DE{100000000 + index * 7919}",
        website=f"https://www.{slug}.example",
        backlink_url=f"https://www.{slug}.example/partner",
        track=spec.track,
        tier=spec.tier,
        msp_level=spec.msp_level,
        reseller_only=spec.reseller_only,
        partner_since=date(today.year - 3, 3, 1)
        if spec.last_year[0]
        else today - timedelta(days=20),
        notes=f"Demo: {spec.note}",
    )
    # Mail addresses are plain ASCII, as companies write them: "Müller" is "mueller@…".
    surname = spec.contact.split()[-1].lower().translate(_ASCII)
    partner.contacts.append(
        Contact(name=spec.contact, role="Vertrieb", primary=True, email=f"{surname}@{slug}.example")
    )
    year = today.year - 1
    projects, revenue, mrr = spec.last_year
    if projects:
        partner.years.append(
            PartnerYear(
                year=year,
                projects=projects,
                revenue=Decimal(revenue),
                mrr=Decimal(mrr),
                support_calls_used=min(5, projects),
                leads_received=projects // 2,
            )
        )
        partner.years.append(
            PartnerYear(  # this year so far: a little behind last year
                year=today.year,
                projects=max(0, projects - 1),
                revenue=(Decimal(revenue) * Decimal("0.85")).quantize(Decimal("0.01")),
                mrr=Decimal(mrr),
                support_calls_used=5 if index % 4 == 0 else 2,
                marketing_budget_used=Decimal("500.00") if spec.tier == "premium" else Decimal(0),
            )
        )
    if spec.trainings:
        video = spec.track == "cloud"
        for training_year in (year, today.year):
            for kind in ("sales", "technical"):
                partner.trainings.append(
                    TrainingRecord(
                        kind=kind,
                        format="video" if video else "online",
                        attended_on=date(training_year, 2 if kind == "sales" else 3, 15),
                        attendee=spec.contact,
                    )
                )
    for number, days in enumerate(spec.certified_days_ago, start=1):
        technician = Technician(name=f"Techniker {number} ({spec.company.split()[0]})")
        technician.courses.append(AdminCourse(completed_on=today - timedelta(days=days)))
        partner.technicians.append(technician)
    if spec.backlink is not None:
        partner.backlink_checks.append(
            BacklinkCheck(
                url=partner.backlink_url,
                verdict=spec.backlink,
                http_status=200,
                final_url=partner.backlink_url,
                checked_at=datetime.combine(
                    today - timedelta(days=30), datetime.min.time(), tzinfo=UTC
                ),
                detail="Demo-Prüfung",
            )
        )
    if spec.service_agreement:
        partner.agreements.append(
            Agreement(kind=BASIC_SERVICE_AGREEMENT, signed_on=date(today.year - 2, 5, 1))
        )
        partner.agreements.append(
            Agreement(kind="partnervertrag", signed_on=date(today.year - 2, 5, 1))
        )
    if spec.tier and spec.last_year[0]:
        partner.nfr_licences.append(
            NfrLicence(
                issued_on=date(today.year - 1, 4, 1),
                users=25 * (1 + index % 3),
                reference=f"NFR-{today.year - 1}-{index:03d}",
            )
        )
    session.add(partner)
    return partner


def _quotes(
    session: Session,
    library: ProgramLibrary,
    catalog: dict[str, CatalogItem],
    partners: list[Partner],
    today: date,
) -> int:
    """Accepted quotes for the partners' business this year, and one quote in every other status."""

    def line(number: str, quantity: str, extra: str = "0") -> quotes.LineInput:
        item = catalog[number]
        return quotes.LineInput(
            category=item.category,
            description=item.name,
            quantity=Decimal(quantity),
            unit_price=item.list_price,
            extra_discount=Decimal(extra),
            unit=item.unit,
            article_number=item.article_number,
        )

    made = 0
    early = max(date(today.year, 1, 10), today - timedelta(days=200))
    decided = datetime.combine(early + timedelta(days=14), datetime.min.time(), tzinfo=UTC)
    for partner, spec in zip(partners, PARTNERS, strict=True):
        if not spec.won_this_year:
            continue
        data = quotes.QuoteInput(
            partner_id=partner.id,
            quote_date=early,
            valid_until=early + timedelta(days=30),
            subject="Angebot NoSpamProxy",
            contact_person=spec.contact,
            lines=tuple(line(number, quantity) for number, quantity in spec.won_this_year),
        )
        created = decided - timedelta(days=11)
        quote = quotes.create_quote(session, library, data, actor=DEMO_ACTOR, now=created)
        quotes.send(session, quote.id, decided - timedelta(days=10), actor=DEMO_ACTOR)
        quotes.accept(session, quote.id, decided, actor=DEMO_ACTOR)
        made += 1

    server = partners[2]  # Alpenblick: business
    cloud = partners[8]  # Spreewald: business-cloud
    reseller = partners[4]
    scenarios: list[tuple[Partner, str, list[tuple[str, ...]]]] = [
        (server, "draft", [("NSP-SRV-PROT", "80"), ("NSP-SRV-WPROT", "80"), ("NSP-SRV-INST", "6")]),
        (cloud, "sent", [("NSP-CLD-PROT", "120"), ("NSP-CLD-ENC", "40")]),
        (partners[5], "rejected", [("NSP-SRV-ENC", "60", "5"), ("NSP-SRV-WENC", "60")]),
        (
            reseller,
            "expired",
            [("NSP-SRV-PROT", "25"), ("NSP-SRV-WPROT", "25"), ("NSP-SRV-HSV", "1")],
        ),
        (
            partners[0],
            "revised",
            [("NSP-SRV-PROT", "500"), ("NSP-SRV-WPROT", "500"), ("NSP-EB-25", "1")],
        ),
    ]
    for partner, status, wanted in scenarios:
        quote_date = today - timedelta(days=45 if status == "expired" else 5)
        data = quotes.QuoteInput(
            partner_id=partner.id,
            quote_date=quote_date,
            valid_until=quote_date + timedelta(days=30),
            subject="Angebot NoSpamProxy",
            intro=f"{salutation(partner.contacts[0].name)}\n\nvielen Dank für Ihre Anfrage. "
            "Gerne bieten wir Ihnen an:",
            closing="Wir freuen uns auf Ihren Auftrag.",
            contact_person=partner.contacts[0].name,
            lines=tuple(line(*entry) for entry in wanted),
        )
        created = datetime.combine(quote_date, datetime.min.time(), tzinfo=UTC) + timedelta(hours=9)
        quote = quotes.create_quote(session, library, data, actor=DEMO_ACTOR, now=created)
        made += 1
        if status == "draft":
            continue
        sent_at = datetime.combine(quote_date, datetime.min.time(), tzinfo=UTC) + timedelta(
            hours=10
        )
        quotes.send(session, quote.id, sent_at, actor=DEMO_ACTOR)
        if status == "rejected":
            quotes.reject(session, quote.id, sent_at + timedelta(days=3), actor=DEMO_ACTOR)
        elif status == "revised":
            quotes.revise(
                session, library, quote.id, actor=DEMO_ACTOR, now=sent_at + timedelta(days=2)
            )
    quotes.expire_due(session, today)
    return made
