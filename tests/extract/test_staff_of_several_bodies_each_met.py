"""The staff of several organisations met, each told with a plural of its own ("met
representatives of the OIC, as well as representatives of ASEAN") or after a group
noun ("representatives of regional groups, including A and B"): a meeting with each
body (our own sentences)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _met(text: str) -> list[str]:
    return sorted(r[3][0] for r in records(text, "KEN", {"meeting"}, date="2025-04-09",
                                           orgs=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("On 8 April the Minister held meetings with representatives from the OIC, as well as "
     "representatives from the African Union.", ["AU", "OIC"]),
    ("On 8 April the Minister met representatives of the Organization of Islamic "
     "Cooperation (OIC) and also representatives of ASEAN.", ["ASEAN", "OIC"]),
    ("On 8 April the Minister held meetings with representatives of various regional "
     "groups, including the OIC and the African Union.", ["AU", "OIC"]),
    ("On 8 April the Minister met officials of the OIC and senior officials of the "
     "African Union.", ["AU", "OIC"]),
    ("The Minister held talks with delegates from the African Union, along with "
     "delegates from CELAC.",
     ["AU", "CELAC"]),
])
def test_each_body_whose_staff_is_met(text, expected):
    assert _met(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one body's staff: one meeting
    ("On 8 April the Minister met representatives of the African Union.", ["AU"]),
    # a body named as a topic after the staff: no second meeting
    ("On 8 April the Minister met representatives of the OIC and discussed the agenda of "
     "the African Union summit.", ["OIC"]),
])
def test_one_body_met_stays_one(text, expected):
    assert _met(text) == expected
