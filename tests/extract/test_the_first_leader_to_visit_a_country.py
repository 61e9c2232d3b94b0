"""A trip told as a first of its kind in the past ("was the first senior figure
to go to Laos", "became the first head of government to travel to Fiji") is a visit;
a year after the place ("to visit Laos in 2023", "this year") is the time the first is counted in,
so the trip's own days told elsewhere in the sentence date it. A first still hoped
for or to come is none (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import event, probe, records

_CASES = [
    probe(("Earlier, Prime Minister Ana Lopez, on 14 and 15 February, was the first senior "
           "leader to visit Laos in 2023.", "PHL"),
          (event("visit", "PHL", "LAO", "2023-02-14"),)),
    probe(("On 3 May President Ruiz became the first head of state to visit Chile in "
           "2023.", "PER"), (event("visit", "PER", "CHL", "2023-05-03"),)),
    probe(("In March the Foreign Minister became the first Kenyan minister to travel to "
           "Fiji.", "KEN"), (event("visit", "KEN", "FJI", "2023-03"),)),
    probe(("Minister Tanaka was the first Japanese foreign minister to officially visit "
           "Mongolia since 2015, on 9 June.", "JPN"),
          (event("visit", "JPN", "MNG", "2023-06-09"),)),
    probe(("The Prime Minister has become the first leader to set foot in Tonga, "
           "arriving on 2 July.", "NZL"), (event("visit", "NZL", "TON", "2023-07-02"),)),
    probe(("The Prime Minister has become the first leader to set foot in Tonga this year, "
           "arriving on 2 July.", "NZL"), (event("visit", "NZL", "TON", "2023-07-02"),)),
    # a year alone is still the trip's time
    probe(("The President was the first Latin American leader to visit Cuba in 2022.",
           "MEX"), (event("visit", "MEX", "CUB", "2022"),)),
    # hoped for, to come
    probe(("President Lopez hopes to become the first leader to visit Laos.", "PHL"), ()),
    probe(("President Lopez will be the first leader to visit Laos next year.", "PHL"), ()),
    # one of another country, named after "of": no reading of whose it is
    probe(("The Minister was the first foreign minister of Chile to visit Peru.", "ARG"), ()),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_the_first_leader_to_visit_a_country(text: str, issuer: str,
                                             expected: list[tuple]) -> None:
    assert records(text, issuer, {"visit"}, date="2023-10-27") == expected
