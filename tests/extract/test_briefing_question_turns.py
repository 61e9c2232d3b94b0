"""In a press-briefing transcript, an event a journalist's turn tells before its
question ("Reuters: We noted that the Minister met the Korean Foreign Minister on
Saturday. Can you tell us more?", "Q: ...") and the spokesperson's answer tells again
is one event, not two; an event only the question tells is still read (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_TITLE = "Spokesperson's Regular Press Conference on 3 March 2025\n\n"
_ANSWER = ("Mr Li: On 1 March, the Foreign Minister met in Beijing with the Foreign Minister of "
           "the Republic of Korea, who was on an official visit to China.")


def _meetings(text: str) -> list[tuple[list[str], str | None, str]]:
    return [(r.to, r.date.start, r.source.text[:8])
            for r in extract_text(text, issuer="CHN", date="2025-03-03").records
            if r.type == "meeting"]


@pytest.mark.parametrize("question", [
    "Reuters: We noted that the Foreign Minister met the Korean Foreign Minister on Saturday. "
    "Can you tell us more?",
    "Q: It is reported that the Foreign Minister met his Korean counterpart on Saturday. Could "
    "you confirm?",
    "Phoenix TV: The Foreign Minister held talks with the Korean Foreign Minister on Saturday. "
    "What are China's expectations?",
])
def test_an_event_asked_about_and_answered_is_one(question):
    got = _meetings(_TITLE + question + "\n\n" + _ANSWER)
    assert [(to, day) for to, day, _ in got] == [(["KOR"], "2025-03-01")]


def test_an_event_only_the_question_tells_is_read():
    text = (_TITLE + "Reuters: The Foreign Minister arrived in Seoul on Saturday for talks "
            "with the Korean Foreign Minister. Could you share more?\n\nMr Li: The visit "
            "will deepen our relations.")
    recs = extract_text(text, issuer="CHN", date="2025-03-03").records
    assert ("visit", ["KOR"], "2025-03-01") in [(r.type, r.to, r.date.start) for r in recs]


def test_a_turn_ending_on_a_full_stop_is_read():
    text = (_TITLE + "Mr Li: On 1 March, the Foreign Minister met in Beijing with the Foreign "
            "Minister of the Republic of Korea. The two sides agreed to meet again.")
    assert _meetings(text) == [(["KOR"], "2025-03-01", "Mr Li: O")]
