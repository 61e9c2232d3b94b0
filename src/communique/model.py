"""The record every part of communique speaks: the interchange format v1.

See ``../shared/schema/events-v1.md`` (and the README): one flat JSON object
per event, every field present, ``null`` or ``[]`` when it does not apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CORE_TYPES",
    "EVENT_TYPES",
    "QUALIFIERS",
    "ROLES",
    "CODES",
    "TYPE_COLOURS",
    "DateSpan",
    "Person",
    "Place",
    "Quantity",
    "Source",
    "Record",
]

CORE_TYPES: tuple[str, ...] = (
    "visit", "meeting", "call", "consultation", "commission", "agreement",
)
EVENT_TYPES: tuple[str, ...] = CORE_TYPES + (
    "multilateral", "resolution", "election", "chairmanship", "legal", "mission",
    "aid", "consular", "outreach", "figure",
)
QUALIFIERS: tuple[str, ...] = ("exactly", "more_than", "about", "at_least", "less_than")
ROLES: tuple[str, ...] = (
    "head_of_state", "head_of_government", "vice_president", "deputy_head_of_government",
    "foreign_minister", "deputy_foreign_minister", "minister", "parliament_speaker",
    "member_of_parliament", "ambassador", "envoy", "secretary_general", "military",
    "governor", "delegation", "official", "other",
)
#: PLOVER and CAMEO codes per type (the schema's type table), for researchers
#: joining with POLECAT- or ICEWS-style data.
CODES: dict[str, tuple[str | None, str | None]] = {
    "visit": ("CONSULT", "042"),
    "meeting": ("CONSULT", "040"),
    "call": ("CONSULT", "041"),
    "consultation": ("CONSULT", "040"),
    "commission": ("COOPERATE", "046"),
    "agreement": ("AGREE", "057"),
    "multilateral": ("CONSULT", "040"),
    "resolution": (None, None),
    "election": (None, None),
    "chairmanship": (None, None),
    "legal": ("ACCUSE", "115"),
    "mission": (None, None),
    "aid": ("AID", "07"),
    "consular": (None, None),
    "outreach": (None, None),
    "figure": (None, None),
}

#: One colour per event type, for every chart, page and file (web, review, dossiers):
#: sixteen distinct hues, the core types the strongest.
TYPE_COLOURS: dict[str, str] = {
    "visit": "#d62728", "meeting": "#1f77b4", "call": "#17becf", "consultation": "#9467bd",
    "commission": "#8c564b", "agreement": "#2ca02c", "multilateral": "#ff7f0e",
    "resolution": "#bcbd22", "election": "#e377c2", "chairmanship": "#7f7f7f",
    "legal": "#393b79", "mission": "#637939", "aid": "#e7ba52", "consular": "#843c39",
    "outreach": "#7b4173", "figure": "#bdbdbd",
}


@dataclass(frozen=True)
class DateSpan:
    """ISO dates at the precision the text gives (YYYY, YYYY-MM or YYYY-MM-DD)."""

    start: str | None = None
    end: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Person:
    name: str | None
    role: str
    country: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "role": self.role, "country": self.country}


@dataclass(frozen=True)
class Place:
    country: str | None = None
    city: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"country": self.country, "city": self.city}


@dataclass(frozen=True)
class Quantity:
    value: float | int
    qualifier: str = "exactly"
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "qualifier": self.qualifier, "unit": self.unit}


@dataclass(frozen=True)
class Source:
    doc: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Record:
    """One diplomatic event in the interchange format."""

    type: str
    date: DateSpan = field(default_factory=DateSpan)
    from_: list[str] = field(default_factory=list)
    to: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    place: Place | None = None
    title: str | None = None
    quantity: Quantity | None = None
    optional: bool = False
    source: Source | None = None
    id: str = ""
    #: how sure extraction is that the record is a true event, in [0, 1]
    #: (None when unknown: entered by hand, or from a file without it)
    confidence: float | None = None
    #: What the event counts besides its one ``quantity`` ("143 votes",
    #: "40 students"); an amount has its ISO 4217 currency as ``unit``.
    measures: list[Quantity] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "date": self.date.to_dict(),
            "countries": {"from": list(self.from_), "to": list(self.to)},
            "organizations": list(self.organizations),
            "persons": [p.to_dict() for p in self.persons],
            "place": self.place.to_dict() if self.place else None,
            "title": self.title,
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "optional": self.optional,
            "source": self.source.to_dict() if self.source else None,
            "confidence": self.confidence,
            "measures": [m.to_dict() for m in self.measures],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        """Build a record from an interchange-format dict (no validation here;
        see :mod:`communique.validate` for checked input)."""
        date = d.get("date") or {}
        countries = d.get("countries") or {}
        place = d.get("place")
        qty = d.get("quantity")
        src = d.get("source")
        return cls(
            id=str(d.get("id") or ""),
            type=d["type"],
            date=DateSpan(date.get("start"), date.get("end")),
            from_=list(countries.get("from") or []),
            to=list(countries.get("to") or []),
            organizations=list(d.get("organizations") or []),
            persons=[Person(p.get("name"), p.get("role") or "other", p.get("country"))
                     for p in d.get("persons") or []],
            place=Place(place.get("country"), place.get("city")) if place else None,
            title=d.get("title"),
            quantity=Quantity(qty["value"], qty.get("qualifier") or "exactly", qty.get("unit"))
            if qty else None,
            optional=bool(d.get("optional")),
            source=Source(src.get("doc") or "", int(src.get("start") or 0),
                          int(src.get("end") or 0), src.get("text") or "") if src else None,
            confidence=_confidence(d.get("confidence")),
            measures=[Quantity(m["value"], m.get("qualifier") or "exactly", m.get("unit"))
                      for m in d.get("measures") or []],
        )


def _confidence(value: Any) -> float | None:
    """A confidence as read: a number, or None when absent (old files)."""
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
