"""A numbered session of a commission "which was launched on 11 March" is dated by
that day, not by the signing told in the sentence before; a body launched in a year
(no ordinal session) still names when it was made (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

SIGNED = ("The memoranda were signed on Friday, March 15, by Chilean Foreign Minister Ana "
          "Soto and the Deputy Foreign Minister of Kenya Peter Otieno. ")


def _commissions(text: str):
    recs = extract_text("date 2024-03-20 " + SIGNED + text, issuer="CHL",
                        date="2024-03-20").records
    return sorted((tuple(r.to), r.date.start) for r in recs if r.type == "commission")


@pytest.mark.parametrize("text", [
    "After the signing, the Chilean minister said the memoranda crown the Second Joint "
    "Commission of the two countries, which was launched on March 11 in Santiago.",
    "The minister said the texts are the fruit of the first Joint Commission between "
    "Chile and Kenya, which was launched in Santiago on 11 March.",
    "According to the minister, the memoranda came out of the 3rd session of the Joint "
    "Commission, which had been launched on Monday, March 11, in Santiago.",
    "The texts had been prepared at the inaugural meeting of the Joint Commission between "
    "the two countries, that was launched on 11 March in Santiago.",
])
def test_a_numbered_session_launched_on_a_day_takes_that_day(text):
    assert _commissions(text) == [(("KEN",), "2024-03-11")]


def test_a_body_launched_years_ago_does_not_date_its_work():
    text = ("The ministers also met within the Joint Commission between the two countries, "
            "which was launched in May 2010.")
    assert _commissions(text) == [(("KEN",), "2024-03-15")]
