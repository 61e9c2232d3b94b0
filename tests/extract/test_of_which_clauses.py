"""A relative clause about the event just named (", on the margins of which he met
...", ", during which ...") takes that event's date, not the date of a second event
coordinated after it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, day", [
    ("The Minister attended the OSCE Ministerial Council in Skopje on 30 November, on the "
     "sidelines of which she met the Foreign Minister of Malta, and the NATO ministerial in "
     "Brussels on 4 December.", "2023-11-30"),
    ("The President took part in the summit in Nairobi on 12 June, on the margins of which he "
     "was received by the President of Kenya, and in the forum in Accra on 20 June.",
     "2023-06-12"),
    ("On 3 May the Minister addressed the conference in Vienna, during which she held talks "
     "with the Foreign Minister of Austria, and on 9 May the session in Geneva.", "2023-05-03"),
])
def test_a_meeting_in_a_clause_of_which_takes_the_event_date(ex, text, day):
    got = ex(text, types={"meeting"})
    assert [r[3] for r in got] == [day]


def test_a_clause_of_which_with_its_own_day_keeps_it(ex):
    text = ("The Minister attended the OSCE Ministerial Council in Skopje on 30 November, during "
            "which she met the Foreign Minister of Malta on 1 December.")
    assert [r[3] for r in ex(text, types={"meeting"})] == ["2023-12-01"]
