"""After a commission named in full, "The previous session had been held in Tbilisi in
October 2019" is an earlier session of that body on its own date; with no body named
before, a bare "previous session" is nobody's (sentences of our own)."""

from __future__ import annotations

import pytest

_BODY = ("The second session of the Georgia-Kenya Joint Commission took place on 6 and 7 "
         "May in Nairobi. ")


@pytest.mark.parametrize(("text", "month"), [
    ("The previous session had been held in Tbilisi in October 2019.", "2019-10"),
    ("The preceding session was held in Tbilisi in March 2021.", "2021-03"),
    ("The previous session took place in Tbilisi in June 2022.", "2022-06"),
])
def test_the_previous_session_after_a_body_named_is_its_earlier_session(ex, text, month):
    got = ex(_BODY + text, date="2025-05-09", types=["commission"])
    want = sorted([(("KEN",), "2025-05"), (("KEN",), month)])
    assert sorted((g[2], g[3][:7]) for g in got) == want


def test_a_previous_session_with_no_body_named_is_nobodys(ex):
    text = ("The Minister held talks with the Foreign Minister of Kenya in Nairobi on 6 May. "
            "The previous session had been held in Tbilisi in October 2019.")
    assert ex(text, date="2025-05-09", types=["commission"]) == []
