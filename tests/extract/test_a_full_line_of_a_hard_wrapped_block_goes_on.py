"""In a block hard-wrapped at a fixed width (three lines or more, one of them
broken in mid-phrase before a small letter), a full-width line that ends on a word
goes on into the next line even when that line opens with a capital ("... held the
3rd Joint\\nCommission ..."): the sentence, its event and its day stay whole. The
first line of a text (a headline), a short line, a line ending on a stop and a block
that is not wrapped so still end there (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract._segment import paragraphs, sentences


def _all(text: str) -> list[str]:
    return [" ".join(text[s.start:s.end].split()) for p in paragraphs(text)
            for s in sentences(text, p)]


_WRAPPED = (
    "Georgia and Chile hold the third round of consultations\n\n"
    "Tbilisi, 12 September 2024 - Georgia and Chile held the third Bilateral Consultation\n"
    "Meeting in Tbilisi yesterday, September 11. The talks for the Georgian side were led\n"
    "by the First Deputy Minister while the Chilean side was led by Vice Minister Rosa\n"
    "Vega of the Foreign Ministry.\n")


def test_a_full_line_going_on_before_a_capital_is_one_sentence():
    assert _all(_WRAPPED)[1] == ("Tbilisi, 12 September 2024 - Georgia and Chile held the "
                                 "third Bilateral Consultation Meeting in Tbilisi yesterday, "
                                 "September 11.")
    assert _all(_WRAPPED)[-1] == ("The talks for the Georgian side were led by the First "
                                  "Deputy Minister while the Chilean side was led by Vice "
                                  "Minister Rosa Vega of the Foreign Ministry.")


def test_the_round_wrapped_across_the_line_keeps_its_day(ex):
    assert ex(_WRAPPED, date=None, types=["consultation"]) == [
        ("consultation", ("GEO",), ("CHL",), "2024-09-11")]


@pytest.mark.parametrize(("text", "n"), [
    # a headline on the text's first line
    ("Georgia and Chile hold the third round of political consultations in Tbilisi today\n"
     "The Deputy Minister of Georgia met the Vice Minister of Chile in the capital and they\n"
     "discussed the agenda of the coming season of talks in some detail with the staff.", 2),
    # a short line
    ("The Deputy Minister of Georgia met the Vice Minister of Chile in the capital and they\n"
     "discussed the agenda of the coming season of talks in some detail with the staff.\n"
     "Talks in Lima\n"
     "The Deputy Minister of Georgia met the Vice Minister of Peru in Lima on the same day.",
     3),
    # not wrapped: no line broken before a small letter
    ("The Deputy Minister of Georgia met the Vice Minister of Chile in the capital today\n"
     "The Deputy Minister of Georgia met the Vice Minister of Peru in Lima the day after\n"
     "The Deputy Minister of Georgia met the Vice Minister of Ghana in Accra on Friday", 3),
])
def test_other_line_ends_still_end(text, n):
    assert len(_all(text)) == n
