"""Countries named after "shared their points of view on", "compared assessments of" or
"swapped perspectives on" are what the two sides talked about, as after "exchanged
views on": no side of a meeting. A sentence that names the meeting again ("among the
subjects raised during their meeting, both shared ...") then gives no meeting with the
countries of its topic (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str) -> list[tuple]:
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer=issuer, date="2023-05-05").records)


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("The Minister met yesterday with the Foreign Minister of Peru.\n\nAmong the subjects "
     "raised during their meeting, both of them shared their points of view on the "
     "amassing of Iranian troops in and around Iraq.", "CHL", "PER"),
    ("On 4 May the Foreign Secretary received the Foreign Minister of Kenya.\n\nAmong the "
     "issues raised at their meeting, the two compared their assessments of the buildup of "
     "Turkish troops along the border of Syria.", "GBR", "KEN"),
    ("The Prime Minister held talks with the Chancellor of Austria on 4 May.\n\nAmong the "
     "matters covered in their meeting, the leaders swapped perspectives on the massing of "
     "Chinese ships around Taiwan.", "CZE", "AUT"),
    ("Minister Sato met her Indian counterpart on 4 May.\n\nAmong the questions taken up "
     "during their meeting, the ministers shared views on the elections in Bangladesh and "
     "Myanmar.", "JPN", "IND"),
])
def test_countries_after_views_shared_are_topics(text: str, issuer: str,
                                                 partner: str) -> None:
    assert _records(text, issuer) == [("meeting", (issuer,), (partner,), "2023-05-04")]


def test_views_exchanged_with_a_counterpart_keep_the_counterpart() -> None:
    text = ("On 3 May the Minister exchanged views with the Foreign Minister of Peru on the "
            "situation in Venezuela.")
    assert _records(text, "CHL") == [("meeting", ("CHL",), ("PER",), "2023-05-03")]
