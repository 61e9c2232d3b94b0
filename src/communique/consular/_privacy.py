"""Personal data over time: the access log, exports (admin, logged), retention, erasure,
key rotation."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..errors import NotFound, UsageError
from ..registry import audit
from ._access import Actor, log_access, require_admin, require_case, require_desk
from ._attachments import safe_file_name
from ._crypto import Keyring, name_tokens
from ._desk import Desk
from ._models import AccessLogEntry, Attachment, CaseNote, Citizen, ConsularCase, NameToken
from ._values import PERSONAL_FIELDS, decrypt_citizen, utcnow

__all__ = ["RETENTION_ENV", "retention_years", "access_log", "export_cases", "purge",
           "erase_case", "rotate_keys", "RotationReport"]

RETENTION_ENV = "COMMUNIQUE_CONSULAR_RETENTION_YEARS"
EXPORT_COLUMNS = ("case_id", "opened", "channel", "category", "country", "city", "mission",
                  "officer", "status", "summary", "citizen_name", "citizen_birth_date",
                  "citizen_sex", "document_number", "contacts", "next_of_kin", "attachments")


def retention_years() -> int:
    raw = os.environ.get(RETENTION_ENV, "5").strip()
    if not raw.isdigit() or int(raw) < 1:
        raise UsageError(f"{RETENTION_ENV} must be a whole number of years (1 or more)")
    return int(raw)


def access_log(desk: Desk, actor: Actor, *, case_id: int | None = None,
               limit: int = 1000) -> list[dict[str, Any]]:
    require_admin(actor, "reading the access log")
    q = select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(limit)
    if case_id is not None:
        q = q.where(AccessLogEntry.case_id == case_id)
    with desk.registry.read() as session:
        return [{"at": e.at.isoformat(), "who": e.who, "action": e.action, "case": e.case_id,
                 "operation": e.operation_id, "fields": e.fields, "note": e.note}
                for e in session.scalars(q)]


def _export_rows(session: Session, ring: Keyring, year: int | None) -> Iterator[list[Any]]:
    q = select(ConsularCase).where(ConsularCase.merged_into_id.is_(None)).order_by(
        ConsularCase.id)
    if year:
        q = q.where(ConsularCase.month.like(f"{year:04d}-%"))
    for case in session.scalars(q):
        base = [case.id, case.opened_at.isoformat(), case.channel, case.category, case.country,
                case.city, case.mission, case.officer, case.status,
                ring.decrypt(case.summary_enc, "case.summary")]
        files = "; ".join(f"{a.n}: {ring.decrypt(a.name_enc, 'attachment.name')}"
                          for a in case.attachments if a.name_enc is not None)
        people = [decrypt_citizen(ring, c) for c in case.citizens] or [{}]
        for p in people:
            yield base + [p.get("name"), p.get("birth_date"), p.get("sex"),
                          p.get("document_number"), p.get("contacts"), p.get("next_of_kin"),
                          files]


def _export_files(session: Session, ring: Keyring, year: int | None, folder: Path) -> int:
    """Write every attachment (decrypted) into ``folder`` as ``<case>-<n>-<name>``, mode 0600."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    q = select(Attachment.id).join(ConsularCase, ConsularCase.id == Attachment.case_id).where(
        Attachment.data_enc.is_not(None)).order_by(Attachment.case_id, Attachment.n)
    if year:
        q = q.where(ConsularCase.month.like(f"{year:04d}-%"))
    n = 0
    for att_id in list(session.scalars(q)):
        a = session.get(Attachment, att_id)
        assert a is not None
        name = safe_file_name(ring.decrypt(a.name_enc, "attachment.name"), a.kind)
        target = folder / f"{a.case_id}-{a.n}-{name}"
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(ring.decrypt_bytes(a.data_enc, "attachment.data") or b"")
        session.expunge(a)
        n += 1
    return n


def export_cases(desk: Desk, actor: Actor, out: str | Path, *, year: int | None = None,
                 attachments: str | Path | None = None) -> int:
    """Write the cases with personal data to a CSV file (mode 0600): admins only, logged.

    ``attachments``: a folder to write every attachment into as well (files 0600).
    """
    require_admin(actor, "exporting personal data")
    ring = desk.keyring()
    target = Path(out)
    n = 0
    with desk.registry.write() as session:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(EXPORT_COLUMNS)
            for row in _export_rows(session, ring, year):
                writer.writerow(["" if v is None else v for v in row])
                n += 1
        files = _export_files(session, ring, year, Path(attachments)) if attachments else 0
        log_access(session, actor, "export",
                   fields=(*PERSONAL_FIELDS, "attachment names",
                           *(("attachments",) if attachments else ())),
                   note=f"{n} row(s)" + (f" of {year}" if year else "") + f" to {target.name}"
                   + (f", {files} attachment(s)" if attachments else ""))
        audit(session, who=actor.name, action="export", entity="case", entity_id=None,
              note=f"personal data of {n} row(s) exported")
    return n


def _erase_citizens(session: Session, citizens: list[Citizen], when: datetime) -> int:
    ids = [c.id for c in citizens if c.erased_at is None]
    if not ids:
        return 0
    session.execute(delete(NameToken).where(NameToken.citizen_id.in_(ids)))
    session.execute(update(Citizen).where(Citizen.id.in_(ids)).values(
        name_enc=None, birth_date_enc=None, sex_enc=None, document_enc=None, contacts_enc=None,
        next_of_kin_enc=None, name_idx=None, document_idx=None, erased_at=when))
    return len(ids)


def _erase_case(session: Session, case: ConsularCase, when: datetime) -> int:
    n = _erase_citizens(session, list(case.citizens), when)
    case.summary_enc = None
    session.execute(update(CaseNote).where(CaseNote.case_id == case.id).values(text_enc=None))
    session.execute(update(Attachment).where(Attachment.case_id == case.id,
                                             Attachment.erased_at.is_(None)).values(
        name_enc=None, data_enc=None, erased_at=when))
    case.erased_at = when
    return n


def erase_case(desk: Desk, actor: Actor, case_id: int, *, reason: str | None = None) -> int:
    """Erase the personal data of one case on request (the anonymous case stays)."""
    require_desk(actor)
    with desk.registry.write() as session:
        case = session.get(ConsularCase, case_id)
        if case is None:
            raise NotFound(f"no case {case_id}; list them with `communique cases list`")
        require_case(actor, case)
        n = _erase_case(session, case, utcnow())
        session.add(CaseNote(case_id=case.id, author=actor.name, kind="erase",
                             detail="personal data erased on request"))
        log_access(session, actor, "erase", case_id=case.id, fields=PERSONAL_FIELDS,
                   note=reason[:200] if reason else None)
        audit(session, who=actor.name, action="erase", entity="case", entity_id=case.id,
              note=f"personal data of {n} citizen(s) erased on request")
        return n


def purge(desk: Desk, actor: Actor, *, years: int | None = None,
          now: datetime | None = None) -> tuple[int, int]:
    """Erase the personal data of cases closed more than ``years`` (setting) years ago.

    Returns (cases, citizens) erased. One audit entry for the run.
    """
    require_admin(actor, "purging personal data")
    keep = years if years is not None else retention_years()
    moment = now or utcnow()
    try:
        cutoff = moment.replace(year=moment.year - keep)
    except ValueError:  # 29 February
        cutoff = moment.replace(year=moment.year - keep, day=28)
    cases = people = 0
    with desk.registry.write() as session:
        for case in session.scalars(select(ConsularCase).where(
                ConsularCase.status == "closed", ConsularCase.closed_at < cutoff,
                ConsularCase.erased_at.is_(None))):
            people += _erase_case(session, case, moment)
            cases += 1
        log_access(session, actor, "purge", fields=PERSONAL_FIELDS,
                   note=f"{cases} case(s) closed before {cutoff.date()}")
        audit(session, who=actor.name, action="purge", entity="case", entity_id=None,
              note=f"retention {keep} years: personal data of {cases} case(s), "
                   f"{people} citizen(s) erased")
    return cases, people


@dataclass(frozen=True)
class RotationReport:
    old_key: str
    new_key: str
    values: int


def _rotate_value(ring: Keyring, old: str, token: str | None, column: str) -> str | None:
    if token is None:
        return None
    plain = ring.decrypt(token, column)
    return ring.encrypt(plain, column)


def _rotate_attachments(session: Session, ring: Keyring) -> int:
    """Re-encrypt attachments one at a time (their bytes are not all held in memory)."""
    n = 0
    ids = list(session.scalars(select(Attachment.id).where(Attachment.data_enc.is_not(None))))
    for att_id in ids:
        a = session.get(Attachment, att_id)
        assert a is not None
        a.name_enc = _rotate_value(ring, "", a.name_enc, "attachment.name")
        data = ring.decrypt_bytes(a.data_enc, "attachment.data")
        a.data_enc = ring.encrypt_bytes(data or b"", "attachment.data")
        session.flush()
        session.expunge(a)
        n += 2
    return n


def rotate_keys(desk: Desk, actor: Actor) -> RotationReport:
    """Re-encrypt every personal field and rebuild the search index with a new key.

    The new key is added to the key file first; the re-encryption is one
    transaction; only then is the old key dropped from the file.
    """
    require_admin(actor, "rotating the keys")
    ring = desk.keyring()
    old = ring.current
    new = ring.add_key()
    ring.save()  # both keys on disk before anything is re-encrypted
    n = 0
    try:
        with desk.registry.write() as session:
            ring.current = new
            for c in session.scalars(select(Citizen)):
                for attr, column in (("name_enc", "citizen.name"),
                                     ("birth_date_enc", "citizen.birth_date"),
                                     ("sex_enc", "citizen.sex"),
                                     ("document_enc", "citizen.document_number"),
                                     ("contacts_enc", "citizen.contacts"),
                                     ("next_of_kin_enc", "citizen.next_of_kin")):
                    value = getattr(c, attr)
                    if value is not None:
                        setattr(c, attr, _rotate_value(ring, old, value, column))
                        n += 1
                name = ring.decrypt(c.name_enc, "citizen.name")
                doc = ring.decrypt(c.document_enc, "citizen.document_number")
                c.name_idx = ring.name_index(name) if name else None
                c.document_idx = ring.document_index(doc) if doc else None
                session.execute(delete(NameToken).where(NameToken.citizen_id == c.id))
                for t in name_tokens(name or ""):
                    session.add(NameToken(citizen_id=c.id, token=ring.token_index(t)))
            for case in session.scalars(select(ConsularCase).where(
                    ConsularCase.summary_enc.is_not(None))):
                case.summary_enc = _rotate_value(ring, old, case.summary_enc, "case.summary")
                n += 1
            for note in session.scalars(select(CaseNote).where(CaseNote.text_enc.is_not(None))):
                note.text_enc = _rotate_value(ring, old, note.text_enc, "note.text")
                n += 1
            n += _rotate_attachments(session, ring)
            audit(session, who=actor.name, action="rotate-keys", entity="case", entity_id=None,
                  note=f"{n} value(s) re-encrypted from key {old} to key {new}")
    except BaseException:
        ring.current = old
        ring.save()  # the new key stays (harmless); the old one stays current
        raise
    del ring.keys[old]
    ring.save()
    return RotationReport(old, new, n)
