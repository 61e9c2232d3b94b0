"""The issuer's own envoy abroad as the subject ("The Ambassador of Togo to Germany
presented on 28 May her letters of credence to the Federal President", "The chargé
d'affaires a.i. of the Embassy of Togo in Nigeria had a working session on 29 May
with ...") meets the country of posting; the envoy as the one met is no partner
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(r.to), r.date.start)
            for r in extract_text(text, issuer="TGO", date="2025-06-02").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "host", "day"), [
    ("The Ambassador of Togo to the Republic of Ghana, Mrs. Ama Dzifa, presented on 28 May "
     "2025 her letters of credence to the President of the Republic.", "GHA", "2025-05-28"),
    ("The Chargé d'affaires a.i. of the Embassy of Togo in Benin, Mr. Koffi Ablam, had a "
     "working session on 29 May with the Director of Consular Affairs.", "BEN", "2025-05-29"),
    ("Our Ambassador to Senegal presented her letters of credence to the President on "
     "Tuesday.", "SEN", "2025-05-27"),
    ("The High Commissioner of Togo in Nigeria met the Minister of Trade on 29 May.", "NGA",
     "2025-05-29"),
])
def test_our_envoy_meets_the_country_of_posting(text, host, day):
    assert _meetings(text) == [((host,), day)]


@pytest.mark.parametrize("text", [
    # our own envoy as the one met: no meeting with anyone
    "The Minister met the Ambassador of Togo to Ghana on 29 May.",
    "The Minister received on 29 May the Chargé d'affaires a.i. of the Embassy of Togo in "
    "Benin before his departure.",
])
def test_our_envoy_met_at_home_is_no_partner(text):
    assert _meetings(text) == []
