""""The visiting Vice-Minister of X", "visiting Deputy-Minister A of X", "the visiting
Under-Secretary of X": a title joined by a hyphen is a guest's on a visit, as "the visiting
Deputy Foreign Minister" is; a university's Vice-Chancellor visiting is no state's guest
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _got(text: str) -> list[tuple[str, list[str], list[str]]]:
    recs = extract_text(text, issuer="WSM", date="2023-07-21").records
    return sorted((r.type, r.from_, r.to) for r in recs if r.type in ("meeting", "visit"))


@pytest.mark.parametrize(("text", "guest"), [
    ("The Prime Minister received the visiting Vice-Minister for Foreign Affairs of Japan on "
     "21 July 2023.", "JPN"),
    ("The Prime Minister received the visiting Parliamentary Vice-Minister for Foreign "
     "Affairs of Japan, Mr. Kenji Yamada, on 21 July 2023.", "JPN"),
    ("The Prime Minister hosted a dinner in honour of visiting Deputy-Minister Yamada of "
     "Japan on 21 July 2023.", "JPN"),
    ("The Prime Minister received the visiting Under-Secretary of State of the United States "
     "on 21 July 2023.", "USA"),
])
def test_the_guest_visits(text: str, guest: str) -> None:
    assert _got(text) == [("meeting", ["WSM"], [guest]), ("visit", [guest], ["WSM"])]


def test_a_university_head_is_no_guest() -> None:
    assert _got("The Prime Minister met the visiting Vice-Chancellor of the University of "
                "Tokyo on 21 July 2023.") == []
