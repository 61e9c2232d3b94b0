"""A group of foreign officials met without one of them named ("The visiting
Foreign Ministers ... called on the Minister on 3 and 4 May"), then listed in the
next sentence ("These included A from X, B from Y ..."): one meeting with each
country listed, on the group's day; a group that came for the occasion
("visiting", "who arrived for", "invited to attend") also paid each its visit.
A list after no such group, or a group whose members were named already, gives
nothing more (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partners, visits, day", [
    ("The visiting Foreign Ministers and other guests who came for the jubilee called on "
     "Foreign Minister Jan Berge at the Ministry in Oslo on 3 and 4 May 2023.\n\n"
     "These included Ana Ruiz from Chile, Lars Holm from Denmark and Pia Lund from Finland.",
     ["CHL", "DNK", "FIN"], True, "2023-05-03"),
    ("On 12 June 2023 the Minister received a group of ambassadors accredited to our "
     "country. Among them were the Ambassadors of Kenya, Mexico and Peru.",
     ["KEN", "MEX", "PER"], False, "2023-06-12"),
    ("Heads of delegation invited to attend the forum met the Prime Minister on 9 "
     "October 2023. They included the Ministers of Ghana and of Jordan.",
     ["GHA", "JOR"], True, "2023-10-09"),
    ("The Foreign Minister held talks with several counterparts in Geneva on 2 March "
     "2023. Those were Marta Nowak of Poland, Tomas Berg of Sweden and Ana Ruiz of Chile.",
     ["CHL", "POL", "SWE"], False, "2023-03-02"),
])
def test_the_members_listed_after_a_group_are_met(ex, text, partners, visits, day):
    got = ex(text, issuer="NOR")
    met = [r for r in got if r[0] == "meeting"]
    assert sorted(to for _t, _f, tos, _d in met for to in tos) == partners
    assert {d for *_x, d in met} == {day}
    came = sorted(f for t, frm, _to, _d in got if t == "visit" for f in frm)
    assert came == (partners if visits else [])


@pytest.mark.parametrize("text", [
    # no meeting before the list
    "The fund's largest donors are well known. These included Chile and Denmark.",
    # the group's meeting was with named countries: the list is of something else
    "The Minister met the Foreign Ministers of Ghana and Kenya on 3 May 2023. "
    "They were joined later by experts; these included economists from Chile and Peru.",
    # what follows is no list of names
    "The visiting Ministers called on the Minister on 3 May 2023. They were concerned "
    "about the visa rules of Chile and Peru.",
    # a list two sentences after the group
    "The visiting Ministers called on the Minister on 3 May 2023. The talks were cordial. "
    "These included Chile and Peru.",
])
def test_a_list_after_no_unnamed_group_is_no_event(ex, text):
    got = ex(text, issuer="NOR")
    assert not [r for r in got if {"CHL", "PER", "DNK"} & set(r[1] + r[2])]
