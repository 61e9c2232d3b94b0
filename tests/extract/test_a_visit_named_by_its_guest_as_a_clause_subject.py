""""The visit of the Foreign Minister of Peru takes place in ...": a visit named by
its guest and made the subject of a clause of its own.  The places told after that
clause's verb are no host, so the guest's visit is to the issuer, however long the
sentence runs on (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Tbilisi, 3 May 2024 - "


@pytest.mark.parametrize("text", [
    "Minister Darchiashvili stressed, that the visit of the Minister of Foreign Affairs of "
    "Peru takes place in the jubilee year marking three decades of relations between the "
    "two countries, and he added that Peru, chairing the Pacific Alliance, will hand the "
    "presidency to Georgia.",
    "The Minister noted that the visit of the Minister of Foreign Affairs of Peru is "
    "the first since Peru opened its embassy in Georgia.",
    "The Minister noted that the visit of the Deputy Foreign Minister of Peru coincides with "
    "the opening of a Peruvian honorary consulate in Batumi, Georgia.",
    "The Minister stressed that the visit of the President of Peru marks a new stage in "
    "relations, which Peru hopes to widen in Asia.",
])
def test_the_guest_of_a_visit_told_as_a_subject_came_to_the_issuer(ex, text):
    got = ex(_LINE + text, issuer="GEO", date="2024-05-03", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [(("PER",), ("GEO",))]


@pytest.mark.parametrize(("text", "visit"), [
    ("The Minister observed that the recent visit of the Foreign Minister of Peru to Chile "
     "is the first in a decade.", ("PER", "CHL")),
    ("The visit of the Georgian Foreign Minister to Peru takes place in the year of the "
     "30th anniversary of relations.", ("GEO", "PER")),
])
def test_a_host_named_before_the_verb_is_kept(ex, text, visit):
    got = ex(_LINE + text, issuer="GEO", date="2024-05-03", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((visit[0],), (visit[1],))]
