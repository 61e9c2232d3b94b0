"""A country's name inside a plural name of waters with a list after it ("the
Gulfs of Riga and Finland", "the Seas of Azov and Japan") is part of the water's
name, as in the singular ("the Gulf of Finland"): a place talked about, not a side
of the record (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "sides"), [
    ("On 4 June 2019 the ministers of Latvia and Lithuania signed a protocol on "
     "shipping lanes across the Gulfs of Riga and Finland.", {"LVA", "LTU"}),
    ("On 5 May 2018 the foreign ministers of Sweden and Norway signed a treaty on "
     "fishing in the Seas of Azov and Japan.", {"SWE", "NOR"}),
    ("On 7 July 2020 the Minister signed with Poland a pact on ferries in the Gulfs "
     "of Bothnia, Riga and Finland.", {"POL"}),
])
def test_names_listed_after_plural_waters_are_no_side(ex, text, sides):
    got = ex(text, issuer="EST", date="2021", types=["agreement"])
    # (the sides of the signing, whoever's: two others' signing is theirs)
    assert {c for g in got for c in (*g[1], *g[2]) if c != "EST"} == sides


@pytest.mark.parametrize(("text", "side"), [
    ("On 2 April 2020 the Minister met the ambassador of Finland in Tallinn.", "FIN"),
    ("On 2 April 2020 the Minister discussed the Gulfs of Bothnia and Riga during "
     "talks with the ambassador of Latvia.", "LVA"),
    ("On 2 April 2020 the Minister discussed the Gulf of Finland during talks with the "
     "ambassador of Finland.", "FIN"),
])
def test_a_country_outside_the_waters_name_is_still_a_side(ex, text, side):
    got = ex(text, issuer="EST", date="2021", types=["meeting"])
    assert [g[2] for g in got] == [(side,)]
