"""A decision signed ("a decision was signed to declare A the CIS Youth Capital", "the
heads of government signed a decision on ...") is the act of the body that took it,
not an agreement between parties; a signed agreement, or a joint decision, still is one
(sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Minsk, 12 April 2024 - "


@pytest.mark.parametrize("text", [
    "After the talks, a decision was signed to declare Dushanbe the CIS Youth Capital "
    "for 2028.",
    "The heads of government signed a decision on the CIS anti-drug programme.",
    "At the close of the CIS Council, the ministers signed two decisions on migration.",
    "Decisions were signed on the CIS cultural capital and on the chairmanship of the CIS.",
])
def test_a_signed_decision_is_no_agreement(ex, text):
    assert ex(_LINE + text, issuer="KAZ", date="2024-04-12", types=["agreement"]) == []


@pytest.mark.parametrize(("text", "to"), [
    ("The ministers of Kazakhstan and Belarus signed an agreement on migration.", "BLR"),
    ("The presidents of Kazakhstan and Uzbekistan signed a joint decision on the border "
     "commission.", "UZB"),
    ("After the decision of the CIS Council, Kazakhstan and Armenia signed a protocol on "
     "labour migration.", "ARM"),
])
def test_an_agreement_signed_still_is_one(ex, text, to):
    got = ex(_LINE + text, issuer="KAZ", date="2024-04-12", types=["agreement"])
    assert [g[2] for g in got] == [(to,)]
