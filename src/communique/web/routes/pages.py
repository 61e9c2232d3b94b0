"""Reading pages: dashboard, country dossiers, organisations (people: routes.people)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import NotFound
from ...services.browse import Selection, browse, list_organisations
from ...services.query import EventFilter, dossier
from ...services.users import UserView
from .. import _charts, _hot
from .._render import render
from .._security import Viewer, csrf_protect
from .._state import get_state

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

Year = Annotated[int | None, Query(ge=1000, le=9999)]


@router.get("/")
def dashboard(request: Request, year: Year = None, candidates: bool = False,
              user: UserView = Viewer) -> Response:
    state = get_state(request)
    ov = _hot.overview(state, year, candidates)
    return render(request, "dashboard.html", {
        "ov": ov, "latest_note": _latest_note(year, ov.year, ov.years),
        "timeline": _charts.timeline(ov.by_month),
        "world": _charts.world_map(ov.by_country, ov.home),
        "types": _charts.type_bars(ov.by_type),
    })


def _latest_note(asked: int | None, shown: int, years: list[int]) -> str | None:
    """Say why a page opened on a year nobody chose: the latest one with data."""
    from datetime import date

    if asked is not None or not years or shown == date.today().year:
        return None
    return f"{shown} is the latest year with events in the registry."


@router.get("/dossiers")
def dossiers(request: Request, country: str | None = None, user: UserView = Viewer) -> Response:
    from ...reference import countries
    from ...reference import country as find_country

    if country:
        found = find_country(country.strip())
        if found is not None:
            return RedirectResponse(f"/dossiers/{found.iso3}", status_code=303)
    state = get_state(request)
    ov = _hot.overview(state)
    all_countries = sorted(countries().values(), key=lambda c: c.name)
    return render(request, "dossiers.html", {
        "countries": all_countries, "busy": ov.by_country[:30], "asked": country,
        "year": ov.year, "latest_note": _latest_note(None, ov.year, ov.years)})


#: events of one type a dossier page shows; the rest are a link to the events table
DOSSIER_PAGE = 50


@router.get("/dossiers/{code}")
def dossier_page(request: Request, code: str, year: Year = None,
                 status: Annotated[list[str], Query()] = [],  # noqa: B006
                 user: UserView = Viewer) -> Response:
    from ...reference import countries

    code = code.upper()
    if code not in countries():
        raise NotFound(f"no country {code!r}: give an ISO 3166-1 alpha-3 code such as AZE")
    state = get_state(request)
    timeline = _hot.timeline(state, code)
    years = sorted(timeline, reverse=True)
    note = None
    if year is None and years:
        year = years[0]
        note = f"{year} is the latest year with events with {code}."
    d = dossier(state.registry, code, year, statuses=status, per_type=DOSSIER_PAGE)
    return render(request, "dossier.html", {
        "code": code, "year": year, "years": years, "d": d, "status": status,
        "latest_note": note,
        "chart": _charts.country_years(timeline) if timeline else None,
        "total_all": sum(sum(v.values()) for v in timeline.values())})


@router.get("/organisations")
def organisations(request: Request, user: UserView = Viewer) -> Response:
    state = get_state(request)
    rows = state.cache.get(("orgs",), lambda: list_organisations(state.registry))
    return render(request, "organisations.html", {"orgs": rows})


@router.get("/organisations/{code}")
def organisation_page(request: Request, code: str,
                      offset: Annotated[int, Query(ge=0)] = 0,
                      user: UserView = Viewer) -> Response:
    from ...reference import organizations

    state = get_state(request)
    org = organizations().get(code)
    page = browse(state.registry, Selection(EventFilter(orgs=[code])), limit=50, offset=offset)
    if org is None and page.total == 0:
        raise NotFound(f"no organisation {code!r} in the reference data or the registry")
    children = sorted(o.short for o in organizations().values() if o.parent == code)
    return render(request, "organisation.html", {"code": code, "org": org, "page": page,
                                                 "children": children})
