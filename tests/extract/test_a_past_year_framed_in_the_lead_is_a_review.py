"""A text whose lead makes a past year its frame is a review of that year, whatever its
title: "The year 2021 has been ..." / "2021 was a year of ..." (the year as the subject),
or "In 2021, Chile opened ..." under a dateline of a later year (the issuer's year as
the scene). Its undated events take the reviewed year, not the day it was published; a
readout that mentions a past year as background stays a readout (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _core(text: str, issuer: str, date: str) -> list[tuple[str, list[str], str | None]]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((r.type, r.to, r.date.start) for r in recs
                  if r.type in ("meeting", "visit", "agreement"))


@pytest.mark.parametrize(("text", "issuer", "date", "expected"), [
    # the year as the scene, under a dateline of the year after
    ("Our place in the world\n\nSantiago, May 4, 2022.- A year of renewed ties lifted the "
     "standing of the country abroad.\n\nIn 2021, Chile maintained relations with 180 "
     "States and opened two embassies.\n\nThe Ministry signed agreements with Peru and "
     "Bolivia on border crossings.", "CHL", "2022",
     [("agreement", ["BOL"], "2021"), ("agreement", ["PER"], "2021")]),
    ("Lima, 20 March 2023 - Foreign policy summary\n\nDuring 2022, we opened new "
     "markets for our exporters.\n\nThe Foreign Minister visited Japan.\n\nThe "
     "Ministry signed an agreement with Korea.", "PER", "2023",
     [("agreement", ["KOR"], "2022"), ("visit", ["JPN"], "2022")]),
    # the year as the subject
    ("A message from the Minister\n\nThe year 2020 has been a demanding one for our "
     "service. We signed an agreement with Ghana and the Minister visited Senegal.",
     "CIV", "2020", [("agreement", ["GHA"], "2020"), ("visit", ["SEN"], "2020")]),
    ("Looking back\n\nOslo, 15 January 2025. 2024 was a year of hard work for Norwegian "
     "diplomacy. The Minister visited Kenya. In Oslo, he met the Foreign Minister of "
     "Brazil.",
     "NOR", "2025", [("meeting", ["BRA"], "2024"), ("visit", ["KEN"], "2024")]),
])
def test_a_past_year_frames_a_review(text: str, issuer: str, date: str,
                                     expected: list) -> None:
    assert _core(text, issuer, date) == sorted(expected)


@pytest.mark.parametrize(("text", "issuer", "date", "expected"), [
    # a readout: the past year is background, not the issuer's frame
    ("Madrid, June 3, 2024 - The Minister met the Foreign Minister of Chile today.\n\n"
     "In 2023, trade between the two countries grew by a fifth.", "ESP", "2024",
     [("meeting", ["CHL"], "2024-06-03")]),
    # the year as the scene, but the dateline in the same year: a readout
    ("Rome, 10 October 2023 - In 2023, Italy chairs the group. The Minister met the "
     "Foreign Minister of Malta today.", "ITA", "2023",
     [("meeting", ["MLT"], "2023-10-10")]),
    # a year ahead is no frame looked back on
    ("Vienna, 2 February 2024 - The Minister met the Foreign Minister of Slovakia today. "
     "The year 2025 will be one of the presidency.", "AUT", "2024",
     [("meeting", ["SVK"], "2024-02-02")]),
])
def test_background_year_is_no_review(text: str, issuer: str, date: str,
                                      expected: list) -> None:
    assert _core(text, issuer, date) == sorted(expected)
