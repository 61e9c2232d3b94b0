"""A call named by its medium and then "between" ("a phone conversation between A and
B") is a call, not a meeting; and a call between two other countries that the issuer
only comments on ("welcomed the phone call between the presidents of A and B") is
theirs, from the first to the second, not the issuer's call with both. A call between
the issuer's own official and a counterpart stays the issuer's (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _contacts(text: str, issuer: str = "FIN") -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date="2025-05-10").records
    return [(r.type, r.from_, r.to, r.date.start) for r in recs
            if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text, first, second", [
    ("Minister Laine welcomed the phone call between the presidents of Russia and the "
     "United States on 8 May.", "RUS", "USA"),
    ("Finland welcomes the telephone conversation between the leaders of Armenia and "
     "Azerbaijan on 8 May.", "ARM", "AZE"),
    ("The Minister was informed about the phone call between the President of Ukraine "
     "and the President of the United States on 8 May.", "UKR", "USA"),
    ("The Minister welcomed the phone conversation between the Prime Minister of India "
     "and the Prime Minister of Pakistan on 8 May.", "IND", "PAK"),
    ("In the phone call between the leaders of Egypt and Israel on 8 May, a ceasefire "
     "was discussed, the State Secretary noted.", "EGY", "ISR"),
    ("The Ministry took note of the video conversation between the foreign ministers of "
     "Colombia and Venezuela on 8 May.", "COL", "VEN"),
])
def test_others_call(text: str, first: str, second: str) -> None:
    assert _contacts(text) == [("call", [first], [second], "2025-05-08")]


@pytest.mark.parametrize("text, partner", [
    ("There was a phone conversation between Foreign Minister Laine and the Foreign "
     "Minister of Lithuania on 8 May.", "LTU"),
    ("The phone conversation between the foreign ministers of Finland and Latvia on 8 "
     "May focused on energy security.", "LVA"),
    ("A telephone conversation took place on 8 May between Minister Laine and Secretary "
     "of State Marco Rubio.", "USA"),
    ("Minister Laine welcomed the phone call between the presidents of Finland and the "
     "United States on 8 May.", "USA"),
])
def test_our_call_between(text: str, partner: str) -> None:
    assert _contacts(text) == [("call", ["FIN"], [partner], "2025-05-08")]


@pytest.mark.parametrize("text, sides", [
    # (the issuer's part in it told: its own call with both)
    ("Minister Laine took part in the phone call between the foreign ministers of "
     "Germany and France on 8 May.", ["DEU", "FRA"]),
    ("Minister Laine hosted a video conference between the foreign ministers of Armenia "
     "and Azerbaijan on 8 May.", ["ARM", "AZE"]),
])
def test_our_part_in_it(text: str, sides: list[str]) -> None:
    assert _contacts(text) == [("call", ["FIN"], sides, "2025-05-08")]


def test_a_conversation_between_in_person_stays_a_meeting() -> None:
    assert _contacts("The conversation between Minister Laine and the Foreign Minister "
                     "of Lithuania on 8 May focused on energy security.") == [
        ("meeting", ["FIN"], ["LTU"], "2025-05-08")]


@pytest.mark.parametrize("text, kind, sides", [
    # (the first party after "between" the issuer's own official, by title or name:
    # the issuer's call or meeting with the others listed, not theirs)
    ("A telephone conversation took place on 8 May between the Minister and his "
     "colleagues from Chile, Peru and Colombia.", "call", ["CHL", "PER", "COL"]),
    ("The phone call between Minister Laine and the foreign ministers of Chile and Peru "
     "on 8 May focused on trade.", "call", ["CHL", "PER"]),
    ("The meeting between the Minister and the foreign ministers of Chile and Peru on 8 "
     "May focused on trade.", "meeting", ["CHL", "PER"]),
])
def test_our_official_first(text: str, kind: str, sides: list[str]) -> None:
    assert _contacts(text) == [(kind, ["FIN"], sides, "2025-05-08")]


def test_others_named_by_name() -> None:
    assert _contacts("The Minister welcomed the phone call between President Lula and "
                     "President Milei on 8 May.") == [("call", ["BRA"], ["ARG"],
                                                       "2025-05-08")]


@pytest.mark.parametrize("text", [
    # (hosted by another side, not the issuer: still theirs)
    "The Ministry noted with satisfaction the video conference between the Prime "
    "Ministers of Armenia and Azerbaijan on 8 May, hosted by the European Union.",
    "Finland welcomes the phone call between the leaders of Armenia and Azerbaijan on 8 "
    "May, facilitated by the United Nations.",
])
def test_hosted_by_another(text: str) -> None:
    assert [r[:3] for r in _contacts(text)] == [("call", ["ARM"], ["AZE"])]


def test_hosted_by_us() -> None:
    assert _contacts("The meeting between the Foreign Ministers of Armenia and Azerbaijan, "
                     "hosted by Finland, took place on 8 May.") == [
        ("meeting", ["FIN"], ["ARM", "AZE"], "2025-05-08")]
