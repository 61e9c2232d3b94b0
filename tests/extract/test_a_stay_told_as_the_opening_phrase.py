"""A stay told as the sentence's opening phrase ("While in Accra on a working
visit, ...", "In Lima for an official visit, ...") or as an aside after the subject
(", while in Rome on an official visit,") is a visit to the place in it by the
subject of the clause, not by whoever the clause names after the comma as its
partner (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Accra, 3 March 2024 - "


@pytest.mark.parametrize(("text", "visit"), [
    ("While in Accra for a working visit, the Brazilian Foreign Minister called on "
     "President Mahama.", ("BRA", "GHA")),
    ("In Accra on a working visit, Kenyan Foreign Minister Mudavadi held talks with his "
     "Ghanaian counterpart.", ("KEN", "GHA")),
    ("Whilst in Accra for an official visit of two days, the Foreign Minister of Japan "
     "laid a wreath at the Nkrumah Mausoleum.", ("JPN", "GHA")),
    ("While in Brasilia for a working visit, the Minister called on President Lula.",
     ("GHA", "BRA")),
    ("On Monday, while in Rome for an official visit, Foreign Minister Ablakwa met his "
     "Italian counterpart.", ("GHA", "ITA")),
    ("In Lima on a three-day official visit, the Minister of Foreign Affairs of Ghana met "
     "the President of Peru.", ("GHA", "PER")),
])
def test_an_opening_stay_is_the_subjects_visit(ex, text, visit):
    got = ex(_LINE + text, issuer="GHA", date="2024-03-03", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((visit[0],), (visit[1],))]


@pytest.mark.parametrize(("text", "visit"), [
    ("The Minister, while in Rome on an official visit, met his Italian counterpart.",
     ("GHA", "ITA")),
    ("The Brazilian Foreign Minister, while in Accra on a working visit, called on "
     "President Mahama.", ("BRA", "GHA")),
    ("President Mahama, whilst in Abuja for a state visit, held talks with President "
     "Tinubu.", ("GHA", "NGA")),
])
def test_a_stay_set_off_after_the_subject_is_its_visit(ex, text, visit):
    got = ex(_LINE + text, issuer="GHA", date="2024-03-03", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((visit[0],), (visit[1],))]


@pytest.mark.parametrize("text", [
    "In Accra, the Minister received the Ambassador of Brazil.",
    "In the morning, the Minister held talks with the Kenyan High Commissioner.",
])
def test_a_place_or_time_opening_without_a_visit_is_none(ex, text):
    assert ex(_LINE + text, issuer="GHA", date="2024-03-03", types=["visit"]) == []
