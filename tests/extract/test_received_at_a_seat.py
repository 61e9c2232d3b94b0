"""A guest "received at" a named seat with no host named ("The Prime Minister of
Norway was received at the Presidential Palace on Monday") is met by the issuer's
side; a thing received, or a guest received by someone named, is read as before
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str | None]]:
    return sorted((tuple(r.from_), tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer="IDN", date="2024-09-05").records
                  if r.type == "meeting")


@pytest.mark.parametrize("text", [
    "The Prime Minister of Norway, Mr Lars Dahl, was received at the Merdeka Palace on "
    "2 September.",
    "On 2 September the Foreign Minister of Norway was also received at Bogor Palace.",
    "The Norwegian Crown Prince's delegation was warmly received in Jakarta on 2 September "
    "at the start of its stay.",
    "Mr Lars Dahl, the President of the Storting of Norway, was cordially received at the "
    "House of Representatives on 2 September.",
])
def test_a_guest_received_at_a_seat_is_met(text):
    assert _meetings(text) == [(("IDN",), ("NOR",), "2024-09-02")]


@pytest.mark.parametrize("text", [
    # things received, no guest
    "The letter from the Government of Norway was received at the Ministry on 2 September.",
    "The application of Norway was received in Geneva on 2 September.",
    "A shipment of vaccines donated by Norway was received at Soekarno-Hatta airport.",
])
def test_a_thing_received_at_a_place_is_no_meeting(text):
    assert _meetings(text) == []
