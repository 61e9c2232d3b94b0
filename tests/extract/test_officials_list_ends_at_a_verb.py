"""The officials a meeting phrase lists end where a second predicate begins ("called on
the Minister for Trade, Hon. A, and addressed students at the university"): one
meeting, not one more for whoever the second verb names (sentences of our own)."""

from __future__ import annotations

import pytest

_TOLD = "On Thursday the Minister co-chaired the Joint Commission with her Fijian counterpart. "


@pytest.mark.parametrize("follow", [
    "While in Suva, the Minister also called on the Minister for Trade, Hon. Manoa Kamikamica, "
    "and addressed students at the University of the South Pacific.",
    "While in Suva, the Minister also called on the Speaker of Parliament, Hon. Filimone Jitoko, "
    "and visited journalists at the national broadcaster.",
    "While in Suva, the Minister also paid a courtesy call on the President, Ratu Wiliame "
    "Katonivere, and then spoke to students of the Fiji National University.",
])
def test_a_second_predicate_ends_the_officials_met(ex, follow):
    recs = ex(_TOLD + follow, issuer="PNG", date="2024-02-24", types={"meeting"})
    assert len([r for r in recs if r[2] == ("FJI",)]) == 1


def test_two_officials_listed_are_still_two_meetings(ex):
    text = (_TOLD + "While in Suva, the Minister also paid courtesy calls on the President, Ratu "
            "Wiliame Katonivere, and the Speaker of Parliament, Hon. Filimone Jitoko.")
    recs = ex(text, issuer="PNG", date="2024-02-24", types={"meeting"})
    assert len([r for r in recs if r[2] == ("FJI",)]) == 2
