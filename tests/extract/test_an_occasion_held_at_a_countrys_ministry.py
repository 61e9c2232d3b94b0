"""An occasion told as held at a country's ministry ("the meeting, held this morning at
the Ministry of Foreign Affairs of Chile", "held talks on 3 May at the Ministry of Foreign
Affairs and Regional Integration of Ghana", "took place at the headquarters of the Foreign
Ministry of Vietnam") took place in that country: a visit named after it is the
issuer's to that country. An official serving at a ministry ("Director at the Ministry
of Foreign Affairs of Japan") tells no place, nor does a guest named after the host's
ministry ("received at the Foreign Ministry the Ambassador of Honduras"), and the
issuer's own ministry is home (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from tests.extract.probe_support import records


@pytest.mark.parametrize("issuer, text, expected", [
    ("EST", "Minister Tsahkna met his counterpart Alberto van Klaveren, Foreign Minister of "
            "Chile. During the meeting, held on Monday at the Foreign Ministry of Chile, "
            "the Minister held discussions on trade. Three agreements were signed during the "
            "visit.", ("EST", "CHL")),
    ("KEN", "The Cabinet Secretary met the Foreign Minister of Ghana, Ms Shirley Botchwey. The "
            "two Ministers held talks on 3 May at the Ministry of Foreign Affairs and Regional "
            "Integration of Ghana. Two memoranda were signed during the visit.", ("KEN", "GHA")),
    ("NOR", "The State Secretary met the Deputy Foreign Minister of Vietnam. They held "
            "discussions on 9 June at the headquarters of the Foreign Ministry of Vietnam. A "
            "work plan was signed during the visit.", ("NOR", "VNM")),
    ("MDV", "The Minister met the Foreign Minister of Morocco. During the meeting, held this "
            "morning at the Foreign Ministry of the Kingdom of Morocco, Minister "
            "Shahid held discussions on culture. During the visit, four agreements were signed.",
     ("MDV", "MAR")),
    # at the issuer's own ministry: home, so the partner came
    ("PER", "The Vice Minister met with the Deputy Minister of Foreign Affairs of Japan. They "
            "held talks on Monday at the Foreign Ministry of Peru. Two agreements were "
            "signed during the visit.", ("JPN", "PER")),
])
def test_the_visit_goes_where_the_ministry_is(issuer: str, text: str,
                                              expected: tuple) -> None:
    got = records(text, issuer, {"visit"}, date="2023")
    assert [(r[1], r[2]) for r in got] == [((expected[0],), (expected[1],))]


def test_the_meeting_held_there_has_its_place() -> None:
    res = extract_text("The Minister held talks on 3 May at the Ministry of Foreign Affairs "
                       "of Ghana with the Foreign Minister of Ghana.", issuer="KEN", date="2023")
    places = [r.place.country for r in res.records if r.type == "meeting" and r.place]
    assert places == ["GHA"]


def test_an_official_serving_at_a_ministry_tells_no_place() -> None:
    res = extract_text("The Vice Minister held discussions with Ms Aiko Sato, Director at the "
                       "Ministry of Foreign Affairs of Japan.", issuer="PER", date="2023")
    meetings = [r for r in res.records if r.type == "meeting"]
    assert [(tuple(r.from_), tuple(r.to)) for r in meetings] == [(("PER",), ("JPN",))]
    assert all(r.place is None for r in meetings)


@pytest.mark.parametrize("text", [
    "The Minister received at the Foreign Ministry the Ambassador of Honduras, Ana Soto.",
    "The Minister received, at the headquarters of the Ministry of Foreign Affairs, the "
    "Ambassador of Honduras, Ana Soto.",
])
def test_a_guest_named_after_the_hosts_ministry_is_no_place(text: str) -> None:
    res = extract_text(text, issuer="MEX", date="2023")
    assert [r.place.country for r in res.records if r.place and r.place.country] == []
