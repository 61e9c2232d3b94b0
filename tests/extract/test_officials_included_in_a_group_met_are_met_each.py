"""Officials listed as those a group met "included" ("held discussions with senior
Kenyan officials, including Mr A, the President of Kenya; Ms B, the Speaker ..., and
Mr C, the Minister of Foreign Affairs") are met one each, whatever the verb, as "met
A, B and C" is; a semicolon that sets off the next "Name, the Title" keeps the list
going. Talks with a group and no one listed, or a semicolon before a clause, do not
multiply the meeting (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str) -> list[tuple]:
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer=issuer, date="2024-04-14").records
                  if r.type == "meeting")


@pytest.mark.parametrize(("text", "issuer", "partner", "n"), [
    ("During the visit, the Minister held constructive discussions with high-ranking "
     "Kenyan officials, including Mr John Doe, the President of Kenya; Ms Ann Moe, the "
     "Speaker of the National Assembly of Kenya, and Mr Jim Roe, the Minister of Foreign "
     "Affairs of Kenya.", "GHA", "KEN", 3),
    ("The Foreign Secretary had talks with Peruvian leaders, among them Ms Rosa Vega, the "
     "President of Peru, and Mr Luis Soto, the Minister of Foreign Affairs of Peru.",
     "GBR", "PER", 2),
    ("The Deputy Minister held fruitful talks with senior Austrian officials, including "
     "Mr Karl Berg, the Federal Chancellor of Austria; and Ms Eva Huber, the Federal "
     "Minister for European and International Affairs of Austria.", "SVN", "AUT", 2),
    ("The Minister met senior Kenyan officials, including Mr John Doe, the President of "
     "Kenya; Ms Ann Moe, the Speaker of the National Assembly of Kenya; and Mr Jim Roe, "
     "the Minister of Foreign Affairs of Kenya.", "NOR", "KEN", 3),
])
def test_each_official_included_is_a_meeting(text: str, issuer: str, partner: str,
                                             n: int) -> None:
    assert _meetings(text, issuer) == [("meeting", (issuer,), (partner,), "2024-04-14")] * n


def test_talks_with_a_group_and_no_one_listed_are_one_meeting() -> None:
    text = "The Minister held talks with senior Kenyan officials in Nairobi."
    assert _meetings(text, "GHA") == [("meeting", ("GHA",), ("KEN",), "2024-04-14")]


def test_a_semicolon_before_a_clause_ends_the_list() -> None:
    text = ("The Minister met Mr John Doe, the President of Kenya; the two discussed trade "
            "with the Minister of Trade of Uganda in mind.")
    assert _meetings(text, "GHA") == [("meeting", ("GHA",), ("KEN",), "2024-04-14")]
