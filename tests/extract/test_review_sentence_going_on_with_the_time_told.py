"""A review's sentence that goes on with the actor just told ("He also met", "She
later visited", "There followed talks", "The Head of State also held talks") and names
no time of its own takes the one time the sentence before told, in the same paragraph;
a sentence before that told several times, or another subject, leaves the review's
year."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "Our diplomacy in 2025\n\n30 December 2025\n\n"


def _dates(issuer: str, text: str, kind: str) -> dict[str, str | None]:
    return {r.to[0]: r.date.start for r in extract_text(_HEAD + text, issuer=issuer).records
            if r.type == kind and r.to}


@pytest.mark.parametrize(("issuer", "text", "kind", "partner", "date"), [
    ("EGY", "In May the Minister visited Kenya. He also met the President of Uganda in "
     "Kampala.", "meeting", "UGA", "2025-05"),
    ("KOR", "In June the Minister received the Foreign Minister of Poland. She later "
     "visited Warsaw.", "visit", "POL", "2025-06"),
    ("JOR", "In February the King paid a visit to Washington. There followed talks with "
     "the Chancellor of Germany in Berlin.", "meeting", "DEU", "2025-02"),
    ("CHL", "In November the President received the President of Ecuador. The Head of "
     "Government then spoke by telephone with the President of Bolivia.", "call", "BOL",
     "2025-11"),
    ("VEN", "On 7 May the President attended the parade in Moscow. The Head of State also "
     "held talks with the President of Cuba.", "meeting", "CUB", "2025-05-07"),
])
def test_going_on_takes_the_time_told(issuer, text, kind, partner, date):
    assert _dates(issuer, text, kind)[partner] == date


@pytest.mark.parametrize(("issuer", "text", "kind", "partner"), [
    # the sentence before told three times: which one is not said
    ("MNG", "The Minister visited India in January and Viet Nam in March. She received "
     "the Foreign Minister of Hungary in Ulaanbaatar.", "meeting", "HUN"),
    # a new paragraph
    ("EGY", "In May the Minister visited Kenya.\n\nHe also met the President of Uganda.",
     "meeting", "UGA"),
    # another official of ours
    ("CHL", "In November the President received the President of Ecuador. The Minister "
     "also spoke by telephone with the Foreign Minister of Bolivia.", "call", "BOL"),
    # not the actor going on: a topic of the talks
    ("BGR", "In March the Minister held talks with the Foreign Minister of Greece. The "
     "talks also covered the Minister's meeting with the Foreign Minister of Albania.",
     "meeting", "ALB"),
])
def test_no_time_carried_without_one_time_and_the_same_actor(issuer, text, kind, partner):
    assert _dates(issuer, text, kind).get(partner, "2025") == "2025"
