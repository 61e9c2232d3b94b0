"""Offices listed bare after one nationality ("saw the Georgian President,
Prime Minister, Foreign Minister, and Speaker of Parliament"): a head of
state and a head of government are never one person's two titles, so the comma
between them opens a second meeting, as the other offices listed do. A minister's
title after a comma still completes one person's titles ("Deputy Prime Minister,
Minister of Foreign Affairs") (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="GEO", date="2022-04-29").records
    return [(r.from_, r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "n"), [
    ("The Minister is visiting Sofia, where he today held meetings with the Bulgarian "
     "President, Prime Minister, chief diplomat, and National Assembly Speaker.", 4),
    ("In Baku the Foreign Minister met the Azerbaijani President, Prime Minister and "
     "Speaker of the Milli Majlis.", 3),
    ("On Monday the Minister met with the Moldovan President, Prime Minister, and "
     "top diplomat.", 3),
    ("During the visit the Minister called on the Prime Minister, President and Foreign "
     "Minister of Armenia.", 3),
])
def test_one_meeting_per_office(text: str, n: int) -> None:
    met = _meetings(text)
    assert len(met) == n
    assert all(side == (["GEO"], [met[0][1][0]]) for side in met)


@pytest.mark.parametrize(("text", "n"), [
    # one person's titles: a deputy head and a minister
    ("The Minister met the Deputy Prime Minister, Minister of Foreign Affairs of Armenia, "
     "Ararat Mirzoyan.", 1),
    ("The Minister met the Deputy Prime Minister and Minister of Foreign Affairs of "
     "Armenia.", 1),
    # one head named once
    ("The Minister met the Armenian President in Yerevan.", 1),
])
def test_one_persons_titles(text: str, n: int) -> None:
    assert len(_meetings(text)) == n
