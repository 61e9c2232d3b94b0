"""Talks of several delegations told as a gathering ("led the delegation in the talks
held in Geneva on Saturday", "took part in the negotiations in Vienna on Tuesday"),
then "Before the talks, ..." / "After the negotiations, ...": the day of those talks,
not the dateline's (texts of our own; the document is dated Sunday 13 April 2025)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(r.to, r.date.start) for r in extract_text(text, issuer="NOR", date="2025-04-13")
            .records if r.type == "meeting"]


_LEAD = ("The State Secretary, who returned to Oslo on Sunday morning, said the first round of "
         "talks with Sudan's parties had been constructive.\n\n")


@pytest.mark.parametrize(("opening", "then"), [
    (_LEAD + "The State Secretary led the Norwegian delegation in the multilateral talks "
     "held in Geneva on Saturday afternoon, with the UN envoy chairing.",
     "Before the talks, the State Secretary met with Switzerland's Foreign Minister."),
    (_LEAD + "She took part in the negotiations of the contact group held in Geneva on "
     "Saturday, with the UN envoy chairing.",
     "After the negotiations, she met with the Foreign Minister of Switzerland."),
])
def test_before_or_after_the_talks_is_their_day(opening, then):
    recs = _meetings(opening + "\n\n" + then)
    assert recs[-1][1] == "2025-04-12"
