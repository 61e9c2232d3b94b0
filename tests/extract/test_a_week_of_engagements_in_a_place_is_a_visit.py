"""A stay told by what filled it ("ended a busy week of meetings at the UN
headquarters in New York", "concluded two days of talks in Canberra") is a visit
there: to the organisation it names, else to the country of the place (texts of our
own)."""

from __future__ import annotations

import pytest

HEAD = "Minister ends week abroad\n\nFriday, 27 September 2024\n\n"


@pytest.mark.parametrize("sentence, to, orgs", [
    ("Foreign Minister Anna Berg today ended a busy week of meetings at the United "
     "Nations in New York.", [], ["UN"]),
    ("Anna Berg wrapped up her week of bilateral engagements at the United Nations on "
     "Friday.", [], ["UN"]),
    ("The Minister today concluded a series of meetings in Canberra, Australia.", ["AUS"], []),
    ("The Foreign Secretary has completed a week of intensive diplomacy in Nairobi.",
     ["KEN"], []),
    ("Minister Berg ended her round of consultations at NATO headquarters in Brussels today.",
     [], ["NATO"]),
])
def test_a_stay_told_by_its_engagements_is_a_visit(sentence, to, orgs):
    from communique.extract import extract_text

    res = extract_text(HEAD + sentence, issuer="NOR", date="2024")
    visits = [(r.to, r.organizations) for r in res.records if r.type == "visit"]
    assert (to, orgs) in visits


@pytest.mark.parametrize("sentence", [
    # at home, or the week filled with no place abroad
    "The Minister wrapped up a week of engagements in Oslo.",
    "The Minister wrapped up a week of engagements with a speech on trade.",
    "The Ministry completed a series of consultations with civil society.",
])
def test_a_week_at_home_or_with_no_place_is_no_visit(ex, sentence):
    assert ex(HEAD + sentence, issuer="NOR", date="2024", types={"visit"}) == []
