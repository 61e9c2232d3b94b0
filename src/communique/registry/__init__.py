"""The registry: documents, events, mentions, persons and the audit log.

    open_registry(url)  -> Registry   (engine, sessions, schema checks)
    Registry.read()     -> Session    (queries)
    Registry.write()    -> Session    (one transaction, committed at the end)
    Registry.upgrade()                (Alembic, migrations shipped in the package)

Services (:mod:`communique.services`) hold the logic; this package holds
the tables, the merge rule, person resolution and the audit log.
"""

from __future__ import annotations

from ._audit import audit, current_user, event_snapshot
from ._convert import (
    add_persons,
    apply_record,
    country_key,
    date_bounds,
    event_id_str,
    event_to_record,
    first_day,
    last_day,
    measures_from_json,
    measures_to_json,
    mention_source,
    missing_persons,
    org_key,
    parse_partial_date,
    record_columns,
    record_participants,
)
from ._engine import Registry, disk_full, open_registry, upgrade_database
from ._merge import (
    MergeMatch,
    Window,
    candidate_rows,
    candidate_window,
    decide,
    find_match,
    window_clause,
)
from ._migrate import head as schema_head
from ._models import (
    STATUSES,
    AuditEntry,
    Base,
    Document,
    Event,
    EventParticipant,
    EventPerson,
    KeptApart,
    Mention,
    Person,
    PersonRole,
    utcnow,
)
from ._programmes import (
    AGREEMENT_ACTIONS,
    AID_MODALITIES,
    AID_STATUSES,
    Agreement,
    AgreementStep,
    AidActivity,
)
from ._resolve import (
    PersonIndex,
    PersonLookup,
    holder_of,
    resolve_event_persons,
    resolve_persons,
    resolve_unlinked,
)
from ._search import BROWSE_INDEX as _BROWSE_INDEX  # noqa: F401  (declares the index)
from ._search import has_fulltext, matching_events
from ._users import USER_ROLES, ApiToken, User, WebSession

__all__ = [
    "add_persons",
    "first_day",
    "last_day",
    "utcnow",
    "has_fulltext",
    "matching_events",
    "disk_full",
    "Registry",
    "open_registry",
    "upgrade_database",
    "schema_head",
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
    "AidActivity",
    "Agreement",
    "AgreementStep",
    "AID_MODALITIES",
    "AID_STATUSES",
    "AGREEMENT_ACTIONS",
    "WebSession",
    "STATUSES",
    "apply_record",
    "event_to_record",
    "mention_source",
    "measures_to_json",
    "measures_from_json",
    "country_key",
    "org_key",
    "date_bounds",
    "event_id_str",
    "parse_partial_date",
    "find_match",
    "decide",
    "candidate_window",
    "candidate_rows",
    "window_clause",
    "Window",
    "MergeMatch",
    "holder_of",
    "PersonIndex",
    "resolve_event_persons",
    "resolve_persons",
    "PersonLookup",
    "missing_persons",
    "record_columns",
    "record_participants",
    "resolve_unlinked",
    "audit",
    "current_user",
    "event_snapshot",
    "User",
    "ApiToken",
    "USER_ROLES",
]
