"""Greetings or a message passed on to a foreign leader named right after the verb,
the recipient first as Spanish and Portuguese word it ("conveyed to Prime Minister A
the greetings of President B", "transmitted to the Emperor of Japan the regards of
..."): the bearer met the recipient. Greetings passed on in a call stay a call, a
request to pass them on tells nothing, nor do greetings to a people (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Lima, 4 May 2025\n\n"
_CORE = {"meeting", "call"}


def _met(text: str) -> list[tuple]:
    return records(_HEAD + text, "PER", _CORE)


@pytest.mark.parametrize("text", [
    "While staying in Japan, Foreign Minister Ana Ruiz conveyed to Prime Minister Kenji "
    "Sato the greetings of the Peruvian nation.",
    "Foreign Minister Ana Ruiz conveyed to Prime Minister Kenji Sato of Japan the warm "
    "greetings of President Luis Vega.",
    "In Tokyo, Foreign Minister Ana Ruiz transmitted to the Emperor of Japan the cordial "
    "greetings of President Luis Vega.",
    "On her trip to Japan, Minister Ana Ruiz relayed to Prime Minister Kenji Sato a "
    "message from President Luis Vega and the Peruvian people.",
    "Minister Ana Ruiz, who is touring Asia, passed on to Japanese Prime Minister Kenji "
    "Sato the best regards of President Luis Vega.",
])
def test_the_bearer_met_the_leader(text: str) -> None:
    assert _met(text) == [("meeting", ("PER",), ("JPN",), "2025-05-04")]


def test_greetings_in_a_call_stay_a_call() -> None:
    text = ("During a telephone call, Foreign Minister Ana Ruiz conveyed to Prime Minister "
            "Kenji Sato of Japan the greetings of President Luis Vega.")
    assert _met(text) == [("call", ("PER",), ("JPN",), "2025-05-04")]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Ruiz asked the envoy to convey to Prime Minister Kenji Sato of "
    "Japan the greetings of President Luis Vega.",
    "Foreign Minister Ana Ruiz conveyed to the people of Japan the greetings of President "
    "Luis Vega.",
])
def test_no_leader_greeted_in_person(text: str) -> None:
    assert _met(text) == []
