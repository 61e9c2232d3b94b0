"""A colon, a semicolon or a quotation after those met ends the list of officials: the
speaker's title in the quote's attribution ("..., the Minister said") is no second
official met, so one meeting, not two (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _met(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="SWE", date="2019-05-12").records
    return [list(r.to) for r in recs if r.type == "meeting"]


def test_a_colon_then_a_quote_and_its_speaker() -> None:
    assert _met('Foreign Minister Anna Berg met with her Greek counterpart, Nikos Dendias, '
                'on 8 March in Stockholm for long discussions: "We agree on much", the '
                'Minister said at the press conference.') == [["GRC"]]


def test_curly_quotes_and_the_title_after_the_speaker() -> None:
    assert _met("The Minister met her Estonian counterpart on 8 March in Tallinn: “We are "
                "close partners,” the Minister said, thanking the Foreign Minister for the "
                "invitation.") == [["EST"]]


def test_a_semicolon_then_the_sides() -> None:
    assert _met("On Monday Minister Berg received her Finnish counterpart, Pekka Haavisto; "
                "the Minister later told the press that the talks went well.") == [["FIN"]]


def test_two_officials_before_the_colon_are_still_two() -> None:
    assert _met("On Monday the Minister met the Prime Minister of Chile, Ana Rojas, and the "
                "President of the Senate, Luis Soto: the talks covered trade.") \
        == [["CHL"], ["CHL"]]
