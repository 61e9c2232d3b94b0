"""The columns of the events table a person chooses to see.

The choice travels in the URL (``col=date&col=type&...``), so a link keeps it, and
is remembered for the login (the session cookie), so that the table opens with it
next time. Without ``col`` in the URL the remembered choice applies, else the
default. The id column is always shown: it is the link to the event. Downloads and
the JSON view are not affected: they keep every field (a dataset with its codebook
should not depend on what a screen shows).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Query, Request

from ..errors import UsageError
from ._prefs import recall, remember

__all__ = ["Column", "COLUMNS", "DEFAULT_COLUMNS", "ColParam", "chosen_columns",
           "columns_param"]


@dataclass(frozen=True)
class Column:
    label: str
    #: the sort key of :data:`communique.services.browse.SORTS` a click on the header
    #: sorts by (None: not sortable)
    sort: str | None = None


COLUMNS: dict[str, Column] = {
    "id": Column("id", "id"),
    "date": Column("date", "date"),
    "type": Column("type", "type"),
    "parties": Column("countries · organisations"),
    "status": Column("status", "status"),
    "confidence": Column("confidence", "confidence"),
    "persons": Column("persons"),
    "place": Column("place"),
    "mentions": Column("mentions"),
    "source": Column("title / source sentence"),
}
DEFAULT_COLUMNS: tuple[str, ...] = ("id", "date", "type", "parties", "status", "source")
_PREF = "events.columns"


def _clean(keys: list[str]) -> list[str]:
    if len(keys) > 2 * len(COLUMNS):
        raise UsageError("too many columns asked for: each column once")
    unknown = [k for k in keys if k not in COLUMNS]
    if unknown:
        raise UsageError(f"unknown column {unknown[0]!r}: choose among "
                         f"{', '.join(COLUMNS)}")
    chosen = set(keys) | {"id"}
    return [k for k in COLUMNS if k in chosen]  # the table's own order


def chosen_columns(request: Request, col: list[str]) -> list[str]:
    """The columns to show: ``col`` from the URL (then remembered), else the choice
    remembered for this login, else the default."""
    if col:
        cols = _clean([c for c in col if c])
        remember(request, _PREF, None if cols == list(DEFAULT_COLUMNS) else cols)
        return cols
    kept = recall(request, _PREF)
    if isinstance(kept, list):
        try:
            return _clean([str(k) for k in kept])
        except UsageError:  # a column that no longer exists: start again
            remember(request, _PREF, None)
    return list(DEFAULT_COLUMNS)


def columns_param(cols: list[str]) -> list[str] | None:
    """``col`` for the links of a page showing ``cols`` (None for the default)."""
    return None if cols == list(DEFAULT_COLUMNS) else cols


#: the ``col`` query parameter of the events page
ColParam = Annotated[list[str], Query(
    description="Columns of the events table to show (repeatable); see the web guide.")]
