"""A country in brackets right after a city ("in Turin (Italy)", "at Geneva
(Switzerland)") says where the city is, as "Turin, Italy" does: a place, no partner
of the meeting or the signing told there. A country in brackets after a person or a
body is still a side (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sides(text: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer="ESP", date="2023").records
    return sorted((r.type, r.to) for r in recs if r.type in ("meeting", "agreement"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Minister met the Foreign Minister of Chile in Turin (Italy).",
     [("meeting", ["CHL"])]),
    ("In Geneva (Switzerland), the Minister held talks with his Peruvian counterpart.",
     [("meeting", ["PER"])]),
    ("The agreement with Mexico was signed at Strasbourg (France) on Monday.",
     [("agreement", ["MEX"])]),
    ("The Minister met her Colombian colleague in Vienna(Austria) on the sidelines of "
     "the conference.", [("meeting", ["COL"])]),
])
def test_the_city_and_its_country(text: str, expected: list) -> None:
    assert _sides(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # after a person: the person's country, a side
    ("The Minister met Foreign Minister Ana Ruiz (Chile) in Madrid.", [("meeting", ["CHL"])]),
    # a city with a comma keeps its country a place, as before
    ("The Minister met the Foreign Minister of Peru in Turin, Italy.", [("meeting", ["PER"])]),
])
def test_other_brackets(text: str, expected: list) -> None:
    assert _sides(text) == sorted(expected)
