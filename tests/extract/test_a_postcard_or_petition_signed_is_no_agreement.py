"""A postcard, a card or a petition told as what someone signed ("a special postcard
to the Secretary-General, signed by the Premier and every Cabinet minister", "signed a
greeting card for the people of A") voices a cause, as a letter does: no agreement of two sides. A
document of two sides signed in the same sentence stays an agreement."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("postcard-signed-by-after-its-addressee",
         "She spoke of the drive to mail a special postcard to the UN Secretary-General, "
         "signed by the Premier and every Cabinet minister, backing Palestine's bid for "
         "full membership.", "MYS", "2024-01-24", ["agreement"], []),
    case("petition-signed-by",
         "A petition signed by the Premier and each member of the Cabinet went to the "
         "Secretary-General in support of Palestine.", "MYS", "2024-01-24",
         ["agreement"], []),
    case("ministers-signed-a-postcard",
         "The Premier and the whole Cabinet signed a postcard in support of Palestine on "
         "Monday.", "MYS", "2024-01-24", ["agreement"], []),
    case("signed-a-greeting-card",
         "On Monday the Minister signed a greeting card for the people of Palestine.",
         "MYS", "2024-01-24", ["agreement"], []),
    case("signed-a-solidarity-postcard",
         "On Monday the Minister signed a solidarity postcard addressed to the people of "
         "Gaza.", "MYS", "2024-01-24", ["agreement"], []),
    # a document of two sides is still signed
    case("agreement-after-a-postcard-handed-over",
         "The Minister handed over a postcard from the Prime Minister, and the two ministers "
         "signed an agreement on visas with Jordan.", "MYS", "2024-01-24", ["agreement"],
         [("agreement", ("MYS",), ("JOR",), "2024-01-24")]),
    case("memorandum-then-a-petition",
         "Malaysia and Jordan signed a memorandum on education cooperation, and the Minister "
         "later signed a petition for peace.", "MYS", "2024-01-24", ["agreement"],
         [("agreement", ("MYS",), ("JOR",), "2024-01-24")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_postcard_or_petition_signed_is_no_agreement(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
