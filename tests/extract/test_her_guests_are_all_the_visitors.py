"""A meeting with "her guests" (plural) after a joint visit of the ministers of two to
four countries ("The Minister discussed with her guests ...", "she and her colleagues
discussed with their guests ...") is one meeting with all the guests told: it was read
as a meeting with the first of them only. One guest stays one partner (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _meetings(text: str, issuer: str, date: str = "2022") -> list[tuple]:
    return [(r[0], r[1], tuple(sorted(r[2])), r[3])
            for r in records(text, issuer, {"meeting"}, date=date)]


@pytest.mark.parametrize("text, issuer, expected", [
    ("The Foreign Ministers of Estonia and Lithuania paid a joint visit to Riga on 4 May."
     "\n\nThe Minister discussed with her guests regional security and energy.", "LVA",
     [("meeting", ("LVA",), ("EST", "LTU"), "2022-05-04")]),
    ("The Foreign Ministers of Spain, Portugal and Italy paid a joint visit to Tripoli on "
     "12 April.\n\nShe said that she and her colleagues discussed with their guests many "
     "cooperation files.", "LBY", [("meeting", ("LBY",), ("ESP", "ITA", "PRT"), "2022-04-12")]),
    ("The Foreign Ministers of Norway and Iceland arrived in Helsinki on 9 June for a joint "
     "visit.\n\nThe Minister held talks with his guests on Arctic cooperation.", "FIN",
     [("meeting", ("FIN",), ("ISL", "NOR"), "2022-06-09")]),
    ("On 20 March the Ministers of Foreign Affairs of Chile and Peru visited Quito together."
     "\n\nThe Foreign Minister held talks with his distinguished guests on trade.", "ECU",
     [("meeting", ("ECU",), ("CHL", "PER"), "2022-03-20")]),
])
def test_the_guests_are_met_together(text: str, issuer: str, expected: list) -> None:
    assert _meetings(text, issuer) == expected


@pytest.mark.parametrize("text, issuer, expected", [
    ("The Foreign Minister of Chile paid a visit to Riga on 4 May.\n\nThe Minister "
     "discussed with her guest trade and education.", "LVA",
     [("meeting", ("LVA",), ("CHL",), "2022-05-04")]),
])
def test_one_guest_is_one_partner(text: str, issuer: str, expected: list) -> None:
    assert _meetings(text, issuer) == expected
