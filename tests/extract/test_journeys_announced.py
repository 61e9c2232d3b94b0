"""The purpose of a journey announced ("is due to travel to Brussels on Thursday for a
meeting of NATO foreign ministers") and a stay to come ("who will be in Russia on a
working visit") are no events held; the same told in the past are (sentences of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((r.type, tuple(r.to), tuple(r.organizations))
                  for r in extract_text(text, issuer="ITA", date="2025-04-09").records
                  if r.type != "figure")


@pytest.mark.parametrize("text", [
    "The Minister is due to travel to Brussels on Thursday for a meeting of NATO foreign "
    "ministers.",
    "The Minister will fly to Paris tomorrow for talks with the French Foreign Minister.",
    "The Minister is expected to leave for Kyiv on Friday for a meeting with President "
    "Zelensky.",
    "On 17 April the Minister will hold talks in Rome with the Foreign Minister of Chile, "
    "who will be in Italy on a working visit.",
    "The Foreign Minister of Chile, who is to be in Rome on an official visit next week, "
    "will hold talks with the Minister.",
])
def test_a_journey_or_stay_announced_is_no_event(text):
    assert _records(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("The Minister travelled to Paris on Monday for a meeting with the French Foreign "
     "Minister.", [("meeting", ("FRA",), ()), ("visit", ("FRA",), ())]),
    ("The Minister, who will travel to Paris next week, met on Monday the Ambassador of "
     "France.", [("meeting", ("FRA",), ())]),
    ("The Foreign Minister of Chile, who was in Rome on a working visit, held talks with "
     "the Minister on Monday.", [("meeting", ("CHL",), ()), ("visit", ("ITA",), ())]),
])
def test_the_same_told_in_the_past_is_held(text, want):
    assert _records(text) == want
