"""A country named as the benefactor of a thing talked of ("a training centre
inaugurated in 2019 with support from Japan", "a water plant built with the
assistance of the Government of Germany", "a hospital financed by China") is no
host of a visit and no side of a meeting; a country visited or met keeps its
part (sentences of our own)."""

from __future__ import annotations

import pytest

_TALKS = ("On 13 May, Mr Rui Alves, Political Director at the Foreign "
          "Ministry, held political consultations in Lusaka with Ms Grace Banda, Permanent "
          "Secretary for Foreign Affairs of Zambia. ")


@pytest.mark.parametrize(("text", "benefactor"), [
    (_TALKS + "Mr Alves also visited the Regional Peacekeeping Training Centre "
     "inaugurated in 2019 with support from Japan, where he met with its Director.", "JPN"),
    (_TALKS + "He then toured a water plant built with the assistance of the Government "
     "of Germany.", "DEU"),
    (_TALKS + "The Political Director also met the Director of a hospital financed by "
     "China.", "CHN"),
    (_TALKS + "Mr Alves later visited a school funded by Korea, where he met its "
     "headmaster.", "KOR"),
])
def test_the_benefactor_is_no_side(ex, text, benefactor):
    got = ex(text, issuer="PRT", date="2024-05-14")
    assert all(benefactor not in g[1] + g[2] for g in got)
    assert ("consultation", ("PRT",), ("ZMB",), "2024-05-13") in got


@pytest.mark.parametrize(("text", "kept"), [
    ("The Minister visited Japan with support from the Chamber of Commerce.",
     ("visit", ("PRT",), ("JPN",))),
    ("The Minister met the Foreign Minister of Japan to thank him for the support of "
     "Japan.", ("meeting", ("PRT",), ("JPN",))),
    ("The Minister signed an agreement with Japan on a school funded by Korea.",
     ("agreement", ("PRT",), ("JPN",))),
])
def test_a_country_visited_or_met_keeps_its_part(ex, text, kept):
    got = ex(text, issuer="PRT", date="2024-05-14")
    assert [g[:3] for g in got] == [kept]
