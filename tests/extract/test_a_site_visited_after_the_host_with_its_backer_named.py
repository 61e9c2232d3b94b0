"""A second "visited" in a trip's sentence, to a site whose backer a relative clause
names ("and visited a clinic, which Japan has funded for years", "a plant that Germany
financed"), is no visit by the host to the backer: the host visited first is no
visitor, and the backer is no destination (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CASES = [
    ("JPN", "In May, the Prime Minister visited Ghana, held a summit meeting with President "
     "Mensah and visited a hospital, which Japan has backed for a decade.", "GHA"),
    ("JPN", "In May, the Prime Minister visited Kenya and visited the Institute of Tropical "
     "Medicine, which Japan has funded since 2010.", "KEN"),
    ("DEU", "The Minister visited Chile, where she met President Rivera and visited a solar "
     "plant that Germany has financed.", "CHL"),
    ("KOR", "The Foreign Minister visited Laos and held talks with his Lao counterpart and "
     "then visited a school that Korea built in 2015.", "LAO"),
    ("CHE", "On 3 June the Federal Councillor visited Nepal, met the Prime Minister and "
     "visited a bridge, which Switzerland helped to build.", "NPL"),
]


@pytest.mark.parametrize(("issuer", "text", "host"), _CASES)
def test_one_visit_to_the_host(issuer: str, text: str, host: str) -> None:
    visits = records(text, issuer, {"visit"}, date="2023")
    assert [(r[1], r[2]) for r in visits] == [((issuer,), (host,))]


def test_a_second_country_visited_is_still_a_visit() -> None:
    visits = records("In May, the Prime Minister visited Ghana, held talks with President "
                     "Mensah and then visited Togo.", "JPN", {"visit"}, date="2023")
    assert sorted(r[2] for r in visits) == [("GHA",), ("TGO",)]
