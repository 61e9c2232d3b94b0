"""A trip told with "proceeded to", "crossed to" or "crossed over to", and a stay
told as "has been in <place> since <day>" or "is since <day> in <place>", is a
visit to that place's country; a stay with no place, or a place that is the
issuer's own, is none (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str = "NOR") -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return sorted((tuple(r.from_), tuple(r.to))
                  for r in extract_text(text, issuer=issuer, date="2024-05-16").records
                  if r.type == "visit")


@pytest.mark.parametrize(("text", "host"), [
    ("After Brussels, the Minister proceeded to Luxembourg, where he met the Grand Duke.",
     "LUX"),
    ("On Wednesday the delegation proceeded to Tallinn for talks on energy security.", "EST"),
    ("The Prime Minister then proceeded to Hanoi, the last stop of the tour.", "VNM"),
    ("This morning we crossed to Helsinki by ferry and met the Finnish Foreign Minister.",
     "FIN"),
    ("The State Secretary later crossed over to Copenhagen for a meeting of the Nordic "
     "ministers.", "DNK"),
])
def test_proceeding_or_crossing_to_a_place_is_a_visit(text, host):
    assert _visits(text) == [(("NOR",), (host,))]


@pytest.mark.parametrize(("text", "host"), [
    ("The Secretary of State has been in Canberra since Monday for the annual ministerial "
     "talks.", "AUS"),
    ("The Foreign Minister has been in Tokyo since 14 May, where she opened a trade fair.",
     "JPN"),
    ("The Minister of Trade is since Tuesday in Lisbon at the head of a business "
     "delegation.", "PRT"),
    ("The Minister for Development has been in Nairobi since the weekend for the regional "
     "conference on water.",
     "KEN"),
])
def test_a_stay_since_a_day_is_a_visit(text, host):
    assert _visits(text) == [(("NOR",), (host,))]


@pytest.mark.parametrize("text", [
    # a procedure, not a journey
    "The two ministers then proceeded to the signing of a memorandum on fisheries.",
    "The Minister proceeded to sign the protocol on behalf of the Government.",
    # the issuer's own capital
    "The Minister has been in Oslo since Monday for the budget negotiations.",
    # a state of affairs, no stay
    "The agreement has been in force since 2019.",
    "Ukraine has been in a state of war since February 2022.",
])
def test_no_visit_without_a_journey_abroad(text):
    assert _visits(text) == []


@pytest.mark.parametrize(("text", "hosts"), [
    ("The President then proceeded to Lima for the APEC Leaders' Meeting and to Brasilia "
     "for talks with the Brazilian President.", ["BRA", "PER"]),
    ("The delegation travelled to Nairobi for the regional forum, to Kampala and then to "
     "Kigali.", ["KEN", "RWA", "UGA"]),
    ("The Minister went to Hanoi for consultations on trade and to Bangkok for a ministerial "
     "meeting.", ["THA", "VNM"]),
])
def test_each_stop_after_a_purpose_is_a_visit(text, hosts):
    assert sorted(v[1][0] for v in _visits(text)) == hosts


def _dated(text: str, date: str) -> list[tuple[str, str | None]]:
    return sorted((r.to[0], r.date.start) for r in
                  extract_text(text, issuer="NOR", date=date).records if r.type == "visit")


_REVIEW = "Review of the year 2023\n\nIn the year under review, the Ministry was active.\n\n"


@pytest.mark.parametrize("text", [
    "The Prime Minister paid an official visit to China from 6 to 9 November. He then "
    "proceeded to Hanoi for talks with the Vietnamese Government.",
    "From 6 to 9 November the Minister was in Japan on an official visit. The Minister "
    "subsequently travelled to Seoul, where she met her Korean counterpart.",
])
def test_the_next_stop_after_days_told_takes_their_month(text):
    recs = _dated(_REVIEW + text, "2023")
    assert [d for c, d in recs if c in ("VNM", "KOR")] == ["2023-11"]
    assert recs and all(d is not None and d.startswith("2023-11") for _, d in recs)


def test_a_readouts_next_stop_on_the_day_told_keeps_the_day():
    text = ("On 6 November the Minister visited Tallinn. She then proceeded to Riga, where "
            "she met the Latvian Foreign Minister.")
    assert _dated(text, "2023-11-07") == [("EST", "2023-11-06"), ("LVA", "2023-11-06")]


def test_a_sequel_in_another_paragraph_takes_no_month_from_the_one_before():
    text = (_REVIEW + "The Prime Minister paid an official visit to China from 6 to 9 "
            "November.\n\nIn a later year, the Minister then travelled to Hanoi.")
    assert ("VNM", "2023-11") not in _dated(text, "2023")
