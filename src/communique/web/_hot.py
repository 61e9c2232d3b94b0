"""The heavy numbers pages share, through the app's cache, and their warming.

Dashboard overviews, the events page's totals and facets, a country's
timeline: each is computed once per key (and per generation of the registry,
see :mod:`communique.web._cache`) and then served from the cache. The routes
ask for them here so that the keys are always built the same way.

``start_warming`` (``communique serve`` calls it at start-up) computes in a
background thread the answers that are slowest and most asked for: this
year's dashboard and the facets of the widest selections (every event, and
each event type). They are counted in full then, without the time budget
an interactive request has.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from ..services import overview as overview_service
from ..services.browse import Facet, Selection, count_selection, facets
from ._params import SelectionParams, selection_params
from ._state import WebState

__all__ = ["cache_key", "years", "overview", "total", "facet_counts", "timeline",
           "start_warming", "warm"]

log = logging.getLogger("communique.web")


def cache_key(params: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))


def years(state: WebState) -> list[int]:
    """The years with events (every dashboard year shares them)."""
    found: list[int] = state.cache.get(("years",),
                                       lambda: overview_service.event_years(state.registry))
    return found


def overview(state: WebState, year: int | None = None,
             candidates: bool = False) -> overview_service.Overview:
    found: overview_service.Overview = state.cache.get(
        ("overview", year, candidates), lambda: overview_service.overview(
            state.registry, year, include_candidates=candidates, years=years(state)))
    return found


def total(state: WebState, sel: Selection, params: dict[str, Any]) -> int:
    """The number of events in a selection of the events page."""
    found: int = state.cache.get(("count", cache_key(params)),
                                 lambda: count_selection(state.registry, sel))
    return found


def facet_counts(state: WebState, sp: SelectionParams, *, budget: float | None = None,
                 use_budget: bool = True) -> dict[str, list[Facet] | None]:
    found: dict[str, list[Facet] | None] = state.cache.get(
        ("facets", cache_key(sp.params)),
        lambda: facets(state.registry, sp.selection,
                       budget=(budget or state.facet_budget) if use_budget else None))
    return found


def timeline(state: WebState, code: str) -> dict[int, dict[str, int]]:
    found: dict[int, dict[str, int]] = state.cache.get(
        ("timeline", code), lambda: overview_service.country_timeline(state.registry, code))
    return found


def warm(state: WebState) -> int:
    """Compute the slowest, most asked-for answers now; returns how many."""
    from ..model import CODES

    done = 0
    overview(state)
    done += 1
    for types in [[], *[[t] for t in sorted(CODES) if t != "figure"]]:
        sp = selection_params(type=types, country=[], org=[], status=[], region=None, year=None,
                              document=None, q=None, person=None, from_date=None,
                              to_date=None, sort="-date", ids=None)
        facet_counts(state, sp, use_budget=False)
        total(state, sp.selection, sp.params)
        done += 1
    return done


def start_warming(state: WebState) -> threading.Thread:
    """Run :func:`warm` in a background thread (failures are logged, not raised)."""

    def run() -> None:
        try:
            n = warm(state)
            log.info("warmed the cache: %d answers", n)
        except Exception:  # a broken registry shows on the first real request too
            log.exception("warming the cache failed")

    thread = threading.Thread(target=run, name="communique-warm", daemon=True)
    thread.start()
    return thread
