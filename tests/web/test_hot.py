"""Warming the cache: the slowest answers are ready before anyone asks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from communique.web import _hot

from .conftest import SECRET, Web


def test_warming_fills_the_dashboard_and_the_widest_facets(web: Web, monkeypatch: Any) -> None:
    state = web.app.state.web
    assert _hot.warm(state) > 5
    # from now on the dashboard and the unfiltered facets come from the cache
    monkeypatch.setattr(_hot, "facets", lambda *a, **k: pytest.fail("facets recounted"))
    monkeypatch.setattr(_hot.overview_service, "overview",
                        lambda *a, **k: pytest.fail("overview recounted"))
    c = web.client("viewer")
    assert c.get("/").status_code == 200
    page = c.get("/events/facets")
    assert page.status_code == 200 and "GEO" in page.text
    assert "GEO" in c.get("/events/facets?type=meeting").text
    # warmed facets are counted in full, with no time budget
    assert all(v is not None for v in _hot.facet_counts(state, _sel()).values())


def _sel() -> Any:
    return _hot.selection_params(type=[], country=[], org=[], status=[], region=None,
                                 year=None, document=None, q=None, person=None,
                                 from_date=None, to_date=None, sort="-date", ids=None)


def test_a_write_through_the_web_makes_warmed_answers_stale(web: Web) -> None:
    state = web.app.state.web
    _hot.warm(state)
    before = _hot.total(state, _sel().selection, _sel().params)
    ed = web.client("editor")
    resp = ed.post("/events/new", {"type": "call", "date_start": "2021-10-01",
                                   "from": "AZE", "to": "ITA"})
    assert resp.status_code == 303
    assert _hot.total(state, _sel().selection, _sel().params) == before + 1


def test_serve_warms_in_the_background_at_start_up(sqlite_registry: Any, tmp_path: Path) -> None:
    from communique.web import create_app

    app = create_app(sqlite_registry, secret=SECRET, data_dir=tmp_path / "data", warm=True)
    with TestClient(app):
        state = app.state.web
        assert state.warmer is not None
        state.warmer.join(30)
        assert not state.warmer.is_alive()
        assert state.cache.shared
        assert (tmp_path / "data" / "cache").is_dir()
