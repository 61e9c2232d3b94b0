"""A policy pursued against a country, told beside the events of a sentence ("numerous
meetings with partners, visits to Ukraine and the international isolation of Russia",
"new sanctions against Iran", "pressure on Russia"): the country is its topic, no
partner of those events (read as a topic by the frames, and where a mission's host is
looked for)."""

from __future__ import annotations

import re

__all__ = ["POLICY", "policy_cut"]

#: (a pattern's text, joined into the frames' topic pattern too)
POLICY = (r"(?:(?:diplomatic|international|political|economic|global) )?isolation of|"
          r"sanctions? (?:against|on)|pressure on|"
          r"(?:condemnation|invasion|occupation|annexation) of")
_POLICY = re.compile(r"\b(?:" + POLICY + r")\b", re.I)


def policy_cut(text: str, a: int, b: int) -> int:
    """Where a policy against a country starts in ``text[a:b]`` (``b`` if nowhere)."""
    m = _POLICY.search(text, a, b)
    return m.start() if m else b
