"""A meeting "between" two sides neither of which is the issuer, that the issuer was
only told of or commented on ("was briefed on the recent meeting between the
Secretary of State of A and the Deputy Chairman of the Workers' Party in B"), is the
others' meeting: from the first side to the other, without the issuer. Where the
issuer hosted, chaired, attended or brokered it (before or after the meeting's noun),
it was held in the issuer's country, or the issuer is itself a side, the record keeps
it. An official's party or government "in" a country is that official's side, not a
place (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text("12 March 2025\n\n" + text, issuer=issuer).records
    return [(list(r.from_), sorted(r.to)) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "issuer", "frm", "to"), [
    ("The Minister was briefed on the recent meeting between the Foreign Minister of "
     "Egypt and the Foreign Minister of Ethiopia.", "KEN", "EGY", "ETH"),
    ("Minister Lee was briefed in detail by Secretary Rubio on the meeting between "
     "Secretary Rubio and Kim Song, a senior official of the Workers' Party in North "
     "Korea.", "KOR", "USA", "PRK"),
    ("The spokesperson commented on the meeting between the Presidents of Serbia and "
     "Kosovo in Brussels.", "HRV", "SRB", "XKX"),
    ("The Minister welcomed the outcome of the recent meeting between Sudan and South "
     "Sudan.", "NOR", "SDN", "SSD"),
    ("The two ministers exchanged views on the talks between the United States and "
     "China held in Geneva.", "JPN", "USA", "CHN"),
])
def test_others_meeting_is_theirs(text: str, issuer: str, frm: str, to: str) -> None:
    assert _meetings(text, issuer) == [([frm], [to])]


@pytest.mark.parametrize(("text", "issuer", "to"), [
    ("Angola hosted in Luanda the ministerial meeting between the Democratic Republic "
     "of the Congo and Rwanda.", "AGO", ["COD", "RWA"]),
    ("The Minister took part in the meeting between the Presidents of Serbia and "
     "Kosovo.", "BEL", ["SRB", "XKX"]),
    ("The Prime Minister chaired the talks between the delegations of Sudan and South "
     "Sudan in Doha.", "QAT", ["SDN", "SSD"]),
    # the issuer's part said after the meeting, or its capital as the venue
    ("The talks between Armenia and Azerbaijan, mediated by our Foreign Minister, "
     "ended on Monday.", "KAZ", ["ARM", "AZE"]),
    ("On 3 June a meeting between Ecuador and Colombia took place in Lima.", "PER",
     ["COL", "ECU"]),
    # the issuer is a side
    ("The meeting between Georgia and Peru took place in Lima.", "GEO", ["PER"]),
])
def test_a_meeting_the_issuer_had_a_part_in_keeps_it(text: str, issuer: str,
                                                     to: list[str]) -> None:
    assert _meetings(text, issuer) == [([issuer], to)]
