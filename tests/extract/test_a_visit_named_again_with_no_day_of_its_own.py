"""A visit named again by a definite noun phrase with no day of its own ("the visit of
the Ghanaian Foreign Minister", "Mr Ofori's visit", "This visit") after a visit of the
same sides told in a readout is that visit, not a second one dated by the page's day;
"the next visit", "a return visit" or a visit with a date of its own stay records of
their own. The visitor of "the importance of the visit of A" is A, not the subject
before it (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_TOLD = ("On 27 June the Minister spoke by phone with the Foreign Minister of Chile. They "
         "recalled the official visit of the Foreign Minister of Ghana, Mr Kofi Ofori, to "
         "Kazakhstan in May 2018. ")


def _visits(text: str, issuer: str = "KAZ") -> list[tuple[tuple[str, ...], tuple[str, ...],
                                                         str | None]]:
    recs = extract_text(text, issuer=issuer, date="2018-06-28").records
    return sorted((tuple(r.from_), tuple(r.to), r.date.start) for r in recs
                  if r.type == "visit")


_ONE = [(("GHA",), ("KAZ",), "2018-05")]


@pytest.mark.parametrize("after", [
    "Later in the month the Prime Minister praised the results of the visit of the Ghanaian "
    "Foreign Minister.",
    "The Deputy Prime Minister spoke highly of Mr Ofori's visit to Kazakhstan and thanked "
    "Ghana for its support.",
    "Both sides underlined the importance of the visit of the Foreign Minister of Ghana.",
    "The ministers agreed that this visit had opened a new chapter.",
])
def test_the_visit_told_before(after: str) -> None:
    assert _visits(_TOLD + "\n\n" + after) == _ONE


@pytest.mark.parametrize("after, second", [
    ("The ministers recalled the visit of the Ghanaian President to Kazakhstan in 2015.",
     (("GHA",), ("KAZ",), "2015")),
    ("Mr Ofori paid a second visit to Kazakhstan on 20 June.",
     (("GHA",), ("KAZ",), "2018-06-20")),
])
def test_another_visit_stays(after: str, second: tuple) -> None:
    assert _visits(_TOLD + after) == sorted(_ONE + [second])


def test_the_visitor_after_of_is_the_traveller() -> None:
    # (the issuer's own leader after "of": no visit to the issuer by the subject)
    text = ("The two ministers reviewed what the Ghanaian President's official visit to "
            "Washington in March 2018 had achieved. Blinken underlined how much the visit "
            "of the Ghanaian leader mattered to both capitals.")
    assert _visits(text, issuer="GHA") == [(("GHA",), ("USA",), "2018-03")]


def test_a_guest_named_after_of_visits_the_place_told() -> None:
    assert _visits("Blinken underlined the importance of the visit of the Foreign Minister of "
                   "Ghana to Washington.", issuer="USA") == [(("GHA",), ("USA",), "2018-06-28")]


@pytest.mark.parametrize("again", [
    "The Deputy Prime Minister spoke highly of Mr Lindqvist's visit to Cambodia.",
    "The Deputy Prime Minister said the visit of the Swedish minister showed the strength of "
    "the ties.",
])
def test_a_guest_told_on_two_days_is_one_visit(again: str) -> None:
    text = ("Phnom Penh, August 23, 2018 —\n\nThe Deputy Prime Minister and visiting "
            "Swedish minister have exchanged views on cooperation.\n\nThe Deputy Prime "
            "Minister and the Minister for Trade of Sweden, Mr Erik Lindqvist, talked "
            "yesterday here in Phnom Penh.\n\n" + again)
    recs = extract_text(text, issuer="KHM").records
    assert [(r.from_, r.to) for r in recs if r.type == "visit"] == [(["SWE"], ["KHM"])]
