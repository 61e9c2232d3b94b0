"""A call told as "spoke with" and the counterpart's name before the title
("spoke with A, Minister of Foreign Affairs of Ukraine"), and a head of a
presidential council named without a country (office-holders); "spoke with"
people who are no officials is no call (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Today, the Honourable Mary Byrne, Minister of Foreign Affairs, spoke with Andrii "
    "Sybiha, Minister of Foreign Affairs of Ukraine.",
    "The Minister spoke with Andrii Sybiha, Ukraine's Foreign Minister, about the peace talks.",
    "Minister Byrne spoke today with Mr. Andrii Sybiha, the Foreign Minister of Ukraine, on "
    "reconstruction.",
    "This morning the Minister spoke with Ukraine's Foreign Minister Andrii Sybiha.",
])
def test_spoke_with_a_name_then_a_title_is_a_call(ex, text):
    recs = ex(text, issuer="IRL", date="2025-05-20", types={"call", "meeting"})
    assert recs == [("call", ("IRL",), ("UKR",), "2025-05-20")]


def test_spoke_with_a_name_then_a_title_in_a_foreign_city_is_a_meeting(ex):
    text = ("In Nairobi on Monday, the Minister spoke with Musalia Mudavadi, Prime Cabinet "
            "Secretary of Kenya, at the State House.")
    recs = ex(text, issuer="IRL", date="2025-05-20", types={"call", "meeting"})
    assert recs == [("meeting", ("IRL",), ("KEN",), "2025-05-19")]


@pytest.mark.parametrize("text", [
    "The Minister spoke with journalists, students and the Minister's staff about Ukraine.",
    "The Minister spoke with reporters after the session of the Council.",
])
def test_spoke_with_people_who_are_no_counterpart_is_no_call(ex, text):
    assert ex(text, issuer="IRL", date="2025-05-20", types={"call", "meeting"}) == []


@pytest.mark.parametrize("text,typ,day", [
    ("The Minister spoke by telephone on Tuesday evening with the head of the Presidential "
     "Council, Mohamed al-Menfi.", "call", "2025-06-10"),
    ("The Prime Minister received Abdul Hamid Dbeibah in Athens on Monday.", "meeting",
     "2025-06-09"),
])
def test_libyan_leaders_named_without_a_country_are_libya(ex, text, typ, day):
    recs = ex(text, issuer="GRC", date="2025-06-12", types={typ})
    assert recs == [(typ, ("GRC",), ("LBY",), day)]
