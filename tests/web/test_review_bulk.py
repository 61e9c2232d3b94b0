"""Accepting or rejecting several candidates at once on the review page: the ticks
carry the version each was read at, the summary says what was done, once."""

from __future__ import annotations

import re

from .conftest import Web


def _picks(html: str) -> list[str]:
    return re.findall(r'name="pick" value="([0-9]+:[0-9]+)"', html)


def test_the_review_page_lists_candidates_to_tick(web: Web) -> None:
    html = web.client("editor").get("/review").text
    assert 'id="review-bulk-form"' in html
    assert len(_picks(html)) == 6  # the six seeded candidates, least confident first
    assert "data-check-all" in html
    viewer = web.client("viewer").get("/review").text
    assert "review-bulk-form" not in viewer and not _picks(viewer)


def test_ticked_candidates_are_accepted_with_a_summary_shown_once(web: Web) -> None:
    from communique.services.query import get_event

    client = web.client("editor")
    picks = _picks(client.get("/review").text)[:2]
    resp = client.post("/review/bulk", {"action": "accept", "pick": picks, "type": []})
    assert resp.status_code == 303 and resp.headers["location"] == "/review#review-bulk"
    ids = [int(p.split(":")[0]) for p in picks]
    assert {get_event(web.registry, i).view.status for i in ids} == {"accepted"}
    page = client.get("/review").text
    summary = re.search(r'id="bulk-summary">([^<]*)<', page).group(1)
    assert summary.startswith("Accepted 2 candidate(s): ")
    assert all(f"ev-{i}" in summary for i in ids)
    assert len(_picks(page)) == 4
    assert 'id="bulk-summary"' not in client.get("/review").text  # said once


def test_a_candidate_changed_since_the_page_was_shown_is_not_touched(web: Web) -> None:
    from communique.services.query import get_event
    from communique.services.review import edit

    client = web.client("editor")
    first, second = _picks(client.get("/review").text)[:2]
    changed = int(second.split(":")[0])
    edit(web.registry, changed, {"title": "Talks"}, user="ben")
    client.post("/review/bulk", {"action": "reject", "pick": [first, second]})
    summary = client.get("/review").text
    assert "Rejected 1 candidate(s)" in summary
    assert f"someone changed them since this page was shown (look at them again): " \
           f"ev-{changed} (version 1, now 2)" in summary
    assert get_event(web.registry, changed).view.status == "candidate"


def test_sending_the_same_ticks_twice_counts_them_once(web: Web) -> None:
    client = web.client("editor")
    picks = _picks(client.get("/review").text)[:3]
    client.post("/review/bulk", {"action": "accept", "pick": picks})
    client.get("/review")
    client.post("/review/bulk", {"action": "accept", "pick": picks})
    assert "Accepted 0 candidate(s)." in client.get("/review").text


def test_nothing_ticked_says_so(web: Web) -> None:
    client = web.client("editor")
    client.post("/review/bulk", {"action": "accept"})
    assert "tick the candidates to accept or reject first" in client.get("/review").text


def test_a_single_action_refreshes_the_list_below_the_card(web: Web) -> None:
    client = web.client("editor")
    first = _picks(client.get("/review").text)[0]
    event_id, version = first.split(":")
    resp = client.post(f"/review/{event_id}/accept", {"version": version},
                       headers={"HX-Request": "true", "HX-Target": "review-card"})
    assert 'id="review-bulk" class="card review-bulk"' in resp.text
    assert 'hx-swap-oob="true"' in resp.text and first not in _picks(resp.text)
