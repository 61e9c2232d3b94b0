"""Aid and agreements in the web app: pages, the add form, IATI download, the API."""

from __future__ import annotations

from communique.aid import validate_iati
from communique.services.agreements import add_agreement, add_step

from .conftest import Web


def test_an_editor_adds_aid_and_everyone_sees_it(web: Web) -> None:
    c = web.client("editor")
    resp = c.post("/aid", {"title": "School books", "donor": "aze", "recipients": "GEO, UNICEF",
                           "modality": "in_kind", "status": "disbursed", "amount": "EUR 5000",
                           "date_start": "2021-09", "measures": "2000 items"})
    assert resp.status_code == 303
    page = web.client("viewer").get("/aid")
    assert "School books" in page.text and "5,000" in page.text
    assert "Add an activity" not in page.text  # viewers read only
    bad = c.post("/aid", {"title": "x", "donor": "AZE", "recipients": "GEO",
                          "amount": "5000"})
    assert bad.status_code == 400 and "currency" in bad.text
    xml = c.get("/aid/iati.xml")
    assert xml.status_code == 200 and validate_iati(xml.content) == []


def test_the_api_lists_and_adds_aid(web: Web) -> None:
    c = web.client("editor")
    ok = c.request("POST", "/api/v1/aid", json={"activity": {
        "title": "Vaccines", "donor": "AZE", "recipients": ["IDN"], "modality": "vaccines",
        "date": {"start": "2021-05"}}})
    assert ok.status_code == 201
    items = c.get("/api/v1/aid?recipient=IDN").json()["items"]
    assert [a["title"] for a in items] == ["Vaccines"]
    bad = c.request("POST", "/api/v1/aid", json={"activity": {"donor": "AZE",
                                                              "recipients": []}})
    assert bad.status_code == 400 and "recipients" in bad.json()["detail"]


def test_the_agreements_page_filters_by_state(web: Web) -> None:
    reg = web.app.state.web.registry
    first = add_agreement(reg, title="Road transport", parties=["AZE", "GEO"],
                          signed_date="2021-03-02", user="t")
    add_agreement(reg, title="Tourism", parties=["AZE", "TUR"], signed_date="2021-06-15",
                  user="t")
    add_step(reg, first, "in_force", date="2021-10-01", user="t")
    page = web.client("viewer").get("/agreements?state=in_force")
    assert page.status_code == 200
    assert "Road transport" in page.text and "Tourism" not in page.text
