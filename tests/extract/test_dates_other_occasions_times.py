"""A time expression after the event that names another occasion's time: the
event prepared ("ahead of Monday's summit"), a clause in the future ("and will
fly home this evening"), the content of a signed text ("a declaration in which
... 2010"), a thing dated by "of" ("the floods of 2 May"), or a relative
clause's day before a main clause told "later". None of them dates the event;
the clause's own date or the occasion told before does (sentences of our own)."""

from __future__ import annotations

import pytest

# 2024-05-10 is a Friday: Monday is 6 May, Tuesday 7 May, Wednesday 8 May, Thursday 9 May
HEAD = "Warsaw, 10 May 2024\n\n"
ARGS = {"issuer": "POL", "date": "2024-05-10"}


@pytest.mark.parametrize(("text", "typ", "day"), [
    ("The Minister today held a telephone conversation with the Foreign Minister of "
     "Estonia ahead of Monday's meeting of the European Council.", "call", "2024-05-10"),
    ("The Minister on Tuesday met the Foreign Minister of Latvia in preparation for the "
     "summit in Vilnius on 9 May.", "meeting", "2024-05-07"),
    ("Yesterday the Minister spoke by phone with her Lithuanian counterpart in the run-up "
     "to the ministerial of 10 May.", "call", "2024-05-09"),
    ("On Monday, the Deputy Minister held talks with the Foreign Minister of Chile, prior "
     "to the donors' conference on 9 May.", "meeting", "2024-05-06"),
])
def test_the_occasion_prepared_has_its_own_day(ex, text, typ, day):
    got = ex(HEAD + text, **ARGS, types={typ})
    assert [g[3] for g in got] == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("The Ghanaian delegation arrived in Warsaw on 7 May and will return home this evening.",
     "2024-05-07"),
    ("The Foreign Minister of Peru arrived in Warsaw on Tuesday and is expected to leave "
     "for Berlin on Sunday.", "2024-05-07"),
    ("The Chilean delegation arrived in Warsaw on 6 May, and is due to travel on to Prague "
     "on 12 May.", "2024-05-06"),
])
def test_a_future_clause_keeps_its_day(ex, text, day):
    got = ex(HEAD + text, **ARGS, types={"visit"})
    assert [g[3] for g in got] == [day]


@pytest.mark.parametrize(("text", "day"), [
    # the content of a signed text
    ("On Wednesday the two ministers signed a joint declaration in which Peru recalls the "
     "partnership launched in 2010.", "2024-05-08"),
    ("The Minister and his Chilean counterpart signed on Thursday a memorandum under which "
     "both sides will review the "
     "treaty of 1998 by 2030.", "2024-05-09"),
    # a thing dated by "of"
    ("The Minister met the Foreign Minister of Chile on Tuesday and expressed sympathy for "
     "the victims of the floods of 2 May.", "2024-05-07"),
    ("The Minister received the Ambassador of Ecuador and congratulated him on the "
     "elections of 21 April.", "2024-05-10"),
])
def test_a_date_inside_what_the_event_concerns(ex, text, day):
    got = ex(HEAD + text, **ARGS, types={"agreement", "meeting"})
    assert [g[3] for g in got] == [day]


@pytest.mark.parametrize(("text", "day"), [
    # the day of the event itself, written with "of" or with the trigger's noun
    ("On the morning of 8 May, the Minister met the Foreign Minister of Chile.", "2024-05-08"),
    ("The Minister received the Ambassador of Ecuador on 7 May.", "2024-05-07"),
    # a clause about the present after the event: no other occasion
    ("The Minister met the Foreign Minister of Chile on 9 May and thanked him for the "
     "support.", "2024-05-09"),
])
def test_the_events_own_day_stays(ex, text, day):
    got = ex(HEAD + text, **ARGS, types={"meeting"})
    assert [g[3] for g in got] == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("The Foreign Minister of Kenya, who arrived in Warsaw on Monday, was later received by "
     "the President.", "2024-05-10"),
    ("The Kenyan minister, who landed in Warsaw on 7 May, was subsequently received by the "
     "Prime Minister.", "2024-05-10"),
    # the main clause names its own day: that day
    ("The Foreign Minister of Kenya, who arrived in Warsaw on Monday, was later received by "
     "the President on Wednesday.", "2024-05-08"),
])
def test_later_than_a_relative_clauses_day(ex, text, day):
    got = ex(HEAD + text, **ARGS, types={"meeting"})
    assert [g[3] for g in got] == [day]


@pytest.mark.parametrize("opener", [
    "At the conclusion of the JPC, ", "After the plenary, ", "At the end of the JCC, ",
])
def test_after_a_session_named_by_acronym_or_plenary(ex, opener):
    text = (HEAD + "On Wednesday the Minister and the Foreign Minister of Ghana co-chaired "
            "the second session of the Poland-Ghana Joint Commission in Warsaw. The Ghanaian "
            "minister arrived in Warsaw on Monday. " + opener
            + "the two ministers signed a memorandum on education.")
    got = ex(text, **ARGS, types={"agreement"})
    assert [g[3] for g in got] == ["2024-05-08"]
