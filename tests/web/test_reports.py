"""The Reports page and API: the year-end review and the check of a draft.

They call the reports services (communique.reports)."""

from __future__ import annotations

from .conftest import Web


def _accept_all(web: Web) -> None:
    c = web.client("editor")
    for event_id in range(1, 7):
        resp = c.request("POST", f"/api/v1/events/{event_id}/accept", json={})
        assert resp.status_code == 200, resp.text


def test_the_review_previews_in_a_sandboxed_frame_and_downloads(web: Web) -> None:
    _accept_all(web)
    c = web.client("viewer")
    page = c.get("/reports?issuer=AZE&year=2021").text
    assert 'sandbox="allow-scripts' in page and "/reports/view?issuer=AZE&amp;year=2021" in page
    view = c.get("/reports/view?issuer=AZE&year=2021")
    assert view.status_code == 200 and "Azerbaijan" in view.text
    assert view.headers["content-security-policy"].startswith("sandbox")
    assert "/events?ids=" in view.text  # numbers link to the events page
    md = c.get("/reports/download?issuer=AZE&year=2021&format=md")
    assert md.status_code == 200 and 'filename="review-AZE-2021.md"' in \
        md.headers["content-disposition"]
    api = c.get("/api/v1/reports?issuer=AZE&year=2021&format=md")
    assert api.status_code == 200 and api.text == md.text


def test_an_unknown_issuer_is_a_clear_error(web: Web) -> None:
    resp = web.client("viewer").get("/api/v1/reports?issuer=XXX&year=2021")
    assert resp.status_code == 400 and "XXX" in resp.json()["detail"]


def test_a_pasted_draft_is_checked_claim_by_claim(web: Web) -> None:
    _accept_all(web)
    draft = "In 2021 our country signed 5 international agreements."
    resp = web.client("viewer").post("/reports/check", {"issuer": "AZE", "year": "2021",
                                                        "draft": draft},
                                     files={"file": ("", b"", "application/octet-stream")})
    assert resp.status_code == 200, resp.text
    assert "claim(s)" in resp.text and "<mark class=" in resp.text
    api = web.client("viewer").request("POST", "/api/v1/check", json={
        "text": draft, "issuer": "AZE", "year": 2021})
    assert api.status_code == 200, api.text
    (claim,) = api.json()
    assert claim["phrase"] == "5 international agreements" and claim["claimed"] == 5
    assert claim["verdict"] == "disagrees"
    assert claim["registry"] == 1 and len(claim["records"]) == 1


def test_an_unknown_issuer_is_said_in_the_form_without_downloads(web: Web) -> None:
    resp = web.client("viewer").get("/reports?issuer=XXX&year=2021")
    assert resp.status_code == 400
    assert "“XXX” is not a country we know" in resp.text and 'role="alert"' in resp.text
    assert "<iframe" not in resp.text and "/reports/download" not in resp.text


def test_a_two_digit_year_is_said_in_words(web: Web) -> None:
    resp = web.client("viewer").get("/reports?issuer=AZE&year=23")
    assert resp.status_code == 400
    assert "“23” is not a year: write it in four digits" in resp.text
    assert "greater than or equal" not in resp.text and "<iframe" not in resp.text


def test_the_reports_page_opens_on_the_latest_year_with_data_and_says_so(web: Web) -> None:
    page = web.client("viewer").get("/reports").text
    assert "2021 is the latest year with events in the registry." in page
    assert "/reports/view?issuer=AZE&amp;year=2021" in page


def test_the_issuer_may_be_named(web: Web) -> None:
    page = web.client("viewer").get("/reports?issuer=Azerbaijan&year=2021").text
    assert "/reports/view?issuer=AZE&amp;year=2021" in page


def test_dashboard_and_dossiers_open_on_the_latest_year_with_data_and_say_so(web: Web) -> None:
    c = web.client("viewer")
    assert "2021 is the latest year with events in the registry." in c.get("/").text
    assert "2021 is the latest year with events in the registry." in c.get("/dossiers").text
    dossier = c.get("/dossiers/GEO").text
    assert "2021 is the latest year with events with GEO." in dossier
    assert "latest year" not in c.get("/?year=2021").text
