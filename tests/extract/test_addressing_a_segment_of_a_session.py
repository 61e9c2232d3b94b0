"""An official who addresses a named part of a session ("addressed the High Level segment
of the 55th Session of the Human Rights Council", "speaking at the high-level segment
on the first day of the ... Session of ...", "addresses the general debate segment of the
Conference on Disarmament"): a multilateral session attended, with the body named. The
body named again by its bare noun later in the sentence ("... in Geneva briefed the
Council on ...") is that same session, no second one; a segment of anything else is no
session (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_S = {"multilateral"}


@pytest.mark.parametrize(("text", "orgs"), [
    ("Foreign Minister Ana Rojas addressed the High Level segment of the 55th Session of "
     "the Human Rights Council in Geneva on 2 March 2024.", ("UNHRC",)),
    ("Minister of Foreign Affairs Ana Rojas, addressing the high-level segment on "
     "the first day of the 55th Session of the Human Rights Council on 2 March 2024 in "
     "Geneva, briefed the Council on reforms at home.", ("UNHRC",)),
    ("Foreign Minister Ana Rojas addressed the 55th Session of the Human Rights Council "
     "in Geneva, on 2 March 2024 briefed the Council on the elections.",
     ("UNHRC",)),
    ("On 2 March 2024 the Vice Minister addresses the high level segment of the 55th "
     "session of the Human Rights Council in Geneva.", ("UNHRC",)),
])
def test_one_session_of_the_body(text: str, orgs: tuple[str, ...]) -> None:
    got = records(text, "PER", _S, date="2024", orgs=True)
    assert [(r[3], r[4]) for r in got] == [(orgs, "2024-03-02")]


@pytest.mark.parametrize("text", [
    "The Minister addressed the segment of the programme on youth employment.",
    "The Minister addressed the business segment of the market in Lima.",
])
def test_no_session(text: str) -> None:
    assert records(text, "PER", _S, date="2024") == []
