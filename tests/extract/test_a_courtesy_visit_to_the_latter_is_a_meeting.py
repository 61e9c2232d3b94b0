"""A courtesy visit paid to a person named only as "the latter" or as one's
counterpart is a call on that person: a meeting with the country named for them
earlier in the clause (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to"), [
    ("Kenya's Foreign Minister Musalia Mudavadi proposed the plan to his Ghanaian "
     "counterpart Samuel Ablakwa during a courtesy visit to the latter in Accra on "
     "March 4, 2024.", "GHA"),
    ("On 6 March 2024 the Minister briefed the Prime Minister of Senegal, Ousmane Sonko, "
     "during a courtesy visit to the latter, in his office in Dakar.", "SEN"),
    ("The Minister paid a courtesy visit to her Chilean counterpart at the ministry in "
     "Santiago on 5 March 2024.", "CHL"),
    ("On 7 March 2024 the Cabinet Secretary paid a courtesy visit to his Zambian "
     "colleague in Lusaka.", "ZMB"),
])
def test_a_courtesy_visit_to_the_latter_is_a_meeting(ex, text, to):
    got = ex(text, issuer="KEN", date="2024", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("KEN",), (to,))]


@pytest.mark.parametrize("text", [
    "The Minister paid a courtesy visit to the Embassy of Japan in Nairobi on 6 March 2024.",
    "The delegation paid a courtesy visit to the latter's old school in Nairobi.",
])
def test_a_courtesy_visit_to_a_place_is_no_meeting(ex, text):
    assert ex(text, issuer="KEN", date="2024", types=["meeting"]) == []
