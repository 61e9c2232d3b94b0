"""The possible-duplicates page and plausibility flags on the review card."""

from __future__ import annotations

from typing import Any

from communique.services.ingest import ingest_documents


def _second_report(web: Any, make_doc: Any, extractor: Any) -> None:
    # the same meeting, reported a day later by another document
    ingest_documents([make_doc("later.txt", "meeting 2021-03-03 AZE>GEO | Talks held")],
                     registry=web.registry, issuer="AZE", extractor=extractor)


def test_the_duplicates_page_shows_the_pair_with_its_evidence(web, make_doc, extractor):
    _second_report(web, make_doc, extractor)
    page = web.client("viewer").get("/review/duplicates")
    assert page.status_code == 200
    assert "same countries: AZE+GEO" in page.text and "1 day(s) apart" in page.text
    assert "Keep apart" not in page.text  # a viewer cannot act


def test_keep_apart_from_the_web_is_remembered(web, make_doc, extractor):
    _second_report(web, make_doc, extractor)
    c = web.client("editor")
    page = c.get("/review/duplicates")
    assert "Keep apart" in page.text
    ids = sorted(int(x) for x in __import__("re").findall(r'/review/duplicates/(\d+)/(\d+)',
                                                          page.text)[0])
    done = c.post(f"/review/duplicates/{ids[0]}/{ids[1]}/keep-apart", {"note": "two talks"})
    assert done.status_code == 303
    assert "No possible duplicates" in c.get("/review/duplicates").text


def test_the_review_card_says_why_a_record_looks_wrong(web, make_doc, extractor):
    # an agreement placed in a third country nobody travelled to
    from communique.model import DateSpan, Place, Record
    from communique.services.review import add_event

    add_event(web.registry, Record(id="x", type="agreement", date=DateSpan("2021-05-05"),
                                   from_=["AZE"], to=["USA"], place=Place("FRA", "Paris")),
              status="candidate", user="ana")
    page = web.client("editor").get("/review", params={"type": "agreement", "country": "USA"})
    assert "Looks wrong" in page.text and "placed in France" in page.text


def test_the_check_page_says_how_many_candidates_are_left_out(web):
    draft = "In 2021 our country signed 5 international agreements."
    resp = web.client("viewer").post("/reports/check", {"issuer": "AZE", "year": "2021",
                                                        "draft": draft},
                                     files={"file": ("", b"", "application/octet-stream")})
    assert resp.status_code == 200, resp.text
    # the seeded records of 2021 are all candidates: none counted, all said to be waiting
    assert "5 candidate record(s) of 2021 are still waiting for review and are left out" \
        in resp.text
