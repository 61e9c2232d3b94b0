"""An occasion used to discuss something ("took the opportunity to discuss trade with
his counterpart") is a meeting with whom the "with" names; a "with" that belongs to
the topic ("to discuss bilateral relations with Guatemala", "cooperation with
Peru") names no one talked with (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The President and the visiting Secretary-General took the chance to discuss regional "
    "security and their relations with Guatemala.",
    "The Minister used the occasion to discuss the border and relations with Guatemala.",
    "Both leaders seized the chance to discuss economic cooperation with Guatemala and "
    "the region.",
    "The two sides used the meeting to discuss their ties with Guatemala.",
])
def test_the_topics_country_is_no_partner(ex, text):
    assert ex(text, issuer="HND", date="2024-02-01", types=["meeting"]) == []


@pytest.mark.parametrize("text", [
    "The Minister used the platform to discuss trade with his counterparts from Kenya "
    "and Ghana.",
    "The President took the opportunity to discuss relations with the Foreign Minister "
    "of Ghana and with his counterpart from Kenya.",
])
def test_a_with_that_names_people_is_still_a_meeting(ex, text):
    got = ex(text, issuer="HND", date="2024-02-01", types=["meeting"])
    assert got == [("meeting", ("HND",), ("GHA",), "2024-02-01"),
                   ("meeting", ("HND",), ("KEN",), "2024-02-01")]
