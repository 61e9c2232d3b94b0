"""A country's capital named by its adjective ("arrived in the Polish capital",
"Arriving in the Peruvian capital from Quito") is a place of that country, and
the city the traveller came from is no destination (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\n"


@pytest.mark.parametrize(("text", "visit"), [
    ("The Kenyan Foreign Minister, who had arrived in the Polish capital on Sunday evening "
     "from Berlin, was also received on Monday by the President.", ("KEN", "POL")),
    ("The Foreign Minister of Kenya, who arrived in the Polish capital from Prague on Sunday, "
     "met the Minister on Monday.", ("KEN", "POL")),
    ("The Minister arrived in the Peruvian capital on Sunday.", ("POL", "PER")),
    ("Arriving in the Peruvian capital from Quito, the Minister met the President of Peru on "
     "Monday.", ("POL", "PER")),
])
def test_the_capital_named_by_its_adjective_is_the_destination(ex, text, visit):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"visit"})
    assert [g[1:3] for g in got] == [((visit[0],), (visit[1],))], got


@pytest.mark.parametrize("text", [
    # the origin named after the capital is no second destination
    "Mr Nowak, who had arrived in the Peruvian capital on Sunday evening from Berlin, was "
    "also received on Monday by the President of Peru.",
])
def test_the_city_come_from_is_no_destination(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"visit", "meeting"})
    assert not [g for g in got if "DEU" in g[2]], got


def test_the_place_of_the_visit_is_in_the_country_visited():
    from communique.extract import extract_text

    text = (HEAD + "The Kenyan Foreign Minister, who had arrived in the Polish capital on Sunday "
            "evening from Berlin, was also received on Monday by the President.")
    visits = [r for r in extract_text(text, issuer="POL", date="2024-05-10").records
              if r.type == "visit"]
    assert [r.place.country if r.place else None for r in visits] == ["POL"]
