"""Checking what comes in: dates, countries, vocabularies, citizens.

Error messages name the field and the problem, never the personal value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from ..errors import UsageError
from ._crypto import Keyring, name_tokens
from ._models import Citizen, NameToken, utcnow

__all__ = ["CHANNELS", "CATEGORIES", "STATUSES", "PRIORITIES", "SEXES", "KINDS",
           "CitizenInput", "parse_moment", "parse_day", "check_country", "check_choice",
           "age_group", "make_citizen", "citizen_fields", "PERSONAL_FIELDS", "check_text",
           "utcnow"]

CHANNELS: tuple[str, ...] = ("hotline", "email", "web", "walk-in", "letter")
CATEGORIES: tuple[str, ...] = (
    "appeal", "lost-document", "detention", "death", "hospital", "missing-person",
    "victim-of-crime", "evacuation", "repatriation", "child-abduction", "other")
STATUSES: tuple[str, ...] = ("new", "assigned", "in-progress", "waiting", "resolved", "closed")
PRIORITIES: tuple[str, ...] = ("low", "normal", "high", "urgent")
KINDS: tuple[str, ...] = ("evacuation", "repatriation")
SEXES: dict[str, str] = {"f": "F", "female": "F", "w": "F", "woman": "F", "m": "M",
                         "male": "M", "man": "M", "x": "X", "other": "X"}
PERSONAL_FIELDS: tuple[str, ...] = ("name", "birth_date", "sex", "document_number", "contacts",
                                    "next_of_kin")


@dataclass(frozen=True)
class CitizenInput:
    """A citizen as given (plaintext, in memory only)."""

    name: str | None = None
    birth_date: str | None = None
    sex: str | None = None
    document_number: str | None = None
    contacts: str | None = None
    next_of_kin: str | None = None

    def empty(self) -> bool:
        return not any((self.name, self.birth_date, self.sex, self.document_number,
                        self.contacts, self.next_of_kin))


def check_text(value: str | None, field: str, limit: int = 200) -> str | None:
    """Free text of a non-personal field: trimmed, no control characters, at most ``limit``."""
    text = " ".join((value or "").split())
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise UsageError(f"{field}: control characters are not allowed")
    if len(text) > limit:
        raise UsageError(f"{field}: longer than {limit} characters")
    return text or None


def parse_moment(value: str | datetime, field: str = "opened") -> datetime:
    """A date-time from ISO text ("2021-03-04", "2021-03-04T10:15", "2021-03-04 10:15")."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    text = (value or "").strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{field}: {text!r} is not a date or date-time; write "
                         "YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None
    return moment.replace(tzinfo=None, microsecond=0)


def parse_day(value: str, field: str) -> date:
    text = (value or "").strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{field}: not a valid date; write YYYY-MM-DD") from None


def check_country(code: str, field: str = "country") -> str:
    from ..reference import is_country_code

    value = (code or "").strip().upper()
    if not is_country_code(value):
        raise UsageError(f"{field}: {value!r} is not an ISO 3166-1 alpha-3 country code "
                         "(e.g. TUR, DEU)")
    return value


def check_choice(value: str, choices: tuple[str, ...], field: str) -> str:
    v = (value or "").strip().lower()
    if v not in choices:
        raise UsageError(f"{field}: {value!r} is not one of {', '.join(choices)}")
    return v


def _sex(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    found = SEXES.get(value.strip().lower())
    if found is None:
        raise UsageError("citizen sex: write F, M or X")
    return found


def age_group(birth: date | None, sex: str | None, on: date) -> str:
    """child (under 18 on ``on``), woman (adult female), man, adult (other sex) or unknown."""
    if birth is None:
        return "unknown"
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if age < 18:
        return "child"
    return {"F": "woman", "M": "man"}.get(sex or "", "adult")


def citizen_fields(ring: Keyring, person: CitizenInput, *, on: date
                   ) -> tuple[dict[str, Any], list[str]]:
    """Check and encrypt a citizen: (column values, keyed hashes of the name's words)."""
    birth = parse_day(person.birth_date, "citizen birth date") if person.birth_date else None
    if birth is not None and birth > on:
        raise UsageError(f"citizen birth date: after the date of the case or operation ({on})")
    if birth is not None and birth.year < on.year - 130:
        raise UsageError("citizen birth date: more than 130 years before the case")
    sex = _sex(person.sex)
    name = check_text(person.name, "citizen name", 300)
    doc = check_text(person.document_number, "citizen document number", 60)
    fields = {
        "name_enc": ring.encrypt(name, "citizen.name"),
        "birth_date_enc": ring.encrypt(birth.isoformat() if birth else None,
                                       "citizen.birth_date"),
        "sex_enc": ring.encrypt(sex, "citizen.sex"),
        "document_enc": ring.encrypt(doc, "citizen.document_number"),
        "contacts_enc": ring.encrypt((person.contacts or "").strip() or None,
                                     "citizen.contacts"),
        "next_of_kin_enc": ring.encrypt((person.next_of_kin or "").strip() or None,
                                        "citizen.next_of_kin"),
        "name_idx": ring.name_index(name) if name else None,
        "document_idx": ring.document_index(doc) if doc else None,
        "grp": age_group(birth, sex, on),
    }
    tokens = [ring.token_index(t) for t in name_tokens(name)] if name else []
    return fields, tokens


def make_citizen(session: Session, ring: Keyring, person: CitizenInput, *, on: date,
                 case_id: int | None = None, operation_id: int | None = None) -> Citizen:
    """Check, encrypt and add a citizen (the case or operation date is ``on``)."""
    fields, tokens = citizen_fields(ring, person, on=on)
    row = Citizen(case_id=case_id, operation_id=operation_id, **fields)
    row.tokens = [NameToken(token=t) for t in tokens]
    session.add(row)
    return row


def decrypt_citizen(ring: Keyring, row: Citizen) -> dict[str, str | None]:
    return {
        "name": ring.decrypt(row.name_enc, "citizen.name"),
        "birth_date": ring.decrypt(row.birth_date_enc, "citizen.birth_date"),
        "sex": ring.decrypt(row.sex_enc, "citizen.sex"),
        "document_number": ring.decrypt(row.document_enc, "citizen.document_number"),
        "contacts": ring.decrypt(row.contacts_enc, "citizen.contacts"),
        "next_of_kin": ring.decrypt(row.next_of_kin_enc, "citizen.next_of_kin"),
    }
