"""A minister who was the guest of a foreign government ("was the guest of the
Japanese government from 3 to 6 March", "was a guest of the Kenyan Government in
Nairobi", "were official guests of the Government of Chile") was on a visit there;
the guest of honour at an event, or of a person, is no visit (sentences of our own)."""

from __future__ import annotations

import pytest

_HEAD = "Castries, 20 March 2024\n\n"


@pytest.mark.parametrize(("sentence", "host", "start"), [
    ("From 3 to 6 March 2024 the Foreign Minister was the guest of the Japanese "
     "government, and held talks on fisheries.", "JPN", "2024-03-03"),
    ("The Foreign Minister was the guest of the Government of Japan from 3 to 6 March "
     "2024.", "JPN", "2024-03-03"),
    ("On 4 March 2024 the Minister was a guest of the Kenyan Government in Nairobi.",
     "KEN", "2024-03-04"),
    ("The Foreign Minister was an official guest of the Government of Chile on 4 March "
     "2024.", "CHL", "2024-03-04"),
])
def test_the_guest_of_a_foreign_government_visited(ex, sentence, host, start):
    got = ex(_HEAD + sentence, issuer="LCA", date="2024-03-20", types=["visit"])
    assert got == [("visit", ("LCA",), (host,), start)]


@pytest.mark.parametrize("sentence", [
    "The Japanese Ambassador was the guest of honour at the reception on Monday.",
    "The Foreign Minister was the guest of the Japanese Ambassador at a dinner on Monday.",
])
def test_a_guest_of_honour_or_of_a_person_is_no_visit(ex, sentence):
    assert ex(_HEAD + sentence, issuer="LCA", date="2024-03-20", types=["visit"]) == []
