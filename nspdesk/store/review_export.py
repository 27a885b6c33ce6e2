"""A review as CSV or XLSX: one row per partner, and (XLSX) the partners and revenue per tier.

Same conventions as the catalog and partner export: CSV for German Excel (UTF-8 with BOM, ``;``,
decimal comma without thousands separators, formula-looking text behind an apostrophe); XLSX with
real numbers in German number formats, a bold frozen header with a filter. The file is written
under a temporary name beside the target and renamed, so a failure leaves no partial file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO

from nspdesk.domain.decimals import round_cents
from nspdesk.domain.errors import InputError
from nspdesk.domain.program import Program
from nspdesk.domain.review import (
    DECISION_NAMES,
    MOVEMENT_NAMES,
    ReviewLine,
    ReviewSummary,
    final_movement,
    tier_label,
)
from nspdesk.files import write_atomically
from nspdesk.store.transfer.exporting import csv_line
from nspdesk.store.transfer.values import neutralise

FORMATS = (".csv", ".xlsx")
MONEY_FORMAT = "#,##0.00"
Cell = str | int | Decimal

PARTNER_HEADERS = (
    "Kundennummer",
    "Partner",
    "Spur",
    "Stufe bisher",
    "Vorschlag",
    "Bewegung laut Vorschlag",
    "Entscheidung",
    "Stufe danach",
    "Bewegung",
    "Begründung der Abweichung",
    "Projekte gemeldet",
    "Projekte aus Angeboten",
    "Projekte gesamt",
    "Umsatz gemeldet",
    "Umsatz aus Angeboten",
    "Umsatz gesamt",
    "MRR gemeldet",
    "MRR aus Angeboten",
    "MRR gesamt",
    "Gründe",
)
TIER_HEADERS = ("Stufe", "Partner vorher", "Partner nachher", "Umsatz", "MRR")


def partner_rows(
    program: Program, lines: Sequence[ReviewLine], customer_numbers: Mapping[int, str]
) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for line in lines:
        p, o = line.proposal, line.outcome
        f = p.figures
        rows.append(
            [
                customer_numbers.get(p.partner_id, ""),
                p.company,
                p.track,
                tier_label(program, p.recorded_tier, p.recorded_msp_level),
                tier_label(program, p.proposed_tier, p.proposed_msp_level),
                MOVEMENT_NAMES[p.kind],
                DECISION_NAMES[o.decision],
                tier_label(program, o.tier, o.msp_level),
                MOVEMENT_NAMES[final_movement(program, p, o)],
                o.reason,
                f.projects_manual,
                f.projects_won,
                f.projects,
                f.revenue_manual,
                f.revenue_won,
                f.revenue,
                f.mrr_manual,
                f.mrr_won,
                f.mrr,
                " ".join(p.reasons),
            ]
        )
    return rows


def tier_rows(summary: ReviewSummary) -> list[list[Cell]]:
    return [[t.label, t.before, t.after, t.revenue, t.mrr] for t in summary.tiers]


def export_review(
    target: Path,
    program: Program,
    summary: ReviewSummary,
    lines: Sequence[ReviewLine],
    customer_numbers: Mapping[int, str],
) -> None:
    """``target`` ``.csv``: the partner rows; ``.xlsx``: sheets "Partner" and "Stufen"."""
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise InputError("output", f"{target.name}: Format .csv oder .xlsx erwartet")
    rows = partner_rows(program, lines, customer_numbers)
    if suffix == ".csv":
        data = csv_bytes(PARTNER_HEADERS, rows)
        write_atomically(target, lambda stream: stream.write(data))
        return
    sheets = [("Partner", PARTNER_HEADERS, rows), ("Stufen", TIER_HEADERS, tier_rows(summary))]
    write_atomically(target, lambda stream: _write_xlsx(stream, sheets))


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """Quoted and neutralised as the catalog's and partners' CSV (``transfer.exporting``)."""
    lines = [csv_line(headers), *(csv_line(_csv_cell(value) for value in row) for row in rows)]
    return "".join(lines).encode("utf-8-sig")


def _csv_cell(value: Cell) -> str:
    if isinstance(value, Decimal):
        return format(round_cents(value), "f").replace(".", ",")
    if isinstance(value, int):
        return str(value)
    return neutralise(value)


def _write_xlsx(
    stream: IO[bytes], sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Cell]]]]
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title)
        widths = [len(h) for h in headers]
        for column, header in enumerate(headers, start=1):
            sheet.cell(row=1, column=column, value=header).font = Font(bold=True)
        for line, row in enumerate(rows, start=2):
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(row=line, column=column)
                cell.value = value
                if isinstance(value, Decimal):
                    cell.number_format = MONEY_FORMAT
                elif isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                widths[column - 1] = max(widths[column - 1], min(len(str(value)), 60))
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width + 2
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
    workbook.save(stream)
