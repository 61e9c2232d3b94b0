"""A call an official hosts, convenes or chairs with counterparts listed after it
("hosted the third call with his counterparts from A, B and C") is a call with
them (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Today the Minister hosted the fifth call with his counterparts from countries of the "
    "region, including Chile, Peru and Uruguay.",
    "On Monday Minister Holm convened a call with her counterparts from Chile, Peru and "
    "Uruguay.",
    "The Foreign Minister chaired the second call with Ministers of Chile, Peru and "
    "Uruguay on Monday.",
])
def test_a_hosted_call(ex, text):
    got = ex(text, issuer="SWE", date="2024-03-04", types=["call"])
    assert {c for _t, _f, to, _d in got for c in to} == {"CHL", "PER", "URY"}
    assert {d for _t, _f, _to, d in got} == {"2024-03-04"}


def test_a_hosted_dinner_is_no_call(ex):
    text = "On Monday Minister Holm hosted a dinner for her counterparts from Chile and Peru."
    assert ex(text, issuer="SWE", date="2024-03-04", types=["call"]) == []


@pytest.mark.parametrize("text", [
    "On Monday the Minister co-hosted a call with her counterparts from Chile, Peru and "
    "Uruguay.",
    "Minister Holm hosted 3rd call with counterparts from Chile, Peru and Uruguay",
    "A call with the foreign ministers of Chile, Peru and Uruguay was chaired by Minister "
    "Holm on Monday.",
    "The third video call with counterparts from Chile, Peru and Uruguay was hosted by the "
    "Swedish Foreign Minister on Monday.",
])
def test_a_co_host_a_headline_and_the_passive(ex, text):
    got = ex(text, issuer="SWE", date="2024-03-04", types=["call"])
    assert {c for _t, _f, to, _d in got for c in to} == {"CHL", "PER", "URY"}
