"""People moved who speak for no side ("320 nationals deported from Libya arrived in
Accra", "students evacuated from Sudan arrived") make no visit; a year is no count
of people returned ("On 5 June 2024 the Minister returned from Nairobi" is the end of
a trip, no consular work); a tour's stop told by its noun ("with a stop in Kigali",
"after a brief stopover in Doha") is a visit there (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="GHA", date="2024-06-06").records
    return {(r.type, tuple(r.from_), tuple(r.to)) for r in recs}


@pytest.mark.parametrize("text", [
    "On 5 June, 320 nationals deported from Libya arrived in Accra.",
    "On 5 June a group of 40 Ghanaian students evacuated from Sudan arrived in Accra.",
    "On 5 June the first pilgrims returning from Saudi Arabia landed in Tamale.",
])
def test_people_moved_make_no_visit(text: str) -> None:
    assert not any(k[0] == "visit" for k in _kinds(text))


@pytest.mark.parametrize("text", [
    "On 5 June the Foreign Minister of Libya arrived in Accra.",
    "On 5 June the Minister, accompanied by business people and students, arrived in "
    "Havana.",
])
def test_officials_arriving_still_visit(text: str) -> None:
    assert any(k[0] == "visit" for k in _kinds(text))


def test_a_year_is_no_count_of_people_returned() -> None:
    got = _kinds("On 5 June 2024 the Minister returned from Nairobi, where she had held "
                 "talks with President Ruto.")
    assert not any(k[0] == "consular" for k in got)
    assert ("meeting", ("GHA",), ("KEN",)) in got


def test_people_counted_as_returned_are_consular_work() -> None:
    assert ("consular", ("GHA",), ("LBY",)) in _kinds(
        "In May the Ministry assisted 900 migrants returned from Libya.")


@pytest.mark.parametrize(("text", "host"), [
    ("On 5 June the Minister wrapped up her tour of East Africa with a stop in Kigali.",
     "RWA"),
    ("On 5 June the Minister flew to Tokyo after a brief stopover in Doha.", "QAT"),
    ("The President ended his trip on 5 June with a final stop in Lomé.", "TGO"),
])
def test_a_stop_told_by_its_noun_is_a_visit(text: str, host: str) -> None:
    assert ("visit", ("GHA",), (host,)) in _kinds(text)


def test_a_stop_to_fighting_is_no_visit() -> None:
    assert not any(k[0] == "visit" for k in _kinds(
        "On 5 June the Minister called for a stop to the fighting in Gaza."))
