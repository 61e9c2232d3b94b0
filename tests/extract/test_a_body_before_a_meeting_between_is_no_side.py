"""A meeting "between" officials whose sides the text names after "between" only by
title ("the talks between the premier and the chancellor"): an organisation named
before the trigger, as a topic of the sentence ("will discuss the future of the EU"),
is no side of it. Bodies named after "between" still are (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import probe, records

_CASES = [
    probe(("The two ministers will discuss where the EU is heading, building on the "
           "talks between the premier and the chancellor.", "FRA"), ()),
    probe(("Reform of NATO was raised again, as at the meeting between the prime minister "
           "and the president last week.", "NOR"), ()),
    probe(("They reviewed ties with ASEAN, building on the talks between the king and the "
           "prime minister.", "THA"), ()),
    probe(("The Minister welcomed the support of the African Union after the meeting "
           "between the two presidents.", "KEN"), ()),
    # a body after "between"
    probe(("On 3 May the Minister attended the meeting between the African Union and the "
           "European Union.", "KEN"), (("meeting", ("KEN",), (), ("AU",), "2024-05-03"),)),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_a_body_before_a_meeting_between_is_no_side(text: str, issuer: str,
                                                    expected: list[tuple]) -> None:
    got = records(text, issuer, {"meeting"}, date="2024-05-06", orgs=True)
    assert [g for g in got if g[3]] == list(expected)
