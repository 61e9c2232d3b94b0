"""Organisations: loading organizations.tsv (plus a user's), lookups, roots."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._folders import Folders, user_files
from ._names import name_key
from ._tsv import Row, read_rows, read_text, shipped
from ._types import Organization

__all__ = ["find_organization", "load_organizations", "root_of", "spellings"]

_COLUMNS = ("short", "name", "parent", "aliases")

#: British / American pairs: an alias written one way is also known the other way.
_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("Organisation", "Organization"),
    ("Co-operation", "Cooperation"),
    ("Programme", "Program"),
    ("Centre", "Center"),
    ("Defence", "Defense"),
    ("Labour", "Labor"),
    ("Neighbourhood", "Neighborhood"),
)
_PATTERNS = [
    (re.compile(rf"\b{a}\b|\b{b}\b", re.IGNORECASE), a, b) for a, b in _SPELLINGS
]


def spellings(text: str) -> list[str]:
    """``text`` and its other spellings: "Organisation for Security and
    Co-operation" -> also "Organization for Security and Cooperation", ..."""
    forms = [text]
    for pattern, british, american in _PATTERNS:
        if not pattern.search(text):
            continue
        more = []
        for form in forms:
            for word in (british, american):
                def swap(m: re.Match[str], word: str = word) -> str:
                    return word if m.group(0)[0].isupper() else word.lower()

                more.append(pattern.sub(swap, form))
        forms = list(dict.fromkeys(forms + more))
    return forms


@dataclass
class _Draft:
    name: str
    parent: str | None
    aliases: list[str]


def _row(drafts: dict[str, _Draft], row: Row, user: bool) -> str:
    short = row.get("short")
    if not short:
        raise row.error("the short column is empty: give the organisation's short name")
    parent_cell = row.get("parent")
    parent = None if parent_cell in ("", "-") else parent_cell
    draft = drafts.get(short)
    if draft is None or not user:
        if not row.get("name"):
            raise row.error(f"{short} has no name: fill the name column")
        drafts[short] = _Draft(row.get("name"), parent, list(row.values("aliases")))
    else:
        if row.get("name") and row.get("name") != draft.name:
            draft.aliases.insert(0, draft.name)
            draft.name = row.get("name")
        if parent_cell:
            draft.parent = parent
        draft.aliases.extend(row.values("aliases"))
    return short


@lru_cache(maxsize=8)
def load_organizations(extra: Folders = ()) -> dict[str, Organization]:
    """Every organisation by short name: the shipped file, then each user
    folder's ``organizations.tsv`` (new rows add, known shorts are updated:
    name and parent replaced when given, aliases added)."""
    drafts: dict[str, _Draft] = {}
    text = shipped("organizations.tsv")
    for row in read_rows(text, "communique/data/organizations.tsv", _COLUMNS):
        _row(drafts, row, user=False)
    claimed: dict[str, str] = {}
    user_rows: list[Row] = []
    for path in user_files(extra, "organizations.tsv"):
        for row in read_rows(read_text(path), str(path), ("short",)):
            short = _row(drafts, row, user=True)
            user_rows.append(row)
            for alias in row.values("aliases"):
                for form in spellings(alias):
                    claimed[name_key(form)] = short
    for row in user_rows:
        parent = drafts[row.get("short")].parent
        if parent is not None and parent not in drafts:
            raise row.error(
                f"parent {parent!r} is not a known organisation: use a short name "
                "from organizations.tsv or leave the column empty"
            )
    out: dict[str, Organization] = {}
    for short, d in drafts.items():
        forms = [f for text in (d.name, *d.aliases) for f in spellings(text)]
        aliases = tuple(
            dict.fromkeys(f for f in forms if claimed.get(name_key(f), short) == short)
        )
        out[short] = Organization(short=short, name=d.name, parent=d.parent, aliases=aliases)
    return out


@lru_cache(maxsize=8)
def _index(extra: Folders) -> dict[str, str]:
    data = load_organizations(extra)
    index: dict[str, str] = {name_key(short): short for short in data}
    for org in data.values():
        for text in (org.name, *org.aliases):
            index.setdefault(name_key(text), org.short)
    return index


def find_organization(text: str, extra: Folders = ()) -> Organization | None:
    """By short name, name or alias; case, accents and spelling variants do not matter."""
    data = load_organizations(extra)
    if text in data:
        return data[text]
    short = _index(extra).get(name_key(text))
    return data[short] if short else None


def root_of(short: str, extra: Folders = ()) -> str:
    data = load_organizations(extra)
    org = data.get(short) or find_organization(short, extra)
    if org is None:
        return short
    seen = {org.short}
    while org.parent is not None and org.parent in data and org.parent not in seen:
        org = data[org.parent]
        seen.add(org.short)
    return org.short
