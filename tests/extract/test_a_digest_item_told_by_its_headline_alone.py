"""A digest (a news listing) whose items open with their date gives some items a body
and others only a headline. A dated headline with no body under it (the next line
another dated item, past a separator line, or the end of the text) is the only
telling of its event and is read, on the item's day; a headline with a body, and a
readout's dated title, still give no record of their own (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, event, probe, records

_LISTING = ("Ministry news in brief\n-\n09.11.2021Minister Lee visits Lima\n-\n"
            "08.11.2021Deputy Minister Kim in Quito\nOn 7 November, Deputy Minister Kim held "
            "talks in Quito with Foreign Minister Ana Soto of Ecuador.\n-\n"
            "05.11.2021Statement on summoning the chargé d'affaires of Iran to the MFA\n-\n"
            "04.11.2021Foreign Ministry statement on the floods in Bolivia\n")

_CASES = [
    probe((_LISTING, "KOR"), (event("visit", "KOR", "PER", "2021-11-09"),
                              event("meeting", "KOR", "ECU", "2021-11-07"),
                              event("meeting", "KOR", "IRN", "2021-11-05"))),
    probe(("Weekly digest\n\n12 May 2021 – The Minister receives the Ambassador of Chile\n\n"
           "13 May 2021 – The Minister meets students\n\n14 May 2021 – Deputy Minister "
           "visits Mexico\n\n15 May 2021 – Statement on the elections in Peru", "ARG"),
          (event("meeting", "ARG", "CHL", "2021-05-12"),
           event("visit", "ARG", "MEX", "2021-05-14"))),
    probe(("News round-up\n\nMay 3, 2021 | Foreign Minister holds talks with Swedish "
           "counterpart\n|\nMay 2, 2021 | Minister visits Estonia\nThe Minister arrived in "
           "Tallinn on 2 May for a working visit.\n|\nApril 30, 2021 | New consulate "
           "opens in Oslo", "FIN"),
          (event("meeting", "FIN", "SWE", "2021-05-03"),
           event("visit", "FIN", "EST", "2021-05-02"))),
    # a headline with a body: the body's event, once
    probe(("Ministry news in brief\n-\n09.11.2021Minister Lee visits Lima\nOn 9 November "
           "Minister Lee arrived in Lima for a visit.\n-\n08.11.2021Minister Lee receives "
           "students\n-\n07.11.2021Statement on Bolivia\n-\n06.11.2021Statement on the "
           "floods", "KOR"), (event("visit", "KOR", "PER", "2021-11-09"),)),
    # a readout under a dated title: the title gives no record of its own
    probe(("09.11.2021 Minister Lee visits Lima\n\nMinister Lee on Tuesday arrived in "
           "Lima and met the Foreign Minister of Peru.", "KOR"),
          (event("meeting", "KOR", "PER", "2021-11-09"),
           event("visit", "KOR", "PER", "2021-11-09"))),
    probe(("09.11.2021 Minister Lee receives the Ambassador of Chile\n\nMinister Lee on "
           "Tuesday received the Ambassador of Peru.", "KOR"),
          (event("meeting", "KOR", "PER", "2021-11-09"),)),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_a_digest_item_told_by_its_headline_alone(text: str, issuer: str,
                                                  expected: list[tuple]) -> None:
    assert records(text, issuer, CORE, date="2021") == expected
