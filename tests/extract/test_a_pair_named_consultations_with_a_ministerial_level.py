"""Consultations named after the two sides with a side of two words and a ministerial
level ("the Australia–United States Ministerial consultations", "the Korea-New Zealand
vice-ministerial consultations") are a round of consultations between them, as "the
Russian-Iranian consultations" are, also as the object of a verb of support in a review
("We contributed to ...", "The Department supported ..."). A plan of consultations stays
a plan (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_REVIEW = "Annual Report 2019\n\nThe year in review\n\n"


def _records(text: str, issuer: str) -> list[tuple]:
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer=issuer, date="2019").records)


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    (_REVIEW + "We made major contributions to the Canada–United States Ministerial "
     "consultations in Ottawa.", "CAN", "USA"),
    (_REVIEW + "The department supported the New Zealand-South Korea Ministerial "
     "Consultations held in Wellington.", "NZL", "KOR"),
    (_REVIEW + "We organised the Japan–United Kingdom Ministerial consultations in Tokyo, "
     "which advanced our defence ties.", "JPN", "GBR"),
    (_REVIEW + "The Korea-New Zealand vice-ministerial consultations took place in "
     "Seoul.", "KOR", "NZL"),
])
def test_pair_named_ministerial_consultations_are_a_round(text: str, issuer: str,
                                                          partner: str) -> None:
    assert _records(text, issuer) == [("consultation", (issuer,), (partner,), "2019")]


def test_consultations_planned_stay_a_plan() -> None:
    text = (_REVIEW + "The two ministers agreed to hold the next Canada–United States "
            "Ministerial consultations in 2021.")
    assert [r for r in _records(text, "CAN") if r[0] == "consultation"] == []
