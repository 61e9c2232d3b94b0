"""A standing body named where the sentence tells no sitting of it (its work or role
as a thing praised, the body as the subject of its standing work in the present or
the perfect, a post in it told before a name) is no session; a numbered sitting, a
sitting told in a relative clause, or a verb of holding it still is one (sentences
of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize("text", [
    "The Minister met the Ambassador of Egypt and praised the work of the Joint Commission "
    "in promoting trade.",
    "Both sides stressed the role played by the Ghana-Togo Joint Commission in border "
    "matters.",
    "The Joint Economic Commission with Kenya has done a great deal to promote trade, the "
    "Minister said.",
    "The Ghana-Nigeria Joint Commission is preparing a new border agreement.",
    "The Intergovernmental Commission with Cuba oversees twelve projects in health.",
    "The Chairman of the Ghana-Togo Permanent Joint Commission, Mr. Kodjo Mensah, called on "
    "the Minister.",
    "The Minister received the Executive Secretary of the Joint Commission for Cooperation "
    "between Ghana and Burkina Faso.",
])
def test_the_body_named_in_passing_is_no_session(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["commission"]) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("Both ministers praised the work of the Joint Commission with Togo, whose last session "
     "took place in Lomé in January.", "TGO"),
    ("The Ghana-Togo Joint Commission met in Accra on 1 March.", "TGO"),
    ("The Minister co-chaired the Joint Commission with Togo on 1 March.", "TGO"),
    ("The fifth session of the Ghana-Togo Joint Commission opened on Friday.", "TGO"),
    ("The Joint Commission with Togo, which met on 1 March, adopted a plan of action.", "TGO"),
])
def test_a_sitting_told_is_a_session(ex, text, partner):
    got = ex(text, issuer="GHA", date=_DAY, types=["commission"])
    assert [g[2] for g in got] == [(partner,)]
