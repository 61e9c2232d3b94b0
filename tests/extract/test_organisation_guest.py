"""An organisation's official on a visit is the guest the next sentences are
about: "He was received by the President" is a meeting with that
organisation, not with the country named before (sentences of our own)."""

from __future__ import annotations

import pytest

LEAD = "On Monday the Minister met the Foreign Minister of Moldova. "


@pytest.mark.parametrize("visit,after", [
    ("The Secretary General of NATO is in Bucharest on an official visit.",
     "He was received by the President today."),
    ("The Secretary General of NATO arrived in Bucharest on Tuesday for a two-day visit.",
     "On Wednesday she was received by the Prime Minister."),
    ("The Secretary General of NATO began an official visit to Romania on Tuesday.",
     "The next day he met the President of the Senate."),
])
def test_the_guest_of_an_organisation_is_the_side_of_what_follows(ex, visit, after):
    recs = ex(LEAD + visit + " " + after, issuer="ROU", date="2024-03-06", types={"meeting"})
    assert sorted(to for _t, _f, to, _d in recs) == [(), ("MDA",)]


def test_the_meeting_with_the_guest_s_organisation_names_it():
    from communique.extract import extract_text
    text = LEAD + ("The Secretary General of NATO is in Bucharest on an official visit. "
                   "He was received by the President today.")
    recs = extract_text(text, issuer="ROU", date="2024-03-06").records
    assert [(r.to, r.organizations) for r in recs if r.type == "meeting"] == [
        (["MDA"], []), ([], ["NATO"])]


@pytest.mark.parametrize("after", [
    "The Minister also received the Ambassador of Japan.",
    "Later, the Minister spoke by telephone with the Foreign Minister of Japan.",
])
def test_a_new_side_named_after_the_guest_is_that_side(ex, after):
    text = LEAD + "The Secretary General of NATO is in Bucharest on an official visit. " + after
    recs = ex(text, issuer="ROU", date="2024-03-06", types={"meeting", "call"})
    assert sorted(to for _t, _f, to, _d in recs) == [("JPN",), ("MDA",)]


def test_a_country_guest_keeps_the_side_of_what_follows(ex):
    text = ("The Foreign Minister of Moldova is in Bucharest on an official visit. He was "
            "received by the President today.")
    recs = ex(text, issuer="ROU", date="2024-03-06", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [("MDA",)]


def test_a_meeting_with_an_organisation_s_official_keeps_the_country_partner(ex):
    text = ("The Minister met the Foreign Minister of Kenya today. He also met the "
            "Director-General of UNESCO. The two ministers signed a memorandum on education.")
    recs = ex(text, issuer="GEO", date="2024-03-06", types={"agreement"})
    assert [to for _t, _f, to, _d in recs] == [("KEN",)]
