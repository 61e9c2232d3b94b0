"""A sentence opened by the occasion told before ("On the margins of the debate",
"Within the framework of the Forum", "In the framework of the conference") takes
the day that occasion was told with, also when the occasion is named by a common
noun or its day was written before its name, and not the time of a fact told in
between (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

DEBATE = ("Oslo, 28 July 2025\n\nThe Minister is back from New York, where she took part "
          "in the open debate of the Security Council on Tuesday, 22 July. Norway, which "
          "was elected in June to chair the committee, will take up the post in January. ")
FORUM = ("Review of the year 2024\n\nOn 9 October, an international conference on water "
         "was held in Dushanbe with the participation of several heads of state. ")


def _meetings(text: str, date: str, issuer: str = "NOR") -> list[tuple[str, str]]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((r.to[0], r.date.start or "") for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize(("text", "date", "issuer", "met"), [
    (DEBATE + "On the margins of the debate, the Minister met her counterpart from Ghana.",
     "2025-07-28", "NOR", [("GHA", "2025-07-22")]),
    (DEBATE + "On the sidelines of the debate, she held talks with the Foreign Minister of "
     "Peru.", "2025-07-28", "NOR", [("PER", "2025-07-22")]),
    (FORUM + "Within the framework of the conference, the President held talks with the "
     "President of Kenya.", "2024", "TJK", [("KEN", "2024-10-09")]),
    (FORUM + "In the framework of the conference, the President received the Prime Minister "
     "of Nepal.", "2024", "TJK", [("NPL", "2024-10-09")]),
])
def test_the_occasion_named_again_gives_its_day(text, date, issuer, met):
    assert _meetings(text, date, issuer) == met


@pytest.mark.parametrize(("text", "date", "issuer", "met"), [
    # the sentence's own day wins
    (DEBATE + "On the margins of the debate, on 23 July, the Minister met her counterpart "
     "from Ghana.", "2025-07-28", "NOR", [("GHA", "2025-07-23")]),
    # an occasion never told before: nothing to look back to
    (FORUM + "Within the framework of the forum, the President met the President of Kenya.",
     "2024", "TJK", [("KEN", "2024")]),
    # a framework that is a treaty, not an occasion, has no day
    ("Review of the year 2024\n\nIn March 2024 the two sides signed a framework agreement "
     "on trade. Within the framework of the agreement, the President received the Prime "
     "Minister of Nepal.", "2024", "TJK", [("NPL", "2024")]),
])
def test_no_day_from_an_occasion_not_told(text, date, issuer, met):
    assert _meetings(text, date, issuer) == met
