"""A standing commission named as what the sides decided to raise to a higher level:
"chose to elevate their Bi-National Commission to summit level", "agreed
to upgrade the Joint Commission to the level of Foreign Ministers", "the Joint
Commission would be elevated to a Bi-National Commission", "the upgrading of the Joint
Committee". The body is told about, no session of it sits (it was read as a commission
session, dated by the visit it was decided on). A session of the body held stays
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text, issuer", [
    ("The Ministers welcomed President Kenyatta's trip to Pretoria in May 2016, when "
     "both Presidents chose to elevate their Bi-National Commission to summit level.",
     "ZAF"),
    ("The two leaders agreed to upgrade the Joint Commission between India and Ghana to "
     "the level of Foreign Ministers.", "IND"),
    ("The Ministers agreed that the existing Joint Commission between Nigeria and Ghana "
     "would be elevated to a Bi-National Commission.", "NGA"),
    ("Both Presidents welcomed the upgrading of the Joint Economic Committee between "
     "Turkey and Kazakhstan to ministerial level.", "TUR"),
])
def test_a_commission_raised_is_no_session(text: str, issuer: str) -> None:
    assert records(text, issuer, {"commission"}, date="2016") == []


@pytest.mark.parametrize("text, issuer, expected", [
    ("The 9th session of the Bi-National Commission between South Africa and Nigeria was "
     "held in Pretoria on 13 March.", "ZAF", ("NGA",)),
    ("The Ministers co-chaired the Joint Commission between Nigeria and Ghana, elevated "
     "to ministerial level in 2014.", "NGA", ("GHA",)),
])
def test_a_session_held_stays(text: str, issuer: str, expected: tuple) -> None:
    assert [r[2] for r in records(text, issuer, {"commission"}, date="2016")] == [expected]
