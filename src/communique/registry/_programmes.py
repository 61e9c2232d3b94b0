"""Aid activities and agreements over their life (tables).

    AidActivity  donor → recipients, modality, amount, status, dates (IATI-ready)
    Agreement ──< AgreementStep   signed / ratified / approved / in_force / ended

Both may point at the event that reports them (``event_id``); an agreement
also at the visit or meeting where it was signed (``occasion_event_id``).
Dates are ISO strings at the precision known, with ``date_lo`` (first day)
for range queries, as on events.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ._models import Base, utcnow

__all__ = ["AidActivity", "Agreement", "AgreementStep", "AID_MODALITIES", "AID_STATUSES",
           "AGREEMENT_ACTIONS"]

AID_MODALITIES: tuple[str, ...] = ("in_kind", "cash", "vaccines", "services")
AID_STATUSES: tuple[str, ...] = ("pledged", "committed", "disbursed")
AGREEMENT_ACTIONS: tuple[str, ...] = ("signed", "ratified", "approved", "in_force", "ended")


class AidActivity(Base):
    """One aid activity: who gives what to whom, when, and how far it has got."""

    __tablename__ = "aid_activities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True,
                                                 unique=True)
    title: Mapped[str] = mapped_column(String(1000))
    donor: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str | None] = mapped_column(String(200))
    recipients: Mapped[list[str]] = mapped_column(JSON)
    sector: Mapped[str | None] = mapped_column(String(200))
    modality: Mapped[str] = mapped_column(String(20))
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    measures: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    date_lo: Mapped[str | None] = mapped_column(String(10), index=True)
    status: Mapped[str] = mapped_column(String(12))
    origin: Mapped[str] = mapped_column(String(20), default="manual")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(100))


class Agreement(Base):
    """One agreement, whatever happens to it after it is signed."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(1000))
    parties: Mapped[list[str]] = mapped_column(JSON)
    place_country: Mapped[str | None] = mapped_column(String(16))
    place_city: Mapped[str | None] = mapped_column(String(200))
    signatories: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    signed_date: Mapped[str | None] = mapped_column(String(10))
    date_lo: Mapped[str | None] = mapped_column(String(10), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True,
                                                 unique=True)
    occasion_event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    origin: Mapped[str] = mapped_column(String(20), default="manual")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(100))

    steps: Mapped[list[AgreementStep]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan",
        order_by="AgreementStep.id")


class AgreementStep(Base):
    """A step of an agreement's life: a party signs, ratifies or approves it;
    it enters into force or ends (``party`` empty: for every party)."""

    __tablename__ = "agreement_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    action: Mapped[str] = mapped_column(String(12))
    party: Mapped[str | None] = mapped_column(String(40))
    date: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    agreement: Mapped[Agreement] = relationship(back_populates="steps")
