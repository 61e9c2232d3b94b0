"""Two partners each with the date written after them take that date, also when the
first is named by an adjective and a name and the medium stands before its date
("spoke with Ukrainian Foreign Minister A by phone on 8 May and with Moldovan Foreign
Minister B on 9 May"): one call each, not each partner on both days (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _recs(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return sorted((r.type, tuple(r.to), r.date.start) for r in recs
                  if r.type in ("call", "meeting"))


@pytest.mark.parametrize("text, kind", [
    ("The Minister also spoke with Ukrainian Foreign Minister Dmytro Kuleba by phone on 8 "
     "May and with Moldovan Foreign Minister Mihai Popescu on 9 May.", "call"),
    ("The Minister spoke with Ukrainian Foreign Minister Dmytro Kuleba over the phone on 8 "
     "May and with Moldovan Foreign Minister Mihai Popescu on 9 May.", "call"),
    ("The Minister held talks with Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on 8 "
     "May and with Moldovan Foreign Minister Mihai Popescu on 9 May.", "meeting"),
    ("The Minister spoke by phone with the Foreign Minister of Ukraine on 8 May and with "
     "the Foreign Minister of Moldova on 9 May.", "call"),
])
def test_each_on_its_day(text: str, kind: str) -> None:
    assert _recs(text) == [(kind, ("MDA",), "2024-05-09"), (kind, ("UKR",), "2024-05-08")]
