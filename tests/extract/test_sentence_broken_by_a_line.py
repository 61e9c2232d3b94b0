"""A sentence broken by a line break or a blank line in mid-phrase (text copied from a
PDF or a hard-wrapped page) is one sentence when the next line goes on in lower case
after a line with no closing punctuation; a heading, a finished line or a capital
still end it (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._segment import paragraphs, sentences


def _all(text: str) -> list[str]:
    return [" ".join(text[s.start:s.end].split()) for p in paragraphs(text)
            for s in sentences(text, p)]


@pytest.mark.parametrize("text,joined", [
    ("The visit takes place under the Memorandum of Understanding (MoU)\n\non Political "
     "Consultations between the two ministries.",
     "The visit takes place under the Memorandum of Understanding (MoU) on Political "
     "Consultations between the two ministries."),
    ("On Monday the Minister held talks with the Foreign Minister\nof Peru in Lima.",
     "On Monday the Minister held talks with the Foreign Minister of Peru in Lima."),
    ("The two delegations reviewed the agreements signed in 2019 and\n\nagreed on a "
     "roadmap.",
     "The two delegations reviewed the agreements signed in 2019 and agreed on a roadmap."),
])
def test_a_sentence_going_on_in_lower_case_is_one(text, joined):
    assert _all(text) == [joined]


@pytest.mark.parametrize("text,n", [
    # must not join: a finished line, a heading before a capital, a colon
    ("The Minister returned to Lima.\n\nnext week she travels to Quito.", 2),
    ("Bilateral meetings\n\nThe Minister met the Foreign Minister of Peru.", 2),
    ("Contacts:\n\npress office of the Ministry", 2),
])
def test_a_finished_line_still_ends_the_sentence(text, n):
    assert len(_all(text)) == n


def test_a_document_title_across_a_blank_line_is_no_consultation():
    text = ("WINDHOEK, 3 May 2024 - The Minister received the Foreign Minister of Zambia on "
            "Friday.\n\nThe visit takes place within the framework of the Memorandum of "
            "Understanding (MoU)\n\non Political Consultations between the Ministry of Foreign "
            "Affairs of Namibia and the Ministry of Foreign Affairs of Zambia.")
    recs = extract_text(text, issuer="NAM", date="2024-05-03").records
    assert [r.type for r in recs if r.type in ("meeting", "consultation")] == ["meeting"]
