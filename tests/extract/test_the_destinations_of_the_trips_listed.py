"""The destinations of trips listed ("Destinations included India, Morocco and Cuba"
after the trips told, "The Foreign Minister's destinations in 2023 included ...",
"Among the destinations of the President's trips this year were ..."): one visit by
the issuer's side to each. Not destinations of exports or of tourists (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _went(text: str) -> list[str]:
    recs = extract_text(text, issuer="KEN", date="2023").records
    return [r.to[0] for r in recs if r.type == "visit" and r.from_ == ["KEN"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Minister reviewed the trips abroad made by the President and the Prime "
     "Minister. Destinations included India, Morocco and Cuba.", ["IND", "MAR", "CUB"]),
    ("Among the destinations of the President's trips this year were Japan and Brazil.",
     ["JPN", "BRA"]),
    ("The Foreign Minister's destinations in 2023 included Qatar, Zambia and the United "
     "States.", ["QAT", "ZMB", "USA"]),
    ("The delegation's destinations were Chile and Peru.", ["CHL", "PER"]),
])
def test_each_destination_is_a_visit(text: str, expected: list[str]) -> None:
    assert _went(text) == expected


@pytest.mark.parametrize("text", [
    "Popular destinations for Kenyan tourists include Uganda and Tanzania.",
    "Export destinations included Uganda and the Netherlands.",
    "Kenya's main export destinations were Uganda and the Netherlands.",
    "Top destinations for Kenyan exports were Uganda and Rwanda.",
])
def test_no_trip(text: str) -> None:
    assert _went(text) == []
