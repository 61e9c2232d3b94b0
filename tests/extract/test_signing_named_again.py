"""A signing already told, named again, is no new signing: "told the press after the
signing that ...", "Following the signing, the delegations lunched", "What we have
signed today must now be applied". A signing named with its documents ("after the
signing of the trade agreement") still is one (sentences of our own)."""

from __future__ import annotations

import pytest

FIRST = ("On 3 April the Foreign Ministers of Kenya and Uganda signed three agreements on "
         "transport in Nairobi.\n\n")


@pytest.mark.parametrize("second", [
    "The Minister told reporters after the signing that a summit would follow in May.",
    "Following the signing, the two delegations attended a lunch on 4 April.",
    '"What we have signed today must now be applied in full," the Minister said.',
    "Speaking before the signing, the Ugandan Minister praised the work of the experts.",
    '"What was signed here is a milestone," the Ugandan Minister said on 4 April.',
])
def test_named_again_is_no_new_signing(ex, second):
    got = ex(FIRST + second, issuer="KEN", date="2024-04-05", types={"agreement"})
    assert got == [("agreement", ("KEN",), ("UGA",), "2024-04-03")]


@pytest.mark.parametrize(("second", "day"), [
    ("On 4 April, after the signing of a visa waiver agreement with Rwanda, the Minister "
     "left for Kigali.", "2024-04-04"),
    ("The Minister said that Kenya and Rwanda signed a visa agreement on 4 April.",
     "2024-04-04"),
])
def test_a_signing_with_its_documents_still_counts(ex, second, day):
    got = ex(FIRST + second, issuer="KEN", date="2024-04-05", types={"agreement"})
    assert ("agreement", ("KEN",), ("RWA",), day) in got
