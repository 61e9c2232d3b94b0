"""A block of short page lines with the date among them ("Monday 5 October 2020" /
"Time in Tbilisi" / "5 October, 10:15") before the title is the
page's date, so the line after it is still the title: its meetings are the body's,
not a second telling (sentences of our own). A post's header ("A B (@handle)" over
its date) is no such block."""

from __future__ import annotations

_TITLE = ("Deputy Foreign Minister Meets British, Japanese, Russian and Indonesian "
          "Ambassadors to Tbilisi\n\n")
_BODY = ("TBILISI – Deputy Foreign Minister Lasha Darsalia this afternoon held separate "
         "talks with the envoys of the United Kingdom, Japan, Russia and Indonesia "
         "accredited to Georgia.")


def test_the_title_after_a_block_of_page_lines_tells_no_second_meeting(ex):
    text = ("Monday 5 October 2020\nTime in Tbilisi\n5 October, 10:15\n\n"
            + _TITLE + _BODY)
    got = ex(text, issuer="GEO", date="2020-10-05", types=["meeting"])
    assert sorted(g[2][0] for g in got) == ["GBR", "IDN", "JPN", "RUS"]


def test_a_posts_header_is_no_page_block(ex):
    text = ("Nino Beridze (@ninoberidze)\nSep 9, 2025\n\nToday in Tbilisi I met with the "
            "Foreign Minister of Paraguay, who is on his first official visit to Georgia. "
            "🇬🇪🇵🇾")
    got = ex(text, issuer="GEO", date="2025-09-09", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("PRY",), "2025-09-09")]
