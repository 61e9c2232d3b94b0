"""Two constructions of talks told in the passive, the partners after the verb or
before it: views exchanged ("Views were exchanged on regional issues between the
Minister and the Ambassador of Egypt", "views were exchanged with the Foreign Minister
of Ghana") and bilaterals held ("Bilaterals with Spain and France were held on the
margins of the summit", "Separate bilaterals with ... took place") are meetings;
views exchanged with no one named, among experts, or bilaterals to come are not
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Abuja, 3 May 2024. Views were exchanged on regional issues between the Minister and "
     "the Ambassador of Egypt on 2 May.", "NGA",
     [event("meeting", "NGA", "EGY", "2024-05-02")]),
    ("Abuja, 3 May 2024. On 2 May views were exchanged with the Foreign Minister of Ghana "
     "on trade.", "NGA", [event("meeting", "NGA", "GHA", "2024-05-02")]),
    ("Abuja, 3 May 2024. Opinions were also exchanged between the delegations of Nigeria "
     "and Benin.", "NGA", [event("meeting", "NGA", "BEN", "2024-05-03")]),
    ("Lisbon, 8 May 2023. Bilaterals with Spain and France were held on the margins of "
     "the summit on 7 May.", "PRT",
     [event("meeting", "PRT", "ESP", "2023-05-07"),
      event("meeting", "PRT", "FRA", "2023-05-07")]),
    ("Lisbon, 8 May 2023. Separate bilaterals with the foreign ministers of Brazil and "
     "Angola took place on 7 May.", "PRT",
     [event("meeting", "PRT", "AGO", "2023-05-07"),
      event("meeting", "PRT", "BRA", "2023-05-07")]),
])
def test_talks_told_in_the_passive(text, issuer, expected):
    assert records(text, issuer, CORE) == expected


@pytest.mark.parametrize(("text", "issuer"), [
    ("Abuja, 3 May 2024. Views were exchanged on regional issues.", "NGA"),
    ("Abuja, 3 May 2024. Views were exchanged between experts on the draft.", "NGA"),
    ("Lisbon, 8 May 2023. Bilaterals with Italy and Greece will be held next week.", "PRT"),
])
def test_no_meeting(text, issuer):
    assert [r for r in records(text, issuer, CORE)] == []
