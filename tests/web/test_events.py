"""The events table, an event's page and its editing, the review queue, the API."""

from __future__ import annotations

import io
import json

import pytest

from .conftest import Web


def _ids(resp) -> list[int]:
    return [item["id"] for item in resp.json()["items"]]


def test_events_filter_by_type_country_region_year_and_document(any_web: Web) -> None:
    c = any_web.client("viewer")
    assert _ids(c.get("/api/v1/events?type=visit")) == [1]
    assert sorted(_ids(c.get("/api/v1/events?country=GEO"))) == [2, 3]
    assert _ids(c.get("/api/v1/events?region=Europe")) == [4]  # FRA (Türkiye is in Asia)
    assert _ids(c.get("/api/v1/events?year=2020")) == [6]
    assert len(_ids(c.get("/api/v1/events?document=1"))) == 6
    assert c.get("/api/v1/events?region=Atlantis").status_code == 400


def test_full_text_search_finds_words_in_source_sentences(any_web: Web) -> None:
    c = any_web.client("viewer")
    assert _ids(c.get("/api/v1/events?q=Tbilisi")) == [2]
    assert sorted(_ids(c.get("/api/v1/events?q=transit"))) == [3]
    assert _ids(c.get("/api/v1/events?q=nowhere-to-be-found")) == []
    assert c.get("/events?q=%22%29%28*").status_code == 200  # FTS syntax is neutralised


def test_events_sort_and_page(web: Web) -> None:
    c = web.client("viewer")
    newest = c.get("/api/v1/events?sort=-date").json()["items"]
    assert [e["record"]["date"]["start"] for e in newest][:2] == ["2021-09-20", "2021-09-10"]
    oldest = c.get("/api/v1/events?sort=date&limit=2&offset=1").json()
    assert oldest["total"] == 6 and [e["id"] for e in oldest["items"]] == [2, 3]
    page = c.get("/events?sort=type")
    assert page.status_code == 200 and "6</strong> event(s)" in page.text


def test_facets_count_the_selection(web: Web) -> None:
    text = web.client("viewer").get("/events/facets?country=AZE").text
    assert "meeting" in text and "Europe" in text and "readouts-2021.txt" in text
    assert "Georgia" in text


def test_the_selection_downloads_as_csv_jsonl_and_parquet(web: Web) -> None:
    import pyarrow.parquet as pq

    c = web.client("viewer")
    csv_text = c.get("/events/download?format=csv&country=GEO").text
    assert csv_text.splitlines()[0].startswith("id,type,") and len(csv_text.splitlines()) == 3
    lines = c.get("/events/download?format=jsonl&type=visit").text.splitlines()
    assert [json.loads(x)["type"] for x in lines] == ["visit"]
    data = c.get("/events/download?format=parquet&year=2021").content
    table = pq.read_table(io.BytesIO(data))
    assert table.num_rows == 5 and "plover" in table.column_names


def test_an_event_page_shows_its_sentence_in_the_document_and_its_history(web: Web) -> None:
    c = web.client("editor")
    c.post("/events/2/edit", {"title": "Talks in Tbilisi, revised", "version": "1"})
    page = c.get("/events/2").text
    assert "<mark>meeting 2021-03-02 AZE&gt;GEO | Talks in Tbilisi</mark>" in page
    assert "revised" in page and "editor" in page and ">edit<" in page


def test_editing_changes_only_what_the_form_changes(web: Web) -> None:
    c = web.client("editor")
    resp = c.post("/events/2/edit", {"title": "Working visit", "to": "GEO, ARM",
                                     "version": "1"})
    assert resp.status_code == 303
    record = c.get("/api/v1/events/2").json()["event"]["record"]
    assert record["title"] == "Working visit" and record["countries"]["to"] == ["GEO", "ARM"]
    bad = c.post("/events/2/edit", {"to": "GEO, XXX", "version": "2"})
    assert bad.status_code == 400 and "XXX" in bad.text


def test_the_second_editor_is_told_of_the_conflict_and_nothing_is_overwritten(
        any_web: Web) -> None:
    ana, ben = any_web.client("editor"), any_web.client("admin")
    first = ana.post("/events/1/edit", {"title": "State visit (Ana)", "version": "1"})
    second = ben.post("/events/1/edit", {"title": "Official visit (Ben)", "version": "1"})
    assert first.status_code == 303
    assert second.status_code == 409
    assert "Someone else changed this event" in second.text
    assert "State visit (Ana)" in second.text  # what is stored now, shown to Ben
    assert 'name="version" value="2"' in second.text
    record = ana.get("/api/v1/events/1").json()["event"]
    assert record["record"]["title"] == "State visit (Ana)" and record["version"] == 2


def test_the_api_refuses_a_stale_version(any_web: Web) -> None:
    c = any_web.client("editor")
    ok = c.request("PATCH", "/api/v1/events/1", json={"changes": {"title": "A"}, "version": 1})
    assert ok.status_code == 200 and ok.json()["version"] == 2
    stale = c.request("PATCH", "/api/v1/events/1", json={"changes": {"title": "B"},
                                                         "version": 1})
    assert stale.status_code == 409 and stale.json()["error"] == "Changed by someone else"
    stale = c.request("POST", "/api/v1/events/1/accept", json={"version": 1})
    assert stale.status_code == 409


def test_merge_and_split_from_the_event_page(web: Web) -> None:
    c = web.client("editor")
    asked = c.post("/events/2/merge", {"others": "6", "note": "same talks"})
    assert asked.status_code == 409 and "Merge anyway" in asked.text  # they differ
    assert c.get("/api/v1/events/2").json()["merged_from"] == []
    assert c.post("/events/2/merge", {"others": "6", "note": "same talks",
                                      "confirm": "yes"}).status_code == 303
    merged = c.get("/api/v1/events/2").json()
    assert merged["merged_from"] == [6] and len(merged["mentions"]) == 2
    mention = merged["mentions"][1]["id"]
    resp = c.post("/events/2/split", {"mention": str(mention)})
    assert resp.status_code == 303 and "split=6" in resp.headers["location"]
    assert c.get("/api/v1/events/6").json()["merged_into"] is None


def test_a_new_event_is_entered_by_hand(web: Web) -> None:
    c = web.client("editor")
    resp = c.post("/events/new", {"type": "call", "date_start": "2021-04-01", "from": "AZE",
                                  "to": "jpn", "title": "Call with Tokyo"})
    assert resp.status_code == 303
    event = c.get("/api/v1" + resp.headers["location"]).json()["event"]
    assert event["record"]["countries"]["to"] == ["JPN"] and event["status"] == "accepted"
    bad = c.post("/events/new", {"type": "call", "date_start": "2021-02-30", "from": "AZE"})
    assert bad.status_code == 400 and "2021-02-30" in bad.text


def test_the_api_creates_events_and_lists_every_problem(web: Web) -> None:
    c = web.client("editor")
    resp = c.request("POST", "/api/v1/events", json={"record": {
        "type": "visit", "date": {"start": "2021-07-07"},
        "countries": {"from": ["AZE"], "to": ["ITA"]}}, "status": "candidate"})
    assert resp.status_code == 201
    created = c.get(f"/api/v1/events/{resp.json()['id']}").json()["event"]
    assert created["status"] == "candidate"
    bad = c.request("POST", "/api/v1/events", json={"record": {
        "type": "picnic", "date": {"start": "2021-13-01"}, "countries": {"from": ["ZZZ"]}}})
    assert bad.status_code == 400
    for word in ("picnic", "impossible date", "ZZZ"):
        assert word in bad.json()["detail"]


def test_the_review_queue_works_through_candidates_by_keyboard(web: Web) -> None:
    c = web.client("editor")
    page = c.get("/review").text
    for key in "arejk"[:3] + "j":
        assert f'data-key="{key}"' in page
    hx = {"HX-Request": "true", "HX-Target": "review-card", "X-CSRF-Token": c.csrf}
    card = c.http.post("/review/1/accept", data={"version": "1", "offset": "0"}, headers=hx)
    assert card.status_code == 200 and 'id="review-card"' in card.text
    assert "ev-2</a>" in card.text and "1 of 5" in card.text
    nxt = c.http.get("/review?offset=1", headers=hx)
    assert "ev-3</a>" in nxt.text and "<html" not in nxt.text
    assert c.get("/api/v1/events/1").json()["event"]["status"] == "accepted"


def test_the_review_queue_shows_conflicts_instead_of_overwriting(web: Web) -> None:
    c = web.client("editor")
    c.request("PATCH", "/api/v1/events/1", json={"changes": {"title": "changed"}, "version": 1})
    hx = {"HX-Request": "true", "X-CSRF-Token": c.csrf}
    card = c.http.post("/review/1/reject", data={"version": "1"}, headers=hx)
    assert card.status_code == 409 and "changed since you read it" in card.text
    assert c.get("/api/v1/events/1").json()["event"]["status"] == "candidate"


def test_viewers_see_the_queue_without_the_buttons(web: Web) -> None:
    page = web.client("viewer").get("/review").text
    assert "reviewing needs the editor role" in page and 'data-key="a"' not in page


@pytest.mark.parametrize("path", ["/", "/?year=2020", "/?candidates=true",
                                  "/dossiers/GEO", "/dossiers/GEO?year=2021", "/dossiers",
                                  "/organisations", "/organisations/UNGA", "/people"])
def test_reading_pages_render(web: Web, path: str) -> None:
    assert web.client("viewer").get(path).status_code == 200


def test_the_dashboard_counts_with_the_counting_rules(web: Web) -> None:
    c = web.client("editor")
    for event_id in (1, 2, 3):
        c.request("POST", f"/api/v1/events/{event_id}/accept", json={"version": 1})
    page = c.get("/?year=2021").text
    assert "<strong>3</strong><span>events</span>" in page
    assert "<strong>5</strong><span>events</span>" in c.get("/?year=2021&candidates=true").text
    assert 'data-plot="chart-map"' in page and 'Azerbaijan (the issuer)' in page  # the review's map


def test_a_dossier_groups_by_type_with_sources_and_prints(web: Web) -> None:
    page = web.client("viewer").get("/dossiers/GEO?year=2021").text
    assert "Meeting" in page and "Agreement" in page and "Memorandum on transit" in page
    assert "data-print" in page and 'data-plot="chart-contacts"' in page
    assert web.client("viewer").get("/dossiers/XXX").status_code == 404
    resp = web.client("viewer").get("/dossiers?country=Georgia")
    assert resp.status_code == 303 and resp.headers["location"] == "/dossiers/GEO"


def test_facets_left_uncounted_when_the_budget_is_spent(web: Web) -> None:
    web.app.state.web.facet_budget = 0.0
    text = web.client("viewer").get("/events/facets?type=visit").text
    assert text.count("Not counted") == 7
    web.app.state.web.facet_budget = 5.0
    web.app.state.web.cache.bump()
    assert "Not counted" not in web.client("viewer").get("/events/facets?type=visit").text


def test_a_download_is_named_after_its_selection(web: Web) -> None:
    c = web.client("viewer")
    got = c.get("/events/download?format=csv&type=visit&country=TUR&year=2021")
    assert 'filename="events-visit-TUR-2021.csv"' in got.headers["content-disposition"]


def test_a_download_with_its_codebook_is_a_valid_data_package(web: Web, tmp_path) -> None:
    import zipfile

    import frictionless

    got = web.client("viewer").get("/events/download?format=parquet&year=2021&package=1")
    assert 'filename="events-2021-parquet.zip"' in got.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(got.content)) as z:
        assert sorted(z.namelist()) == ["datapackage.json", "events-2021.parquet"]
        z.extractall(tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type"])


def test_an_event_has_one_name_on_every_page_and_in_every_file(web: Web) -> None:
    c = web.client("viewer")
    assert ">ev-2</a>" in c.get("/events").text
    page = c.get("/events/2").text
    assert "<title>ev-2" in page and "event 2" not in page
    assert ">ev-2</a>" in c.get("/dossiers/GEO?year=2021").text
    csv_text = c.get("/events/download?format=csv&country=GEO").text
    assert "\nev-2," in csv_text


def test_regions_count_partners_only_as_the_review_does(any_web: Web) -> None:
    """Azerbaijan (the registry's own country) is in Asia: its region is no partner."""
    c = any_web.client("viewer")
    assert sorted(_ids(c.get("/api/v1/events?region=Asia"))) == [1, 2, 3, 6]  # TUR GEO KAZ
    from communique.services.browse import Selection
    from communique.services.browse import facets as count_facets

    found = count_facets(any_web.registry, Selection())
    assert {f.value: f.count for f in found["region"]} == {"Asia": 4, "Europe": 1}


def test_a_busy_dossier_shows_a_page_of_each_type_and_links_the_rest(web: Web,
                                                                     monkeypatch) -> None:
    from communique.web.routes import pages

    second = {"type": "meeting", "date": {"start": "2021-07-01", "end": None},
              "countries": {"from": ["AZE"], "to": ["GEO"]}, "title": "Talks in Baku"}
    made = web.client("editor").request("POST", "/api/v1/events",
                                        json={"record": second, "status": "accepted"})
    assert made.status_code == 201, made.text
    monkeypatch.setattr(pages, "DOSSIER_PAGE", 1)
    page = web.client("viewer").get("/dossiers/GEO?year=2021").text
    assert "The first 1 of 2 by date" in page and "Talks in Tbilisi" in page
    assert "Talks in Baku" not in page and "all 2 meeting events in the table" in page
    api = web.client("viewer").get("/api/v1/dossiers/GEO?year=2021&per_type=1").json()
    assert api["counts"] == {"meeting": 2, "agreement": 1} and api["total"] == 3
    assert [e["record"]["title"] for e in api["groups"]["meeting"]] == ["Talks in Tbilisi"]


def test_a_list_of_ids_is_named_not_spelled_out(web: Web) -> None:
    c = web.client("viewer")
    page = c.get("/events?ids=2,6").text
    assert "the 2 meetings ×" in page and "ids: 2,6" not in page
    assert "the 2 events of 2021 ×" in c.get("/events?ids=2,3").text
    many = ",".join(str(i) for i in range(1, 125))
    text = c.get(f"/events?ids={many}").text
    chip = text.split('class="chip"')[1].split("</a>")[0]
    assert chip.endswith("the 6 events ×") and ",7,8," not in chip.split(">", 1)[1]


def test_columns_sort_the_list_by_a_click(web: Web) -> None:
    c = web.client("viewer")
    page = c.get("/events").text
    assert 'href="/events?sort=type"' in page and 'aria-sort="descending"' in page
    by_type = c.get("/events?sort=type").text
    assert 'href="/events?sort=-type"' in by_type and "type ▲" in by_type


def test_every_list_has_its_json_view(web: Web) -> None:
    page = web.client("viewer").get("/events?type=meeting").text
    assert 'href="/api/v1/events?type=meeting&amp;limit=50">this page</a>' in page
    assert web.client("viewer").get("/api/v1/events?type=meeting&limit=50").json()["total"] == 2


def test_ticked_events_are_accepted_or_rejected_at_once(web: Web) -> None:
    c = web.client("editor")
    page = c.get("/events").text
    assert 'form="bulk"' in page and 'data-confirm="Reject the ticked events?"' in page
    resp = c.post("/events/bulk", {"action": "accept", "id": ["1", "2"],
                                   "back": "/events?type=visit"})
    assert resp.status_code == 303 and resp.headers["location"] == "/events?type=visit"
    rejected = c.post("/events/bulk", {"action": "reject", "id": ["3"], "back": "https://x"})
    assert rejected.headers["location"] == "/events"
    items = {e["id"]: e["status"] for e in
             c.get("/api/v1/events?status=accepted&status=rejected").json()["items"]}
    assert items == {1: "accepted", 2: "accepted", 3: "rejected"}
    assert 'form="bulk"' not in web.client("viewer").get("/events").text


def test_a_year_has_a_date_histogram_facet(web: Web) -> None:
    from communique.services.browse import Selection
    from communique.services.browse import facets as count_facets

    found = count_facets(web.registry, Selection(year=2021))
    assert [f.count for f in found["month"]] == [0, 0, 2, 0, 0, 1, 0, 0, 2, 0, 0, 0]
    assert count_facets(web.registry, Selection())["month"] == []
    html = web.client("viewer").get("/events/facets?year=2021").text
    assert 'class="histogram"' in html and "from_date=2021-03&amp;to_date=2021-03" in html


def test_people_and_their_terms_are_managed_in_the_web(web: Web) -> None:
    c = web.client("editor")
    resp = c.post("/people", {"person": "Jeyhun Bayramov", "role": "foreign_minister",
                              "country": "Azerbaijan", "start": "2020-07-16"})
    assert resp.status_code == 303 and resp.headers["location"].startswith("/people/")
    page = c.get(resp.headers["location"]).text
    assert "<td>foreign minister</td>" in page and "2020-07-16" in page
    assert "Add a term of office" in page
    again = c.post("/people", {"person": "Jeyhun Bayramov", "role": "minister",
                               "country": "AZE", "start": "2018", "end": "2020"})
    assert again.headers["location"] == resp.headers["location"]
    bad = c.post("/people", {"person": "Someone", "role": "foreign_minister",
                             "country": "Atlantis"})
    assert bad.status_code == 400 and "is not a country we know" in bad.text
    assert "Add a person or a term of office" not in web.client("viewer").get("/people").text
