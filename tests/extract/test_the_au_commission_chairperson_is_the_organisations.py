"""The head of a regional union's commission ("AU Commission Chairperson A", "the
Chairperson of the African Union Commission", "the President of the ECOWAS
Commission") is an organisation's official: met or called with a country's leader in
one sentence, each is a record of its own (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _recs(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return sorted((r.type, tuple(r.to), bool(r.organizations), r.date.start) for r in recs
                  if r.type in ("meeting", "call"))


@pytest.mark.parametrize("text, kind, partner", [
    ("On 6 May, the Foreign Minister met AU Commission Chairperson Moussa Faki Mahamat and "
     "the President of Kenya.", "meeting", "KEN"),
    ("On 6 May, the Foreign Minister met the Chairperson of the African Union Commission, "
     "Moussa Faki Mahamat, and the President of Kenya.", "meeting", "KEN"),
    ("On 6 May, the Foreign Minister talked by phone with the Chairperson of the African "
     "Union Commission and with the President of Kenya.", "call", "KEN"),
    ("On 6 May, the Foreign Minister talked by phone with AU Commission Chairperson Moussa "
     "Faki Mahamat and with the President of Kenya.", "call", "KEN"),
    ("On 6 May, the Minister met the President of the ECOWAS Commission and the Foreign "
     "Minister of Ghana in Abuja.", "meeting", "GHA"),
])
def test_two_records(text: str, kind: str, partner: str) -> None:
    assert _recs(text) == [(kind, (), True, "2024-05-06"),
                           (kind, (partner,), False, "2024-05-06")]


def test_a_national_commission_chair_is_none() -> None:
    assert _recs("On 6 May, the Minister met the Chairperson of the Electoral Commission of "
                 "Kenya and the Foreign Minister of Kenya.") == [
        ("meeting", ("KEN",), False, "2024-05-06")]
