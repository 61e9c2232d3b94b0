"""A trip told again in a clause opened by "where" after its place ("The next stop
was Singapore, where he arrived on 3 May"): the place before "where" is the host, not
a traveller to the issuer (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2024-05-10"


@pytest.mark.parametrize("text", [
    "The next stop was Singapore, where he arrived on 3 May.",
    "The first stop of the Minister's Asian tour was Singapore, where he arrived on 3 May.",
    "The last leg of the trip was Singapore, where the Minister arrived on 3 May.",
    "The Minister's final destination was Singapore, where she landed on 3 May.",
])
def test_no_visit_from_the_place(text):
    assert records(text, "TUR", CORE, date=_DAY) == [event("visit", "TUR", "SGP", "2024-05-03")]
