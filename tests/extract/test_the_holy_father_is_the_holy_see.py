""""The Holy Father" names the Pope, as "the Pope" does: an audience with him, or a
meeting, is one with the Holy See (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _met(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="ITA", date="2019-05-12").records
    return [list(r.to) for r in recs if r.type == "meeting"]


def test_raised_during_his_audience_with_the_holy_father() -> None:
    assert _met("These questions were also raised during his audience with the Holy Father "
                "earlier in the day.") == [["VAT"]]


def test_received_by_the_holy_father() -> None:
    assert _met("On Monday the President was received by the Holy Father in a private "
                "audience.") == [["VAT"]]


def test_met_the_holy_father_at_a_palace() -> None:
    assert _met("The Prime Minister met the Holy Father at the Apostolic Palace on 3 May.") \
        == [["VAT"]]


def test_an_audience_then_a_relative_clause() -> None:
    assert _met("On 3 May the Minister had an audience with the Holy Father, to whom she "
                "conveyed the greetings of the Government.") == [["VAT"]]
