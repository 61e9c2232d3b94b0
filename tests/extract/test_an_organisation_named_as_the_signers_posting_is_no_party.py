"""An organisation named only as the posting of those who signed ("signed by the
permanent representatives to the UN") is where they serve, not a party to the
document: no agreement with it (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Rome, 9 May 2025 - "


@pytest.mark.parametrize(("text", "to"), [
    ("On his trip, Minister Tajani also oversaw the formal establishment of diplomatic "
     "relations between Italy and Tuvalu. The joint communiqués that set up the new ties "
     "were signed by their respective permanent representatives to the UN.", [("TUV",)]),
    ("The Minister witnessed the establishment of diplomatic relations between Italy and "
     "Nauru. The joint communiqué was signed by the two ambassadors to the UN.",
     [("NRU",)]),
])
def test_the_signers_posting_is_no_party(ex, text, to):
    got = ex(_LINE + text, issuer="ITA", date="2025-05-09", types=["agreement"])
    assert [g[2] for g in got] == to


@pytest.mark.parametrize("text", [
    "The Minister signed an agreement with the UN on a regional hub.",
    "The Permanent Representative signed a host country agreement with the OSCE.",
])
def test_an_organisation_signing_is_a_party(ex, text):
    got = ex(_LINE + text, issuer="ITA", date="2025-05-09", types=["agreement"])
    assert len(got) == 1
