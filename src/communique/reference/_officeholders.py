"""Office-holders: who held which office for which country or organisation, when.

Read from ``officeholders.tsv`` (shipped, plus a user's in each data folder).
Columns: ``name`` (as texts usually write it), ``aliases`` (``|`` separated:
other spellings, a surname alone where it is distinctive), ``country`` (ISO
3166-1 alpha-3, or the short name of an organisation: ``UN``, ``NATO``),
``role`` (a role of the interchange format), ``from`` and ``to`` (``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD``; an empty ``to`` is still in office). One line
per term; a person with two offices has two lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import ROLES
from ._folders import Folders, user_files
from ._tsv import Row, read_rows, read_text, shipped
from ._types import OfficeHolder

__all__ = ["load_officeholders", "term_at"]

_COLUMNS = ("name", "country", "role", "from")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _bound(row: Row, column: str, *, end: bool) -> str | None:
    value = row.get(column)
    if not value:
        if column == "from":
            raise row.error("empty 'from': give the first year of the term (YYYY[-MM[-DD]])")
        return None
    if not _DATE.fullmatch(value):
        raise row.error(f"bad {column!r} date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    # a bound as precise as written: "2019" ends on 2019-12-31, starts on 2019-01-01
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        return value + ("-31" if end else "-01")
    return value


def _holder(row: Row, known: frozenset[str]) -> OfficeHolder:
    name = row.get("name")
    if not name:
        raise row.error("empty name")
    role = row.get("role")
    if role not in ROLES:
        raise row.error(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    code = row.get("country")
    if code not in known:
        raise row.error(f"unknown country or organisation {code!r}: give an ISO3 code "
                        "(RUS) or an organisation's short name (UN, NATO)")
    start = _bound(row, "from", end=False)
    stop = _bound(row, "to", end=True)
    assert start is not None
    if stop is not None and stop < start:
        raise row.error(f"the term ends ({stop}) before it starts ({start})")
    return OfficeHolder(name, row.values("aliases"), code, role, start, stop)


@lru_cache(maxsize=8)
def load_officeholders(extra: Folders = ()) -> tuple[OfficeHolder, ...]:
    """Every term of office: the shipped file's, then each user folder's (a user
    line adds a term; a user's term for a name replaces none of the shipped
    ones, so correct a shipped term by giving its end in ``to``)."""
    from ._countries import load_countries
    from ._organizations import load_organizations

    known = frozenset(load_countries(extra)) | frozenset(load_organizations(extra))
    out = [_holder(r, known) for r in read_rows(shipped("officeholders.tsv"),
                                                "communique/data/officeholders.tsv", _COLUMNS)]
    users: list[OfficeHolder] = []
    for path in user_files(extra, "officeholders.tsv"):
        users += [_holder(r, known) for r in read_rows(read_text(path), str(path), _COLUMNS)]
    # a user's line for a shipped (name, country, role, from) replaces it
    mine = {(h.name, h.country, h.role, h.start) for h in users}
    return tuple([h for h in out if (h.name, h.country, h.role, h.start) not in mine] + users)


def term_at(terms: list[OfficeHolder] | tuple[OfficeHolder, ...], on: str | None,
            until: str | None = None) -> OfficeHolder | None:
    """The term that covers the day ``on`` (YYYY-MM-DD), or overlaps the span
    ``on``..``until``; the newer of two. With no date, the latest term. None
    when no term fits: a person out of office ("former Foreign Minister X",
    now perhaps an envoy of someone else) stands for no side."""
    if not terms:
        return None
    if on is None:
        return max(terms, key=lambda h: h.start)
    last = until or on
    fits = [h for h in terms if h.start <= last and (h.end is None or on <= h.end)]
    return max(fits, key=lambda h: h.start) if fits else None
