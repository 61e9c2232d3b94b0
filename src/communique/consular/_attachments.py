"""Attachments on cases: files whose name and bytes are encrypted at rest.

    n = attach_file(desk, me, case_id, "scan.pdf", data, limit=20 * 2**20)
    f = read_attachment(desk, me, case_id, n)      # the read is written to the access log

A file's kind is told from its bytes with the document sniffer of
:mod:`communique.documents` (never from its name): PDF, Word (.docx),
PNG, JPEG, GIF, TIFF and plain text are kept; executables, archives,
media and other binaries are refused, as is a file over the upload limit
(the web application's, ``COMMUNIQUE_WEB_UPLOAD_LIMIT``). The name and the
bytes are encrypted with the desk's AES-GCM key (columns
``attachment.name`` and ``attachment.data``); ``kind`` and ``size`` stay
in the clear, for listing without decrypting.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotFound, TooLargeError, UnsupportedFormatError, UsageError
from ..registry import audit
from ._access import Actor, log_access, require_case, require_desk
from ._crypto import Keyring
from ._desk import Desk
from ._models import Attachment, CaseNote, ConsularCase, utcnow

__all__ = ["ATTACHMENT_KINDS", "AttachmentFile", "attachment_kind", "check_attachment",
           "add_attachments", "attach_file", "attach_path", "read_attachment",
           "attachment_rows", "safe_file_name"]

#: kinds kept, with the media type a download is served as
ATTACHMENT_KINDS: dict[str, str] = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "tiff": "image/tiff",
    "txt": "text/plain; charset=utf-8",
}
_ALLOWED = "attach a PDF, a Word document (.docx), an image (PNG, JPEG, GIF, TIFF) or text"


@dataclass(frozen=True)
class AttachmentFile:
    """One attachment, decrypted."""

    case_id: int
    n: int
    name: str
    kind: str
    data: bytes

    @property
    def media_type(self) -> str:
        return ATTACHMENT_KINDS[self.kind]


def safe_file_name(name: str | None, kind: str) -> str:
    """A file name without folders or control characters, at most 200 characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip(" .")
    return base[:200] or f"attachment.{kind}"


def attachment_kind(data: bytes, name: str) -> str:
    """The kind of a file from its bytes; UnsupportedFormatError naming ``name`` otherwise."""
    from ..documents import looks_like_text, magic_kind

    if not data:
        raise UnsupportedFormatError("the file is empty", path=name)
    magic = magic_kind(data[:4096])
    if magic is not None:
        kind, description = magic
        if kind == "zip":
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as zf:
                    if "word/document.xml" in zf.namelist():
                        return "docx"
            except zipfile.BadZipFile:
                pass
            raise UnsupportedFormatError("a ZIP archive that is not a Word document is not "
                                         f"accepted; {_ALLOWED}", path=name)
        if kind in ATTACHMENT_KINDS:
            return kind
        raise UnsupportedFormatError(f"{description} is not accepted; {_ALLOWED}",
                                     path=name)
    if looks_like_text(data[:65536]):
        return "txt"
    raise UnsupportedFormatError("a binary file of unknown type is not accepted; "
                                 f"{_ALLOWED}", path=name)


def check_attachment(name: str | None, data: bytes, limit: int) -> tuple[str, str]:
    """(safe name, kind) of a file to attach, or an error naming the file."""
    shown = safe_file_name(name, "bin")
    if len(data) > limit:
        raise TooLargeError(f"{len(data) / 2**20:.1f} MB is over the upload limit of "
                            f"{limit / 2**20:g} MB", path=shown)
    kind = attachment_kind(data, shown)
    return safe_file_name(name, kind), kind


def add_attachments(session: Session, ring: Keyring, actor: Actor, case: ConsularCase,
                    files: Sequence[tuple[str | None, bytes]], limit: int) -> list[int]:
    """Check, encrypt and add files to a case in an open transaction; their numbers.

    Every file is checked before any is added: one bad file adds none.
    """
    checked = [(*check_attachment(name, data, limit), data) for name, data in files]
    if not checked:
        return []
    start = 0
    if case.id is not None:
        start = session.scalar(select(func.max(Attachment.n)).where(
            Attachment.case_id == case.id)) or 0
    numbers = []
    for i, (name, kind, data) in enumerate(checked, start=start + 1):
        row = Attachment(n=i, kind=kind, size=len(data), added_by=actor.name, added_at=utcnow(),
                         name_enc=ring.encrypt(name, "attachment.name"),
                         data_enc=ring.encrypt_bytes(data, "attachment.data"))
        if case.id is None:
            case.attachments.append(row)
        else:
            row.case_id = case.id
            session.add(row)
        note = CaseNote(author=actor.name, kind="attach", at=utcnow(),
                        detail=f"attachment {i} added ({kind}, {_size(len(data))})")
        if case.id is None:
            case.notes.append(note)
        else:
            note.case_id = case.id
            session.add(note)
        numbers.append(i)
    return numbers


def _size(n: int) -> str:
    return f"{n} B" if n < 1024 else (f"{n / 1024:.0f} kB" if n < 2**20
                                      else f"{n / 2**20:.1f} MB")


def _case(session: Session, actor: Actor, case_id: int) -> ConsularCase:
    case = session.get(ConsularCase, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}; list them with `communique cases list`")
    require_case(actor, case)
    return case


def attach_file(desk: Desk, actor: Actor, case_id: int, name: str | None, data: bytes, *,
                limit: int) -> int:
    """Attach one file to a case (one transaction); returns its number on the case."""
    require_desk(actor)
    ring = desk.keyring()
    with desk.registry.write() as session:
        case = _case(session, actor, case_id)
        if case.erased_at is not None:
            raise UsageError(f"case {case_id} was erased: it takes no new personal data")
        (n,) = add_attachments(session, ring, actor, case, [(name, data)], limit)
        session.flush()
        audit(session, who=actor.name, action="attach", entity="case", entity_id=case.id,
              note=f"attachment {n}")
        return n


def attach_path(desk: Desk, actor: Actor, case_id: int, path: str | Path, *,
                limit: int) -> int:
    """Attach a file from disk (its size is checked before it is read)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > limit:
            raise TooLargeError(f"{size / 2**20:.1f} MB is over the upload limit of "
                                f"{limit / 2**20:g} MB", path=str(file))
        data = file.read_bytes()
    except IsADirectoryError:
        raise UsageError("a folder, not a file", path=str(file)) from None
    except OSError as exc:
        raise UsageError(f"cannot read it ({exc.strerror})", path=str(file)) from None
    return attach_file(desk, actor, case_id, file.name, data, limit=limit)


def attachment_rows(ring: Keyring, rows: Sequence[Attachment]) -> list[dict[str, Any]]:
    """The case page's list: number, name (decrypted), kind, size, who and when."""
    return [{"n": a.n, "name": ring.decrypt(a.name_enc, "attachment.name"), "kind": a.kind,
             "size": a.size, "added_by": a.added_by, "added_at": a.added_at.isoformat(),
             "erased": a.erased_at is not None} for a in sorted(rows, key=lambda a: a.n)]


def read_attachment(desk: Desk, actor: Actor, case_id: int, n: int) -> AttachmentFile:
    """One attachment's name and bytes, decrypted; the read is written to the access log."""
    require_desk(actor)
    ring = desk.keyring()
    with desk.registry.write() as session:
        case = _case(session, actor, case_id)
        row = session.scalars(select(Attachment).where(Attachment.case_id == case.id,
                                                       Attachment.n == n)).first()
        if row is None:
            raise NotFound(f"case {case_id} has no attachment {n}; `communique cases show "
                           f"{case_id}` lists them")
        if row.data_enc is None:
            raise NotFound(f"attachment {n} of case {case_id} was erased")
        data = ring.decrypt_bytes(row.data_enc, "attachment.data") or b""
        name = ring.decrypt(row.name_enc, "attachment.name") or f"attachment.{row.kind}"
        log_access(session, actor, "read", case_id=case.id, fields=("attachment",),
                   note=f"attachment {n}")
        return AttachmentFile(case.id, n, name, row.kind, data)
