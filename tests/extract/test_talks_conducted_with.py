"""Talks "conducted" with a counterpart ("conducted discussions with President A of B",
"conducted in-depth discussions with the Foreign Minister of C") are a meeting; a survey
conducted with students is none (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Accra, 12 May 2023\n\n"


@pytest.mark.parametrize(("text", "side"), [
    ("President Akufo-Addo conducted discussions with President Ruto of Kenya on Thursday.",
     "KEN"),
    ("President Akufo-Addo conducted discussions with President Ruto of Kenya, who is the "
     "Chair of the East African Community, on Thursday.", "KEN"),
    ("The Minister, who is in Lome, conducted in-depth discussions with the Foreign Minister "
     "of Togo on Thursday.", "TGO"),
    ("The delegation conducted extensive negotiations with the Nigerian side on Thursday.",
     "NGA"),
    ("On Thursday the Foreign Minister conducts bilateral talks with her Ivorian counterpart "
     "in Abidjan.", "CIV"),
])
def test_talks_conducted_with_a_counterpart_are_a_meeting(ex, text, side):
    got = ex(HEAD + text, issuer="GHA", date="2023-05-12", types=["meeting"])
    assert got == [("meeting", ("GHA",), (side,), "2023-05-11")]


def test_a_survey_conducted_is_no_meeting(ex):
    text = HEAD + "The Ministry conducted a survey with the students of the university."
    assert ex(text, issuer="GHA", date="2023-05-12", types=["meeting"]) == []
