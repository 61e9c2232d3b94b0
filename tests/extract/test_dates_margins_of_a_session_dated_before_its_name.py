"""A sentence opened by the framework or margins of a summit ("Within the framework of
the Summit, the President held bilateral meetings with ...") takes the day of the
sentence that told the summit with its day before the name ("handed over yesterday
the chairmanship ... at the closing of the Summit"), even when a later mention of the
summit names no day (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

LEAD = ("Lima, 12 June 2025\n\nThe President of the Republic opened yesterday the Third "
        "Summit of the Pacific Alliance in Cusco, in the presence of eight leaders. ")
LATER = "The Summit adopted a declaration on trade facilitation. "


def _meetings(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="PER", date="2025-06-12").records
    return sorted((r.to[0], r.date.start or "") for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize("text", [
    LEAD + LATER + "Within the framework of the Summit, the President held bilateral meetings "
    "with the President of Chile and with the Prime Minister of Canada.",
    LEAD + "On the sidelines of the Summit, the President met the President of Chile and the "
    "Prime Minister of Canada.",
    ("Lima, 12 June 2025\n\nOn Wednesday the Minister of Foreign Affairs handed over the "
     "presidency of the bloc to Chile at the close of the Third Summit of the Pacific "
     "Alliance. " + LATER + "On the margins of the Summit, the Minister met the Foreign "
     "Minister of Canada and the Foreign Minister of Chile."),
])
def test_the_summit_takes_the_day_told_before_its_name(text):
    assert [d for _c, d in _meetings(text)] == ["2025-06-11", "2025-06-11"]


@pytest.mark.parametrize(("text", "day"), [
    # another event between the day and the summit's name: the day is that event's
    ("Lima, 12 June 2025\n\nOn 2 June the Minister held consultations in Santiago ahead of "
     "the Third Summit of the Pacific Alliance. " + LATER + "Within the framework of the "
     "Summit, the President met the Prime Minister of Canada.", "2025-06-12"),
    # the sentence's own day
    (LEAD + LATER + "Within the framework of the Summit, on 10 June, the President met the "
     "Prime Minister of Canada.", "2025-06-10"),
    # a summit never named before: the text's day
    ("Lima, 12 June 2025\n\nThe President opened yesterday the new port of Chancay. Within "
     "the framework of the Summit, the President met the Prime Minister of Canada.",
     "2025-06-12"),
])
def test_no_summit_day_from_another_event(text, day):
    assert [d for _c, d in _meetings(text)] == [day]


def test_the_next_sentence_goes_on_at_the_summit():
    text = (LEAD + LATER + "Within the framework of the Summit, the President held a bilateral "
            "meeting with the President of Chile. The Minister of Foreign Affairs, for her "
            "part, met the Foreign Minister of Canada.")
    assert _meetings(text) == [("CAN", "2025-06-11"), ("CHL", "2025-06-11")]
