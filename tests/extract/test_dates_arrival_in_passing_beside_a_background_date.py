"""An arrival told in passing ("X, who landed in Seoul on Wednesday, and her host
reviewed the agreement, which entered into force in April 2004") dates the visit
only, even when the sentence names another, older time as background: the next
sentences ("The two ministers also signed ...", "Earlier in the day ...") go on
with the day told before, not with the arrival's (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

OPENING = ("The Foreign Minister of Chile held talks with her Korean counterpart in Seoul "
           "on Thursday, the ministry said on Friday.\n\n")


def _brief(text: str, issuer: str = "CHL") -> list[tuple[str, list[str], str | None]]:
    return [(r.type, r.from_ + r.to, r.date.start)
            for r in extract_text(text, issuer=issuer, date="2025-05-16").records]


@pytest.mark.parametrize("aside", [
    "The minister, who landed in Korea on Wednesday for a four-day official visit, and her "
    "host reviewed the free trade agreement, which entered into force in April 2004.",
    "Ms Lopez, who had arrived in Seoul on Wednesday evening, and Minister Cho took stock of "
    "relations, which were upgraded last year.",
    "The Chilean minister, who arrived in the Korean capital on Wednesday, and her counterpart "
    "recalled the partnership launched in 2019.",
])
@pytest.mark.parametrize("next_sentence", [
    "The two ministers also signed a memorandum of understanding on critical minerals.",
    "Earlier in the day, she paid a courtesy call on the Prime Minister.",
])
def test_the_arrival_day_is_not_carried_past_a_background_date(aside, next_sentence):
    recs = _brief(OPENING + aside + "\n\n" + next_sentence)
    assert [d for t, _, d in recs if t == "visit"] == ["2025-05-14"]
    assert recs[-1][2] == "2025-05-15"
    assert recs[-1][0] in ("agreement", "meeting")


def test_a_main_clause_with_its_own_day_is_still_carried():
    text = ("The Foreign Minister of Chile, who landed in Seoul on Tuesday, held talks with her "
            "Korean counterpart on Wednesday, the year after the partnership of 2024.\n\n"
            "The two ministers also signed a memorandum of understanding on critical minerals.")
    recs = _brief(text)
    assert recs[-1] == ("agreement", ["CHL", "KOR"], "2025-05-14")


def test_an_arrival_in_the_main_clause_still_carries_its_day():
    text = (OPENING + "The minister arrived in Busan on Friday morning, as in May 2023.\n\n"
            "She also paid a courtesy call on the Mayor of Busan and met the Prime Minister.")
    assert [d for t, _, d in _brief(text) if t == "meeting"][-1] == "2025-05-16"
