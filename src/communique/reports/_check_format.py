"""The text report of ``communique check``: verdicts grouped for a press officer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import counting

if TYPE_CHECKING:  # pragma: no cover
    from .check import Finding

__all__ = ["summary", "format_text"]

#: the verdicts, in the order a press officer reads them
VERDICTS = ("disagrees", "consistent", "agrees", "unverifiable")
VERDICT_TITLES = {
    "disagrees": "the registry's count differs: correct the number or explain it",
    "consistent": "the registry knows part; the claim lies within the bounds",
    "agrees": "the registry's count bears the claim out",
    "unverifiable": "the registry cannot decide; the reason says why",
}


def refs_words(refs: Sequence[int | str], limit: int = 8) -> str:
    """``records 1, 2, 3 and 5 more``."""
    if not refs:
        return "no records"
    shown = ", ".join(str(r) for r in refs[:limit])
    more = f" and {len(refs) - limit} more" if len(refs) > limit else ""
    return f"record{'s' if len(refs) > 1 else ''} {shown}{more}"


def summary(findings: Sequence[Finding]) -> dict[str, int]:
    """How many claims got each verdict, and how many flags (lists, dates) were raised."""
    out = {v: sum(1 for f in findings if f.kind == "claim" and f.verdict == v)
           for v in VERDICTS}
    out["claims"] = sum(1 for f in findings if f.kind == "claim")
    out["flags"] = sum(1 for f in findings if f.kind != "claim")
    return out


def format_text(findings: Sequence[Finding], *, issuer: str, year: int) -> str:
    """A report for a press officer: the verdicts grouped (disagreements first), each
    with the phrase, the reason (rule and records) and what would settle it."""
    if not findings:
        return f"No numeric claims, lists or dates to check against {issuer} {year}.\n"
    n = summary(findings)
    lines = [f"Check of a draft about {issuer} {year}: {n['claims']} claim(s): "
             f"{n['disagrees']} disagree, {n['consistent']} consistent, {n['agrees']} agree, "
             f"{n['unverifiable']} cannot be checked; {n['flags']} flag(s). "
             f"Counting rules version {counting.COUNTING_RULES_VERSION}.", ""]
    claims = [f for f in findings if f.kind == "claim"]
    for verdict in VERDICTS:
        group = [f for f in claims if f.verdict == verdict]
        if not group:
            continue
        lines.append(f"{verdict.upper()} ({len(group)}): {VERDICT_TITLES[verdict]}")
        for f in group:
            lines += _block(f)
        lines.append("")
    flags = [f for f in findings if f.kind != "claim"]
    if flags:
        lines.append(f"FLAGS ({len(flags)}): lists and dates to look at")
        for f in flags:
            lines += _block(f)
        lines.append("")
    return "\n".join(lines)


def _block(f: Finding) -> list[str]:
    head = f"- \"{f.phrase or f.claim}\" (characters {f.start}-{f.end})"
    if f.kind == "claim":
        head += f": {f.counts}"
        if f.scope:
            head += f"; scoped to {f.scope}"
    out = [head, f"    {f.reason}"]
    if f.registry_list:
        out.append(f"    counted: {', '.join(f.registry_list)}")
    if f.settle:
        out.append(f"    would settle it: the {f.unknown or 'level or date'} of "
                   f"{refs_words(f.settle, 40)}")
    for note in f.notes:
        out.append(f"    note: {note}")
    out.append(f"    in: {_short(f.claim)}")
    return out


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
