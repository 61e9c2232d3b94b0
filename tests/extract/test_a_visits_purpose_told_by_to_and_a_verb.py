"""A visit named by its guest ("the visit of the Foreign Minister of Kenya") whose
purpose is told by "to" and a verb ("was to congratulate", "aimed to deepen", "was
intended to show") has no host after that "to": a country named in the purpose is no
destination, the guest came to the issuer (sentences of our own). A "to" before a
place still names the host."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="LKA", date="2024-05-07").records
    return [(tuple(r.from_), tuple(r.to)) for r in recs if r.type == "visit"]


@pytest.mark.parametrize("text, guest", [
    ("Above all, the visit by Kenya's Foreign Minister was to greet the newly elected "
     "leader and to underline Kenya's commitment.", "KEN"),
    ("The purpose of the visit of the Minister of Kenya was to show Kenya's support for the "
     "partnership.", "KEN"),
    ("The visit of President Ruto was intended to underline Kenya's place in the region.",
     "KEN"),
    ("The visit by the Prime Minister of Ghana aimed to deepen ties between Ghana and Sri "
     "Lanka.", "GHA"),
    ("The goal of the visit by the Foreign Minister of Chile is to open a new chapter for "
     "Chile in Asia.", "CHL"),
])
def test_the_guest_came_to_the_issuer(text: str, guest: str) -> None:
    assert _visits(text) == [((guest,), ("LKA",))]


def test_a_place_after_to_is_still_the_host() -> None:
    assert _visits("The visit of the Foreign Minister of Chile to Japan was to prepare the "
                   "summit.") == [(("CHL",), ("JPN",))]
