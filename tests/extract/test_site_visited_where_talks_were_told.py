"""A site visited with no country of its own ("Afterwards the delegations visited an
air base", "a shipyard", "the local museum") after an event of ours told in a foreign
country (even in a town the gazetteer does not know: "in the Estonian town of X")
is a visit of ours to that country. After an event told at home, or with no event of
ours told abroad, the site is no visit abroad."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(issuer: str, text: str) -> list[tuple[list[str], list[str]]]:
    return [(r.from_, r.to) for r in extract_text(text, issuer=issuer, date="2022").records
            if r.type == "visit"]


@pytest.mark.parametrize(("issuer", "text", "host"), [
    ("LVA", "Talks between the Foreign Ministers of Latvia and Estonia were held on 3 May "
     "2022 in the Estonian town of Paldiskoo. Afterwards the delegations visited an air "
     "base near the town.", "EST"),
    ("FIN", "On 9 June 2022, the Swedish city of Norrvikka hosted talks between the Foreign "
     "Minister of Finland and the Foreign Minister of Sweden. The two ministers then "
     "visited a naval base.", "SWE"),
    ("POL", "On 12 April 2022, the Minister met the Foreign Minister of Lithuania in the "
     "Lithuanian city of Varnikai. The delegation also visited the local museum.", "LTU"),
    ("CZE", "On 20 May 2022, the Deputy Minister held talks with the State Secretary of "
     "Slovakia in the Slovak town of Bzovik. The Deputy Minister afterwards visits the "
     "Bzovik shipyard.", "SVK"),
])
def test_the_site_is_in_the_country_of_the_talks(issuer, text, host):
    assert ([issuer], [host]) in _visits(issuer, text)


@pytest.mark.parametrize(("issuer", "text"), [
    # talks told at home: the site is at home
    ("LVA", "On 3 May 2022, the Foreign Minister received the Foreign Minister of Estonia "
     "in Riga. The Minister then visited the Riga port."),
    # no place told for the talks
    ("LVA", "On 3 May 2022, the Foreign Minister met the Foreign Minister of Estonia. The "
     "Minister also visited a museum."),
])
def test_no_visit_abroad_without_a_place_abroad(issuer, text):
    assert not any(issuer in frm for frm, _to in _visits(issuer, text))
