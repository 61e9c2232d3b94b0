"""A session told with its date, then "and agreed to hold its next session in Tbilisi
in the second half of 2025": the year of the next session is not the one told's
(sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "The Minister received the Foreign Minister of Kenya on 10 March. "


@pytest.mark.parametrize(("text", "month"), [
    ("The two parties welcomed the holding in Nairobi, in December 2024, of the 3rd "
     "session of the Georgia-Kenya Joint Commission, and agreed to hold its next session "
     "in Tbilisi in the second half of 2025.", "2024-12"),
    ("The Georgia-Kenya Joint Commission met in Nairobi in May 2024 and decided to hold "
     "its next session in Tbilisi in 2025.", "2024-05"),
])
def test_the_next_sessions_year_is_not_the_told_ones(ex, text, month):
    got = ex(_LEAD + text, date="2025-03-11", types=["commission"])
    assert [(g[2], g[3]) for g in got] == [(("KEN",), month)]


def test_a_meeting_that_agreed_to_do_something_keeps_its_day(ex):
    text = ("The Minister met the Foreign Minister of Kenya in Nairobi on 3 March and agreed "
            "to deepen trade in 2025.")
    got = ex(text, date="2025-03-11", types=["meeting"])
    assert [g[3] for g in got] == ["2025-03-03"]
