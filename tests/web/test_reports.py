"""The Reports page and API: the year-end review and the check of a draft.

They call the reports services (communique.reports)."""

from __future__ import annotations

from .conftest import Web


def _accept_all(web: Web) -> None:
    c = web.client("editor")
    for event_id in range(1, 7):
        resp = c.request("POST", f"/api/v1/events/{event_id}/accept", json={"version": 1})
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


def test_the_cli_the_web_page_and_the_api_list_the_same_claims(web: Web, tmp_path) -> None:
    """One claim finder and one vocabulary: ``communique check --format json``, the
    reports page and ``POST /api/v1/check`` give the same findings for the same draft."""
    import json

    from lxml import html
    from typer.testing import CliRunner

    from communique.cli import app

    _accept_all(web)
    draft = ("In 2021 our country signed 5 international agreements. The Minister held "
             "more than 1 meeting in Tbilisi and numerous meetings abroad; 2 telephone "
             "conversations took place. Agreements were signed with Georgia, France and "
             "Georgia. On 3 May 2019 the talks began.")
    path = tmp_path / "draft.txt"
    path.write_text(draft, encoding="utf-8")
    url = str(web.registry.engine.url.render_as_string(hide_password=False))
    cli = CliRunner(mix_stderr=False).invoke(
        app, ["check", str(path), "-i", "AZE", "-y", "2021", "--format", "json", "--db", url])
    from_cli = json.loads(cli.stdout)
    from_api = web.client("viewer").request("POST", "/api/v1/check", json={
        "text": draft, "issuer": "AZE", "year": 2021}).json()
    page = web.client("viewer").post("/reports/check", {"issuer": "AZE", "year": "2021",
                                                        "draft": draft},
                                     files={"file": ("", b"", "application/octet-stream")})
    rows = html.fromstring(page.text).xpath("//table[contains(@class,'compact')]//tr[td]")
    from_page = [(r.xpath("string(td[5])").strip(), r.xpath("string(td[6])").strip())
                 for r in rows]
    assert from_cli == from_api
    kinds = {f["kind"] for f in from_cli}
    assert kinds == {"claim", "list", "date"}  # claims and both kinds of flag
    assert {f["verdict"] for f in from_cli if f["kind"] == "claim"} <= {
        "agrees", "consistent", "disagrees", "unverifiable"}
    assert [(f["verdict"] if f["kind"] == "claim" else f"flag: {f['kind']}", f["reason"])
            for f in from_cli] == [(v, r.split(" Would settle it")[0]) for v, r in from_page]
    n = sum(1 for f in from_cli if f["kind"] == "claim")
    assert f"{n} claim(s), {len(from_cli) - n} flag(s)" in page.text
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
