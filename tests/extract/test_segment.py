"""Sentences: where a paragraph is cut, and where it is not."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._segment import Span, sentences


def _cut(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text, Span(0, len(text)))]


def test_sentences_do_not_end_at_honorifics_and_initials() -> None:
    text = ("The President called on Smt. Meera Rao and Mme. Claire Petit. "
            "He then met Dr. A. K. Sen in the U.S. capital. The talks ended.")
    assert _cut(text) == ["The President called on Smt. Meera Rao and Mme. Claire Petit.",
                          "He then met Dr. A. K. Sen in the U.S. capital.", "The talks ended."]


def test_sentences_end_at_a_full_stop_before_a_capital() -> None:
    assert _cut("The Minister arrived. Talks began at noon.") == [
        "The Minister arrived.", "Talks began at noon."]


def test_sentences_end_before_a_latin_extended_capital_and_after_md() -> None:
    text = ("The Minister thanked the envoy. Đurić then left. Šolc spoke. "
            "She received H.E. Md. Golam Sarwar. Łukasz arrived.")
    assert _cut(text) == ["The Minister thanked the envoy.", "Đurić then left.", "Šolc spoke.",
                          "She received H.E. Md. Golam Sarwar.", "Łukasz arrived."]


# --- "met with:" and its bulleted list are one sentence

def test_a_bulleted_list_after_a_colon_stays_with_its_verb():
    text = ("On 3 May the Minister met with:\n- the Foreign Minister of Chile;\n"
            "- the Foreign Minister of Peru.\n")
    assert [tuple(r.to) for r in extract_text(text, issuer="KEN", date="2023").records] == [
        ("CHL",), ("PER",)]


@pytest.mark.parametrize("text", [
    "On 3 May the Minister received:\n• the Ambassador of Chile,\n• the Ambassador of Peru.",
    "The Minister held talks on 3 May with:\n* the Foreign Minister of Chile;\n"
    "* the Foreign Minister of Peru.",
])
def test_each_item_of_a_list_after_a_colon_is_one_meeting(text):
    recs = extract_text(text, issuer="KEN", date="2023").records
    assert sorted((r.type, tuple(r.to), r.date.start) for r in recs) == [
        ("meeting", ("CHL",), "2023-05-03"), ("meeting", ("PER",), "2023-05-03")]


def test_items_that_end_in_a_full_stop_stay_sentences_of_their_own():
    text = ("Highlights of the week:\n- On 3 May, the Minister met the Foreign Minister of "
            "Chile.\n- On 4 May, the Minister visited Peru.\n")
    assert _cut(text.strip())[1:] == [
        "- On 3 May, the Minister met the Foreign Minister of Chile.",
        "- On 4 May, the Minister visited Peru."]
