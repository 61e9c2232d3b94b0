"""A country's adjective before its foreign ministry's acronym ("her counterpart from the
Indian MEA", "officials of the Japanese MOFA", "a delegation of the British FCDO") names
that country's side (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _events(text: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer="DNK", date="2019-05-12").records
    return [(r.type, list(r.to)) for r in recs if r.type in ("meeting", "consultation")]


def test_a_counterpart_from_the_mea() -> None:
    assert _events("On 3 May the Secretary General held yearly bilateral consultations with "
                   "her counterpart from the Indian MEA, Mr. Vikram Rao, Joint "
                   "Secretary.") == [("consultation", ["IND"])]


def test_officials_of_the_mofa() -> None:
    assert _events("The Director General held political consultations with officials of the "
                   "Japanese MOFA in Tokyo on 3 May.") == [("consultation", ["JPN"])]


def test_a_delegation_of_the_fcdo() -> None:
    assert _events("A delegation of the British FCDO held talks with the State Secretary "
                   "on 3 May.") == [("meeting", ["GBR"])]


def test_the_dfat_named_after_the_meeting() -> None:
    assert _events("On 3 May the State Secretary met senior officials of the Australian "
                   "DFAT in Canberra.") == [("meeting", ["AUS"])]
