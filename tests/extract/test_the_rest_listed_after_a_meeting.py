"""A sentence opened by "The rest are / The remaining ones were ..." right after a
sentence that told meetings goes on with the counterparts met, as "Others
include" does; persons of such a list may be parted by semicolons ("Mr A of X;
Ms B of Y; and Dr C of Z in the margins of the session"), and the last one is
met too, though a session is named after it. After a sentence that told no
meeting, no event (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partners", [
    ("The Minister held meetings with her counterparts, namely Mr Lars Holm of Denmark "
     "and Ms Ana Ruiz of Chile.\n\nThe rest are Mr Tomas Berg of Sweden; Ms Marta Nowak "
     "of Poland; and Mr Kofi Mensah of Ghana in the margins of the session.",
     ["CHL", "DNK", "GHA", "POL", "SWE"]),
    ("On the sidelines of the summit the Secretary met the Foreign Minister of Peru. "
     "The rest were Dr Ali Hassan of Jordan and Mrs Pia Lund of Finland.",
     ["FIN", "JOR", "PER"]),
    ("She had bilateral talks with several colleagues, among them Jean Dupont of "
     "Belgium. The remaining ones were Madam Rosa Vega of Mexico; Mr Ivan Petrov of "
     "Bulgaria.",
     ["BEL", "BGR", "MEX"]),
    ("The Foreign Minister met his counterparts of Kenya and Uganda in Geneva; the "
     "rest of them included Ms Anna Berg of Sweden.",
     ["KEN", "SWE", "UGA"]),
])
def test_the_rest_listed_after_a_meeting_are_met_too(ex, text, partners):
    got = ex(text, issuer="NOR", types={"meeting"})
    assert sorted({to for _t, _f, tos, _d in got for to in tos}) == partners


@pytest.mark.parametrize("text", [
    "The two largest donors are Japan and Korea. The rest are Canada and Chile.",
    "Most of the fund goes to Africa; the rest are grants to Chile and Peru.",
    "The Minister opened the exhibition. The rest were Mr Jan Holm of Canada; "
    "Ms Rosa Vega of Chile.",
])
def test_the_rest_after_no_meeting_is_no_event(ex, text):
    got = ex(text, issuer="NOR", types={"meeting"})
    assert not [r for r in got if {"CAN", "CHL", "PER"} & set(r[2])]
