"""Officials listed as also taking part in the meeting just told ("A; B; and C also
participated in this meeting", "... took part in the meeting", "were also present at
the talks."): the attendees of that meeting, no session of a body of their own; a
session named with its body ("attended the meeting of the ASEAN foreign ministers")
still is one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_LEAD = ("The Prime Minister received today the Foreign Minister of Japan, Ken Sato, at the "
         "Government Palace.\n\n")


def _types(text: str) -> list[tuple[str, list[str]]]:
    return [(r.type, r.organizations)
            for r in extract_text(_LEAD + text, issuer="TLS", date="2023-07-07").records]


@pytest.mark.parametrize("text", [
    "The Minister of Finance, Ana Soares; the Ambassador to Japan, Rui Lopes; and the "
    "Chargé d'Affaires of Japan also participated in this meeting.",
    "The Minister of Finance, Ana Soares, and the Ambassador to Japan also took part in the "
    "meeting.",
    "Senior officials of both sides attended the talks.",
    "The Ambassador of Japan, Mr Ito, also participated in the bilateral meeting, as well.",
    "Also taking part in the meeting were the Minister of Finance and two advisers.",
])
def test_the_attendees_give_no_session(text):
    assert _types(text) == [("meeting", [])]


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister then attended the meeting of the ASEAN foreign ministers.", "ASEAN"),
    ("Later, the Prime Minister took part in the meeting of the Pacific Islands Forum.",
     "PIF"),
])
def test_a_session_of_a_body_still_is_one(text, org):
    assert ("multilateral", [org]) in _types(text)
