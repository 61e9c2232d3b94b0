"""A commission named as what a document founds, as one to revive, or with an
aside saying it has not met is no session of it (issue #9, freshset3 group 9;
sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The two sides agreed to set up a joint working group on fisheries with Panama.",
    "On Monday they signed an agreement creating a binational commission with Panama.",
    "On Monday the two ministers signed a memorandum of understanding establishing a joint "
    "commission of cooperation with Panama.",
    "The ministers discussed the next meeting of the Costa Rica–Panama Binational "
    "Commission, which has not met since 2019.",
    "The intergovernmental commission with Panama, which has not met since 2017, should be "
    "revived.",
    "On Monday the ministers talked about the joint commission on heritage with France, "
    "created during the visit of the French President in July 2022.",
    "The Minister called for the reactivation of the Joint Economic Commission with Panama.",
])
def test_a_body_founded_described_or_to_be_revived_holds_no_session(ex, text):
    assert ex(text, issuer="CRI", date="2024-05-10", types={"commission"}) == []


def test_the_agreement_that_founds_a_body_is_still_signed(ex):
    recs = ex("On Monday they signed an agreement creating a binational commission with "
              "Panama.", issuer="CRI", date="2024-05-10")
    assert recs == [("agreement", ("CRI",), ("PAN",), "2024-05-06")]


@pytest.mark.parametrize("text", [
    "On Monday the 4th session of the Costa Rica–Panama Binational Commission was held in "
    "San José.",
    "The Joint Commission with Panama, established in 2010 to promote trade, held its fifth "
    "session in San José on Monday.",
    "The Joint Commission with Panama, which had not met since 2018, convened again in San "
    "José on Monday.",
])
def test_a_session_of_the_body_is_still_a_commission(ex, text):
    recs = ex(text, issuer="CRI", date="2024-05-10", types={"commission"})
    assert recs == [("commission", ("CRI",), ("PAN",), "2024-05-06")]
