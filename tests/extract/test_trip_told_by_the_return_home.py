"""A trip told only by the return home ("The Minister and delegation returned to
Warsaw on 15 August" after events told in Colombo): the issuer's visit to each
country its events were told in abroad, from the first day told there, when no
visit there was told (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Warsaw, 15 August 2024\n\n"


def _visits(text: str) -> list[tuple[str, str, str]]:
    recs = extract_text(HEAD + text, issuer="POL", date="2024-08-15").records
    return sorted((r.from_[0] if r.from_ else "", r.to[0] if r.to else "", r.date.start or "")
                  for r in recs if r.type == "visit")


@pytest.mark.parametrize(("text", "visits"), [
    ("The Foreign Minister attended the ministerial meeting of the Colombo Process held in "
     "Colombo, Sri Lanka, on 14 August. The Minister and delegation returned to Warsaw on "
     "15 August 2024.", [("POL", "LKA", "2024-08-14")]),
    ("The Minister held talks with the Foreign Minister of Kenya in Nairobi on 12 August. "
     "On 14 August the Minister returned to Poland.", [("POL", "KEN", "2024-08-12")]),
    ("The Minister met her Peruvian counterpart in Lima on 12 August. She then held talks "
     "in Quito on 13 August with the Foreign Minister of Ecuador. The delegation returned "
     "to Warsaw on 14 August.", [("POL", "ECU", "2024-08-13"), ("POL", "PER", "2024-08-12")]),
])
def test_the_return_home_tells_the_trip(text, visits):
    assert _visits(text) == visits


@pytest.mark.parametrize(("text", "visits"), [
    # the trip was told already
    ("The Minister travelled to Lima on 12 August and met her Peruvian counterpart. The "
     "Minister returned to Warsaw on 14 August.", [("POL", "PER", "2024-08-12")]),
    # a guest's return to its own capital
    ("The Minister received the Foreign Minister of Peru in Warsaw on 14 August. The "
     "Peruvian Minister returned to Lima on 15 August.", []),
    # a country named as a topic is no place the Minister was in
    ("The Minister discussed the situation in Ukraine with the Ambassador of Japan on 13 "
     "August. The Minister returned to Warsaw on 14 August.", []),
])
def test_no_trip_without_events_told_abroad(text, visits):
    assert _visits(text) == visits
