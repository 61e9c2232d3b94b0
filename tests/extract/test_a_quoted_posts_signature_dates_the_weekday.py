"""A text with no dateline that quotes a social-media post, the post's signature line
below it ("— Ministry of Foreign Affairs (@handle) March 3, 2023"), names the day of
the post: a bare weekday of the text ("met this Friday", "on Tuesday") that falls on
that day is that day. A signature of another weekday, or a date line with no handle,
dates nothing (sentences of our own; the texts are long enough that no date opens or
closes them)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_FILLER = ("The ministers reviewed the state of trade, energy links, transport corridors, "
           "student exchanges and the fight against organised crime, and they agreed that "
           "their officials should keep in close touch in the months to come. ")


def _text(lead: str, signature: str) -> str:
    return (lead + " " + _FILLER + "\n" + _FILLER + _FILLER + "\n"
            + "The two sides praised their long friendship.\n" + signature + "\n"
            + _FILLER + _FILLER)


def _meetings(text: str, issuer: str) -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date="2023").records
    return sorted((tuple(r.from_), tuple(r.to), r.date.start)
                  for r in recs if r.type == "meeting")


@pytest.mark.parametrize(("lead", "signature", "issuer", "expected"), [
    ("Foreign Minister Ana Ruiz met this Friday with her counterpart from Peru.",
     "– Foreign Ministry of Chile (@MinRelChile) March 3, 2023", "CHL",
     [(("CHL",), ("PER",), "2023-03-03")]),
    ("On Tuesday the Minister held talks with the Foreign Minister of Ghana.",
     "— Ministry of Foreign Affairs (@KenyaMFA) 14 March 2023", "KEN",
     [(("KEN",), ("GHA",), "2023-03-14")]),
    ("The Minister received the Ambassador of Japan Wednesday at the Ministry.",
     "- Lars Berg (@LarsBergNO) May 10, 2023", "NOR",
     [(("NOR",), ("JPN",), "2023-05-10")]),
    ("This Monday the Deputy Minister met the Secretary of State of Portugal.",
     "— MFA Spain 🇪🇸 (@SpainMFA) June 5, 2023.", "ESP",
     [(("ESP",), ("PRT",), "2023-06-05")]),
])
def test_the_weekday_takes_the_posts_day(lead, signature, issuer, expected):
    assert _meetings(_text(lead, signature), issuer) == expected


@pytest.mark.parametrize(("lead", "signature", "issuer", "expected"), [
    # the post's day is a Thursday: "this Friday" stays at the year
    ("Foreign Minister Ana Ruiz met this Friday with her counterpart from Peru.",
     "– Foreign Ministry of Chile (@MinRelChile) March 2, 2023", "CHL",
     [(("CHL",), ("PER",), "2023")]),
    # a line naming a day in passing, no post's signature (no handle): no day either
    ("Foreign Minister Ana Ruiz met this Friday with her counterpart from Peru.",
     "The embassy first opened its doors on March 3, 2023.", "CHL",
     [(("CHL",), ("PER",), "2023")]),
])
def test_no_day_without_a_signature_on_that_weekday(lead, signature, issuer, expected):
    assert _meetings(_text(lead, signature), issuer) == expected
