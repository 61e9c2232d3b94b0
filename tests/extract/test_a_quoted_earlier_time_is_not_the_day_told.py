"""A time named only inside a quotation, before the day the readout is telling ("we
named an ambassador last week," he said), is the speaker's background: the next
sentences go on with the day told before (sentences of our own)."""

from __future__ import annotations

import pytest

_OPEN = "The Minister met the Foreign Minister of Turkey yesterday.\n\n"
_NEXT = "\n\nThe Minister then met Dr Ana Lima, Foreign Minister of Peru."


@pytest.mark.parametrize("quote", [
    "“We appointed an ambassador last week,” said the Turkish minister.",
    "The Turkish minister said: “Turkey opened an embassy in Fiji in May.”",
    "“Last week our President paid a visit to Fiji,” the guest added.",
    "He recalled that “on 2 June our governments opened talks on visas”.",
])
def test_a_quoted_earlier_time_leaves_the_day_told(ex, quote):
    got = ex(_OPEN + quote + _NEXT, issuer="FJI", date="2013-07-10", types={"meeting"})
    assert ("meeting", ("FJI",), ("PER",), "2013-07-09") in got
    assert ("meeting", ("FJI",), ("TUR",), "2013-07-09") in got


@pytest.mark.parametrize("quote", [
    # an earlier day told by the narrator, not in a quotation: a new day goes on
    "On 2 July the Minister met the Ambassador of Japan.",
])
def test_an_earlier_day_told_outside_quotes_moves_the_day(ex, quote):
    got = ex(_OPEN + quote + _NEXT, issuer="FJI", date="2013-07-10", types={"meeting"})
    assert ("meeting", ("FJI",), ("PER",), "2013-07-02") in got
