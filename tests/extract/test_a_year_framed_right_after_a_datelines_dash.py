"""A lead that makes a past year its frame just after a dateline's dash ("OSLO - The
year 2021 was a demanding one for our diplomacy", "NAIROBI — 2022 was a year of ...",
"ACCRA – In 2019, Ghana opened ...") frames a review of that year as a lead opening its
own line does: the undated events after it take that year, not the day the text was
published. A year ahead, or a past year told as background of a readout, frames none
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dates(text: str, issuer: str, date: str) -> list[tuple[str, str | None]]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((r.type, r.date.start) for r in recs
                  if r.type in ("meeting", "visit", "agreement"))


@pytest.mark.parametrize(("text", "issuer", "date", "year"), [
    ("Diplomacy at work\n\nJanuary 3, 2022\n\nOSLO - The year 2021 was a demanding one for "
     "Norwegian diplomacy.\n\nThe Foreign Minister visited Kenya and signed an agreement "
     "with Ghana.", "NOR", "2022-01-03", "2021"),
    ("A look back\n\nNAIROBI — 2022 was a year of renewed partnerships for Kenya.\n\nThe "
     "Cabinet Secretary held talks with the Foreign Minister of Peru.", "KEN", "2023-01-05",
     "2022"),
    ("Results\n\nACCRA – In 2019, Ghana opened two embassies in Asia.\n\nThe Minister "
     "visited Japan and met the Foreign Minister of Korea.", "GHA", "2020-01-20", "2019"),
    ("From the Ministry\n\nLIMA (Agency) - The year 2020 has been a hard year for foreign "
     "relations.\n\nThe Minister visited Chile.", "PER", "2021-01-02", "2020"),
])
def test_the_year_framed_after_the_dash_dates_the_events(text: str, issuer: str, date: str,
                                                          year: str) -> None:
    got = _dates(text, issuer, date)
    assert got and all(d == year for _t, d in got)


@pytest.mark.parametrize(("text", "issuer", "date", "expected"), [
    # a year ahead frames nothing
    ("ROME - The year 2025 will be one of the presidency. The Minister met the Foreign "
     "Minister of Malta today.", "ITA", "2024-10-10", [("meeting", "2024-10-10")]),
    # a past year as the background of a readout, not its frame
    ("MADRID - The Minister met the Foreign Minister of Chile today. In 2023, trade "
     "between the two countries grew by a fifth.", "ESP", "2024-06-03",
     [("meeting", "2024-06-03")]),
])
def test_no_frame(text: str, issuer: str, date: str, expected: list) -> None:
    assert _dates(text, issuer, date) == expected
