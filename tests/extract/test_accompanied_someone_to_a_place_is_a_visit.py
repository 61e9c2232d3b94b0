"""The official who accompanies someone to a foreign place ("The Minister, who had
accompanied the Head of State to Tokyo, ...", "accompanied the Prime Minister to Madrid
and Berlin") travels there too: a visit of the issuer to that country. Not a visit:
being accompanied by someone, accompanying a guest to a building, accompanying
someone to a session (the session is read as one), and the country of the person
accompanied is no destination. Officials of international organisations met but not
named ("held talks with representatives of regional organisations") are no meeting
with the country of the visit."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(issuer: str, text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(r.from_, r.to) for r in extract_text(text, issuer=issuer, date="2021").records
            if r.type == kind]


@pytest.mark.parametrize(("issuer", "text", "to"), [
    ("CYP", "The Minister, who had accompanied the Head of State to Tokyo, returned on "
     "Friday.", [["JPN"]]),
    ("PRT", "On 3 May the Minister accompanied the Prime Minister to Madrid and Berlin.",
     [["ESP"], ["DEU"]]),
    ("SVN", "The State Secretary accompanies the President on Tuesday to Vienna, where "
     "they will meet the Federal Chancellor.", [["AUT"]]),
    ("GHA", "Accompanying the Vice President to Abuja, the Minister of Foreign Affairs "
     "held talks with her Nigerian counterpart.", [["NGA"]]),
])
def test_accompanying_someone_abroad_is_a_visit(issuer, text, to):
    assert [r[1] for r in _records(issuer, text, "visit")] == to


@pytest.mark.parametrize(("issuer", "text"), [
    ("CYP", "The Minister was accompanied by the Ambassador to Brazil."),
    ("NOR", "The State Secretary accompanied the Swedish guest to the airport."),
    ("MKD", "In July, the Minister accompanied the Prime Minister to the NATO summit in "
     "Washington."),
])
def test_no_visit_of_ours_to_a_new_country(issuer, text):
    assert not any(issuer in frm for frm, _to in _records(issuer, text, "visit"))


def test_the_country_of_the_one_accompanied_is_no_destination():
    recs = _records("JPN", "The Minister accompanied the Foreign Minister of Cyprus to "
                    "Kyoto, where they visited a temple.", "visit")
    assert (["JPN"], ["CYP"]) not in recs


def test_unnamed_heads_of_organisations_are_no_meeting_with_the_host():
    text = ("Minister Ana Lima accompanied the President to Tokyo last week. There she "
            "also held talks with representatives of regional organisations.")
    assert _records("CYP", text, "meeting") == []
