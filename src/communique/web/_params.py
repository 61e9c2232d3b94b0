"""Query parameters shared by the events page, its downloads and the API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Query

from ..services.browse import SORTS, Selection
from ..services.query import EventFilter
from ..validation import MAX_ID

__all__ = ["SelectionParams", "selection_params"]


@dataclass
class SelectionParams:
    selection: Selection
    params: dict[str, Any]  # as given, for links that keep the selection


def selection_params(
    type: Annotated[list[str], Query(description="Event type (repeatable).")] = [],  # noqa: A002,B006
    country: Annotated[list[str], Query(
        description="ISO3 country taking part (repeatable: all must).")] = [],  # noqa: B006
    org: Annotated[list[str], Query(description="Organisation (repeatable).")] = [],  # noqa: B006
    status: Annotated[list[str], Query(
        description="candidate, accepted or rejected (default: the first two).")] = [],  # noqa: B006
    region: Annotated[str | None, Query(description="UN M49 region (Europe, Asia, ...).")]
    = None,
    year: Annotated[int | None, Query(ge=1000, le=9999, description="Year the event starts.")]
    = None,
    document: Annotated[int | None, Query(ge=1, le=MAX_ID,
                                          description="Events with a mention in this document.")]
    = None,
    q: Annotated[str | None, Query(max_length=200,
                                   description="Words in the source sentences.")] = None,
    person: Annotated[str | None, Query(max_length=200, description="Part of a name.")] = None,
    from_date: Annotated[str | None, Query(max_length=10, description="YYYY[-MM[-DD]].")]
    = None,
    to_date: Annotated[str | None, Query(max_length=10, description="YYYY[-MM[-DD]].")] = None,
    sort: Annotated[str, Query(description="One of " + ", ".join(SORTS) + ".")] = "-date",
    ids: Annotated[str | None, Query(max_length=20000, pattern=r"^[0-9, ]*$",
                                     description="Event ids, comma-separated (the lists "
                                                 "behind a report's numbers).")] = None,
) -> SelectionParams:
    flt = EventFilter(types=[t for t in type if t], countries=[c.upper() for c in country if c],
                      orgs=[o for o in org if o], statuses=[s for s in status if s],
                      person=person or None, from_date=from_date or None,
                      to_date=to_date or None,
                      ids=[int(i) for i in (ids or "").replace(" ", "").split(",")
                           if i and len(i) < 10])
    sel = Selection(flt, region=region or None, document=document, q=(q or "").strip() or None,
                    year=year, sort=sort or "-date")
    sel.check()
    params: dict[str, Any] = {"type": flt.types, "country": flt.countries, "org": flt.orgs,
                              "status": flt.statuses, "region": sel.region, "year": year,
                              "document": document, "q": sel.q, "person": flt.person,
                              "from_date": flt.from_date, "to_date": flt.to_date,
                              "sort": None if sort == "-date" else sort,
                              "ids": ",".join(map(str, flt.ids)) or None}
    return SelectionParams(sel, params)
