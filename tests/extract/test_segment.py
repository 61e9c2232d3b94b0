"""Sentences: where a paragraph is cut, and where it is not."""

from __future__ import annotations

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
