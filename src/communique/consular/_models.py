"""The consular desk's tables (migration 0008), on the registry's metadata.

    ConsularCase ──< Citizen ──< NameToken        (personal fields: *_enc, AES-GCM)
                 ──< CaseNote                      (note text encrypted)
                 ──< Attachment                    (file name and bytes encrypted)
                 ──< CaseLink >── ConsularCase
    Operation ──< Citizen (the manifest), ──< Crossing
    HotlineCalls, AccessLogEntry, StatEvent (aggregate key -> registry event)

Nothing here holds a personal value in plaintext: names, birth dates, sex,
document numbers, contacts, next of kin, summaries and notes are encrypted;
``name_idx``/``document_idx``/``NameToken.token`` are keyed hashes. For the
statistics a citizen keeps an anonymous ``grp`` (child, woman, man, adult,
unknown) computed at the case's or operation's date, which survives erasure.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..registry import Base, Event

__all__ = ["utcnow", "ConsularCase", "Citizen", "NameToken", "CaseNote", "CaseLink", "Operation",
           "Crossing", "HotlineCalls", "AccessLogEntry", "StatEvent", "Attachment"]


def utcnow() -> datetime:
    """Now in UTC without a time zone (as the registry stores times)."""
    return datetime.now(UTC).replace(tzinfo=None)


class ConsularCase(Base):
    __tablename__ = "consular_cases"
    __table_args__ = (Index("ix_consular_cases_queue", "officer", "status"),
                      Index("ix_consular_cases_month", "month", "category", "country"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM of opened_at, for the statistics
    channel: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(3))
    city: Mapped[str | None] = mapped_column(String(200))
    mission: Mapped[str | None] = mapped_column(String(100))
    officer: Mapped[str | None] = mapped_column(String(100))
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    status: Mapped[str] = mapped_column(String(12), default="new")
    summary_enc: Mapped[str | None] = mapped_column(Text)
    restricted_to: Mapped[list[str] | None] = mapped_column(JSON)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("consular_cases.id"),
                                                       index=True)
    first_response_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    waiting_since: Mapped[datetime | None] = mapped_column(DateTime)
    paused_hours: Mapped[float] = mapped_column(Float, default=0.0)
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    citizens: Mapped[list[Citizen]] = relationship(
        back_populates="case", order_by="Citizen.id", cascade="all, delete-orphan")
    notes: Mapped[list[CaseNote]] = relationship(
        back_populates="case", order_by="CaseNote.id", cascade="all, delete-orphan")
    attachments: Mapped[list[Attachment]] = relationship(
        order_by="Attachment.n", cascade="all, delete-orphan")

    __mapper_args__: dict[str, Any] = {"version_id_col": version}


class Citizen(Base):
    """A person of a case or of an operation's manifest; every personal field encrypted."""

    __tablename__ = "consular_citizens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("consular_cases.id"), index=True)
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("consular_operations.id"),
                                                     index=True)
    name_enc: Mapped[str | None] = mapped_column(Text)
    birth_date_enc: Mapped[str | None] = mapped_column(Text)
    sex_enc: Mapped[str | None] = mapped_column(Text)
    document_enc: Mapped[str | None] = mapped_column(Text)
    contacts_enc: Mapped[str | None] = mapped_column(Text)
    next_of_kin_enc: Mapped[str | None] = mapped_column(Text)
    name_idx: Mapped[str | None] = mapped_column(String(64), index=True)
    document_idx: Mapped[str | None] = mapped_column(String(64), index=True)
    grp: Mapped[str] = mapped_column(String(8), default="unknown")
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)

    case: Mapped[ConsularCase | None] = relationship(back_populates="citizens")
    operation: Mapped[Operation | None] = relationship(back_populates="manifest")
    tokens: Mapped[list[NameToken]] = relationship(cascade="all, delete-orphan")


class NameToken(Base):
    """A keyed hash of one word of a citizen's name (search while typing a name)."""

    __tablename__ = "consular_name_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("consular_citizens.id"), index=True)
    token: Mapped[str] = mapped_column(String(64), index=True)


class CaseNote(Base):
    """The timeline: notes (encrypted) and status, assignment, link and merge entries."""

    __tablename__ = "consular_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("consular_cases.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))  # note|status|assign|link|merge|erase|open
    text_enc: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(String(200))  # no personal data

    case: Mapped[ConsularCase] = relationship(back_populates="notes")


class Attachment(Base):
    """A file on a case: its name and bytes encrypted, its kind told from the content.

    ``n`` numbers a case's attachments from 1 (what users type); ``size`` is the
    plaintext size. Erasure empties ``name_enc`` and ``data_enc`` and keeps the row.
    """

    __tablename__ = "consular_attachments"
    __table_args__ = (UniqueConstraint("case_id", "n", name="uq_consular_attachments_case_n"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("consular_cases.id"), index=True)
    n: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(Integer)
    name_enc: Mapped[str | None] = mapped_column(Text)
    data_enc: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)


class CaseLink(Base):
    __tablename__ = "consular_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("consular_cases.id"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("consular_cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="family")


class Operation(Base):
    __tablename__ = "consular_operations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # evacuation | repatriation
    date: Mapped[str] = mapped_column(String(10))
    country: Mapped[str] = mapped_column(String(3))
    means: Mapped[str | None] = mapped_column(String(20))  # flight | border-crossing | ...
    title: Mapped[str | None] = mapped_column(String(300))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    manifest: Mapped[list[Citizen]] = relationship(back_populates="operation",
                                                   order_by="Citizen.id")
    crossings: Mapped[list[Crossing]] = relationship(order_by="Crossing.date",
                                                     cascade="all, delete-orphan")


class Crossing(Base):
    """People of an operation who crossed a border on one day."""

    __tablename__ = "consular_crossings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("consular_operations.id"), index=True)
    date: Mapped[str] = mapped_column(String(10))
    people: Mapped[int] = mapped_column(Integer)


class HotlineCalls(Base):
    """Calls a hotline answered on a day (one row per logging; a single call is 1)."""

    __tablename__ = "consular_hotline_calls"
    __table_args__ = (Index("ix_consular_hotline_calls_day", "date", "hotline"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hotline: Mapped[str] = mapped_column(String(100))
    date: Mapped[str] = mapped_column(String(10))
    calls: Mapped[int] = mapped_column(Integer)
    logged_by: Mapped[str] = mapped_column(String(100))
    logged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AccessLogEntry(Base):
    """Every read, export and erasure of personal data: who, when, which case, which fields."""

    __tablename__ = "consular_access_log"
    __table_args__ = (Index("ix_consular_access_log_case", "case_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    who: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))  # read | search | export | erase | purge
    case_id: Mapped[int | None] = mapped_column(Integer)
    operation_id: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(String(300))


class StatEvent(Base):
    """Which registry event holds which monthly aggregate (so refreshes update it in place)."""

    __tablename__ = "consular_stat_events"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    value: Mapped[int] = mapped_column(Integer)

    event: Mapped[Event] = relationship()
