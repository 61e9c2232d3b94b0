"""A visit dated before the page, then a sentence that opens on its visitor named
again ("A B visited Estonia in March 2019. A B met with the President ..."): what the
visitor did there has the visit's time, not the page's. A sentence opening on
someone else, or on a pronoun, or in another paragraph keeps the page's time (texts
of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, date: str = "2021") -> list[str | None]:
    recs = extract_text(text, issuer="EST", date=date).records
    return sorted(r.date.start or "" for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("text", "when"), [
    ("The Finnish Minister for European Affairs Anna Virtanen visited Estonia in March "
     "2019. Anna Virtanen met with the President and held talks with the Foreign Minister.",
     ["2019-03", "2019-03"]),
    ("Kenyan Foreign Minister John Otieno came to Tallinn in June 2016. Otieno met the "
     "Prime Minister.", ["2016-06"]),
    ("The Foreign Minister of Chile, Ana Rojas, paid a visit to Estonia in 2017. Rojas "
     "also held talks with the Speaker of Parliament.", ["2017"]),
    ("In September 2015 Deputy Prime Minister Tomas Novak of Czechia travelled to "
     "Tartu. Mr Novak later met with the Prime Minister.", ["2015-09"]),
])
def test_the_visitor_named_again_goes_on_with_the_visit(text: str, when: list[str]) -> None:
    assert _meetings(text) == when


@pytest.mark.parametrize("text", [
    # someone else opens the next sentence
    "Kenyan Foreign Minister John Otieno came to Tallinn in June 2016. Prime Minister "
    "Kaja Mets met the Kenyan Ambassador.",
    # a pronoun may be anyone's
    "Kenyan Foreign Minister John Otieno came to Tallinn in June 2016. He met the Kenyan "
    "Ambassador today.",
    # the visitor named again in another paragraph: another time
    "Kenyan Foreign Minister John Otieno came to Tallinn in June 2016.\n\nOtieno met the "
    "Prime Minister.",
])
def test_otherwise_the_page_keeps_its_time(text: str) -> None:
    assert all(not d.startswith("2016") for d in _meetings(text))
