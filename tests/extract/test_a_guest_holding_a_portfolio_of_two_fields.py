"""A guest named first and then given several offices ("His Excellency A bin B C,
Minister for Youth and Sport Development, Second Minister for Health and ...") is one
person: a portfolio of two fields joined by "and" is not another person named between
the offices, and a name with a particle ("bin", "van der") or after "His Excellency"
still opens the list. Two officials each named with their own office stay two
meetings (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Bandar Seri Begawan, 20 March 2024 - "


@pytest.mark.parametrize("text", [
    "His Majesty received in audience His Excellency Ahmad Zulkifli, Minister for Youth "
    "and Sport Development, Second Minister for Transport and Minister-in-Charge of Trade "
    "Relations of the Republic of Singapore, on 19 March.",
    "His Majesty received in audience His Excellency Ahmad Rizal bin Ahmad Yusof, Minister "
    "for Culture, Second Minister for Education and Minister-in-Charge of Cyber Security "
    "of the Republic of Singapore, on 19 March.",
    "The Crown Prince received Datuk Hamid bin Osman, Minister of Labour and Human "
    "Resources, Minister of Home Affairs and Deputy Minister of Finance of Malaysia, on "
    "19 March.",
    "On 19 March the Sultan received Mr Pieter de Vries, Minister for Agriculture and "
    "Fisheries Policy, Second Minister of Transport of the Netherlands.",
])
def test_one_guest_with_several_offices_is_one_meeting(ex, text):
    got = ex(_LEAD + text, issuer="BRN", date="2024-03-20", types=["meeting"])
    assert len(got) == 1 and got[0][0] == "meeting" and got[0][3] == "2024-03-19"


def test_two_officials_each_with_a_name_are_two_meetings(ex):
    text = ("The Sultan received the Minister of Defence of Malaysia, Ahmad bin Yusof, and "
            "the Minister of Home Affairs of Malaysia, Rahim bin Daud, on 19 March.")
    got = ex(_LEAD + text, issuer="BRN", date="2024-03-20", types=["meeting"])
    assert got == [("meeting", ("BRN",), ("MYS",), "2024-03-19")] * 2
