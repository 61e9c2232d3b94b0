"""The aim of a talk told in a purpose clause after it ("in a bid to defuse tensions
between A and B", "in an effort to ease the dispute ...", "with a view to settling the
conflict in C"): the countries of that quarrel are the topic, not sides; a side named
before the clause stays one (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize(("text", "issuer", "sides"), [
    ("On 3 May 2023 the Secretary met his counterparts from Kenya and Uganda in Nairobi "
     "in a bid to defuse tensions between the two countries and Somalia.", "USA",
     [("KEN",), ("UGA",)]),
    ("On 3 May 2023 the Foreign Minister met the Foreign Minister of Kenya in Nairobi in "
     "an effort to ease tensions between Kenya and Somalia.", "GHA", [("KEN",)]),
    ("The Minister held a telephone conversation with his Qatari counterpart on 3 May 2023 "
     "with a view to settling the dispute between Chad and Sudan.", "EGY", [("QAT",)]),
    ("On 3 May 2023 the envoy received the Ambassador of Norway, in an attempt to help "
     "resolve the crisis in Mali and Niger.", "SEN", [("NOR",)]),
    ("In Addis Ababa on 3 May 2023 the Foreign Minister met Ethiopian Prime Minister Abiy "
     "Ahmed in a bid to de-escalate the row between Eritrea and Djibouti.", "KEN", [("ETH",)]),
])
def test_the_quarrels_countries_are_no_side(text: str, issuer: str,
                                            sides: list[tuple[str, ...]]) -> None:
    got = records(text, issuer, {"meeting", "call"})
    assert sorted(r[2] for r in got) == sorted(sides)


def test_a_purpose_of_friendship_still_names_the_side() -> None:
    got = records("On 3 May 2023 the Foreign Minister held talks in Accra in a bid to "
                  "strengthen relations with Togo.", "GHA", {"meeting"})
    assert [r[2] for r in got] == [("TGO",)]
