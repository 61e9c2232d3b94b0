"""A meeting told, then quoted from the other side's post or statement ("On social media,
the Secretary General wrote: “A productive meeting with the Foreign Minister of
Guatemala.”") is one meeting; a quote about a meeting with someone else stays
(sentences of our own)."""

from __future__ import annotations

import pytest

_TOLD = "On Monday the Minister met the Secretary General of the OAS in Washington. "


@pytest.mark.parametrize("quote", [
    "On social media, the Secretary General of the OAS wrote: “A productive meeting with the "
    "Foreign Minister of Guatemala.”",
    "Through social media, the OAS Secretary General shared, “A very good meeting with the "
    "Foreign Minister of Guatemala.”",
    "The Secretary General of the OAS later posted: \"Excellent meeting with the Minister of "
    "Foreign Affairs of Guatemala.\"",
    "The OAS Secretary General tweeted, “Fruitful meeting with my friend the Foreign Minister "
    "of Guatemala.”",
])
def test_a_meeting_quoted_again_is_one(ex, quote):
    recs = ex(_TOLD + quote, issuer="GTM", date="2024-03-06", types={"meeting"})
    assert len(recs) == 1


def test_a_quote_about_a_meeting_with_someone_else_stays(ex):
    text = (_TOLD + "On social media, the Secretary General of the OAS wrote: “A productive "
            "meeting with the Foreign Minister of Chile.”")
    recs = ex(text, issuer="GTM", date="2024-03-06", types={"meeting"})
    assert len(recs) == 2


def test_a_new_meeting_told_after_a_post_stays():
    from communique.extract import extract_text
    text = (_TOLD + "On social media, the Minister wrote that she then met the Secretary "
            "General of the OAS again on Tuesday.")
    recs = extract_text(text, issuer="GTM", date="2024-03-06").records
    assert len([r for r in recs if r.type == "meeting"]) == 2
