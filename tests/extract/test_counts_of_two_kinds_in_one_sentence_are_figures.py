"""Two counts of events in one sentence of a review ("held 45 bilateral meetings and
60 telephone conversations with counterparts", in either order) are figures of the
year: the word "bilateral" qualifying one count is no side of the other, so neither
count becomes an event with the partner of the sentence before (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_BEFORE = "Results of 2024\n\nThe Minister visited Angola in November.\n"


@pytest.mark.parametrize("text", [
    "Over the year, the Minister held 45 bilateral meetings and 60 telephone "
    "conversations with counterparts.",
    "Over the year, the Minister held 60 telephone conversations and 45 bilateral "
    "meetings with counterparts.",
    "In all, 30 bilateral meetings and 25 phone calls took place at ministerial level.",
    "The Minister had some 40 bilateral talks as well as 20 telephone calls with foreign "
    "colleagues.",
])
def test_two_counts_give_no_event_with_the_last_partner(text: str) -> None:
    assert records(_BEFORE + text, "PRT", CORE, date="2024-12-30") == [
        event("visit", "PRT", "AGO", "2024-11")]
