"""A clause that looks back ("which was held in Nairobi last week") keeps the time set
off by a comma right after it (", on 2 and 3 May") to itself: what was signed today
takes today's day (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = ("Warsaw, 10 May 2024\n\nThe President of Kenya arrived in Warsaw yesterday for a "
        "state visit. This morning the two Presidents held official talks. ")


@pytest.mark.parametrize("text", [
    "They further witnessed the signing of the Agreed Minutes of the 3rd Session of the "
    "Joint Commission, which was held at ministerial level in Nairobi last week, on 2 and "
    "3 May.",
    "The two Presidents also signed the minutes of the Joint Commission, which had met in "
    "Nairobi earlier, on 2 May.",
    "They witnessed the signing of a protocol on the Joint Commission, whose last session was "
    "held in Nairobi earlier, from 2 to 3 May.",
])
def test_the_signing_takes_the_day_told(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"agreement"})
    assert [g[3] for g in got] == ["2024-05-10"], got


@pytest.mark.parametrize(("text", "day"), [
    # no looking back: the day after the comma is the signing's
    ("The two Presidents signed an agreement on trade, on 10 May.", "2024-05-10"),
    ("The two Foreign Ministers signed an agreement on visas in Nairobi, on 2 May.",
     "2024-05-02"),
])
def test_a_time_after_a_comma_without_a_background_clause_dates_the_event(ex, text, day):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"agreement"})
    assert [g[3] for g in got] == [day], got


def test_the_session_keeps_its_own_held_clause(ex):
    text = (HEAD + "They further witnessed the signing of the Agreed Minutes of the 3rd Session "
            "of the Poland–Kenya Joint Permanent Commission, which was held at ministerial "
            "level in Nairobi last week, on 2 and 3 May.")
    got = ex(text, issuer="POL", date="2024-05-10", types={"agreement", "commission"})
    assert ("commission", ("POL",), ("KEN",), "2024-05-02") in got, got
    assert ("agreement", ("POL",), ("KEN",), "2024-05-10") in got, got


def test_a_date_after_a_background_clause_without_a_vague_time_is_the_main_clauses(ex):
    text = (HEAD + "The two Presidents signed a treaty, which had been negotiated since 2019, "
            "on 9 May.")
    got = ex(text, issuer="POL", date="2024-05-10", types={"agreement"})
    assert [g[3] for g in got] == ["2024-05-09"], got
