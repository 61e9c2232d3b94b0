"""A call told in the singular as a conference ("held a videoconference with the
foreign ministers of A, B and C", "took part in a teleconference with ...") is one
call with all those listed, an organisation's head among them too, as a trilateral
meeting is one meeting; calls in the plural, a list where each partner has its own
date, or a second call told after "then" stay one per partner (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="SWE", date="2022-05-04").records
    return [(tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "call"]


@pytest.mark.parametrize(("text", "to", "orgs"), [
    ("On 4 May Minister Lindqvist held a videoconference with Foreign Minister Ana Ruiz of "
     "Spain, Foreign Minister Tomas Berg of Norway and Foreign Minister Ali Demir of Turkey.",
     ("ESP", "NOR", "TUR"), ()),
    ("On 4 May Minister Lindqvist took part in a teleconference with the foreign ministers of "
     "Spain, Norway and Portugal.", ("ESP", "NOR", "PRT"), ()),
    ("The Swedish Foreign Minister had a video conference on 4 May with her counterparts "
     "from Chile and Peru.", ("CHL", "PER"), ()),
    ("On 4 May Minister Lindqvist held a conference call with Foreign Minister Ana Ruiz of "
     "Spain, Foreign Minister Tomas Berg of Norway and the EU High Representative Josep "
     "Borrell.", ("ESP", "NOR"), ("EU",)),
    ("On 4 May Minister Lindqvist had a teleconference with Foreign Minister Ana Ruiz of "
     "Spain and the Secretary General of NATO.", ("ESP",), ("NATO",)),
])
def test_a_conference_in_the_singular_is_one_call_with_all(text, to, orgs):
    assert _calls(text) == [(to, orgs)]


@pytest.mark.parametrize(("text", "n"), [
    ("Minister Lindqvist held telephone conversations with Foreign Minister Ana Ruiz of "
     "Spain and Foreign Minister Tomas Berg of Norway on 4 May.", 2),
    ("Minister Lindqvist held videoconferences with the foreign ministers of Chile, Peru and "
     "Ecuador on 4 May.", 3),
    ("On 4 May Minister Lindqvist held a videoconference with her Chilean counterpart and "
     "then with the Foreign Minister of Peru.", 2),
])
def test_calls_in_the_plural_or_told_apart_are_one_each(text, n):
    got = _calls(text)
    assert len(got) == n
    assert all(len(to) == 1 for to, _ in got)


def test_a_conference_with_a_date_beside_each_partner_is_one_each():
    text = ("In 2022 the Minister held a videoconference with the foreign ministers of Chile "
            "(March) and Peru (June).")
    recs = extract_text(text, issuer="SWE", date="2022").records
    got = sorted((tuple(r.to), r.date.start) for r in recs if r.type == "call")
    assert got == [(("CHL",), "2022-03"), (("PER",), "2022-06")]
