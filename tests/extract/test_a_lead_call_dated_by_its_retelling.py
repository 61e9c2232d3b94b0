"""A lead that tells a phone call with no day of its own ("A and B discussed the crisis
over the phone") and the next sentence, past blank lines too, that tells the same call
again with its day and its caller ("Last night, B phoned me", "On Monday the Chilean
minister telephoned her"): one call, on that day, from that caller. A sentence opening
with a capitalised "Last night" or "Tonight" is dated as the lower-case words are. A
call told as another ("again", "a second call") or with another side stays apart
(sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import event, probe, records

_LEAD = ("Foreign Minister Ana Berg and Chilean Foreign Minister Luis Rojas discussed the "
         "drought in the region over the phone.")

_CASES = [
    probe((_LEAD + "\n\n\n\n\"Last night, Minister Rojas phoned me,\" Berg said.", "NOR"),
          (event("call", "CHL", "NOR", "2024-05-07"),)),
    probe((_LEAD + " On Monday the Chilean minister telephoned her.", "NOR"),
          (event("call", "CHL", "NOR", "2024-05-06"),)),
    probe(("Minister Okafor held a telephone conversation with his Ghanaian counterpart on "
           "trade.\n\nYesterday, the Foreign Minister of Ghana called Minister Okafor.",
           "NGA"), (event("call", "GHA", "NGA", "2024-05-07"),)),
    probe(("Last night, the Foreign Minister of Peru phoned the Minister.", "ECU"),
          (event("call", "PER", "ECU", "2024-05-07"),)),
    probe(("Tonight the Minister will call the Foreign Minister of Peru. Earlier, "
           "the Minister met the Ambassador of Peru.", "ECU"), ()),
    # another call
    probe((_LEAD + " \"Last night Minister Rojas phoned me again,\" Berg said.", "NOR"),
          (event("call", "CHL", "NOR", "2024-05-07"), event("call", "NOR", "CHL", "2024-05-08"))),
    # another side
    probe((_LEAD + " Last night, the Foreign Minister of Peru phoned her.", "NOR"),
          (event("call", "NOR", "CHL", "2024-05-08"), event("call", "PER", "NOR", "2024-05-07"))),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_a_lead_call_dated_by_its_retelling(text: str, issuer: str,
                                            expected: list[tuple]) -> None:
    assert records(text, issuer, {"call"}, date="2024-05-08") == expected
