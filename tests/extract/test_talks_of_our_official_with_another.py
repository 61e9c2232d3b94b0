"""Talks or meetings named by the official who held them and then the one met ("the
talks of the President with the Prime Minister of A took place", "was the main topic
at meetings of the Minister with ..."), with "talks" and the plural as well as "the
meeting of"; a headline with no article and a body's sitting stay none (texts of our
own)."""

from __future__ import annotations

import pytest

from .probe_support import event, probe, records

_CASES = [
    probe(("The talks of the President with the Prime Minister of Latvia took place on "
           "June 4.", "TKM"), (event("meeting", "TKM", "LVA", "2023-06-04"),)),
    probe(("On 12 May the talks of the President with the Emir of Qatar were held in "
           "Baku.", "AZE"), (event("meeting", "AZE", "QAT", "2023-05-12"),)),
    probe(("Trade was the main topic at meetings of the Chairman with the Prime Minister "
           "of Latvia on June 4.", "TKM"), (event("meeting", "TKM", "LVA", "2023-06-04"),)),
    probe(("Energy was on the agenda during talks of the Foreign Minister with his "
           "Estonian counterpart on 9 May.", "FIN"),
          (event("meeting", "FIN", "EST", "2023-05-09"),)),
    probe(("Water issues became the focus in talks of the Minister with the Ambassador "
           "of Iran, held on 2 March.", "UZB"), (event("meeting", "UZB", "IRN", "2023-03-02"),)),
    probe(("Meetings of the President with the Prime Minister of Latvia.", "TKM"), ()),
    probe(("Trade was the main topic at talks of the Council of Ministers with the "
           "President of the Bank on June 4.", "TKM"), ()),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_talks_of_one_official_with_another(text: str, issuer: str,
                                            expected: list[tuple]) -> None:
    assert records(text, issuer, {"meeting"}, date="2023-07-11") == expected
