"""A line that ends on a word no sentence ends on ("with", "between", "and", "of",
"the", ...) and no closing punctuation goes on into the next block, even when
that block opens with a capital (a name, a title): "... signed Memoranda of
Understanding with\\n\\nMadam A, the Foreign Minister of X." is one sentence, and
its agreement is found. A finished line, a heading or a line ending on another
word still ends there (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract._segment import paragraphs, sentences


def _all(text: str) -> list[str]:
    return [" ".join(text[s.start:s.end].split()) for p in paragraphs(text)
            for s in sentences(text, p)]


@pytest.mark.parametrize("text, joined", [
    ("Later the Minister signed a Memorandum of Understanding with\n\nMadam Rosa Vega, "
     "the Foreign Minister of Chile.",
     "Later the Minister signed a Memorandum of Understanding with Madam Rosa Vega, "
     "the Foreign Minister of Chile."),
    ("The talks were held between\n\nPresident Ana Ruiz and the Prime Minister.",
     "The talks were held between President Ana Ruiz and the Prime Minister."),
    ("The Minister received the Ambassador of\n\nSweden at the Ministry on Monday.",
     "The Minister received the Ambassador of Sweden at the Ministry on Monday."),
    ("The Secretary thanked the government and\n\nPeople of Ghana for the welcome.",
     "The Secretary thanked the government and People of Ghana for the welcome."),
])
def test_a_line_ending_on_an_open_word_goes_on(text, joined):
    assert _all(text) == [joined]


@pytest.mark.parametrize("text, n", [
    ("Meetings on the margins\n\nThe Minister met the Foreign Minister of Peru.", 2),
    ("Statement by the Minister\n\nThe Minister met the Foreign Minister of Peru.", 2),
    ("The agreement was signed.\n\nWith that, the visit ended.", 2),
    ("Talks in Lima\n\nThe Minister met the Foreign Minister of Peru.", 2),
])
def test_a_line_ending_otherwise_still_ends(text, n):
    assert len(_all(text)) == n


def test_the_agreement_signed_across_the_break_is_found(ex):
    text = ("It said that the Minister later signed Memoranda of Understanding with\n\n"
            "Madam Rosa Vega, the Foreign Minister of Chile; Mr Ivan Petrov of Bulgaria.")
    got = ex(text, issuer="NOR", types={"agreement"})
    assert sorted(to for _t, _f, tos, _d in got for to in tos) == ["BGR", "CHL"]
