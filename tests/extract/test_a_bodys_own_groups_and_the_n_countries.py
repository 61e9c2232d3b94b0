"""An organisation's council described "with its working groups" ("regional
cooperation, such as the Barents Council with its working groups on health, offers
tools") is no sitting of a joint working group; "the 3 countries" (a definite article,
a small number in digits, as "the three countries") names the sides told, it counts
nothing (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "\"Regional cooperation, such as the Arctic Council with its working groups on "
    "health, offers excellent tools,\" the Minister said.",
    "Formats such as the Council of the Baltic Sea States and its working groups were "
    "mentioned.",
    "The Minister praised the Arctic Council with its working groups dealing with "
    "climate.",
    "The Nordic Council of Ministers, through its working groups on energy, supports "
    "the region.",
])
def test_no_session(ex, text):
    assert ex(text, issuer="FIN", date="2020-08-12",
              types=["commission", "multilateral"]) == []


def test_a_joint_working_group_still_sits(ex):
    text = "The joint working group of Finland and Chile held its meeting in Helsinki on 3 May."
    assert ex(text, issuer="FIN", date="2020-08-12", types=["commission"]) == [
        ("commission", ("FIN",), ("CHL",), "2020-05-03")]


@pytest.mark.parametrize("text", [
    "They agreed to strengthen the defence capabilities of the 3 countries.",
    "The ministers of the 3 countries agreed to meet again.",
    "Trade between the 2 countries grew.",
    "Cooperation of the three countries was discussed.",
])
def test_the_n_countries_count_nothing(ex, text):
    assert ex(text, issuer="GBR", date="2022-09-22", types=["figure"]) == []


def test_a_count_still_counts(ex):
    got = ex("The Ministry has 80 missions in 60 countries.", issuer="GBR",
             date="2022-09-22", types=["figure"])
    assert got
