"""A keepsake autographed and given as a present ("presented his counterpart with a jersey
signed by the national team", "a football signed by the squad", "a photograph signed by
the crew") is no signing: "signed by" after such an object tells who autographed it. A
document signed in the same text is still an agreement (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Berlin, 12 March 2025\n\n"


def _agreements(text: str) -> list[tuple]:
    return records(_HEAD + text, "DEU", {"agreement"})


@pytest.mark.parametrize("text", [
    "On the occasion of his first visit to Peru, Foreign Minister Hans Vogel presented his "
    "counterpart, Ana Rios, on 11 March with a jersey signed by Germany's national team.",
    "Minister Hans Vogel gave his Peruvian colleague Ana Rios a football signed by the German "
    "squad when they met in Lima on 11 March.",
    "During their meeting in Lima on 11 March, Minister Hans Vogel handed Foreign Minister Ana "
    "Rios of Peru a photograph signed by the crew of the expedition.",
    "Minister Hans Vogel and Foreign Minister Ana Rios of Peru met in Lima on 11 March; Vogel "
    "brought a basketball signed by the German team.",
])
def test_the_keepsake_is_no_agreement(text: str) -> None:
    assert _agreements(text) == []


def test_a_document_signed_is_still_an_agreement() -> None:
    text = ("Minister Hans Vogel and Foreign Minister Ana Rios of Peru signed an agreement on "
            "youth exchanges in Lima on 11 March, and Vogel gave Rios a jersey signed by the "
            "German team.")
    assert _agreements(text) == [("agreement", ("DEU",), ("PER",), "2025-03-11")]
