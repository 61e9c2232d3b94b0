"""A photo caption or headline tells a signing in the plural present ("Minister A (left)
and Minister B (right) sign the Joint Plan of Action", "Chile and Peru sign a
memorandum"): a signing; a wish, a modal or an infinitive ("proposed that the Polish
side soon sign the agreement", "agreed to sign") is none (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text, other", [
    ("Secretary Reyes (left) and Foreign Minister Peeters of Belgium (right) sign the "
     "Joint Plan of Action in Munich.", "BEL"),
    ("The Secretary and his Belgian counterpart sign a memorandum on labour in Munich.",
     "BEL"),
    ("Philippines and Belgium sign a Joint Plan of Action on trade.", "BEL"),
    ("The two ministers sign the Belgium-Philippines Action Plan on labour (BPAP).", "BEL"),
])
def test_caption_signing_is_an_agreement(text: str, other: str) -> None:
    got = records(text, "PHL", CORE, date="2023-02-19")
    assert ("agreement", ("PHL",), (other,), "2023-02-19") in got, got


@pytest.mark.parametrize("text", [
    "The Deputy Minister proposed that the Belgian side soon sign the agreement on labour.",
    "The Secretary asked that Belgium sign the memorandum on labour this year.",
])
def test_a_wish_to_sign_is_no_signing(text: str) -> None:
    got = records(text, "PHL", CORE, date="2023-02-19")
    assert not [r for r in got if r[0] == "agreement"], got


def test_others_signing_in_a_caption_are_theirs() -> None:
    got = records("Chile and Peru sign a memorandum on mining.", "PHL", CORE,
                  date="2023-02-19")
    assert [r[:3] for r in got] == [("agreement", ("CHL",), ("PER",))], got
