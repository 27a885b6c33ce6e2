"""Onboarding checklists: one per partner and target tier, a row per step."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nspdesk.store.models.base import Base, Timestamps


class OnboardingChecklist(Base, Timestamps):
    __tablename__ = "onboarding_checklists"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    target_tier: Mapped[str] = mapped_column(String(40))
    edition: Mapped[str] = mapped_column(String(20))

    steps: Mapped[list[OnboardingStep]] = relationship(
        cascade="all, delete-orphan", order_by="OnboardingStep.position"
    )


class OnboardingStep(Base):
    __tablename__ = "onboarding_steps"
    __table_args__ = (UniqueConstraint("checklist_id", "step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(
        ForeignKey("onboarding_checklists.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column()
    step: Mapped[str] = mapped_column(String(40))  # a StepId value of nspdesk.domain.onboarding
    status: Mapped[str] = mapped_column(String(20), default="open")  # a StepStatus value
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
