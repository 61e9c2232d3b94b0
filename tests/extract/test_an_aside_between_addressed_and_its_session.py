"""An aside set off by commas between "addressed" and the session ("addressed, via
video link, the UN Security Council meeting", "addressed, in person, the plenary
session of PACE") leaves the speech a part in that session (sentences of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister addressed, via video link, the UN Security Council meeting on Ukraine "
     "on Tuesday.", "UNSC"),
    ("On Tuesday the Minister addressed, in person, the plenary session of the "
     "Parliamentary Assembly of the Council of Europe.", "PACE"),
    ("The Minister addressed, on behalf of the group, the ministerial meeting of the OSCE "
     "on Tuesday.", "OSCE"),
])
def test_an_aside_after_addressed_keeps_the_session(text, org):
    res = extract_text(text, issuer="GEO", date="2024-03-14")
    got = [(r.organizations, r.date.start) for r in res.records if r.type == "multilateral"]
    assert got == [([org], "2024-03-12")]


def test_an_aside_before_no_session_is_none():
    res = extract_text("The Minister addressed, in his remarks, the situation of refugees on "
                       "Tuesday.", issuer="GEO", date="2024-03-14")
    assert [r for r in res.records if r.type == "multilateral"] == []
