"""A review run before migration 0012 keeps its sentences in German only; the English UI shows them
as German, marked, and never words them again from today's records (a confirmed review's history
does not change; docs/store.md, "Reviews run before 0012")."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import column, create_engine, insert, select, table
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.services import annual_review
from nspdesk.services.workspace import Workspace
from nspdesk.store import demo, reviews
from nspdesk.store.location import sqlite_location
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import ReviewItem
from nspdesk.store.opening import open_store
from nspdesk.ui.i18n import show

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 25)
YEAR = 2025
MARK = "(German, from an older review) "

_OLD_ITEM_COLUMNS = (
    "review_id",
    "partner_id",
    "company",
    "track",
    "recorded_tier",
    "recorded_msp_level",
    "proposed_tier",
    "proposed_msp_level",
    "kind",
    "reasons",
    "missing_by_tier",
    "projects_manual",
    "projects_won",
    "revenue_manual",
    "revenue_won",
    "mrr_manual",
    "mrr_won",
    "decision",
    "final_tier",
    "final_msp_level",
    "override_reason",
)


def _confirmed_review_at_0011(path: Path, library: ProgramLibrary) -> dict[int, list[str]]:
    """A database at 0011 holding a confirmed review (as that release stored one); the German
    reasons of each partner's item."""
    from alembic import command

    engine = create_engine(sqlite_location(path).url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0011")
    old_reviews = table(
        "reviews",
        *(
            column(n)
            for n in (
                "id",
                "year",
                "as_of",
                "edition",
                "created_at",
                "confirmed_at",
                "confirmed_by",
            )
        ),
    )
    old_items = table("review_items", column("id"), *(column(n) for n in _OLD_ITEM_COLUMNS))
    stored: dict[int, list[str]] = {}
    with Session(engine) as session, session.begin():
        demo.seed(session, library, TODAY)
        program, found = reviews.proposals(session, library, YEAR, TODAY)
        session.execute(
            insert(old_reviews).values(
                id=3,
                year=YEAR,
                as_of=TODAY,
                edition=program.edition,
                created_at=datetime(2026, 1, 12, 9, 0),  # noqa: DTZ001 - naive UTC, as stored
                confirmed_at=datetime(2026, 1, 14, 16, 30),  # noqa: DTZ001 - naive UTC
                confirmed_by="MK",
            )
        )
        for number, p in enumerate(found, start=1):
            f = p.figures
            german = [str.__str__(r) for r in p.reasons]
            stored[p.partner_id] = german
            session.execute(
                insert(old_items).values(
                    id=number,
                    review_id=3,
                    partner_id=p.partner_id,
                    company=p.company,
                    track=p.track,
                    recorded_tier=p.recorded_tier,
                    recorded_msp_level=p.recorded_msp_level,
                    proposed_tier=p.proposed_tier,
                    proposed_msp_level=p.proposed_msp_level,
                    kind=p.kind.value,
                    reasons="\n".join(german),
                    missing_by_tier=json.dumps(
                        {k: list(v) for k, v in p.missing_by_tier.items()}, ensure_ascii=False
                    ),
                    projects_manual=f.projects_manual,
                    projects_won=f.projects_won,
                    revenue_manual=int(f.revenue_manual * 100),
                    revenue_won=int(f.revenue_won * 100),
                    mrr_manual=int(f.mrr_manual * 100),
                    mrr_won=int(f.mrr_won * 100),
                    decision="accepted",
                    final_tier=p.proposed_tier,
                    final_msp_level=p.proposed_msp_level,
                    override_reason="",
                )
            )
    engine.dispose()
    return stored


def _items(workspace: Workspace) -> list[tuple[object, ...]]:
    with workspace.database.read() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    ReviewItem.id,
                    ReviewItem.worded,
                    ReviewItem.reasons,
                    ReviewItem.decision,
                    ReviewItem.final_tier,
                ).order_by(ReviewItem.id)
            )
        ]


def test_an_older_confirmed_review_reads_in_german_marked_in_the_english_ui(
    tmp_path: Path, library: ProgramLibrary, english: None
) -> None:
    path = tmp_path / "old.sqlite3"
    stored = _confirmed_review_at_0011(path, library)
    store = open_store(sqlite_location(path), keep_backups=0)
    try:
        assert store.migrated_from == "0011"
        workspace = Workspace(store, library)
        before = _items(workspace)
        state = annual_review.latest(workspace, YEAR)
        assert state is not None and state.review_id == 3 and state.confirmed
        assert state.lines
        for line in state.lines:
            german = stored[line.proposal.partner_id]
            # the German is what that review stored, word for word (the CLI, letters, JSON)
            assert [str.__str__(r) for r in line.proposal.reasons] == german
            # in English: the same German sentence, marked, not a sentence made up today
            assert [show(r) for r in line.proposal.reasons] == [MARK + g for g in german]
            for tier, gaps in line.proposal.missing_by_tier.items():
                assert all(show(s).startswith(MARK) for s in gaps), tier
        page = annual_review.review_page(workspace, 3, annual_review.ReviewQuery(), 0, 100)
        assert all(show(r).startswith(MARK) for line in page.rows for r in line.proposal.reasons)
        # reading changed nothing of the confirmed review (no rewording stored, no sync change)
        assert _items(workspace) == before

        # a review run now keeps its sentences in both languages: English, no mark
        new = annual_review.run(workspace, YEAR, TODAY)
        reasons = [r for line in new.lines for r in line.proposal.reasons]
        assert reasons and not any(show(r).startswith(MARK) for r in reasons)
        assert any(show(r) != str.__str__(r) for r in reasons)  # really in English
    finally:
        store.close()


def test_the_german_ui_shows_an_older_reviews_sentences_as_stored(
    tmp_path: Path, library: ProgramLibrary
) -> None:
    path = tmp_path / "old.sqlite3"
    stored = _confirmed_review_at_0011(path, library)
    store = open_store(sqlite_location(path), keep_backups=0)
    try:
        state = annual_review.latest(Workspace(store, library), YEAR)
        assert state is not None
        for line in state.lines:
            assert [show(r) for r in line.proposal.reasons] == stored[line.proposal.partner_id]
    finally:
        store.close()
