"""Generated inputs for benchmarks and scale tests (no files needed)."""

from __future__ import annotations

import random

__all__ = ["big_text", "readout"]

_COUNTRIES = ["Hungary", "Poland", "Kazakhstan", "Japan", "Brazil", "Kenya", "Qatar", "Norway",
              "Türkiye", "India", "Chile", "Egypt", "Viet Nam", "Lithuania", "Morocco"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_FRAMES = [
    "On {d} {m} {y}, the Minister of Foreign Affairs met with the Foreign Minister of {c} "
    "to review bilateral cooperation in trade and energy.",
    "The Minister paid an official visit to {c} on {d}-{d2} {m} {y} at the invitation of "
    "his counterpart.",
    "Political consultations between the Ministries of Foreign Affairs of the two countries "
    "and {c} were held in the capital on {m} {d}, {y}.",
    "A telephone conversation took place on {d} {m} between the Minister and the Foreign "
    "Minister of {c}.",
    "The sides signed a Memorandum of Understanding on cooperation in education with {c}.",
    "Regional security, connectivity and the humanitarian situation were discussed at length, "
    "and both delegations underlined the value of regular dialogue.",
]


def readout(rng: random.Random, year: int = 2023) -> str:
    """One generated readout paragraph (a few sentences)."""
    parts = []
    for _ in range(rng.randint(3, 6)):
        d = rng.randint(1, 26)
        parts.append(rng.choice(_FRAMES).format(d=d, d2=d + 1, m=rng.choice(_MONTHS), y=year,
                                                c=rng.choice(_COUNTRIES)))
    return " ".join(parts)


def big_text(mb: int, seed: int = 3) -> str:
    """About ``mb`` megabytes of paragraphs of generated readouts."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        p = readout(rng)
        out.append(p)
        size += len(p) + 2
    return "\n\n".join(out)
