"""An absolute clause after the person met (", with the Admiral pledging to come
back", ", with one of its results being a new plan") tells what came of the meeting:
the title inside it is the same partner named again, not one more person met (one
meeting, not two). Two officials listed with "and" stay two (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="EST", date="2023-05-04").records
    return [list(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "partner"), [
    ("President Karis met Admiral Smith of the United States in Honolulu in July 2021, with "
     "the Admiral pledging more support.", "USA"),
    ("The Prime Minister received Foreign Minister Anna Berzina of Latvia on Monday, with "
     "the minister promising to return in the autumn.", "LVA"),
    ("In March the Minister met General Ole Hansen of Denmark in Copenhagen for defence "
     "talks, with one of the results of those discussions being the General's promise to "
     "visit Tallinn.", "DNK"),
])
def test_the_title_in_the_clause_is_no_second_person(text: str, partner: str) -> None:
    assert _meetings(text) == [[partner]]


def test_two_officials_listed_stay_two() -> None:
    text = ("The Minister met the Foreign Minister of Latvia, Anna Berzina, and the Prime "
            "Minister, Karlis Ozols, in Riga on Monday.")
    assert _meetings(text) == [["LVA"], ["LVA"]]
