"""An event said to be part of consultations named by a bare plural ("the call came
as part of senior-level consultations between A and B") puts itself in a standing
series: no consultation beside it. A round of consultations told as held, dated, or
named with its determiner is still one (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-15"


@pytest.mark.parametrize("text", [
    "The Minister's visit to Lima came as part of senior-level consultations between Georgia "
    "and Peru, which have grown more frequent since last year.",
    "The talks in Lima came as part of ongoing consultations between the foreign ministries "
    "of Georgia and Peru.",
    "The Minister spoke by phone with the Foreign Minister of Chile on 12 March. The call "
    "came as part of close consultations between Georgia and Chile on the crisis.",
    "Yesterday's meeting of the two deputy ministers in Santiago is part of intensive "
    "consultations between Georgia and Chile on the new trade rules.",
    "The exchange of letters between the two presidents formed part of frequent contacts "
    "between Georgia and Kenya.",
])
def test_an_event_part_of_a_bare_plural_series_adds_no_consultation(ex, text):
    got = ex(text, date=_DAY, types=["consultation"])
    assert got == []


@pytest.mark.parametrize(("text", "partner", "day"), [
    # (the round told with its day, as held, or with its determiner)
    ("The Minister's visit to Lima came as part of senior-level consultations between "
     "Georgia and Peru on 12 March.", "PER", "2024-03-12"),
    ("As part of political consultations held in Lima on 12 March, the deputy ministers "
     "of Georgia and Peru discussed trade.", "PER", "2024-03-12"),
    ("As part of the political consultations between Georgia and Peru, the deputy "
     "ministers discussed trade on 12 March.", "PER", "2024-03-12"),
])
def test_a_round_held_dated_or_named_with_the_stays_a_consultation(ex, text, partner, day):
    got = ex(text, date=_DAY, types=["consultation"])
    assert ("consultation", ("GEO",), (partner,), day) in got
