"""A post's sentence that ends on emoji or flags after its full stop is a
sentence, not a heading ("... on his first official visit to Israel. 🇮🇱🇵🇾"); a
short title line that ends on emoji stays a title (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Ana Torres (@anatorres_mfa)\nMay 4, 2025\n\n"


@pytest.mark.parametrize("tail", ["🇵🇪🇨🇱", "🤝", "🇵🇪 🇨🇱", "👏👏", "✅"])
def test_a_post_sentence_ending_on_emoji_is_read(ex, tail):
    text = HEAD + ("Today in Lima I met with the Foreign Minister of Chile, who is on his "
                   f"first official visit to Peru. {tail}\n\nWe signed a memorandum on "
                   "consular cooperation.")
    recs = ex(text, issuer="PER", date="2025-05-04")
    assert recs == [("agreement", ("PER",), ("CHL",), "2025-05-04"),
                    ("meeting", ("PER",), ("CHL",), "2025-05-04"),
                    ("visit", ("CHL",), ("PER",), "2025-05-04")]


def test_a_title_ending_on_emoji_stays_a_title(ex):
    text = ("Minister meets Chilean counterpart 🇵🇪🇨🇱\n\nThe Minister met the Foreign "
            "Minister of Chile in Lima today.")
    recs = ex(text, issuer="PER", date="2025-05-04")
    assert recs == [("meeting", ("PER",), ("CHL",), "2025-05-04")]
