"""Two governments sitting together ("held the first joint session of their
governments", "the joint meeting of the Polish and Lithuanian governments", "the two
cabinets held a joint sitting") is a meeting of the two countries (sentences of our
own)."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\n"


@pytest.mark.parametrize(("text", "partner", "date"), [
    ("The Minister recalled that Poland and Kenya held the first joint session of their "
     "governments in Nairobi in January 2024.", "KEN", "2024-01"),
    ("The joint meeting of the Polish and Lithuanian governments took place in Vilnius on "
     "3 May.", "LTU", "2024-05-03"),
    ("The two cabinets held a joint sitting in Warsaw on 3 May, chaired by the Prime "
     "Ministers of Poland and Lithuania.", "LTU", "2024-05-03"),
    ("On 3 May the governments of Poland and Lithuania convened their annual joint session "
     "in Vilnius.", "LTU", "2024-05-03"),
])
def test_a_joint_session_of_two_governments_is_a_meeting(ex, text, partner, date):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting"})
    assert got == [("meeting", ("POL",), (partner,), date)], got


@pytest.mark.parametrize("text", [
    # a parliament's joint session: no meeting of governments
    "The two chambers of the Kenyan parliament held a joint session on 3 May.",
    "The joint session of the committees discussed the budget of Lithuania on 3 May.",
])
def test_no_governments_no_meeting(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting"})
    assert got == [], got
