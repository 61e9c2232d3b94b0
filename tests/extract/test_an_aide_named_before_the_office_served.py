"""An aide introduced by name before the post, the post serving a foreign office
("A B, the counselor of the US Treasury Secretary", "C D, an adviser to the French
President"), is of that office's side: a later sentence naming them by surname alone
has that partner. An aide of the issuer's own office, or of no office named, is no
partner (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="EST", date="2022-05-11").records
    return sorted(list(r.to) for r in recs if r.type == "call")


@pytest.mark.parametrize(("text", "partner"), [
    ("Ruth Kamau, the counselor of the US Treasury Secretary, assured Foreign Minister "
     "Kalle Tamm of continued support. On Friday Kamau and Tamm spoke by telephone.",
     "USA"),
    ("Louis Marchand, an adviser to the French President, wrote to the minister last "
     "month. Tamm and Marchand held a phone conversation on Tuesday.", "FRA"),
    ("Minister Kalle Tamm thanked Pablo Ortega, the senior adviser to the Spanish Prime "
     "Minister, for the invitation. Tamm later held a phone call with Ortega.", "ESP"),
    ("Greta Lind, counselor to the Swedish Foreign Minister, briefed the press in "
     "Stockholm. Later in the day Lind and Tamm had a telephone conversation.", "SWE"),
])
def test_the_aide_named_alone_later_is_a_partner(text: str, partner: str) -> None:
    assert _calls(text) == [[partner]]


@pytest.mark.parametrize("text", [
    # the issuer's own aide: no partner
    "Mari Saar, an adviser to the Prime Minister, prepared the visit. On Friday Saar and "
    "Tamm held a phone conversation.",
    # a post serving no office of a side
    "Mari Saar, the counselor of the delegation, prepared the visit. On Friday Saar and "
    "Tamm held a phone conversation.",
])
def test_an_aide_of_no_foreign_office_is_no_partner(text: str) -> None:
    assert _calls(text) == []
