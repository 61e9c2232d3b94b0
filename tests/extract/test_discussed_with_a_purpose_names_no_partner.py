"""A purpose or a manner after "discussed with" ("were discussed with a view to",
"reviewed with the aim of", "discussed with great interest") names no one met: no
second meeting, nor another event's day for one; "discussed with" an official still
is a meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    recs = extract_text(text, issuer="QAT", date="2023-11-13").records
    return [(tuple(r.to), r.date.start) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Minister held a meeting with his Kuwaiti counterpart. The regional security "
     "arrangements were also discussed with a view to implementing the outcomes of the "
     "emergency Gulf summit hosted by Doha last Sunday.", [(("KWT",), "2023-11-13")]),
    ("On Monday the Minister met the Foreign Minister of Chile. Trade links were reviewed "
     "with the aim of doubling exchanges by 2030.", [(("CHL",), "2023-11-13")]),
    ("The proposals were discussed with great interest by the participants on Monday.", []),
])
def test_a_purpose_after_with_is_no_partner(text: str, expected: list) -> None:
    assert _met(text) == expected


@pytest.mark.parametrize(("text", "partner"), [
    ("On Monday the Minister discussed with the Ambassador of Peru the situation in the "
     "region.", "PER"),
    ("On Monday the Minister discussed with his Kuwaiti counterpart, with a view to a "
     "summit, the regional situation.", "KWT"),
])
def test_discussed_with_an_official_is_a_meeting(text: str, partner: str) -> None:
    assert _met(text) == [((partner,), "2023-11-13")]
