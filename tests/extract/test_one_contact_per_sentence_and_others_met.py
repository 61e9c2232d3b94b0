"""One sentence, one kind of contact, and the right subject (texts of our own).

A sentence that tells a call with a side tells no meeting with it: "discussed the
situation with X in a phone conversation", "met with X via video link" are the call
alone, unless the sentence tells the two in turn ("met X and later phoned Y", "the
day after the two met"). A meeting of two others told beside ours ("the day after the
Japanese Prime Minister A met B", "as the French President met his Indian
counterpart") is their meeting, from the subject's side to the other, not the
issuer's with either."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _contacts(text: str, issuer: str) -> list[tuple[str, list[str], list[str]]]:
    recs = extract_text("14 May 2025\n\n" + text, issuer=issuer).records
    return sorted((r.type, list(r.from_), sorted(r.to)) for r in recs
                  if r.type in ("meeting", "call"))


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("Minister Okafor discussed trade ties with her Ghanaian counterpart in a "
     "telephone conversation.", "NGA", "GHA"),
    ("The Minister held, by videoconference, a meeting with the Foreign Minister of "
     "Mexico on the preparations for the summit.", "CAN", "MEX"),
    ("Foreign Minister Berg exchanged views with Polish Foreign Minister Nowak on "
     "energy security during a video call.", "NOR", "POL"),
    ("The Minister met with her Kenyan counterpart via video link to discuss the "
     "situation in the region.", "UGA", "KEN"),
    ("The Prime Minister and his Dutch counterpart held talks in a video conference "
     "on Tuesday.", "BEL", "NLD"),
    ("On Monday the Foreign Minister discussed regional security in a phone "
     "conversation with the Foreign Minister of Chile, Ana Rojas.", "ARG", "CHL"),
    ("On Friday the Secretary met virtually with the Foreign Minister of Mexico and "
     "reviewed preparations for the summit.", "CAN", "MEX"),
])
def test_a_call_is_no_meeting_too(text: str, issuer: str, partner: str) -> None:
    assert _contacts(text, issuer) == [("call", [issuer], [partner])]


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    # a meeting and a call told in turn: both (whatever else the call's frame reads)
    ("The Minister met the Ambassador of Brazil and later spoke by phone with the "
     "Foreign Minister of Chile.", "ARG",
     [("call", ["ARG"], ["CHL"]), ("meeting", ["ARG"], ["BRA"])]),
    ("Minister Okafor spoke by phone to the Foreign Minister of Ghana the day after the "
     "two met in Accra.", "NGA", [("call", ["NGA"], ["GHA"]), ("meeting", ["NGA"], ["GHA"])]),
    ("The Secretary met the Ambassador of Peru in Quito and afterwards phoned "
     "the Foreign Minister of Peru.", "ECU",
     [("call", ["ECU"], ["PER"]), ("meeting", ["ECU"], ["PER"])]),
    # a meeting alone is untouched
    ("The Foreign Minister met her Ghanaian counterpart in Accra.", "NGA",
     [("meeting", ["NGA"], ["GHA"])]),
])
def test_meetings_told_in_turn_or_alone_keep(text: str, issuer: str,
                                             expected: list[tuple[str, list[str],
                                                                  list[str]]]) -> None:
    # (which side placed the call is the call frame's matter: the sides only)
    got = {(k, tuple(sorted(f + t))) for k, f, t in _contacts(text, issuer)}
    assert {(k, tuple(sorted(f + t))) for k, f, t in expected} <= got


@pytest.mark.parametrize(("text", "issuer", "ours", "theirs"), [
    ("Minister Dahl had a phone call with the US Secretary of State two days after the "
     "American President, John Harlow, met Russian President Ivan Petrov in Vienna.", "DNK",
     ("call", ["DNK"], ["USA"]), ("meeting", ["USA"], ["RUS"])),
    ("The Minister called her Brazilian counterpart as Chinese President Li met the "
     "President of Argentina in Beijing.", "URY",
     ("call", ["URY"], ["BRA"]), ("meeting", ["CHN"], ["ARG"])),
    ("The Minister phoned the Foreign Minister of India while the French President "
     "met his Indian counterpart in Paris.", "BEL",
     ("call", ["BEL"], ["IND"]), ("meeting", ["FRA"], ["IND"])),
    ("Our Minister spoke by telephone to his Turkish counterpart shortly after the "
     "President of Azerbaijan met the Prime Minister of Armenia.", "GEO",
     ("call", ["GEO"], ["TUR"]), ("meeting", ["AZE"], ["ARM"])),
    # a known office-holder for the side
    ("The Minister spoke by phone with her Italian counterpart a week after Vladimir "
     "Putin met Xi Jinping in Moscow.", "FIN",
     ("call", ["FIN"], ["ITA"]), ("meeting", ["RUS"], ["CHN"])),
])
def test_a_meeting_of_others_beside_ours(text: str, issuer: str,
                                         ours: tuple[str, list[str], list[str]],
                                         theirs: tuple[str, list[str], list[str]]) -> None:
    assert _contacts(text, issuer) == sorted([ours, theirs])


@pytest.mark.parametrize(("text", "issuer", "frm", "to"), [
    ("Chinese President Li met the President of Argentina in Beijing on Monday.", "URY",
     "CHN", "ARG"),
    ("Meanwhile, German Chancellor Weber held talks with the Prime Minister of Italy in "
     "Rome.", "AUT", "DEU", "ITA"),
    ("The Minister noted that Japanese Prime Minister Sato held talks with the "
     "President of Korea.", "AUS", "JPN", "KOR"),
    ("When the President of Kenya, Paul Otieno, met the Ethiopian Prime Minister, the "
     "Minister was in Addis Ababa.", "SOM", "KEN", "ETH"),
])
def test_a_meeting_of_others_alone(text: str, issuer: str, frm: str, to: str) -> None:
    assert _contacts(text, issuer) == [("meeting", [frm], [to])]


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    # the issuer among the sides met: ours
    ("Russian Foreign Minister Ivan Petrov met Polish Foreign Minister Anna Nowak in "
     "Geneva.", "POL", [("meeting", ["POL"], ["RUS"])]),
    # a subject of two, one of them ours
    ("In the afternoon Minister Dahl and US Secretary of State John Harlow met jointly "
     "with the Foreign Minister of Japan.", "DNK", [("meeting", ["DNK"], ["JPN"]),
                                               ("meeting", ["DNK"], ["USA"])]),
    # the object of an earlier verb of the clause is no subject
    ("During the forum she held talks with the Ukrainian Foreign Minister and had a "
     "brief exchange with the Foreign Minister of Japan.", "LVA",
     [("meeting", ["LVA"], ["JPN"]), ("meeting", ["LVA"], ["UKR"])]),
])
def test_ours_stays_ours(text: str, issuer: str,
                         expected: list[tuple[str, list[str], list[str]]]) -> None:
    assert _contacts(text, issuer) == expected
