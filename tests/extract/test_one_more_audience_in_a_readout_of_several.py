"""A readout of several audiences goes on "In a similar engagement, the Ambassador
of A ... said ...": one more audience with the same host, its guest the subject
of the clause. A guest who "briefed the Minister" or "informed the Minister of" a
matter, right after the name set off by commas, a title or a verb shared with
another, met them too. A vein, a letter, a passive or the press tell no audience
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("In a similar engagement, the Ambassador of Brazil to Ghana, Mr. Paulo Lima, "
     "stressed the need to expand trade in cocoa.", "BRA"),
    ("In another engagement, the High Commissioner of India, Ms. Rao, outlined a plan "
     "for training nurses.", "IND"),
    ("In a separate engagement, the Ambassador of Turkey asked for support for a new "
     "consulate in Kumasi.", "TUR"),
    ("The Italian Charge d'affaires, Marco Rossi, presented a draft memorandum and also "
     "briefed the Minister on a forthcoming trade fair.", "ITA"),
    ("The Spanish Ambassador, Luis Gomez, informed the Minister of a planned visit by a "
     "business delegation.", "ESP"),
    ("The Ambassador of Korea, Mr. Kim Joon, apprised the Honourable Minister of new "
     "visa rules for students.", "KOR"),
])
def test_one_more_audience_is_a_meeting(ex, text, partner):
    got = ex(text, issuer="GHA", date="2019", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("GHA",), (partner,))]


@pytest.mark.parametrize("text", [
    "In a similar vein, the Ambassador of Brazil to Ghana said trade in cocoa should grow.",
    "A letter from the Ambassador of Chile informed the Minister that the loan was approved.",
    "The German Ambassador, Anna Weber, informed the press that Berlin will fund two "
    "projects.",
    "The Minister briefed the press on the outcome of the summit in Addis Ababa.",
    "The Minister of Finance briefed the Minister on the budget for the coming year.",
])
def test_no_audience_without_a_guest_before_the_minister(ex, text):
    assert ex(text, issuer="GHA", date="2019", types=["meeting"]) == []
