"""The registry's tables (SQLAlchemy 2 declarative models).

    Document ──< Mention >── Event ──< EventParticipant
                                   ──< EventPerson >── Person ──< PersonRole
    AuditEntry (who, when, action, entity, before, after)
    KeptApart (two events a reviewer said are not one)

Portable SQL only: dates are ISO strings at the precision the text gives
(``date_start``/``date_end``) plus their normalised full-day bounds
(``date_lo``/``date_hi``) for range queries and merging; JSON columns hold
the record as extracted and the audit snapshots.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "Base",
    "Document",
    "Event",
    "EventParticipant",
    "EventPerson",
    "Mention",
    "Person",
    "PersonRole",
    "AuditEntry",
    "KeptApart",
    "STATUSES",
    "utcnow",
]

STATUSES: tuple[str, ...] = ("candidate", "accepted", "rejected")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Document(Base):
    """A document as read: the text is never altered; ``sha256`` makes re-ingest idempotent."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    origin: Mapped[str | None] = mapped_column(String(2000))
    kind: Mapped[str | None] = mapped_column(String(20))
    encoding: Mapped[str | None] = mapped_column(String(40))
    size: Mapped[int | None] = mapped_column(Integer)
    issuer: Mapped[str | None] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    #: what extraction took the issuer and the document's day from (shown to reviewers:
    #: relative days such as 'yesterday' count from that day)
    issuer_reason: Mapped[str | None] = mapped_column(String(500))
    date_reason: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    ingested_by: Mapped[str | None] = mapped_column(String(100))

    mentions: Mapped[list[Mention]] = relationship(back_populates="document")


class Event(Base):
    """One real event; several mentions may support it."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_merge_key", "type", "country_key", "date_lo"),
        Index("ix_events_date_lo", "date_lo"),
        Index("ix_events_queue", "status", "confidence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(20))
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    precision: Mapped[str | None] = mapped_column(String(5))  # day | month | year | None
    date_lo: Mapped[str | None] = mapped_column(String(10))
    date_hi: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default="candidate")
    country_key: Mapped[str] = mapped_column(String(400), default="")
    org_key: Mapped[str] = mapped_column(String(400), default="")
    place_country: Mapped[str | None] = mapped_column(String(16))
    place_city: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(1000))
    quantity_value: Mapped[float | None] = mapped_column(Float)
    quantity_qualifier: Mapped[str | None] = mapped_column(String(20))
    quantity_unit: Mapped[str | None] = mapped_column(String(100))
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    #: extraction's confidence in [0, 1] (None: unknown, e.g. entered by hand)
    confidence: Mapped[float | None] = mapped_column(Float)
    #: the record's ``measures``: [{value, qualifier, unit}], null when none
    measures: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    origin: Mapped[str] = mapped_column(String(20), default="ingest")  # ingest|manual|import|split
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventParticipant.id")
    persons: Mapped[list[EventPerson]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventPerson.id")
    mentions: Mapped[list[Mention]] = relationship(
        back_populates="event", order_by="Mention.id", foreign_keys="Mention.event_id")

    __mapper_args__: dict[str, Any] = {"version_id_col": version}


class EventParticipant(Base):
    """A country (side ``from``/``to``) or an organisation (side ``None``) in an event.

    ``date_lo`` repeats the event's first day so that "every event of TUR in
    2021" is one index range scan (dossiers on a large registry).
    """

    __tablename__ = "event_participants"
    __table_args__ = (Index("ix_event_participants_code", "code", "kind", "date_lo"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    side: Mapped[str | None] = mapped_column(String(4))
    kind: Mapped[str] = mapped_column(String(8))  # country | org
    date_lo: Mapped[str | None] = mapped_column(String(10))

    event: Mapped[Event] = relationship(back_populates="participants")


class EventPerson(Base):
    """A person named or titled in an event; ``person_id`` once resolved."""

    __tablename__ = "event_persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(40))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)

    event: Mapped[Event] = relationship(back_populates="persons")
    person: Mapped[Person | None] = relationship()


class Mention(Base):
    """A span of a document that supports an event, with the record as extracted."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    merge_reason: Mapped[str | None] = mapped_column(String(500))
    moved_from_event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    event: Mapped[Event] = relationship(back_populates="mentions", foreign_keys=[event_id])
    document: Mapped[Document | None] = relationship(back_populates="mentions")


class Person(Base):
    """A person with time-bounded roles (a minister changes)."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: bumped by every change of the person or their terms (checked by edits)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1,
                                         server_default="1")

    roles: Mapped[list[PersonRole]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonRole.start")


class PersonRole(Base):
    """``role`` for ``country`` from ``start`` to ``end`` (ISO dates; ``end`` open if null)."""

    __tablename__ = "person_roles"
    __table_args__ = (Index("ix_person_roles_lookup", "role", "country"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(40))
    start: Mapped[str | None] = mapped_column(String(10))
    end: Mapped[str | None] = mapped_column(String(10))

    person: Mapped[Person] = relationship(back_populates="roles")


class AuditEntry(Base):
    """Who changed what and when, with before/after snapshots. Never updated."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    who: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(String(500))


class KeptApart(Base):
    """Two events a reviewer judged distinct: the duplicates queue no longer proposes
    them (``event_a`` < ``event_b``)."""

    __tablename__ = "kept_apart"
    __table_args__ = (Index("ix_kept_apart_pair", "event_a", "event_b", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_a: Mapped[int] = mapped_column(ForeignKey("events.id"))
    event_b: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(String(500))
