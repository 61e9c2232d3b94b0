"""The time in a relative clause that says what a signed text does (", which adds
EUR 5 million this year", ", which provides for joint patrols from next year") is
the text's, not the day of the signing (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize("text", [
    "In Kyiv, we signed a memorandum on demining with Ukraine, which adds another 5 "
    "million euros this year.",
    "The Minister and the Foreign Minister of Kenya signed an agreement on fisheries, "
    "which provides for joint patrols from next year.",
    "Georgia and Chile signed a programme of cultural exchanges in Tbilisi, which "
    "covers the academic year 2024.",
    "The two ministers signed a memorandum on scholarships for Chilean students, which "
    "will fund 40 places in 2024.",
])
def test_the_time_of_what_the_text_does_is_not_the_signing_day(ex, text):
    got = ex(text, date=_DAY, types=["agreement"])
    assert [g[3] for g in got] == [_DAY]


def test_a_relative_clause_that_tells_an_event_keeps_its_day(ex):
    # the clause tells when something was held: still that occasion's own day
    text = ("The Minister received the Foreign Minister of Kenya, who arrived in Tbilisi "
            "on Monday, and signed an agreement on visas with him on Tuesday.")
    got = ex(text, date=_DAY, types=["agreement"])
    assert [g[3] for g in got] == ["2024-09-10"]
