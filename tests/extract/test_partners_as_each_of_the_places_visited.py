"""A review's sentence that tells visits to several places and then what was done with
"each" of them ("visited Ghana, Kenya and Mozambique, and held summit meetings with the
leaders of each country") gives one meeting (or signing) with each host, on that
visit's date (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

REVIEW = "Diplomatic review of 2023\n\n"


@pytest.mark.parametrize("text, kind, hosts, date", [
    ("In May, the Prime Minister visited Ghana, Kenya and Mozambique, and held summit "
     "meetings with the leaders of each country.", "meeting", ["GHA", "KEN", "MOZ"],
     "2023-05"),
    ("In June the Minister travelled to Chile and Peru, where she met the foreign "
     "ministers of both countries.", "meeting", ["CHL", "PER"], "2023-06"),
    ("The Minister toured Laos, Cambodia and Thailand in March, signing agreements with "
     "all three.", "agreement", ["LAO", "KHM", "THA"], "2023-03"),
    ("In October the President paid visits to Senegal and Mali and held talks with the "
     "heads of state of these countries.", "meeting", ["SEN", "MLI"], "2023-10"),
])
def test_each_host_is_a_partner(text: str, kind: str, hosts: list[str], date: str) -> None:
    got = records(REVIEW + text, "JPN", CORE, date="2023-12-28")
    assert [r for r in got if r[0] == kind] == sorted(event(kind, "JPN", h, date)
                                                        for h in hosts)
    assert [r for r in got if r[0] == "visit"] == sorted(event("visit", "JPN", h, date)
                                                         for h in hosts)

