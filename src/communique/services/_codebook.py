"""The codebook of the flat exports: every column's meaning, type, codes and units,
written as a Frictionless Data Package (``datapackage.json``, Table Schema).

One list of fields serves the CSV and the Parquet file; they differ only where
Parquet keeps lists as lists (``countries_from`` is ``list<string>`` there, a
``;``-joined string in CSV) and the persons as structs (a JSON array in CSV).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import CODES, EVENT_TYPES, QUALIFIERS, ROLES

__all__ = ["Field", "FIELDS", "NONE_CODE", "CODE_NOTES", "date_bounds", "date_precision",
           "code_of", "country_names", "table_schema", "package_descriptor"]

#: written in the plover / cameo columns of a type that has no code: explicit, not blank
NONE_CODE = "none"

#: why a type has no PLOVER or CAMEO code (the codebook says so for each)
CODE_NOTES: dict[str, str] = {
    "resolution": "an organisation's body adopting a text is no interaction between two "
                  "actors in PLOVER or CAMEO",
    "election": "an election to a post or body is not an event category of PLOVER or CAMEO",
    "chairmanship": "holding a chair is a standing role, not an event of PLOVER or CAMEO",
    "mission": "opening or closing an embassy has no PLOVER or CAMEO category",
    "consular": "consular operations (repatriation, evacuation) have no PLOVER or CAMEO "
                "category",
    "outreach": "conferences, exhibitions and programmes have no PLOVER or CAMEO category",
    "figure": "a counted fact is not one event; it has no PLOVER or CAMEO category",
}

_LIST_SEP = ";"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Table Schema type in CSV
    description: str
    #: Table Schema type in Parquet, when it differs: "any" for Parquet lists, which
    #: the Table Schema cannot type (frictionless reads them as arrays, not JSON lists)
    parquet_type: str | None = None
    constraints: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def schema(self, fmt: str) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name,
                               "type": (self.parquet_type or self.type)
                               if fmt == "parquet" else self.type,
                               "description": self.description}
        if self.type == "date":
            out["format"] = "default"
        if self.constraints:
            out["constraints"] = dict(self.constraints)
        out.update(self.extra)
        return out


def _codes_text(which: int) -> str:
    parts = []
    for t in EVENT_TYPES:
        code = CODES.get(t, (None, None))[which]
        parts.append(f"{t}={code}" if code else f"{t}={NONE_CODE} ({CODE_NOTES[t]})")
    return "; ".join(parts)


def _lst(desc: str) -> str:
    return f"{desc} In CSV joined by '{_LIST_SEP}'; in Parquet a list."


_NAN = ("in Parquet an int64, which pandas turns into a float when a value is missing, "
        "so the Table Schema says number there")
_PLOVER = sorted({c[0] for c in CODES.values() if c[0]} | {NONE_CODE})
_CAMEO = sorted({c[1] for c in CODES.values() if c[1]} | {NONE_CODE})

FIELDS: tuple[Field, ...] = (
    Field("id", "string", "The event's name everywhere in communique (web, reports, "
          "check): 'ev-' and its registry number.", constraints={"required": True,
                                                                "unique": True,
                                                                "pattern": "ev-[0-9]+"}),
    Field("type", "string", "Event type of the interchange format v1 (see the record "
          "format).", constraints={"required": True, "enum": list(EVENT_TYPES)}),
    Field("date_start", "string", "Start date as the source gives it: YYYY, YYYY-MM or "
          "YYYY-MM-DD.", constraints={"pattern": r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"}),
    Field("date_end", "string", "End date of a span (same precision rules), empty for "
          "one day.", constraints={"pattern": r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"}),
    Field("date_precision", "string", "How precise date_start is: day, month or year.",
          constraints={"enum": ["day", "month", "year"]}),
    Field("date_first", "date", "First day the dates can mean (2023-06 -> 2023-06-01): "
          "a typed date to sort and filter on."),
    Field("date_last", "date", "Last day the dates can mean (end, else start; 2023-06 -> "
          "2023-06-30)."),
    Field("countries_from", "string", _lst("ISO 3166-1 alpha-3 codes of the initiating "
          "side (visitor, caller, donor...)."), parquet_type="any"),
    Field("countries_from_names", "string", _lst("The same countries by their English "
          "short names, as communique writes them."), parquet_type="any"),
    Field("countries_to", "string", _lst("ISO 3166-1 alpha-3 codes of the other side "
          "(host, counterpart, recipient...)."), parquet_type="any"),
    Field("countries_to_names", "string", _lst("The same countries by name."),
          parquet_type="any"),
    Field("organizations", "string", _lst("Organisations or formats involved, by short "
          "name (UN, UNGA, OSCE...)."), parquet_type="any"),
    Field("persons", "string", "Persons named: in CSV a JSON array, in Parquet a list, of "
          f"{{name, role, country}}; role is one of {', '.join(ROLES)}.",
          parquet_type="any"),
    Field("place_country", "string", "ISO3 code of the country where it happened.",
          constraints={"pattern": "[A-Z]{3}"}),
    Field("place_country_name", "string", "That country's name."),
    Field("place_city", "string", "City where it happened."),
    Field("title", "string", "Title of an agreement, resolution, post or programme."),
    Field("quantity_value", "number", "A counted amount (figures, aid, consular work), in "
          "the unit of quantity_unit."),
    Field("quantity_qualifier", "string", "How exact quantity_value is.",
          constraints={"enum": list(QUALIFIERS)}),
    Field("quantity_unit", "string", "Unit of quantity_value as the text names it "
          "(meetings, tonnes, USD, citizens...)."),
    Field("optional", "boolean", "True for a record the source mentions only in passing "
          "(counted only where the counting rules say so).",
          extra={"trueValues": ["true"], "falseValues": ["false"]}),
    Field("confidence", "number", "How sure extraction is that the record is true, from 0 "
          "to 1 (records at 0.9 or above were right 95% of the time on the real texts it was "
          "measured on; see the README's calibration table); the highest of the event's "
          "mentions; empty for records entered or imported without one. (No range "
          "constraint in the Table Schema: read from Parquet through pandas, an empty "
          "value is NaN, which a range check refuses.)"),
    Field("source_doc", "string", "Name of the document the first mention comes from."),
    Field("source_start", "integer", "Character offset where the supporting sentence "
          "starts in the document's text (a whole number; " + _NAN + ").",
          parquet_type="number"),
    Field("source_end", "integer", "Character offset where it ends (" + _NAN + ").",
          parquet_type="number"),
    Field("source_text", "string", "The supporting sentence."),
    Field("status", "string", "Review status in the registry.",
          constraints={"required": True, "enum": ["candidate", "accepted", "rejected"]}),
    Field("plover", "string", "PLOVER event category of the type, or 'none' where there "
          f"is none: {_codes_text(0)}.", constraints={"enum": _PLOVER}),
    Field("cameo", "string", "CAMEO code of the type as a string (keep the leading zero: "
          f"'040', '07'), or 'none': {_codes_text(1)}.", constraints={"enum": _CAMEO}),
    Field("measures", "string", "Quantities the record carries, each with its unit (votes, "
          "co-sponsors, students, participants, people, doses, tonnes, or an ISO 4217 "
          "currency code for an amount): in CSV a JSON array of {value, qualifier, unit} "
          "(empty when none), in Parquet a list of structs.", parquet_type="any"),
)


def date_precision(start: str | None) -> str | None:
    """day, month or year for YYYY-MM-DD, YYYY-MM, YYYY; None for no date."""
    if not start:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(start))


def _first(value: str) -> str:
    return value + {4: "-01-01", 7: "-01"}.get(len(value), "")


def _last(value: str) -> str:
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def date_bounds(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    """(first day, last day) the partial dates can mean."""
    if not start:
        return None, None
    return date.fromisoformat(_first(start)), date.fromisoformat(_last(end or start))


def code_of(kind: str, which: int) -> str:
    """The PLOVER (0) or CAMEO (1) code of a type, or ``"none"``."""
    return CODES.get(kind, (None, None))[which] or NONE_CODE


def country_names(codes: list[str]) -> list[str]:
    from ..reference import countries

    known = countries()
    return [known[c].name if c in known else c for c in codes]


def table_schema(fmt: str) -> dict[str, Any]:
    """The Table Schema of the flat export in ``csv`` or ``parquet``."""
    schema: dict[str, Any] = {"fields": [f.schema(fmt) for f in FIELDS],
                              "primaryKey": ["id"], "missingValues": [""]}
    return schema


def package_descriptor(fmt: str, data_name: str, *, title: str | None = None,
                       rows: int | None = None) -> dict[str, Any]:
    """The ``datapackage.json`` of one export: one resource ``data_name`` (a file name
    beside the descriptor) in ``csv`` or ``parquet``, with its Table Schema."""
    from .. import __version__

    resource: dict[str, Any] = {
        "name": "events", "path": data_name, "profile": "tabular-data-resource",
        "format": fmt, "schema": table_schema(fmt),
        "description": "One row per event of the registry (the source is its first "
                       "mention)." + (f" {rows} row(s)." if rows is not None else ""),
    }
    if fmt == "csv":
        resource.update(mediatype="text/csv", encoding="utf-8",
                        dialect={"delimiter": ",", "header": True})
    else:
        resource["mediatype"] = "application/vnd.apache.parquet"
    return {
        "name": "communique-events", "profile": "tabular-data-package",
        "title": title or "Diplomatic events exported from a communique registry",
        "description": "Events of a communique registry with the sentence each comes "
                       "from. Codes are strings; dates come as the source gives them "
                       "(date_start, date_end, date_precision) and as typed first and "
                       "last days. Types without a PLOVER or CAMEO category say 'none'.",
        "created_by": f"communique {__version__}",
        "resources": [resource],
    }
