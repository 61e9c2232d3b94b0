"""Meetings of a joint commission named in full ("Joint Commission for Bilateral
Cooperation meetings were held with A and with B") are the commission's sessions, not
meetings besides them."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text", [
    "Joint Commission for Bilateral Cooperation meetings were held with Thailand in "
    "Bangkok and with Vietnam in Hanoi.",
    "Joint Commission on Economic Cooperation sessions were held with Thailand and Vietnam.",
    "Intergovernmental commission on trade meetings were held with Thailand and Vietnam.",
    "Joint commission meetings were held with Thailand and with Vietnam.",
])
def test_named_commission_meetings_are_sessions(text: str) -> None:
    got = records(text, "PHL", CORE, date="2022")
    assert sorted(r[:3] for r in got) == [("commission", ("PHL",), ("THA",)),
                                         ("commission", ("PHL",), ("VNM",))], got


def test_meetings_of_officials_stay_meetings() -> None:
    got = records("Meetings were held with the foreign ministers of Thailand and Vietnam.",
                  "PHL", CORE, date="2022")
    assert {r[0] for r in got} == {"meeting"}
