"""Bodies of private diplomacy that sign accords with governments and host their talks
(the Community of Sant'Egidio, the Centre for Humanitarian Dialogue, the Crisis
Management Initiative, the Carter Center, the Aga Khan Development Network) are
organisations: an accord signed with one, on a trip to the city where it sits, is with
that body, not with the country of the trip; a signing with no partner named stays the
host's (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import event, records


@pytest.mark.parametrize(("text", "issuer", "org"), [
    ("On a trip to Rome, Foreign Minister Ana Kovac signed a cooperation accord with the "
     "Community of Sant’Egidio.", "HRV", "Sant'Egidio"),
    ("While in Rome, the Minister and the President of the Community of Sant'Egidio, Paolo "
     "Bianchi, signed the memorandum between the Government of Mozambique and the "
     "Community.", "MOZ", "Sant'Egidio"),
    ("During her visit to Geneva, the Minister signed a framework agreement with the "
     "Centre for Humanitarian Dialogue.", "NOR", "HD"),
    ("In Atlanta, the Foreign Minister and the head of the Carter Center signed a "
     "memorandum of understanding on election observation.", "LBR", "CARTER"),
    ("During the Prime Minister's stay in Helsinki, his government signed an agreement "
     "with the Crisis Management Initiative.", "IDN", "CMI"),
])
def test_the_accord_is_with_the_body(text, issuer, org):
    got = records(text, issuer, {"agreement"}, date="2024-04-12", orgs=True)
    assert [(r[1], r[2], r[3]) for r in got] == [((issuer,), (), (org,))]


def test_a_signing_with_no_partner_named_stays_the_hosts():
    got = records("During his visit to Rome, the Minister signed an agreement on culture.",
                  "HRV", {"agreement"}, date="2024-04-12")
    assert got == [event("agreement", "HRV", "ITA", "2024-04-12")]
