"""A sentence opened by the close of a session's work ("At the end of the work",
"At the close of the proceedings", "Following the deliberations") takes the
day of the session told before, not a later-told arrival's (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

SESSION = ("On Thursday 6 March 2025 the Minister co-chaired with her Ghanaian counterpart "
           "the third session of the Spain–Ghana Joint Commission in Madrid. The Ghanaian "
           "Minister had arrived in Madrid on 4 March.\n\n")


@pytest.mark.parametrize("opener", [
    "At the end of the work,",
    "At the close of the proceedings,",
    "Following the deliberations,",
    "At the conclusion of the works,",
])
def test_the_close_of_the_work_takes_the_session_day(opener):
    text = SESSION + opener + " the two Ministers signed the Agreed Minutes of the session."
    recs = extract_text(text, issuer="ESP", date="2025-03-07").records
    assert [r.date.start for r in recs if r.type == "agreement"] == ["2025-03-06"]


def test_work_named_with_a_day_of_its_own_keeps_it():
    text = SESSION + ("At the end of the work on 7 March, the two Ministers signed the Agreed "
                      "Minutes of the session.")
    recs = extract_text(text, issuer="ESP", date="2025-03-07").records
    assert [r.date.start for r in recs if r.type == "agreement"] == ["2025-03-07"]
