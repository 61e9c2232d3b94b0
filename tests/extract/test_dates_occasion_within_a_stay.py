"""A date carried from the sentence before: when that sentence told a stay of
days and an event on one day of it ("who is on a visit from 6 to 9 May, on
Tuesday held consultations"), a sentence that names "this occasion" or opens
on the two sides ("Both leaders witnessed the signing ...") is about the event
of that day, not the whole stay; "during the visit" still means the stay
(sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\n"
STAY = ("The Deputy Minister, who is on a working visit to Chile from 6 to 9 May, on Tuesday "
        "held political consultations in Santiago with the Chilean Vice-Minister. ")
RECEIVED = ("The President paid a state visit to Kenya from 4 to 7 May, during which he was "
            "received by President Ruto on 5 May. ")


@pytest.mark.parametrize(("text", "day"), [
    (STAY + "On this occasion, a memorandum on consular cooperation was signed.", "2024-05-07"),
    (STAY + "The delegations reviewed trade. On that occasion the two sides signed a "
     "protocol on visas.", "2024-05-07"),
    (STAY + "A memorandum on culture was signed on the same occasion.", "2024-05-07"),
    (RECEIVED + "Both leaders witnessed the signing of four agreements on trade.", "2024-05-05"),
    (RECEIVED + "The two presidents then signed a joint declaration on energy.", "2024-05-05"),
])
def test_the_occasion_is_the_day_within_the_stay(ex, text, day):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"agreement"})
    assert [g[3] for g in got] == [day]


@pytest.mark.parametrize("text", [
    # a stay and no event on a day of it: the stay is the occasion
    "The Deputy Minister paid a working visit to Chile from 6 to 9 May. On that occasion, "
    "she signed a memorandum on consular cooperation.",
    # "during the visit" names the whole stay
    STAY + "During the visit, a memorandum on consular cooperation was signed.",
])
def test_a_stay_without_a_day_or_named_whole_keeps_its_days(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"agreement"})
    assert [g[3] for g in got] == ["2024-05-06"]


def test_the_two_sides_meeting_again_is_one_meeting(ex):
    text = (HEAD + "The President received on 6 and 7 May the official visit of the President "
            "of Ghana. The two heads of state held talks followed by a meeting of the two "
            "delegations.")
    got = ex(text, issuer="POL", date="2024-05-10", types={"meeting"})
    assert len(got) == 1 and got[0][2] == ("GHA",)
