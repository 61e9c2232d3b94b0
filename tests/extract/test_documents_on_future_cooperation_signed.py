"""Documents signed "on future cooperation", "on possible cooperation", "on future
relations" during a guest's visit: "future" tells the topic's time, not the signing's,
so the signing was held (an agreement with the guest's country). A signing still ahead
("the future agreement will be signed", "will be signed next year") stays none (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_VISIT = "The Zambian President paid a state visit to Switzerland on 29 October. "


@pytest.mark.parametrize(("text", "day"), [
    ("On Wednesday, four documents on future cooperation were signed.", "2025-10-29"),
    ("Two agreements on future cooperation were signed yesterday.", "2025-10-28"),
    ("Three memoranda on possible cooperation have been signed.", "2025-10-29"),
    ("An accord on future relations was signed in Bern.", "2025-10-29"),
])
def test_a_signing_on_future_cooperation_was_held(text, day):
    assert event("agreement", "CHE", "ZMB", day) in records(
        _VISIT + text, "CHE", {"agreement"}, date="2025-10-29")


@pytest.mark.parametrize("text", [
    "The future agreement will be signed in May.",
    "Documents on future cooperation will be signed next year.",
])
def test_a_signing_ahead_stays_none(text):
    assert records(_VISIT + text, "CHE", {"agreement"}, date="2025-10-29") == []
