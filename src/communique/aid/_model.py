"""An aid activity as exchanged (JSON Lines, CSV, the web) and read from a record."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import QUALIFIERS, DateSpan, Quantity, Record

__all__ = ["Aid", "MODALITIES", "STATUSES", "validate_aid", "aid_from_record"]

MODALITIES: tuple[str, ...] = ("in_kind", "cash", "vaccines", "services")
STATUSES: tuple[str, ...] = ("pledged", "committed", "disbursed")
_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass
class Aid:
    """Who gives what to whom: ``donor`` and ``recipients`` are ISO3 country codes or
    organisation codes (``WHO``); ``amount`` is in ``currency`` (ISO 4217)."""

    title: str
    donor: str
    recipients: list[str]
    modality: str = "in_kind"
    status: str = "disbursed"
    date: DateSpan = field(default_factory=DateSpan)
    channel: str | None = None
    sector: str | None = None
    amount: float | int | None = None
    currency: str | None = None
    measures: list[Quantity] = field(default_factory=list)
    event_id: int | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "donor": self.donor,
                "channel": self.channel, "recipients": list(self.recipients),
                "sector": self.sector, "modality": self.modality, "status": self.status,
                "amount": self.amount, "currency": self.currency,
                "date": self.date.to_dict(), "measures": [m.to_dict() for m in self.measures],
                "event_id": self.event_id}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Aid:
        date = d.get("date") or {}
        amount = d.get("amount")
        return cls(
            id=d.get("id"), title=str(d.get("title") or ""), donor=str(d["donor"]).upper(),
            channel=d.get("channel") or None,
            recipients=[str(r) for r in d.get("recipients") or []],
            sector=d.get("sector") or None, modality=d.get("modality") or "in_kind",
            status=d.get("status") or "disbursed",
            amount=(int(amount) if isinstance(amount, float) and amount.is_integer()
                    else amount),
            currency=(d.get("currency") or None) and str(d["currency"]).upper(),
            date=DateSpan(date.get("start"), date.get("end")),
            measures=[Quantity(m["value"], m.get("qualifier") or "exactly", m.get("unit"))
                      for m in d.get("measures") or []],
            event_id=d.get("event_id"))


def validate_aid(d: Any) -> list[str]:
    """Every problem of one aid activity dict (empty when it is good)."""
    from ..registry import date_bounds

    if not isinstance(d, dict):
        return [f"expected a JSON object, found {type(d).__name__}"]
    problems = []
    if not d.get("donor") or not isinstance(d["donor"], str):
        problems.append("missing field 'donor' (ISO3 code of the giver, e.g. AZE)")
    recipients = d.get("recipients")
    if not isinstance(recipients, list) or not recipients or \
            not all(isinstance(r, str) and r for r in recipients):
        problems.append("'recipients' must be a non-empty list of ISO3 or organisation codes")
    if d.get("modality", "in_kind") not in MODALITIES:
        problems.append(f"unknown modality {d.get('modality')!r} (one of {', '.join(MODALITIES)})")
    if d.get("status", "disbursed") not in STATUSES:
        problems.append(f"unknown status {d.get('status')!r} (one of {', '.join(STATUSES)})")
    amount = d.get("amount")
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int | float)
                               or amount < 0):
        problems.append(f"amount must be a number of at least 0, not {amount!r}")
    currency = d.get("currency")
    if amount is not None and not (isinstance(currency, str) and _CODE.match(currency.upper())):
        problems.append("an amount needs its 'currency' (ISO 4217, e.g. USD)")
    problems += _texts(d)
    measures = d.get("measures") or []
    if not isinstance(measures, list) or not all(
            isinstance(m, dict) and isinstance(m.get("value"), int | float)
            and not isinstance(m.get("value"), bool)
            and (m.get("unit") is None or isinstance(m.get("unit"), str))
            and m.get("qualifier", "exactly") in QUALIFIERS for m in measures):
        problems.append("measures must be a list of {value, qualifier, unit}")
    date = d.get("date") or {}
    if not isinstance(date, dict):
        problems.append(f"date must be an object {{start, end}}, not {date!r}")
    elif not all(v is None or isinstance(v, str) for v in (date.get("start"), date.get("end"))):
        problems.append("date.start and date.end are text: YYYY, YYYY-MM or YYYY-MM-DD")
    elif date.get("start"):
        try:
            date_bounds(date.get("start"), date.get("end"))
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append(f"impossible date: {exc}")
    return problems


#: the registry's column widths
_WIDTHS = {"title": 1000, "donor": 40, "channel": 200, "sector": 200}


def _texts(d: dict[str, Any]) -> list[str]:
    out = []
    for key, width in _WIDTHS.items():
        value = d.get(key)
        if value is not None and (not isinstance(value, str) or len(value) > width
                                  or "\x00" in value):
            out.append(f"{key} must be text of at most {width} characters")
    for r in d.get("recipients") or [] if isinstance(d.get("recipients"), list) else []:
        if isinstance(r, str) and (len(r) > 200 or "\x00" in r):
            out.append("a recipient code has at most 200 characters")
            break
    return out


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    return tomllib.loads(resources.files("communique.aid").joinpath("data", "aid.toml")
                        .read_text(encoding="utf-8"))


def _first(table: dict[str, list[str]], text: str) -> str | None:
    return next((key for key, words in table.items() if any(w in text for w in words)), None)


def aid_from_record(rec: Record, *, issuer: str | None = None,
                    event_id: int | None = None) -> Aid | None:
    """The aid activity an ``aid`` record reports (``None`` when it names no recipient).
    Modality and status come from the words of its sentence (``data/aid.toml``); an
    amount from its measures (the first one in a currency)."""
    from ..measures import is_currency

    donor = (rec.from_[0] if rec.from_ else issuer) or ""
    recipients = [c for c in rec.to if c != donor] + list(rec.organizations)
    if not recipients or not donor:
        return None
    text = (rec.source.text if rec.source else rec.title or "").lower()
    cues = _cues()
    amount = next((m for m in rec.measures if is_currency(m.unit)), None)
    others = [m for m in rec.measures if m is not amount]
    modality = _first(cues["modality"], text) or cues["default"]["modality"]
    status = _first(cues["status"], text) or cues["default"]["status"]
    title = rec.title or f"{modality.replace('_', ' ')} aid to {', '.join(recipients)}"
    return Aid(title=title, donor=donor, recipients=recipients, modality=modality,
               status=status, date=rec.date, amount=amount.value if amount else None,
               currency=amount.unit if amount else None, measures=others, event_id=event_id)
