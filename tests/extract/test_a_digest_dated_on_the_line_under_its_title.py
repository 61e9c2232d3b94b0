"""A digest ("The Week in Review", "Weekly digest") whose date stands alone on the
line under its title is dated by it: its weekdays count back from that day
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "start", "end"), [
    ("The Week in Review\n\nMarch 8, 2024\n\nOn Tuesday and Wednesday, the Minister "
     "visited Nairobi, Kenya.", "2024-03-05", "2024-03-06"),
    ("Weekly digest\n\n8 March 2024\n\nOn Monday, the Minister paid a visit to Lima.",
     "2024-03-04", None),
    ("News in brief\n\n  Friday, 8 March 2024\n\nOn Wednesday the Minister travelled to "
     "Accra.", "2024-03-06", None),
])
def test_weekdays_count_back_from_the_date_under_the_title(text, start, end):
    from communique.extract import extract_text
    recs = [r for r in extract_text(text, issuer="SWE").records if r.type == "visit"]
    assert [(r.date.start, r.date.end) for r in recs] == [(start, end)]


def test_a_date_line_after_the_first_item_is_not_the_digests():
    import datetime as dt

    from communique.extract import _digest_date
    text = "Weekly digest\n\nThe Minister met the Ambassador.\n\n8 March 2024\n"
    assert not _digest_date.dated_under_title(text, dt.date(2024, 3, 8))
