"""A weekday written as a run-in heading at the head of a paragraph ("Monday. The
State Secretary received ...", "Thursday: the Minister spoke by phone ...", "Friday –
...") dates that paragraph's items within the week the digest covers, as a heading on
its own line does; each item keeps its own partners (none carried from the item
before). A weekday that opens a sentence ("Monday's talks ...", "On Monday ...") is no
such heading A country named in what the occasion was "devoted to" or "dedicated to" is no guest
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

DIGEST = "\n\n".join([
    "The week at the ministry: 2 to 6 June 2025",
    "Monday. The State Secretary and Kenya's Deputy Foreign Minister co-chaired in Madrid a "
    "round of Spanish-Kenyan political consultations.",
    "Tuesday. The Minister hosted the foreign ministers of Portugal and Italy for a working "
    "dinner in Madrid devoted to support for Ukraine.",
    "Thursday. The Minister addressed the Senate and later spoke by telephone with the "
    "Secretary of State of the United States.",
    "Friday. The Director of Protocol received copies of the credentials of the new "
    "Ambassador of Chile.",
]) + "\n"


def _brief(text: str, date: str = "2025-06-06") -> list[tuple[str, list[str], str]]:
    recs = extract_text(text, issuer="ESP", date=date).records
    return [(r.type, r.to, r.date.start or "") for r in recs if r.type != "multilateral"]


@pytest.mark.parametrize("mark", [".", ":", " –"])
def test_run_in_weekday_headings_date_their_paragraphs(mark):
    text = DIGEST.replace("day. ", "day" + mark + " ")
    assert _brief(text) == [
        ("consultation", ["KEN"], "2025-06-02"),
        ("meeting", ["PRT", "ITA"], "2025-06-03"),
        ("call", ["USA"], "2025-06-05"),
        ("meeting", ["CHL"], "2025-06-06"),
    ]


def test_a_weekday_opening_a_sentence_is_no_heading():
    text = ("The Minister of Foreign Affairs of Spain held talks in Madrid with her Chilean "
            "counterpart on Thursday.\n\nMonday's round of consultations with Kenya was held "
            "in Nairobi.")
    recs = _brief(text, "2025-06-06")
    assert ("consultation", ["KEN"], "2025-06-02") in recs
    assert ("meeting", ["CHL"], "2025-06-05") in recs
