"""Import and export of the catalog and the partners (CSV and XLSX), on SQLite and PostgreSQL.

A file is imported whole or not at all; every refused row is reported with its line as a spreadsheet
shows it (header = line 1) and the column. An export reads back into an empty database unchanged.
"""

# ruff: noqa: DTZ001 - spreadsheet cells hold naive datetimes
from __future__ import annotations

import csv
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import delete, func, select

from nspdesk.cli import main
from nspdesk.domain.editions import default_library
from nspdesk.domain.program import Program
from nspdesk.store.models import CatalogItem, Contact, Partner
from nspdesk.store.opening import Store
from nspdesk.store.transfer import exporting, importing
from nspdesk.store.transfer.importing import ImportReport
from nspdesk.store.transfer.problems import ImportRejected, TransferError

CATALOG_HEADER = "Artikelnummer;Bezeichnung;Kategorie;Einheit;Listenpreis;Gültig ab"
PARTNER_HEADER = "Kundennummer;Firma;Spur;Stufe;MSP-Stufe;Ort"


@pytest.fixture
def program() -> Program:
    return default_library().edition_for(date.today())


def csv_file(tmp_path: Path, text: str, name: str = "datei.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def sheet_of(workbook: openpyxl.Workbook) -> Worksheet:
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    return sheet


def xlsx_file(tmp_path: Path, rows: Sequence[Sequence[object]], name: str = "datei.xlsx") -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        sheet_of(workbook).append(list(row))
    path = tmp_path / name
    workbook.save(path)
    return path


def with_raw_number(path: Path, placeholder: float, raw: str) -> Path:
    """Put a number into the sheet as Excel stores it (17 digits), which openpyxl would shorten."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(f"<v>{placeholder}</v>".encode(), f"<v>{raw}</v>".encode())
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def import_catalog(
    store: Store, path: Path, program: Program, *, update: bool = False, dry_run: bool = False
) -> ImportReport:
    checked = importing.load_catalog(path, program)
    return importing.import_catalog(store.database, checked, update=update, dry_run=dry_run)


def import_partners(
    store: Store, path: Path, program: Program, *, update: bool = False
) -> ImportReport:
    checked = importing.load_partners(path, program)
    return importing.import_partners(store.database, checked, update=update)


def rejected_catalog(store: Store, path: Path, program: Program, update: bool = False) -> list[str]:
    """The problems of a refused catalog file, after checking that nothing was written."""
    before = catalog_rows(store)
    with pytest.raises(ImportRejected) as caught:
        import_catalog(store, path, program, update=update)
    assert catalog_rows(store) == before
    return [str(problem) for problem in caught.value.problems]


def rejected_partners(
    store: Store, path: Path, program: Program, update: bool = False
) -> list[str]:
    before = partner_rows(store)
    with pytest.raises(ImportRejected) as caught:
        import_partners(store, path, program, update=update)
    assert partner_rows(store) == before
    return [str(problem) for problem in caught.value.problems]


def catalog_rows(store: Store) -> list[tuple[object, ...]]:
    with store.database.read() as session:
        return [
            (
                i.article_number,
                i.name,
                i.category,
                i.unit,
                i.list_price,
                i.valid_from,
                i.example_price,
            )
            for i in session.scalars(
                select(CatalogItem).order_by(CatalogItem.article_number, CatalogItem.valid_from)
            )
        ]


def partner_rows(store: Store) -> list[tuple[object, ...]]:
    with store.database.read() as session:
        rows: list[tuple[object, ...]] = []
        for p in session.scalars(select(Partner).order_by(Partner.customer_number)):
            contacts = tuple(
                (c.salutation, c.title, c.name, c.role, c.email, c.phone, c.primary)
                for c in p.contacts
            )
            rows.append(
                (
                    p.customer_number,
                    p.company,
                    p.street,
                    p.postal_code,
                    p.city,
                    p.country,
                    p.vat_id,
                    p.website,
                    p.backlink_url,
                    p.track,
                    p.tier,
                    p.msp_level,
                    p.reseller_only,
                    p.partner_since,
                    p.notes,
                    contacts,
                )
            )
        return rows


def seed_catalog(store: Store) -> None:
    with store.database.write() as session:
        for number, name, category, unit, price, valid_from, example in [
            ("NSP-SRV-PROT", "Protection; je User", "server-license", "User", "30.00", 2025, False),
            ("NSP-SRV-PROT", "Protection; je User", "server-license", "User", "31.50", 2026, False),
            (
                "NSP-CLD-SUITE",
                'Cloud "Suite", je Monat',
                "cloud-service",
                "User/Monat",
                "0.1234",
                2026,
                True,
            ),
            ("=SUMME(A1)", "Formel-Text -5 @x", "other", "Stück", "1234567.5", 2026, False),
            (
                "NSP-EB-10",
                "Eigenbedarf 10 User\u00a0€ äöüß",
                "own-use-license",
                "Jahr",
                "0",
                2026,
                False,
            ),
        ]:
            session.add(
                CatalogItem(
                    article_number=number,
                    name=name,
                    category=category,
                    unit=unit,
                    list_price=Decimal(price),
                    valid_from=date(valid_from, 1, 1),
                    example_price=example,
                )
            )


def seed_partners(store: Store) -> None:
    with store.database.write() as session:
        first = Partner(
            customer_number="K-0001",
            company="Müller & Söhne <IT> GmbH",
            street="Königstraße 1",
            postal_code="01067",
            city="Dresden",
            vat_id="DE123456789",
            website="https://www.mueller.example",
            backlink_url="https://www.mueller.example/partner",
            track="server",
            tier="authorized",
            reseller_only=True,
            partner_since=date(2021, 4, 1),
            notes='Zwei Zeilen\nmit Umbruch; und "Anführungszeichen"',
        )
        first.contacts.append(
            Contact(
                name="Frau Ada Müller",
                role="Vertrieb",
                email="ada@m.example",
                phone="+49 351 12345",
                primary=True,
            )
        )
        msp = Partner(
            customer_number="K-0002",
            company="=Bodensee Managed Services",
            city="Konstanz",
            country="Österreich",
            postal_code="6900",
            track="msp",
            tier="msp",
            msp_level="premium",
        )
        msp.contacts.append(Contact(salutation="Herr", title="Dr.", name="Jan Weber", primary=True))
        prospect = Partner(customer_number="K-0003", company="Interessent GmbH", track="cloud")
        session.add_all([first, msp, prospect])


# --- round trips ---------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_catalog_round_trip(store: Store, program: Program, tmp_path: Path, suffix: str) -> None:
    seed_catalog(store)
    before = catalog_rows(store)
    target = tmp_path / f"katalog{suffix}"
    assert exporting.export_catalog(store.database, target) == 5
    with store.database.write() as session:
        session.execute(delete(CatalogItem))
    report = import_catalog(store, target, program)
    assert (report.created, report.updated, report.unchanged) == (5, 0, 0)
    assert catalog_rows(store) == before
    assert [t for t in tmp_path.iterdir() if t.name.endswith(".tmp")] == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_partner_round_trip(store: Store, program: Program, tmp_path: Path, suffix: str) -> None:
    seed_partners(store)
    before = partner_rows(store)
    target = tmp_path / f"partner{suffix}"
    assert exporting.export_partners(store.database, target) == 3
    with store.database.write() as session:
        session.execute(delete(Partner))
    report = import_partners(store, target, program)
    assert report.created == 3
    assert partner_rows(store) == before
    # Unchanged data imported again with --update changes nothing.
    again = import_partners(store, target, program, update=True)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_csv_export_is_for_german_excel(store: Store, tmp_path: Path) -> None:
    seed_catalog(store)
    seed_partners(store)
    exporting.export_catalog(store.database, tmp_path / "k.csv")
    exporting.export_partners(store.database, tmp_path / "p.csv")
    data = (tmp_path / "k.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + CATALOG_HEADER.encode() + b";Beispielpreis\r\n")
    text = data.decode("utf-8-sig")
    # a field with a comma is quoted (for spreadsheets that split on commas), prices too
    assert '"1234567,50";01.01.2026' in text and ';"0,00";' in text
    assert '"0,1234"' in text and '"\'=SUMME(A1)"' in text
    partners = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert "'=Bodensee" in partners and "'+49 351 12345" in partners
    assert ";01067;" in partners and ";ja;01.04.2021;" in partners


def test_xlsx_export_has_real_numbers_and_dates(store: Store, tmp_path: Path) -> None:
    seed_catalog(store)
    exporting.export_catalog(store.database, tmp_path / "k.xlsx")
    sheet = sheet_of(openpyxl.load_workbook(tmp_path / "k.xlsx"))
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet["A2"].value == "=SUMME(A1)" and sheet["A2"].data_type == "s"  # text, no formula
    price, valid_from = sheet["E2"], sheet["F2"]
    assert price.value == 1234567.5 and price.number_format == exporting.PRICE_FORMAT
    assert valid_from.value == datetime(2026, 1, 1) and valid_from.number_format == "DD.MM.YYYY"
    assert sheet.column_dimensions["B"].width > 15


def test_cli_round_trip(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed_partners(store)
    db = store.location.url
    assert main(["export", "partners", "-o", str(tmp_path / "p.xlsx"), "--db", db]) == 0
    assert "3 Partner exportiert" in capsys.readouterr().out
    other = str(tmp_path / "leer.sqlite3")
    assert main(["import", "partners", str(tmp_path / "p.xlsx"), "--db", other, "--dry-run"]) == 0
    assert "Probelauf, nichts gespeichert" in capsys.readouterr().out
    assert not Path(other).exists()  # a dry run into a new database creates none
    assert main(["import", "partners", str(tmp_path / "p.xlsx"), "--db", other]) == 0
    assert "3 Partner importiert: 3 neu" in capsys.readouterr().out
    assert main(["export", "partners", "-o", str(tmp_path / "p.csv"), "--db", db]) == 0
    assert main(["export", "partners", "-o", str(tmp_path / "q.csv"), "--db", other]) == 0
    assert (tmp_path / "p.csv").read_bytes() == (tmp_path / "q.csv").read_bytes()


# --- reading: encodings, delimiters, numbers -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (CATALOG_HEADER + "\nA-1;Äpfel;other;kg;1.234,56;01.01.2026\n", "utf-8"),
        ("\ufeff" + CATALOG_HEADER + "\r\nA-1;Äpfel;other;kg;1234,56;2026-01-01\r\n", "utf-8"),
        (CATALOG_HEADER.replace(";", ",") + "\nA-1,Äpfel,other,kg,1234.56,01.01.2026\n", "utf-8"),
        (CATALOG_HEADER.replace(";", ",") + '\nA-1,Äpfel,other,kg,"1.234,56",1.1.2026\n', "utf-8"),
        (
            CATALOG_HEADER.replace(";", "\t") + "\nA-1\tÄpfel\tother\tkg\t1234.560\t01.01.2026\n",
            "utf-8",
        ),
    ],
    ids=["semicolon-german", "bom-crlf-iso-date", "comma-plain", "comma-quoted-german", "tab"],
)
def test_csv_dialects(
    store: Store, program: Program, tmp_path: Path, text: str, encoding: str
) -> None:
    import_catalog(store, csv_file(tmp_path, text, encoding=encoding), program)
    assert catalog_rows(store) == [
        ("A-1", "Äpfel", "other", "kg", Decimal("1234.56"), date(2026, 1, 1), False)
    ]


def test_latin1_file_is_refused_with_a_hint(store: Store, program: Program, tmp_path: Path) -> None:
    text = CATALOG_HEADER + "\nA-1;Tür;other;;1,00;01.01.2026\nA-2;Äpfel;other;;1,00;01.01.2026\n"
    problems = rejected_catalog(store, csv_file(tmp_path, text, encoding="latin-1"), program)
    assert len(problems) == 1
    assert "nicht UTF-8-kodiert" in problems[0] and "Zeile 1" in problems[0]
    assert "CSV UTF-8" in problems[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Datei: Die Datei ist leer."),
        (b"\xef\xbb\xbf \r\n\r\n", "Datei: Die Datei ist leer."),
        (CATALOG_HEADER.encode() + b"\r\n;;;;;\r\n", "enthält nur die Kopfzeile"),
        (("\n\n" + CATALOG_HEADER).encode(), "Zeile 1 muss die Kopfzeile"),
        (b"\xff\xfeA\x00", "UTF-16"),
        (b"PK\x03\x04rest", "Excel-Arbeitsmappe"),
    ],
    ids=["empty", "blank", "header-only", "no-header", "utf16", "xlsx-named-csv"],
)
def test_unreadable_files(
    store: Store, program: Program, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "datei.csv"
    path.write_bytes(content)
    problems = rejected_catalog(store, path, program)
    assert len(problems) == 1 and message in problems[0]


def test_other_formats_are_refused(store: Store, program: Program, tmp_path: Path) -> None:
    (tmp_path / "alt.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    assert ".xls" in rejected_catalog(store, tmp_path / "alt.xls", program)[0]
    (tmp_path / "kaputt.xlsx").write_bytes(b"PK\x03\x04 kaputt")
    assert "beschädigt" in rejected_catalog(store, tmp_path / "kaputt.xlsx", program)[0]
    assert "gibt es nicht" in rejected_catalog(store, tmp_path / "fehlt.csv", program)[0]
    (tmp_path / "x.ods").write_bytes(b"")
    assert ".ods" in rejected_catalog(store, tmp_path / "x.ods", program)[0]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1,5", "1.50"),
        ("0,1234", "0.1234"),
        ("12,30000", "12.30"),
        ("1.000.000", "1000000.00"),
        ("1,234.50", "1234.50"),
        ("  7 € ", "7.00"),
        ("0", "0.00"),
    ],
)
def test_german_and_plain_numbers(
    store: Store, program: Program, tmp_path: Path, cell: str, expected: str
) -> None:
    text = f'{CATALOG_HEADER}\nA-1;X;other;;"{cell}";01.01.2026\n'
    import_catalog(store, csv_file(tmp_path, text), program)
    [row] = catalog_rows(store)
    assert row[4] == Decimal(expected) and str(row[4]) == expected


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("12,3,4", "„12,3,4“ ist keine Zahl"),
        ("zwölf", "„zwölf“ ist keine Zahl"),
        (
            "1.234",
            "„1.234“ ist mehrdeutig: 1234 oder 1,234? Bitte ohne Tausenderpunkt und mit Dezimalkomma "
            "schreiben",
        ),
        (
            "12,34567",
            "„12,34567“ hat mehr als 4 Nachkommastellen; bitte runden (in Excel z. B. mit RUNDEN(…; 2))",
        ),
        ("-5,00", "„-5,00“ ist negativ"),
        ("20000000", "„20000000,00“ ist zu groß (höchstens 10.000.000,00\xa0€)"),
        ("1" * 5000, "„" + "1" * 60 + "…“ ist zu groß (höchstens 10.000.000,00\xa0€)"),
        ("", "Pflichtfeld ist leer"),
    ],
)
def test_bad_numbers(
    store: Store, program: Program, tmp_path: Path, cell: str, message: str
) -> None:
    text = f"{CATALOG_HEADER}\nA-1;X;other;;1,00;01.01.2026\nA-2;Y;other;;{cell};01.01.2026\n"
    problems = rejected_catalog(store, csv_file(tmp_path, text), program)
    assert problems == [f"Zeile 3, Listenpreis: {message}"]


def test_xlsx_numbers_and_dates(store: Store, program: Program, tmp_path: Path) -> None:
    header = CATALOG_HEADER.split(";")
    path = xlsx_file(
        tmp_path,
        [
            header,
            ["A-1", "Float", "other", None, 12.3, datetime(2026, 1, 1)],
            ["A-2", "Int", "other", "", 5, date(2026, 2, 1)],
            ["A-3", "Vier Stellen", "other", "Stück", 0.1234, "01.03.2026"],
            ["A-4", "Text", "other", None, "1.234,50", "2026-04-01"],
            [1234, "Zahl als Artikelnummer", "Sonstiges", None, 1e-4, "01.05.2026"],
            [None, None, None, None, None, None],  # formatted but empty trailing rows
            [None, "", None],
        ],
    )
    report = import_catalog(store, path, program)
    assert report.created == 5
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in catalog_rows(store)] == [
        ("1234", "other", "Stück", Decimal("0.0001"), date(2026, 5, 1)),
        ("A-1", "other", "Stück", Decimal("12.30"), date(2026, 1, 1)),
        ("A-2", "other", "Stück", Decimal("5.00"), date(2026, 2, 1)),
        ("A-3", "other", "Stück", Decimal("0.1234"), date(2026, 3, 1)),
        ("A-4", "other", "Stück", Decimal("1234.50"), date(2026, 4, 1)),
    ]


def test_xlsx_float_residue_and_bad_cells(store: Store, program: Program, tmp_path: Path) -> None:
    path = xlsx_file(
        tmp_path,
        [
            CATALOG_HEADER.split(";"),
            ["A-1", "Rest", "other", None, 777.777, datetime(2026, 1, 1)],
            ["A-2", "Uhrzeit", "other", None, 1, datetime(2026, 1, 1, 12, 30)],
            ["A-3", "Seriennummer", "other", None, True, 46023],
            ["A-4", "Datum", "other", None, 1, "31.02.2026"],
            ["A-5", "Zweistellig", "other", None, 1, "01.01.26"],
        ],
    )
    with_raw_number(path, 777.777, "12.299999999999999")
    assert rejected_catalog(store, path, program) == [
        "Zeile 2, Listenpreis: „12,299999999999999“ hat mehr als 4 Nachkommastellen; bitte "
        "runden (in Excel z. B. mit RUNDEN(…; 2))",
        "Zeile 3, Gültig ab: 01.01.2026 12:30 enthält eine Uhrzeit; erwartet nur ein Datum",
        "Zeile 4, Listenpreis: WAHR ist keine Zahl",
        "Zeile 4, Gültig ab: „46023“ ist eine Zahl, kein Datum; die Zelle in Excel als Datum "
        "formatieren",
        "Zeile 5, Gültig ab: „31.02.2026“ ist kein gültiges Datum",
        "Zeile 6, Gültig ab: „01.01.26“ ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)",
    ]


# --- header ----------------------------------------------------------------------------------------


def test_wrong_columns_are_named(store: Store, program: Program, tmp_path: Path) -> None:
    text = (
        "Artikelnummer;Bezeichnung;Kategorie;Listenpries;Rabatt;Bezeichnung;Gültig ab\n"
        "A-1;X;other;1,00;5;Y;01.01.2026\n"
    )
    problems = rejected_catalog(store, csv_file(tmp_path, text), program)
    assert problems[0].startswith(
        "Zeile 1, Listenpries: unbekannte Spalte; gemeint ist wohl „Listenpreis“"
    )
    assert problems[1].startswith("Zeile 1, Rabatt: unbekannte Spalte (bekannt: Artikelnummer, ")
    assert problems[2] == "Zeile 1, Bezeichnung: Spalte kommt doppelt vor (Spalten B und F)"
    assert problems[3] == "Zeile 1, Listenpreis: Pflichtspalte fehlt"
    assert len(problems) == 4


def test_headers_match_forgivingly_in_any_order(
    store: Store, program: Program, tmp_path: Path
) -> None:
    text = "gueltig AB;LISTENPREIS;kategorie;artikel-nummer;Bezeichnung\n01.01.2026;2,5;other;A;X\n"
    import_catalog(store, csv_file(tmp_path, text), program)
    assert catalog_rows(store) == [
        ("A", "X", "other", "Stück", Decimal("2.50"), date(2026, 1, 1), False)
    ]


def test_values_outside_the_header(store: Store, program: Program, tmp_path: Path) -> None:
    text = CATALOG_HEADER.replace(";", ",") + "\nA-1,X,other,,12,50,01.01.2026\n"
    problems = rejected_catalog(store, csv_file(tmp_path, text), program)
    assert problems[0] == (
        "Zeile 2: Werte ohne Spaltenüberschrift in Spalte G; steht ein Komma ohne "
        "Anführungszeichen in einem Wert (z. B. 12,50)?"
    )
    header = CATALOG_HEADER.split(";")
    path = xlsx_file(
        tmp_path,
        [
            [header[0], None, *header[1:], None],
            ["A", "?", "X", "other", None, 1, "01.01.2026", "da"],
        ],
    )
    assert rejected_catalog(store, path, program) == [
        "Zeile 1: Spalte B hat keine Überschrift, enthält aber Werte (z. B. Zeile 2)"
    ]
    path = xlsx_file(
        tmp_path, [header, ["A", "X", "other", None, 1, "01.01.2026", None, "da"]], "h.xlsx"
    )
    assert rejected_catalog(store, path, program) == [
        "Zeile 2: Werte ohne Spaltenüberschrift in Spalte H"
    ]


# --- rows against the program and each other -------------------------------------------------------


def test_catalog_rows_are_checked_together(store: Store, program: Program, tmp_path: Path) -> None:
    text = (
        f"{CATALOG_HEADER};Beispielpreis\n"
        "A-1;X;other;;1,00;01.01.2026;\n"
        "A-1;X;other;;2,00;01.01.2027;ja\n"  # a new price from a later date: fine
        "A-1;Doppelt;other;;3,00;2026-01-01;nein\n"
        "A-2;;hardware;;1,00;01.01.2026;vielleicht\n"
        f"{'A' * 51};X;NoSpamProxy Server – Neulizenzen;;1,00;01.01.2026;\n"
    )
    problems = rejected_catalog(store, csv_file(tmp_path, text), program)
    assert (
        problems[0]
        == "Zeile 4, Artikelnummer: „A-1“ mit Gültig ab 01.01.2026 steht schon in Zeile 2"
    )
    assert problems[1] == "Zeile 5, Bezeichnung: Pflichtfeld ist leer"
    assert problems[2] == "Zeile 5, Beispielpreis: „vielleicht“ ist weder ja noch nein"
    assert problems[3].startswith("Zeile 5, Kategorie: unbekannte Kategorie „hardware“ (erlaubt: ")
    assert "server-license" in problems[3]
    assert problems[4] == "Zeile 6, Artikelnummer: ist zu lang (51 Zeichen, höchstens 50)"
    assert len(problems) == 5


def test_two_bad_rows_out_of_fifty(store: Store, program: Program, tmp_path: Path) -> None:
    lines = [CATALOG_HEADER]
    for number in range(1, 51):
        price = "12,3,4" if number == 16 else "9,99"
        category = "unbekannt" if number == 43 else "other"
        lines.append(f"A-{number};Artikel {number};{category};;{price};01.01.2026")
    problems = rejected_catalog(store, csv_file(tmp_path, "\n".join(lines)), program)
    assert problems == [
        "Zeile 17, Listenpreis: „12,3,4“ ist keine Zahl",
        "Zeile 44, Kategorie: unbekannte Kategorie „unbekannt“ (erlaubt: "
        + ", ".join(program.categories)
        + ")",
    ]
    assert catalog_rows(store) == []


def test_duplicates_of_the_database(store: Store, program: Program, tmp_path: Path) -> None:
    seed_catalog(store)
    text = (
        f"{CATALOG_HEADER}\n"
        "NEU-1;Neu;other;;1,00;01.01.2026\n"
        "NSP-SRV-PROT;Protection neu;server-license;User;32,00;01.01.2026\n"
        "NSP-SRV-PROT;Protection 2027;server-license;User;33,00;01.01.2027\n"
    )
    path = csv_file(tmp_path, text)
    assert rejected_catalog(store, path, program) == [
        "Zeile 3, Artikelnummer: „NSP-SRV-PROT“ mit Gültig ab 01.01.2026 gibt es schon in der "
        "Datenbank; vorhandene Einträge werden nur mit --update überschrieben"
    ]
    dry = import_catalog(store, path, program, update=True, dry_run=True)
    assert (dry.created, dry.updated, dry.dry_run) == (2, 1, True)
    assert len(catalog_rows(store)) == 5
    report = import_catalog(store, path, program, update=True)
    assert (report.created, report.updated, report.unchanged) == (2, 1, 0)
    rows = {(r[0], r[5]): r for r in catalog_rows(store)}
    assert rows["NSP-SRV-PROT", date(2026, 1, 1)][1:5] == (
        "Protection neu",
        "server-license",
        "User",
        Decimal("32.00"),
    )
    assert rows["NSP-SRV-PROT", date(2025, 1, 1)][4] == Decimal("30.00")  # untouched
    assert len(rows) == 7


# --- partners --------------------------------------------------------------------------------------


def test_partner_rows_are_checked(store: Store, program: Program, tmp_path: Path) -> None:
    text = (
        f"{PARTNER_HEADER};E-Mail;Website\n"
        "K-1;Gut GmbH;Server und Cloud;Business Partner;;Köln;a@b.example;https://gut.example\n"
        "K-2;Falsche Spur;server;premium-cloud;;Bonn;;\n"
        "K-3;MSP ohne Spur;cloud;business-cloud;premium;Ulm;;\n"
        "K-1;Doppelt;cloud;;;Ulm;;\n"
        "K-5;Adressen;autobahn;;;Ulm;kein-at;www.ohne-schema.example\n"
        "K-6;MSP;msp;msp;gold;Ulm;;\n"
    )
    problems = rejected_partners(store, csv_file(tmp_path, text), program)
    assert problems == [
        "Zeile 3, Stufe: „premium-cloud“ gehört zur Spur cloud, nicht zu server "
        "(erlaubt: authorized, business, premium)",
        "Zeile 4, MSP-Stufe: gibt es nur in der Spur msp, nicht in cloud",
        "Zeile 5, Kundennummer: „K-1“ steht schon in Zeile 2",
        "Zeile 6, Website: „www.ohne-schema.example“ ist keine Webadresse mit http:// oder https://",
        "Zeile 6, E-Mail: „kein-at“ ist keine E-Mail-Adresse",
        "Zeile 6, Spur: unbekannte Spur „autobahn“ (erlaubt: server, cloud, msp)",
        "Zeile 7, MSP-Stufe: unbekannte MSP-Stufe „gold“ (erlaubt: business, premium)",
    ]


def test_the_contacts_salutation_and_title_are_optional_columns(
    store: Store, program: Program, tmp_path: Path
) -> None:
    """Files from before the columns existed still import; a salutation is Frau, Herr or empty."""
    text = (
        f"{PARTNER_HEADER};Anrede;Titel;Ansprechpartner\n"
        "K-1;Eins GmbH;server;;;Köln;Frau;Dr.;Anna Hansen\n"
        "K-2;Zwei GmbH;server;;;Köln;;;Kim Lee\n"
    )
    assert import_partners(store, csv_file(tmp_path, text), program).created == 2
    with store.database.read() as session:
        contacts = {
            p.customer_number: (
                p.contacts[0].salutation,
                p.contacts[0].title,
                p.contacts[0].addressed,
            )
            for p in session.scalars(select(Partner))
        }
    assert contacts == {
        "K-1": ("Frau", "Dr.", "Frau Dr. Anna Hansen"),
        "K-2": ("", "", "Kim Lee"),
    }
    bad = f"{PARTNER_HEADER};Anrede;Ansprechpartner\nK-3;Drei GmbH;server;;;Köln;Fr.;Eva Klein\n"
    assert rejected_partners(store, csv_file(tmp_path, bad, "bad.csv"), program) == [
        "Zeile 2, Anrede: unbekannte Anrede „Fr.“ (erlaubt: Frau, Herr oder leer)"
    ]


def test_partner_update_changes_only_the_columns_in_the_file(
    store: Store, program: Program, tmp_path: Path
) -> None:
    seed_partners(store)
    text = "Kundennummer;Firma;Spur;Ort;Telefon\nK-0001;Müller AG;server;Leipzig;0341 1\n"
    path = csv_file(tmp_path, text)
    assert rejected_partners(store, path, program) == [
        "Zeile 2, Kundennummer: „K-0001“ gibt es schon in der Datenbank (Müller & Söhne <IT> "
        "GmbH); vorhandene Einträge werden nur mit --update überschrieben"
    ]
    report = import_partners(store, path, program, update=True)
    assert (report.created, report.updated) == (0, 1)
    with store.database.read() as session:
        partner = session.scalars(select(Partner).where(Partner.customer_number == "K-0001")).one()
        assert (partner.company, partner.city, partner.street) == (
            "Müller AG",
            "Leipzig",
            "Königstraße 1",
        )
        assert (partner.tier, partner.reseller_only, partner.country) == (
            "authorized",
            True,
            "Deutschland",
        )
        [contact] = partner.contacts
        assert (contact.name, contact.email, contact.phone) == (
            "Frau Ada Müller",
            "ada@m.example",
            "0341 1",
        )
    # Changing the track needs the tier columns, so a stale tier cannot stay behind.
    moved = csv_file(tmp_path, "Kundennummer;Firma;Spur\nK-0001;Müller AG;cloud\n", "spur.csv")
    assert rejected_partners(store, moved, program, update=True) == [
        "Zeile 2, Spur: ändert die Spur von server zu cloud; dafür braucht die Datei auch die "
        "Spalten Stufe und MSP-Stufe"
    ]


def test_partner_postcode_from_an_excel_number(
    store: Store, program: Program, tmp_path: Path
) -> None:
    header = ["Kundennummer", "Firma", "Spur", "PLZ", "Land", "Partner seit", "Nur Wiederverkauf"]
    path = xlsx_file(
        tmp_path,
        [
            header,
            [10001, "Dresden GmbH", "server", 1067, None, datetime(2020, 5, 1), True],
            ["K-2", "Wien GmbH", "server", 1010, "Österreich", None, "nein"],
        ],
    )
    import_partners(store, path, program)
    rows = partner_rows(store)
    assert [(r[0], r[3], r[5], r[12], r[13]) for r in rows] == [
        ("10001", "01067", "Deutschland", True, date(2020, 5, 1)),
        ("K-2", "1010", "Österreich", False, None),
    ]


def test_duplicate_customer_number_in_database(
    store: Store, program: Program, tmp_path: Path
) -> None:
    with store.database.write() as session:
        session.add_all(
            [Partner(customer_number="K-9", company=n, track="server") for n in ("A", "B")]
        )
    path = csv_file(tmp_path, "Kundennummer;Firma;Spur\nK-9;C;server\n")
    assert rejected_partners(store, path, program, update=True) == [
        "Zeile 2, Kundennummer: „K-9“ ist in der Datenbank 2-mal vergeben; der Partner ist "
        "nicht eindeutig"
    ]


# --- command line ----------------------------------------------------------------------------------


def test_cli_rejection(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"{CATALOG_HEADER}\nA-1;X;other;;1,00;01.01.2026\n"
        "A-2;Y;other;;12,3,4;01.01.2026\nA-3;Z;other;;1;32.01.2026\n"
    )
    path = csv_file(tmp_path, text)
    db = tmp_path / "nie-angelegt.sqlite3"
    assert main(["import", "catalog", str(path), "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"nspdesk import: {path} abgelehnt (2 Probleme):",
        "Zeile 3, Listenpreis: „12,3,4“ ist keine Zahl",
        "Zeile 4, Gültig ab: „32.01.2026“ ist kein gültiges Datum",
        "Nichts importiert.",
    ]
    assert not db.exists()  # a refused file does not even create the database

    seed_catalog(store)
    good = csv_file(tmp_path, f"{CATALOG_HEADER}\nNSP-EB-10;X;other;;1;01.01.2026\n", "gut.csv")
    assert main(["import", "catalog", str(good), "--db", store.location.url]) == 2
    assert "gibt es schon in der Datenbank" in capsys.readouterr().err
    assert main(["import", "catalog", str(good), "--db", store.location.url, "--update"]) == 0
    assert "1 Artikel importiert: 0 neu, 1 aktualisiert" in capsys.readouterr().out


def test_cli_export_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite3")
    assert main(["export", "catalog", "-o", str(tmp_path / "k.ods"), "--db", db]) == 2
    assert ".csv oder .xlsx" in capsys.readouterr().err
    assert main(["export", "catalog", "-o", str(tmp_path / "k.csv"), "--db", db]) == 2
    assert "x.sqlite3 gibt es nicht" in capsys.readouterr().err  # nothing to export, none made
    assert not (tmp_path / "x.sqlite3").exists() and not (tmp_path / "k.csv").exists()
    assert main(["demo", "--db", db]) == 0
    missing = tmp_path / "fehlt" / "k.csv"
    assert main(["export", "catalog", "-o", str(missing), "--db", db]) == 1
    assert "existiert nicht" in capsys.readouterr().err


def test_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "k.csv"
    target.write_bytes(b"alt")

    def fail(stream: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(TransferError, match="kann nicht geschrieben werden"):
        exporting.write_atomically(target, fail)
    assert target.read_bytes() == b"alt"
    assert [p.name for p in tmp_path.iterdir()] == ["k.csv"]


def test_import_counts_nothing_twice(store: Store, program: Program, tmp_path: Path) -> None:
    path = csv_file(tmp_path, f"{CATALOG_HEADER}\nA;X;other;;1;01.01.2026\n")
    import_catalog(store, path, program, dry_run=True)
    with store.database.read() as session:
        assert session.scalar(select(func.count()).select_from(CatalogItem)) == 0


def test_the_services_know_the_export_formats() -> None:
    from nspdesk.services.transfer import FORMATS

    assert FORMATS == exporting.FORMATS


# --- hostile files (issue #18) ---------------------------------------------------------------------


def with_sheet_xml(path: Path, xml: bytes | None = None, cut: bool = False) -> Path:
    """Replace the first sheet's XML (or cut it in half, as a truncated download does)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet][: len(parts[sheet]) // 2] if cut else (xml or b"")
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY l0 "lollollollollollollollollollol">'
    + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row>'
    "</sheetData></worksheet>"
).encode()


def test_damaged_sheet_xml_is_named_not_a_traceback(
    store: Store, program: Program, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        [*CATALOG_HEADER.split(";")],
        ["A-1", "X", "other", None, 1, datetime(2026, 1, 1)],
    ]
    cut = with_sheet_xml(xlsx_file(tmp_path, rows, "halb.xlsx"), cut=True)
    [problem] = rejected_catalog(store, cut, program)
    assert problem.startswith("Datei: Die Excel-Arbeitsmappe halb.xlsx ist beschädigt: ")
    assert "kein gültiges XML (Zeile 1, Spalte " in problem
    # "billion laughs": expat's amplification limit stops it; the file is named, nothing read
    bomb = with_sheet_xml(xlsx_file(tmp_path, rows, "bombe.xlsx"), ENTITY_BOMB)
    [problem] = rejected_catalog(store, bomb, program)
    assert "bombe.xlsx" in problem and "Entitäten" in problem


def test_a_huge_xlsx_number_is_refused_with_a_short_message(
    store: Store, program: Program, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        [*CATALOG_HEADER.split(";")],
        ["A-1", "X", "other", None, 777.777, date(2026, 1, 1)],
    ]
    path = with_raw_number(xlsx_file(tmp_path, rows), 777.777, "1.7976931348623157E308")
    [problem] = rejected_catalog(store, path, program)
    assert problem.startswith("Zeile 2, Listenpreis: „1,7976931348623157E+308“ ist zu groß")
    path = with_raw_number(xlsx_file(tmp_path, rows, "lang.xlsx"), 777.777, "1" * 5000)
    assert "beschädigt" in rejected_catalog(store, path, program)[0]  # openpyxl cannot read it


CONTROL_ROWS = [
    [*PARTNER_HEADER.split(";"), "Notizen"],
    ["K-1", "Gut GmbH", "server", "business", "", "Ort", "Zeile 1\nZeile 2\tTab"],
    ["K-2", "Umgedreht \u202eHbmG", "server", "business", "", "Ort", ""],
    ["K-3", "Tab\tGmbH", "server", "business", "", "Ort", ""],
]
CONTROL_PROBLEMS = [
    "Zeile 3, Firma: enthält das Steuerzeichen U+202E an Stelle 11; bitte entfernen",
    "Zeile 4, Firma: enthält das Steuerzeichen U+0009 an Stelle 4; bitte entfernen",
]


def test_control_characters_in_names_are_refused_per_row(
    store: Store, program: Program, tmp_path: Path
) -> None:
    rows = [
        *CONTROL_ROWS,
        ["K-4", "Böse\x00 GmbH", "server", "business", "", "Ort\x1b[31m", ""],
    ]
    path = csv_file(tmp_path, "".join(exporting.csv_line(row) for row in rows))
    assert rejected_partners(store, path, program) == [
        *CONTROL_PROBLEMS,
        "Zeile 5, Firma: enthält das Steuerzeichen U+0000 an Stelle 5; bitte entfernen",
        "Zeile 5, Ort: enthält das Steuerzeichen U+001B an Stelle 4; bitte entfernen",
    ]
    # an XLSX cell cannot hold NUL or ESC (XML refuses them), but tabs and direction marks
    assert rejected_partners(store, xlsx_file(tmp_path, CONTROL_ROWS), program) == CONTROL_PROBLEMS


def test_csv_export_quotes_separators_and_formula_triggers_anywhere(
    store: Store, program: Program, tmp_path: Path
) -> None:
    with store.database.write() as session:
        session.add(
            CatalogItem(
                article_number="A-1",
                name="x,=cmd|' /C calc'!A0",
                category="other",
                unit='Zoll "breit"',
                list_price=Decimal("1.00"),
                valid_from=date(2026, 1, 1),
            )
        )
        session.add(
            CatalogItem(
                article_number="=A2",
                name="a;b @c",
                category="other",
                unit="Stück",
                list_price=Decimal("2.00"),
                valid_from=date(2026, 1, 1),
            )
        )
    exporting.export_catalog(store.database, tmp_path / "k.csv")
    lines = (tmp_path / "k.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1] == '"\'=A2";"a;b @c";other;Stück;"2,00";01.01.2026;nein'
    assert lines[2] == (
        '"A-1";"x,\'=cmd|\' /C calc\'!A0";other;"Zoll ""breit""";"1,00";01.01.2026;nein'
    )
    # whatever a spreadsheet splits the line on, no cell starts with a formula trigger
    for separator in (",", ";", "\t"):
        for row in csv.reader(lines[1:3], delimiter=separator):
            assert not [cell for cell in row if cell.startswith(("=", "+", "-", "@"))], row
    before = catalog_rows(store)
    with store.database.write() as session:
        session.execute(delete(CatalogItem))
    import_catalog(store, tmp_path / "k.csv", program)
    assert catalog_rows(store) == before  # read back unchanged
