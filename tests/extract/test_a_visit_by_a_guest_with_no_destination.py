"""A visit named with its visitor after "by" and no destination ("The visit by Ghanaian
President A strengthened our ties", "the state visit by King B of the United Kingdom")
is the visitor's visit to the issuer, as "the visit of" is; with "to" after the visitor
it goes there (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("issuer", "text", "guest", "host"), [
    ("KEN", "The visit by Ghanaian President Mahama strengthened our ties.", "GHA", "KEN"),
    ("KEN", "The visit by the President of Ghana strengthened our ties.", "GHA", "KEN"),
    ("KEN", "The state visit by King Charles of the United Kingdom was a highlight.", "GBR",
     "KEN"),
    ("PER", "Last year's visit by Chilean Foreign Minister Van Klaveren left a lasting mark.",
     "CHL", "PER"),
    ("KEN", "The official visit by the Prime Minister of Japan, his first to Africa, was a "
     "highlight.", "JPN", "KEN"),
    ("KEN", "The visit by the President of Kenya to Ghana in March was a success.", "KEN",
     "GHA"),
])
def test_the_visitor_after_by(issuer: str, text: str, guest: str, host: str) -> None:
    recs = extract_text(text, issuer=issuer, date="2024").records
    assert [(r.from_, r.to) for r in recs if r.type == "visit"] == [([guest], [host])]
