"""Documents named with "signed" after their noun, as what a verb of reviewing or
carrying out takes ("to review several bilateral accords signed between the two
states", "to implement all agreements previously signed with Peru"): documents
signed before, not a signing. A signing told with its own verb stays one (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str) -> list[str]:
    return [r.type for r in extract_text(text, issuer="KEN", date="2019").records]


@pytest.mark.parametrize(("text", "expected"), [
    ("This week Kenya hosts the 3rd Session of the Kenya-Uganda Joint Commission, which "
     "is to review several bilateral accords signed between the two states.",
     ["commission"]),
    ("The two ministers met in Nairobi to review the agreements signed between Kenya and "
     "Ghana.", ["meeting"]),
    ("The commission will evaluate the memoranda signed with Ghana in 2019.", []),
    ("They agreed to implement all agreements previously signed with Peru.", []),
    ("Kenya and Ghana reviewed relations and signed an agreement on trade.", ["agreement"]),
    ("The ministers of Kenya and Ghana reviewed the agenda and then signed an agreement on "
     "visas.", ["meeting", "agreement"]),
])
def test_signed_before_or_signed_now(text: str, expected: list[str]) -> None:
    assert _types(text) == expected
