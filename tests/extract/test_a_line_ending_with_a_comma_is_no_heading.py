"""A short paragraph that ends with a comma or a semicolon (an item of a review's
list, or a page cut in mid-sentence) is a sentence, not a heading: headings close
on no punctuation at all (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _keys(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="KEN", date="2024").records
    return {(r.type, tuple(r.from_), tuple(r.to)) for r in recs}


_BEFORE = "The Minister met the President of Chile in Nairobi.\n\n"
_AFTER = "\n\nThe Minister also met the Prime Minister of Peru.\n"


def test_a_visit_item_ending_with_a_comma() -> None:
    keys = _keys(_BEFORE + "The trip to Norway centred on energy and fisheries," + _AFTER)
    assert ("visit", ("KEN",), ("NOR",)) in keys


def test_a_state_visit_item_ending_with_a_semicolon() -> None:
    keys = _keys(_BEFORE + "A state visit to Ghana, where two accords were concluded;" + _AFTER)
    assert ("visit", ("KEN",), ("GHA",)) in keys


def test_talks_ending_with_a_comma() -> None:
    keys = _keys(_BEFORE + "Talks with the Foreign Minister of Brazil dwelt on mining," + _AFTER)
    assert ("meeting", ("KEN",), ("BRA",)) in keys


def test_a_guest_received_ending_with_a_comma() -> None:
    keys = _keys(_BEFORE + "In June the President of Austria was received at State House,"
                 + _AFTER)
    assert ("meeting", ("KEN",), ("AUT",)) in keys


def test_a_visit_from_abroad_ending_with_a_comma() -> None:
    keys = _keys(_BEFORE + "The official visit of the Japanese Prime Minister opened new "
                 "markets," + _AFTER)
    assert ("visit", ("JPN",), ("KEN",)) in keys


def test_a_heading_without_punctuation_stays_a_heading() -> None:
    keys = _keys(_BEFORE + "Visit of the President to Norway" + _AFTER)
    assert ("visit", ("KEN",), ("NOR",)) not in keys
