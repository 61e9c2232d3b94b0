"""A news page's teaser cut off with an ellipsis ("... for small island states…")
ends its sentence, at a line break as at a stop, so the heading or teaser after it
is read apart and its visit does not take the day of the event before; an ellipsis
that is no word's cut ("…(inaudible)…") leaves the sentence whole (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text
from communique.extract._segment import paragraphs, sentences


def _all(text: str) -> list[str]:
    return [" ".join(text[s.start:s.end].split()) for p in paragraphs(text)
            for s in sentences(text, p)]


_PAGE = (
    "News of the Ministry\n\n"
    "The Minister took part in the meeting of the Commonwealth Foreign Ministers held in "
    "London on March 3, 2023. Speaking at the meeting, the Minister called for urgent "
    "action on debt and on climate finance for the small island states of the "
    "Pacific and the Caribbean…\n"
    "MINISTER OFFICIAL VISIT TO THE REPUBLIC OF GHANA\n"
    "The Minister made a three-day official visit to the Republic of Ghana between March "
    "6 – 8, 2023. During the visit, the Minister held talks with his counterpart…\n"
)


def test_the_heading_after_a_cut_teaser_is_its_own_sentence() -> None:
    got = _all(_PAGE)
    assert "MINISTER OFFICIAL VISIT TO THE REPUBLIC OF GHANA" in got


def test_the_visit_after_a_cut_teaser_keeps_its_own_days() -> None:
    recs = extract_text(_PAGE, issuer="KEN").records
    visits = sorted((r.date.start, r.date.end) for r in recs
                    if r.type == "visit" and r.to == ["GHA"])
    assert visits == [("2023-03-06", "2023-03-08")]


def test_an_ellipsis_after_a_word_ends_a_sentence_in_a_paragraph() -> None:
    text = "The Minister spoke of the crisis in the region… The talks went on until noon."
    assert len(_all(text)) == 2


def test_an_ellipsis_that_cuts_no_word_leaves_the_sentence_whole() -> None:
    text = "We have been briefing the press every day. …(inaudible)… Today we talk of trade."
    assert _all(text) == [text]
