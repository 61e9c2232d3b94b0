"""Bare notes "exchanged on" a matter talked over ("They also exchanged notes on regional
security issues", "exchanging notes on matters of common concern", "exchanged notes on
developments in the region", "on their experiences") are views compared in talks, not
the treaty form of an exchange of notes: no agreement. Notes exchanged on a grant, a
project or an entry into force, and notes with their kind named ("diplomatic notes"),
are still an exchange of notes (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("issuer, text", [
    ("GHA", "The President of Ghana and the President of Togo discussed trade. They also "
            "exchanged notes on regional security issues."),
    ("PER", "Foreign Minister Ana Soto met her Chilean counterpart in Lima on 4 May. The two "
            "ministers exchanged notes on developments in the region."),
    ("KEN", "Minister Mutua held talks with the Foreign Minister of Uganda on 12 June, "
            "exchanging notes on matters of common concern."),
    ("NOR", "The State Secretary met the Deputy Foreign Minister of Vietnam in Oslo on "
            "Tuesday. The two exchanged notes on the situation in Myanmar."),
    ("BRB", "Prime Minister Mottley met President Ali of Guyana on 3 March, and the two "
            "leaders exchanged notes on their experiences with the pandemic."),
])
def test_notes_compared_on_a_matter_are_no_agreement(issuer: str, text: str) -> None:
    assert records(text, issuer, {"agreement"}, date="2022") == []
    assert [r[0] for r in records(text, issuer, {"meeting"}, date="2022")] == ["meeting"]


@pytest.mark.parametrize("issuer, text, other", [
    ("JPN", "Ambassador Sato and the Minister of Finance of Zambia exchanged notes on a grant "
            "of 500 million yen for a water project on 4 May 2022.", "ZMB"),
    ("JPN", "On 9 June, Japan and Laos exchanged notes on the Project for the Improvement of "
            "the Vientiane Water Supply.", "LAO"),
    ("JPN", "The Ambassador of Japan and the Foreign Minister of Nepal exchanged diplomatic "
            "notes on regional development issues on 9 June.", "NPL"),
    ("FRA", "France and Peru exchanged notes on the entry into force of the agreement on "
            "2 May.", "PER"),
])
def test_notes_on_a_grant_or_a_project_are_still_an_agreement(issuer: str, text: str,
                                                               other: str) -> None:
    got = records(text, issuer, {"agreement"}, date="2022")
    assert [(r[0], r[1], r[2]) for r in got] == [("agreement", (issuer,), (other,))]
