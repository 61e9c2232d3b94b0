"""An organisation inside a ministry's own name written with a serial comma ("the Foreign,
Commonwealth, and Development Office"): the ministry where a meeting took place, not the
organisation met, as without the comma. The organisation named as itself ("the
Secretary-General of the Commonwealth, and ...") is still met (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_M = {"meeting", "visit"}


@pytest.mark.parametrize(("text", "issuer"), [
    ("LAHORE – Foreign Minister Omar Tariq held separate meetings with British Minister of "
     "State Lord Hale and Minister for Development, Ann Mills, at the Foreign, "
     "Commonwealth, and Development Office on Friday morning.", "PAK"),
    ("Minister Ito met separately with British Minister of State for Asia, Lord Hale, and "
     "Minister of State for Africa, Ann Mills, at the Foreign, Commonwealth, and Development "
     "Office on Friday.", "JPN"),
    ("On 3 May Deputy Minister Sara Lind held talks with UK Minister for Europe, Lord Hale, "
     "and Minister for Trade, Ann Mills, at the Foreign, Commonwealth, and Development "
     "Office.", "SWE"),
    ("Deputy Minister Sara Lind held talks with UK Minister Lord Hale and Minister Ann "
     "Mills at the Foreign, Commonwealth, and Development Office on 3 May.", "SWE"),
    ("The Foreign Secretary of Ghana met two British ministers, Lord Hale and Ann Mills, "
     "at the Foreign, Commonwealth, and Development Office on Tuesday.", "GHA"),
])
def test_no_organisation_met(text: str, issuer: str) -> None:
    got = records(text, issuer, _M, date="2024-05-06", orgs=True)
    assert got and all(r[3] == () for r in got)


def test_the_organisation_named_as_itself() -> None:
    got = records("Minister Sara Lind met the Secretary-General of the Commonwealth, and "
                  "Britain's Minister for Development, Ann Mills, in London on 3 May.",
                  "SWE", {"meeting"}, date="2024-05-06", orgs=True)
    assert any(r[3] == ("COMMONWEALTH",) for r in got)
