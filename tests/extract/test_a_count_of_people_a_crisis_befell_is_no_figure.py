"""A count of people told by what befell them in a crisis ("some 80,000 people have
been internally displaced", "more than 300 people were killed", "around 2,000 have fled
to Chad") is a fact of the crisis the text describes, not a figure of the issuer's
work, where the sentence tells no event of its own. People the issuer helped, or who
came to its events, stay figures (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _figures(text: str) -> list[float]:
    recs = extract_text(text, issuer="DNK", date="2014").records
    return sorted(r.quantity.value for r in recs if r.type == "figure" and r.quantity)


@pytest.mark.parametrize("text", [
    "Almost 80,000 people have been internally displaced since the fighting began.",
    "More than 300 people were killed in the clashes last month.",
    "Around 2,000 people have fled to neighbouring Chad.",
    "Nearly 15,000 people were left homeless by the storm.",
    "Some 1,200 civilians have been injured, according to the UN.",
])
def test_the_crisis_count_is_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Some 40 Danish citizens were stranded in Nepal, and the embassy helped them home.",
     40),
    ("More than 300 people attended the reception at the embassy.", 300),
    ("The Ministry assisted more than 5,000 people in need of help abroad.", 5000),
])
def test_people_helped_or_gathered_stay_figures(text, value):
    assert _figures(text) == [value]
