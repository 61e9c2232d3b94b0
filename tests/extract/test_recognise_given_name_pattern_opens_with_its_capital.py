"""The given-name test before a country's name opens with the capital (so that
``re`` skips ahead to capitals) and finds what the plain form, with its
lookbehind first, finds."""

from __future__ import annotations

import random
import re

from communique.extract._recognise import _GIVEN_BEFORE

_PLAIN = re.compile(r"(?<![\w.'’-])([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_]+)?)\s$")
_TOKENS = ["Luís", "Ana", "Jean-Pierre", "Marie-claire", "O'Neil", "x", "a", "1", ".", "'",
           "’", "-", " ", " ", "\n", "É", "Ém", "MR", "Mr", "de", "_A", "Zo"]


def test_the_given_name_pattern_finds_what_its_plain_form_finds() -> None:
    rng = random.Random(3)
    texts = ["".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 8))) + " "
             for _ in range(5000)] + ["Prime Minister Luís ", "x.Ana ", "Ana ", "-Ana "]
    for text in texts:
        for pos in (0, 1, 3):
            a, b = _GIVEN_BEFORE.search(text, pos), _PLAIN.search(text, pos)
            assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), (text, pos)
