"""HTML entities a page lost the ampersand of ("UNRWArsquo;s", "ldquo;Yes,rdquo; she
said", "in Lima.nbsp;", "Santiagondash;Chile") are read as their characters, so the stop before
"nbsp;" still ends its paragraph's sentence and no paragraph's event is lost; records'
sources still index the text as given (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str):
    recs = extract_text(text, issuer="CHL", date="2024-05-08").records
    for r in recs:
        assert r.source is not None and text[r.source.start:r.source.end] == r.source.text
    return sorted((r.type, tuple(r.to), r.date.start) for r in recs)


_PERU = ("meeting", ("PER",), "2024-05-06")
_BOLIVIA = ("meeting", ("BOL",), "2024-05-07")


@pytest.mark.parametrize("text", [
    "On 6 May the Minister met the Foreign Minister of Peru in Lima and discussed "
    "UNRWArsquo;s funding.nbsp;\n\nldquo;Aid must go on,rdquo; she said.nbsp;\n\n"
    "On 7 May she met the Foreign Minister of Bolivia.",
    "On 6 May the Minister received the Foreign Minister of Peru, Jose Ruiz, in "
    "Santiagondash;Chile.nbsp;\n\nOn 7 May she met the Foreign Minister of Bolivia.",
    "The Minister met her Peruvian counterpart in Lima on 6 May.nbsp;\n\nldquo;Our ties "
    "are strong,rdquo; she said.nbsp;\n\nOn 7 May she met the Foreign Minister of Bolivia.",
    "On 6 May the Minister held talks with the Foreign Minister of Peru on the quot;new "
    "agendaquot; and on trade.nbsp;\n\nOn 7 May she met the Foreign Minister of Bolivia.",
])
def test_every_paragraph_is_read(text):
    assert _records(text) == [_BOLIVIA, _PERU]


def test_the_characters_and_the_way_back():
    from communique.extract._broken_entities import mend
    text = "Noel said.nbsp; UNRWArsquo;s camp; ldquo;Yesrdquo;"
    m = mend(text)
    assert m.text == "Noel said.  UNRWA’s camp; “Yes”"
    for a, b, given in ((0, 4, "Noel"), (5, 11, "said.nbsp;"), (12, 19, "UNRWArsquo;s")):
        assert text[m.given_offset(a):m.given_offset(b)] == given


def test_words_that_end_like_an_entity_stay():
    from communique.extract._broken_entities import mend
    text = "They set up a camp; the aliquot; a subacute; phase."
    assert mend(text).text == text
