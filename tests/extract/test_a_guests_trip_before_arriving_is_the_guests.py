"""A guest's arrival told with the trip before it ("A reached our capital after two days in
Ukraine, where he saw President B and went on to Odesa"): the earlier trip, and what was
done on it in a where-clause whose subject is a pronoun, are the guest's (from the
guest's country), not the issuer's. The issuer's own arrival after a trip keeps the
issuer as before (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_FIRST = "The Minister met the Foreign Secretary of the United Kingdom, Ann Rowe, in Chisinau. "


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    recs = extract_text(text, issuer="MDA", date="2023-11-17").records
    return sorted((r.type, r.from_, r.to) for r in recs if r.type in ("visit", "meeting"))


_MET = ("meeting", ["MDA"], ["GBR"])
_CAME = ("visit", ["GBR"], ["MDA"])


@pytest.mark.parametrize(("text", "expected"), [
    (_FIRST + "Rowe arrived in Moldova after a three-day visit to Ukraine, where she held "
     "talks with President Ivan Bondar and went on to the Odesa region.",
     [_MET, _CAME, ("visit", ["GBR"], ["UKR"]), ("meeting", ["GBR"], ["UKR"])]),
    (_FIRST + "She came to Moldova after a visit to Romania, where she met the Romanian "
     "Prime Minister.",
     [_MET, _CAME, ("visit", ["GBR"], ["ROU"]), ("meeting", ["GBR"], ["ROU"])]),
    (_FIRST + "The Foreign Secretary arrived in Chisinau following her trip to Poland.",
     [_MET, _CAME, ("visit", ["GBR"], ["POL"])]),
    (_FIRST + "Rowe travelled to Moldova after an official visit to Georgia, where she also "
     "held talks with the Georgian Foreign Minister.",
     [_MET, _CAME, ("visit", ["GBR"], ["GEO"]), ("meeting", ["GBR"], ["GEO"])]),
])
def test_the_guests_earlier_trip(text: str, expected: list) -> None:
    assert _events(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the issuer's own arrival after a trip: the issuer's trip and talks
    ("The Minister arrived in Paris after a visit to Spain, where he met the Spanish Prime "
     "Minister.",
     [("meeting", ["MDA"], ["ESP"]), ("visit", ["MDA"], ["ESP"]), ("visit", ["MDA"], ["FRA"])]),
    # a guest told before, then the issuer's own trip in a new sentence
    (_FIRST + "The Minister later paid a visit to Spain, where he met the Spanish Prime "
     "Minister.",
     [_MET, ("meeting", ["MDA"], ["ESP"]), ("visit", ["MDA"], ["ESP"])]),
])
def test_the_issuers_own_trip(text: str, expected: list) -> None:
    assert _events(text) == sorted(expected)
