"""``cases intake FILE.eml``: a citizen's e-mail becomes a case, with its attachments.

    case_ids = intake_emails(desk, me, ["appeal.eml"], country="TUR", limit=20 * 2**20)

Read with the standard library (``email``, ``policy=default``): the sender
is the citizen (display name -> name, address -> contacts), the subject is
the summary, the body is the first entry of the timeline (kind ``email``,
encrypted; it is the citizen's words, not the desk's first response), the
``Date`` header is when the case opened, the channel is ``email``, and
every attached file becomes a case attachment (typed by content and
limited in size as any attachment). Every file is read and checked before
anything is stored, and all of them are stored in one transaction: a file
that is not an e-mail, has no date or a date in the future, or carries an
oversize or banned attachment refuses the whole intake with an error
naming the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from ..errors import CommuniqueError, UsageError
from ..registry import audit
from ._access import Actor, require_desk
from ._attachments import add_attachments, check_attachment
from ._cases import add_case, check_case
from ._desk import Desk
from ._models import CaseNote
from ._stats import refresh_appeals
from ._values import CitizenInput, utcnow

__all__ = ["EmailCase", "read_email", "intake_emails", "BODY_LIMIT"]

#: characters of the body kept on the timeline
BODY_LIMIT = 20000
#: a date this far ahead of the clock is still taken (clocks drift)
_SKEW = timedelta(minutes=10)


@dataclass
class EmailCase:
    """What an e-mail says, in memory only (plaintext)."""

    path: str
    opened: datetime
    sender_name: str | None
    sender_address: str | None
    subject: str | None
    body: str | None
    attachments: list[tuple[str | None, bytes]] = field(default_factory=list)


def _fail(path: Path, message: str) -> UsageError:
    return UsageError(message, path=str(path))


def _text_of(part: EmailMessage) -> str:
    content = part.get_content()
    if part.get_content_subtype() == "html":
        import lxml.html

        try:
            content = lxml.html.fromstring(content).text_content()
        except (ValueError, TypeError):  # an empty or odd HTML body
            content = ""
    return "\n".join(line.rstrip() for line in str(content).strip().splitlines())


def _date(path: Path, msg: EmailMessage, now: datetime) -> datetime:
    given = [str(v).strip() for k, v in msg.raw_items() if k.lower() == "date"]
    if not given or not given[0]:
        raise _fail(path, "the e-mail has no Date header: the case needs the day it came")
    try:
        when = msg["Date"].datetime
    except (AttributeError, TypeError, ValueError):
        when = None
    if when is None:
        raise _fail(path, "the Date header is not a date (RFC 5322, e.g. "
                          "'Thu, 4 Mar 2021 10:15:00 +0300')")
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    if when > now + _SKEW:
        raise _fail(path, f"the e-mail is dated in the future ({when:%Y-%m-%d %H:%M} UTC)")
    return when.replace(microsecond=0)


def read_email(path: str | Path, *, limit: int, now: datetime | None = None) -> EmailCase:
    """Read and check one .eml file; UsageError naming the file when it will not do."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > limit * 4 // 3 + (1 << 20):  # base64 grows attachments by a third
            raise _fail(file, f"{size / 2**20:.1f} MB is more than an e-mail under the upload "
                              f"limit of {limit / 2**20:g} MB can be")
        data = file.read_bytes()
    except IsADirectoryError:
        raise _fail(file, "a folder, not an e-mail file") from None
    except FileNotFoundError:
        raise _fail(file, "no such file") from None
    except OSError as exc:
        raise _fail(file, f"cannot read it ({exc.strerror})") from None
    from ..documents import looks_like_text

    if not data.strip() or not looks_like_text(data[:65536]):
        raise _fail(file, "not an e-mail message (empty or binary): save the message as "
                          ".eml (RFC 5322) from the mail program")
    msg = BytesParser(policy=policy.default).parsebytes(data)  # type: ignore[arg-type]
    assert isinstance(msg, EmailMessage)
    if not any(msg.get(h) for h in ("From", "Date", "Subject", "Message-ID")):
        raise _fail(file, "not an e-mail message: no From, Date, Subject or Message-ID "
                          "header; save the message as .eml (RFC 5322)")
    opened = _date(file, msg, now or utcnow())
    try:
        sender = msg["From"].addresses[0] if msg.get("From") else None
    except (AttributeError, IndexError, TypeError):
        sender = None
    if sender is None or not sender.addr_spec or "@" not in sender.addr_spec:
        raise _fail(file, "the From header holds no e-mail address: the case needs the sender")
    body_part = msg.get_body(preferencelist=("plain", "html"))
    try:
        body = _text_of(body_part) if body_part is not None else ""  # type: ignore[arg-type]
    except (LookupError, ValueError, UnicodeError):
        raise _fail(file, "the body of the e-mail cannot be decoded (unknown charset)") from None
    files: list[tuple[str | None, bytes]] = []
    for i, part in enumerate(msg.iter_attachments(), start=1):
        name = part.get_filename() or f"attachment-{i}"
        try:
            content = part.get_content()
        except (LookupError, ValueError, UnicodeError):
            raise _fail(file, f"attachment {i} cannot be decoded") from None
        if isinstance(content, str):
            payload = content.encode("utf-8")
        elif isinstance(content, EmailMessage):
            payload = content.as_bytes()
        else:
            payload = bytes(content)
        try:
            check_attachment(name, payload, limit)
        except CommuniqueError as exc:
            raise _fail(file, f"attachment {i} ({exc.path}): {exc.message}") from None
        files.append((name, payload))
    subject = " ".join(str(msg.get("Subject") or "").split()) or None
    return EmailCase(str(file), opened, sender.display_name.strip() or None, sender.addr_spec,
                     subject, body[:BODY_LIMIT] or None, files)


def intake_emails(desk: Desk, actor: Actor, paths: Sequence[str | Path], *, country: str,
                  category: str = "appeal", mission: str | None = None,
                  city: str | None = None, priority: str = "normal", limit: int,
                  now: datetime | None = None) -> list[int]:
    """Open one case per e-mail; every file is checked first, then all are stored at once."""
    require_desk(actor)
    if not paths:
        raise UsageError("give one or more .eml files")
    mails = [read_email(p, limit=limit, now=now) for p in paths]
    checked = [check_case(opened=m.opened, channel="email", category=category,
                          country=country, priority=priority) for m in mails]
    ring = desk.keyring()
    with desk.registry.write() as session:
        cases = []
        for mail, values in zip(mails, checked, strict=True):
            case = add_case(session, ring, actor, values, city=city, mission=mission,
                            citizen=CitizenInput(name=mail.sender_name,
                                                 contacts=mail.sender_address),
                            summary=mail.subject, officer=None)
            if mail.body:
                case.notes.append(CaseNote(author=actor.name, kind="email", at=mail.opened,
                                           detail="the citizen's e-mail",
                                           text_enc=ring.encrypt(mail.body, "note.text")))
            add_attachments(session, ring, actor, case, mail.attachments, limit)
            cases.append(case)
        session.flush()
        for case in cases:
            audit(session, who=actor.name, action="intake", entity="case", entity_id=case.id,
                  note=f"opened from an e-mail with {len(case.attachments)} attachment(s)")
        refresh_appeals(session, {(c.month, c.category, c.country) for c in cases})
        return [c.id for c in cases]
