"""The audit log: who changed what, when, with before/after snapshots."""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlalchemy.orm import Session

from ..validation import check_text
from ._convert import event_to_record
from ._models import AuditEntry, Event

__all__ = ["current_user", "audit", "event_snapshot"]


def current_user(explicit: str | None = None) -> str:
    """The editor's name: explicit, else $USER, else the login name."""
    if explicit:
        return explicit
    env = os.environ.get("USER") or os.environ.get("USERNAME")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def event_snapshot(event: Event) -> dict[str, Any]:
    """What an editor changes in an event, as JSON for the audit log."""
    rec = event_to_record(event).to_dict()
    rec.pop("source", None)
    return {
        "record": rec,
        "status": event.status,
        "version": event.version,
        "merged_into": event.merged_into_id,
        "mentions": [m.id for m in event.mentions],
    }


def audit(session: Session, *, who: str, action: str, entity: str, entity_id: int | None,
          before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
          note: str | None = None) -> AuditEntry:
    """Add an audit entry (UsageError for a name or note with NUL or over its width)."""
    from ..validation import widths

    check_text(who, "the user name (--user)", widths()["audit.who"])
    check_text(note, "the note", widths()["audit.note"])
    entry = AuditEntry(who=who, action=action, entity=entity, entity_id=entity_id,
                       before=before, after=after, note=note)
    session.add(entry)
    return entry
