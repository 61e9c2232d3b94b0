"""Partners listed with a month after each item, two of them coordinated in one item
("with Moldova in September, with Georgia and Armenia in October"): both partners of
the item take the month told after the second, not the month of the item before."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text", [
    "Consultations were held with Moldova in September, with Georgia and Armenia in "
    "October, and with Azerbaijan in November.",
    "Political consultations were held with Moldova in September, with Georgia and "
    "Armenia in October and with Azerbaijan in November.",
    "The State Secretary held consultations with Moldova in September, with Georgia and "
    "with Armenia in October, and with Azerbaijan in November.",
    "Consultations took place with Moldova in September, with Georgia and Armenia in "
    "October and with Azerbaijan in November.",
])
def test_coordinated_partners_take_the_month_after_the_pair(text):
    assert records(text, "LVA", CORE, date="2025-12-20") == sorted(
        [event("consultation", "LVA", "MDA", "2025-09"),
         event("consultation", "LVA", "GEO", "2025-10"),
         event("consultation", "LVA", "ARM", "2025-10"),
         event("consultation", "LVA", "AZE", "2025-11")])


def test_each_partner_with_its_own_month_keeps_it():
    text = "Consultations were held with Georgia (March) and Armenia (June)."
    assert records(text, "LVA", CORE, date="2025-12-20") == sorted(
        [event("consultation", "LVA", "GEO", "2025-03"),
         event("consultation", "LVA", "ARM", "2025-06")])
