"""An organisation named in a list of counterparts with its abbreviation in
brackets ("the United Nations (UN)", "the International Fund for Agricultural
Development (IFAD)") is one counterpart, one meeting, not two (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize("text, orgs", [
    ("The Minister held meetings with heads of missions from Japan, Cuba, the "
     "International Fund for Agricultural Development (IFAD) and the United Nations (UN).",
     ["IFAD", "UN"]),
    ("The Secretary received the envoys of Peru, Chile and the European Union (EU) on "
     "Tuesday.", ["EU"]),
    ("The Foreign Minister met representatives of India, the African Union (AU), Ghana "
     "and the Food and Agriculture Organization (FAO) this week.", ["AU", "FAO"]),
    ("She held talks with the ambassadors of Kenya and Egypt, the World Food Programme "
     "(WFP) and the International Organization for Migration (IOM).", ["IOM", "WFP"]),
])
def test_one_meeting_per_organisation(text, orgs):
    recs = [r for r in extract_text(text, issuer="MWI", date="2025-10-24").records
            if r.type == "meeting" and r.organizations]
    assert sorted(o for r in recs for o in r.organizations) == orgs


def test_two_organisations_are_still_two():
    text = ("The Minister met the envoys of Japan, Cuba, the United Nations and the "
            "African Union.")
    recs = [r for r in extract_text(text, issuer="MWI", date="2025-10-24").records
            if r.type == "meeting" and r.organizations]
    assert sorted(o for r in recs for o in r.organizations) == ["AU", "UN"]
