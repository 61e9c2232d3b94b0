"""Reported speech with two complements ("recalled that A ... and that B ..."): the
second "that" opens a clause of its own, so the event of the first does not take the
countries of the second ("held more than 90 bilateral meetings with counterparts and
that the President paid state visits to Kenya and Ghana": the visits, no meeting with
Kenya or Ghana); "that of" is a pronoun, no clause (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Minister recalled that during the year he held more than 90 bilateral meetings "
    "with counterparts and that the President paid state visits to Kenya and Ghana.",
    "The Secretary of State noted that the Ministry had intensified its meetings with "
    "partners and that the Prime Minister paid official visits to Kenya and Ghana.",
    "The report notes that 40 meetings with foreign counterparts took place in Dublin, "
    "and that the Taoiseach visited Kenya and Ghana.",
])
def test_a_meeting_of_the_first_that_clause_takes_no_country_of_the_second(ex, text):
    recs = ex(text, issuer="IRL", date="2025-12-30")
    assert [r for r in recs if r[0] == "meeting"] == []
    assert sorted(r[2] for r in recs if r[0] == "visit") == [("GHA",), ("KEN",)]


def test_each_that_clause_keeps_its_own_event(ex):
    text = ("The Minister said that he had met the Foreign Minister of Kenya in Nairobi on "
            "3 March and that the President had received the Prime Minister of Ghana in "
            "Dublin on 5 March.")
    recs = ex(text, issuer="IRL", date="2025-03-06", types={"meeting"})
    assert recs == [("meeting", ("IRL",), ("GHA",), "2025-03-05"),
                    ("meeting", ("IRL",), ("KEN",), "2025-03-03")]


def test_that_of_a_country_is_no_clause(ex):
    text = ("On 3 March the Irish delegation and that of Kenya held talks in Nairobi.")
    recs = ex(text, issuer="IRL", date="2025-03-06", types={"meeting"})
    assert recs == [("meeting", ("IRL",), ("KEN",), "2025-03-03")]
