"""A lead that lists the counterparts met, then a sentence with no day of its own that
tells the talks with one of them ("later talked with the Malian Foreign Minister", "In
Lima he later met with Chile's Foreign Minister"): that meeting told in detail, not a
second one; "also" or a day of its own still makes another (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize(("text", "issuer", "date", "to"), [
    ("CAIRO - On Tuesday the Foreign Minister met with his Kenyan, Ghanaian and Malian "
     "counterparts on the sidelines of the AU ministerial meeting. The Minister later "
     "talked with Malian Foreign Minister Abdoulaye Diop about the security situation.",
     "EGY", "2024-02-14", ["GHA", "KEN", "MLI"]),
    ("On 12 March 2023 the Foreign Minister met the foreign ministers of Peru, Chile and "
     "Bolivia in Lima. He later discussed trade with the Chilean Foreign Minister.",
     "ARG", None, ["BOL", "CHL", "PER"]),
    ("On 5 June 2022 the Minister held bilateral meetings with her counterparts from "
     "Norway and Iceland in Oslo. She then met with the Icelandic Foreign Minister to "
     "review fisheries ties.", "DNK", None, ["ISL", "NOR"]),
    ("The Foreign Minister met on 9 May 2021 with the Saudi and Omani ministers at the "
     "Arab League meeting. Later the Minister met Oman's Foreign Minister Badr Albusaidi, "
     "and the two signed a visa agreement.", "JOR", None, ["OMN", "SAU"]),
])
def test_one_meeting_with_each_listed(text: str, issuer: str, date: str | None,
                                      to: list[str]) -> None:
    got = records(text, issuer, {"meeting"}, date=date)
    assert sorted(r[2][0] for r in got) == to


def test_also_met_is_another_meeting() -> None:
    got = records("On 12 March 2023 the Foreign Minister met the foreign ministers of "
                  "Peru and Chile in Lima. He also met with the President of Chile.",
                  "ARG", {"meeting"})
    assert sorted(r[2][0] for r in got) == ["CHL", "CHL", "PER"]
