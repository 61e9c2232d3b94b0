"""A call told with no day of its own after a call with the same side, naming another
official of that side ("also spoke with the Vice President"), is a second call; told
again with the same official, it is the same call (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _calls(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="USA", date="2018-09-07").records
    return [list(r.to) for r in recs if r.type == "call"]


def test_another_official_is_another_call() -> None:
    assert _calls("On 2 September Secretary Rubio held a call with the Prime Minister of "
                  "Iraq, Ali Hassan. Later Rubio also spoke with Vice President Omar Saleh "
                  "of Iraq.") == [["IRQ"], ["IRQ"]]


def test_another_official_in_another_order() -> None:
    assert _calls("On 3 September the Secretary spoke by phone with Kenyan President "
                  "William Ruto. Later he also spoke with Kenyan Foreign Minister Musalia "
                  "Mudavadi.") == [["KEN"], ["KEN"]]


def test_the_same_official_again_is_the_same_call() -> None:
    assert _calls("On 2 September Secretary Rubio held a call with the Prime Minister of "
                  "Iraq, Ali Hassan. Rubio spoke with Prime Minister Hassan about the "
                  "elections.") == [["IRQ"]]
