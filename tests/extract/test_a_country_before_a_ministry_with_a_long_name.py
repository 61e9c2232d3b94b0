"""A country named before the ministry an official serves in, after "at the", is the
official's side even when the ministry's name holds its own list ("a Minister of State
at the UK Foreign, Commonwealth and Development Office", "an official at the Canada
Foreign Affairs, Trade and Development Department"), not a place; a country after "in"
is still where the meeting was (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text, other", [
    ("Foreign Minister Khan received a telephone call from Lord Wells, Minister of State "
     "at the United Kingdom Foreign and Development Office on Sunday.", "GBR"),
    ("Foreign Minister Khan received a telephone call from Lord Wells, Minister of State "
     "at the UK Foreign, Commonwealth and Development Office on Sunday.", "GBR"),
    ("The Foreign Minister spoke by phone with Mr Smith, an official at the Ireland "
     "Foreign Affairs, Trade and Defence Department.", "IRL"),
    ("Foreign Minister Khan had a phone call with Ms Grey, a director at the Canada "
     "Foreign Affairs, Trade and Development Department, on Sunday.", "CAN"),
])
def test_country_of_a_long_ministry_name_is_a_side(text: str, other: str) -> None:
    got = records(text, "PAK", CORE, date="2022-02-27")
    assert [(r[0], set(r[1] + r[2])) for r in got] == [("call", {"PAK", other})], got


def test_a_country_after_in_stays_a_place() -> None:
    # near miss: the venue's country is no side
    got = records("The Foreign Minister met his Spanish counterpart at the conference in "
                  "the United Kingdom on Sunday.", "PAK", CORE, date="2022-02-27")
    assert [r[:3] for r in got] == [("meeting", ("PAK",), ("ESP",))], got
