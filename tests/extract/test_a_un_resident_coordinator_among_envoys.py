"""A UN agency's head in the country ("the UN Resident Coordinator in Gabon",
"the Resident Representative of UNDP") received with
ambassadors is a meeting with the organisation besides those with the countries
(sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Libreville, 21 October 2019 - "


@pytest.mark.parametrize(("text", "org"), [
    ("On 18 October 2019 Foreign Minister Jean Ndong received, one after the other, the "
     "envoys of Spain, Luis Garcia and Italy, Marco Rossi and the Resident Coordinator "
     "of the UN in Gabon, Maria Lopez.", "UN"),
    ("On 18 October the Foreign Minister received the Ambassador of Spain and then the UN "
     "Resident Coordinator.", "UN"),
    ("On 18 October the Foreign Minister received the Ambassador of Spain and held a working "
     "session with the Resident Representative of UNDP, Ann Lee.", "UNDP"),
])
def test_the_organisation_is_met_too(ex, text, org):
    from communique.extract import extract_text

    recs = extract_text(_LEAD + text, issuer="GAB", date="2019-10-21").records
    got = {(tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "meeting"}
    assert (("ESP",), ()) in got and ((), (org,)) in got


def test_a_permanent_representative_is_no_un_official(ex):
    text = ("On 18 October the Foreign Minister received the Permanent Representative of "
            "Spain to the United Nations, Luis Garcia.")
    got = ex(_LEAD + text, issuer="GAB", date="2019-10-21", types=["meeting"])
    assert [g[:3] for g in got] == [("meeting", ("GAB",), ("ESP",))]
