"""Tours: each country's visit takes the dates of the stops the readout describes."""

from __future__ import annotations

from communique.extract import extract_text

READOUT = (
    "Tbilisi, 19 May 2023\n\n"
    "The Minister of Foreign Affairs today concluded his visit to Kenya, Uganda and Rwanda.\n\n"
    "In Nairobi on 15 May, the Minister met Foreign Minister Alfred Mutua.\n\n"
    "In Kigali on 18 May, he called on President Paul Kagame.\n")


def _visits(text: str) -> list[tuple[str, str | None, str | None]]:
    res = extract_text(text, issuer="GEO")
    return sorted((r.to[0], r.date.start, r.date.end) for r in res.records if r.type == "visit")


def test_tours_date_each_country_by_its_stops():
    # Uganda has no dated stop: it keeps the date of the release
    assert _visits(READOUT) == [("KEN", "2023-05-15", None), ("RWA", "2023-05-18", None),
                                ("UGA", "2023-05-19", None)]


def test_tours_leave_reviews_alone():
    review = ("Review of the activities of the Ministry of Foreign Affairs in 2023\n\n"
              "The Minister visited Kenya and Rwanda.\n\n"
              "In Nairobi on 15 November, the Deputy Minister met Foreign Minister Mutua.\n")
    assert _visits(review) == [("KEN", "2023", None), ("RWA", "2023", None)]


def test_tours_keep_every_record_and_a_single_visit_untouched():
    single = ("Tbilisi, 19 May 2023\n\nThe Minister concluded his visit to Kenya today.\n\n"
              "In Nairobi on 15 May, the Minister met Foreign Minister Alfred Mutua.\n")
    assert _visits(single) == [("KEN", "2023-05-19", None)]
    res = extract_text(READOUT, issuer="GEO")
    assert sorted(r.type for r in res.records) == ["meeting", "meeting", "visit", "visit",
                                                   "visit"]
