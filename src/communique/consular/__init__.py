"""The consular desk: citizens' cases, operations (evacuations, repatriations), hotlines.

A room of its own on the registry database: the extractor and the event
registry know nothing of the personal data kept here. Personal fields are
encrypted field by field (AES-GCM, key file ``COMMUNIQUE_SECRET_KEY_FILE``)
and searched through keyed hashes; every read of them is logged; monthly
aggregates become accepted ``consular`` records of the registry.

    desk = Desk(open_registry())
    me = Actor("ana", "consular")
    case_id = open_case(desk, me, opened="2021-03-04T10:00", channel="hotline",
                        category="lost-document", country="TUR",
                        citizen=CitizenInput(name="...", document_number="..."))
    list_cases(desk, me)           # the queue, most urgent SLA first
    show_case(desk, me, case_id)   # personal data, written to the access log
"""

from __future__ import annotations

from ._access import DESK_ROLES, Actor, can_work, require_desk
from ._attachments import (
    ATTACHMENT_KINDS,
    AttachmentFile,
    attach_file,
    attach_path,
    read_attachment,
)
from ._cases import (
    TRANSITIONS,
    CaseDetail,
    CaseRow,
    add_note,
    assign_case,
    case_row,
    find_cases,
    link_cases,
    list_cases,
    merge_cases,
    open_case,
    restrict_case,
    set_status,
    show_case,
)
from ._crypto import DEFAULT_KEY_FILE, KEY_FILE_ENV, Keyring, key_file_path, load_keyring
from ._desk import Desk
from ._email import EmailCase, intake_emails, read_email
from ._import import CASE_COLUMNS, ImportResult, import_cases
from ._models import (
    AccessLogEntry,
    Attachment,
    CaseLink,
    CaseNote,
    Citizen,
    ConsularCase,
    Crossing,
    HotlineCalls,
    NameToken,
    Operation,
    StatEvent,
)
from ._operations import (
    MANIFEST_COLUMNS,
    MEANS,
    OperationView,
    add_crossing,
    add_manifest,
    add_operation,
    hotline_stats,
    list_operations,
    log_calls,
    read_manifest,
    show_operation,
)
from ._privacy import (
    RETENTION_ENV,
    RotationReport,
    access_log,
    erase_case,
    export_cases,
    purge,
    retention_years,
    rotate_keys,
)
from ._sla import SlaState, WorkDay, add_working_hours, is_working_day, working_hours
from ._slaconf import (
    SLA_FILE,
    SLA_FILE_ENV,
    MissionSetting,
    SlaSettings,
    country_zone,
    load_sla_settings,
    sla_settings,
)
from ._stats import (
    DESK_COUNTRY_ENV,
    FEWER,
    UNITS,
    YearStats,
    refresh_months,
    refresh_year,
    suppress,
)
from ._stats import year_stats as _year_stats
from ._values import (
    CATEGORIES,
    CHANNELS,
    KINDS,
    PRIORITIES,
    STATUSES,
    CitizenInput,
    utcnow,
)

__all__ = [
    "Desk", "Actor", "DESK_ROLES", "can_work", "require_desk", "CitizenInput", "utcnow",
    "CHANNELS", "CATEGORIES", "STATUSES", "PRIORITIES", "KINDS", "TRANSITIONS", "WorkDay",
    "CaseRow", "CaseDetail", "case_row", "open_case", "list_cases", "show_case", "assign_case",
    "add_note",
    "set_status", "link_cases", "merge_cases", "restrict_case", "find_cases",
    "CASE_COLUMNS", "ImportResult", "import_cases",
    "OperationView", "MANIFEST_COLUMNS", "MEANS", "add_operation", "add_manifest",
    "read_manifest", "add_crossing", "list_operations", "show_operation", "log_calls",
    "hotline_stats",
    "RETENTION_ENV", "retention_years", "access_log", "export_cases", "purge", "erase_case",
    "rotate_keys", "RotationReport",
    "SlaState", "working_hours", "add_working_hours", "is_working_day",
    "DESK_COUNTRY_ENV", "UNITS", "FEWER", "YearStats", "desk_stats", "refresh_stats",
    "suppress",
    "KEY_FILE_ENV", "DEFAULT_KEY_FILE", "Keyring", "load_keyring", "key_file_path",
    "ConsularCase", "Citizen", "NameToken", "CaseNote", "CaseLink", "Operation", "Crossing",
    "HotlineCalls", "AccessLogEntry", "StatEvent", "Attachment",
    "ATTACHMENT_KINDS", "AttachmentFile", "attach_file", "attach_path", "read_attachment",
    "EmailCase", "read_email", "intake_emails",
    "SLA_FILE", "SLA_FILE_ENV", "SlaSettings", "MissionSetting", "sla_settings",
    "load_sla_settings", "country_zone",
]


def desk_stats(desk: Desk, year: int) -> YearStats:
    """The year's numbers (exact: publish them with ``to_dict(published=True)``)."""
    with desk.registry.read() as session:
        return _year_stats(session, year)


def refresh_stats(desk: Desk, year: int, *, month: int | None = None) -> int:
    """Recompute the year's (or one month's) aggregates in the registry; returns how many
    changed."""
    with desk.registry.write() as session:
        if month is not None:
            return refresh_months(session, [f"{year:04d}-{month:02d}"])
        return refresh_year(session, year)
