""""..., respectively": the partners named first take, in order, the times named
after them ("the commissions with Kenya and Ghana met in Nairobi in March and in
Accra in May, respectively"); without "respectively", or when the numbers of
partners and times differ, nothing is paired (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "want"), [
    ("The sessions of the Poland-Kenya and Poland-Ghana joint commissions were held in "
     "Nairobi in March and in Accra in May, respectively.",
     [("commission", ("POL",), ("GHA",), "2024-05"),
      ("commission", ("POL",), ("KEN",), "2024-03")]),
    ("Joint commissions with Chile and Peru met in Santiago in June and in Lima in "
     "October respectively.",
     [("commission", ("POL",), ("CHL",), "2024-06"),
      ("commission", ("POL",), ("PER",), "2024-10")]),
    ("Political consultations with Viet Nam and Indonesia were held in Hanoi on 4 March "
     "and in Jakarta on 11 September, respectively.",
     [("consultation", ("POL",), ("IDN",), "2024-09-11"),
      ("consultation", ("POL",), ("VNM",), "2024-03-04")]),
])
def test_each_partner_takes_its_time(ex, text, want):
    got = ex(text, issuer="POL", date="2024", types={"commission", "consultation"})
    assert got == want


@pytest.mark.parametrize(("text", "days"), [
    # no "respectively": one time for both, as written
    ("Political consultations with Viet Nam and Indonesia were held in Warsaw in March.",
     ["2024-03", "2024-03"]),
    # three times for two partners: no pairing
    ("Political consultations with Viet Nam and Indonesia were held in Warsaw in March, "
     "in May and in July, respectively.", None),
])
def test_no_pairing(ex, text, days):
    got = ex(text, issuer="POL", date="2024", types={"consultation"})
    dates = [g[3] for g in got]
    if days is not None:
        assert dates == days
    else:
        assert len(set(dates)) <= 1
