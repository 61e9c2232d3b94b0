"""Non-events: a web page's link to another page ("Related: Joint Statement -
..."), even as the text's last line, and a visit someone was invited to make
("invited President A to pay a State Visit to ... in 2026") (sentences of our
own)."""

from __future__ import annotations

import pytest

LEAD = "The Minister met her Chilean counterpart in Lima today.\n\n"


@pytest.mark.parametrize("line", [
    "Related: Joint Statement – Peru–Chile Leaders' Meeting",
    "See also: Minister meets Bolivian counterpart in La Paz",
    "Read more: Peru and Ecuador sign trade agreement.",
    "Related news: Visit of the President of Chile to Peru",
])
def test_a_link_line_is_no_event(ex, line):
    recs = ex(LEAD + line, issuer="PER", date="2025-07-14")
    assert recs == [("meeting", ("PER",), ("CHL",), "2025-07-14")]


def test_a_sentence_that_opens_on_related_to_is_still_read(ex):
    text = "Related to the talks, the Minister met her Chilean counterpart in Lima today."
    recs = ex(text, issuer="PER", date="2025-07-14")
    assert recs == [("meeting", ("PER",), ("CHL",), "2025-07-14")]


@pytest.mark.parametrize("text", [
    "The President of Peru invited President Boric to pay a State Visit to Peru in 2026, and "
    "the invitation was accepted.",
    "The Minister extended to her Chilean counterpart an invitation to visit Peru in 2026.",
    "President Boluarte renewed her invitation to the President of Chile to make an official "
    "visit to Lima.",
])
def test_a_visit_invited_to_is_no_visit(ex, text):
    assert ex(text, issuer="PER", date="2025-07-14", types={"visit"}) == []


@pytest.mark.parametrize("text", [
    "President Boric paid a State Visit to Peru today at the invitation of President Boluarte.",
    "Invited by President Boluarte, President Boric paid a State Visit to Peru today.",
    "President Boric, who was invited to make an official visit to Peru, arrived in Lima today.",
])
def test_a_visit_made_at_an_invitation_is_a_visit(ex, text):
    recs = ex(text, issuer="PER", date="2025-07-14", types={"visit"})
    assert recs == [("visit", ("CHL",), ("PER",), "2025-07-14")]
