"""Countries: loading countries.tsv (plus a user's files), lookups, neighbours."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import UsageError
from ._folders import Folders, user_files
from ._names import name_key
from ._tsv import Row, read_rows, read_text, shipped
from ._types import Country

__all__ = [
    "country_by_code",
    "find_country",
    "iso2_codes",
    "load_countries",
    "load_neighbours",
    "require",
]

_COLUMNS = ("iso3", "name", "aliases", "adjectives", "region", "subregion")
_CODE = re.compile(r"^[A-Z]{3}$")
#: Codes outside ISO 3166-1 that the data carries, with their alpha-2 code.
_EXTRA_ISO2 = {"XK": "XKX"}
_USER_FILES = ("countries.tsv", "country_aliases.tsv")


@dataclass
class _Draft:
    name: str
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    region: str = ""
    subregion: str = ""


def _user_row(drafts: dict[str, _Draft], row: Row) -> str:
    code = row.get("iso3")
    if not _CODE.match(code):
        raise row.error(f"{code!r} is not an alpha-3 code: write three capital letters (AZE)")
    name = row.get("name")
    draft = drafts.get(code)
    if draft is None:
        if not name:
            raise row.error(
                f"{code} is not a known country: give it a name (in countries.tsv) "
                "or use a known ISO 3166-1 alpha-3 code"
            )
        draft = drafts[code] = _Draft(name=name)
    elif name and name != draft.name:
        draft.aliases.insert(0, draft.name)
        draft.name = name
    draft.aliases.extend(row.values("aliases"))
    draft.adjectives.extend(row.values("adjectives"))
    draft.region = row.get("region") or draft.region
    draft.subregion = row.get("subregion") or draft.subregion
    return code


def _unique(items: list[str], keep: Callable[[str], bool]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if keep(i)))


@lru_cache(maxsize=8)
def load_countries(extra: Folders = ()) -> dict[str, Country]:
    """Every country by alpha-3 code: the shipped file, then each user folder's
    ``countries.tsv`` and ``country_aliases.tsv``. A name a user file gives to
    one country is taken away from any other country that had it."""
    drafts: dict[str, _Draft] = {}
    for row in read_rows(shipped("countries.tsv"), "communique/data/countries.tsv", _COLUMNS):
        drafts[row.get("iso3")] = _Draft(
            name=row.get("name"),
            aliases=list(row.values("aliases")),
            adjectives=list(row.values("adjectives")),
            region=row.get("region"),
            subregion=row.get("subregion"),
        )
    claimed: dict[str, str] = {}
    for name in _USER_FILES:
        for path in user_files(extra, name):
            for row in read_rows(read_text(path), str(path), ("iso3",)):
                code = _user_row(drafts, row)
                texts = [row.get("name"), *row.values("aliases"), *row.values("adjectives")]
                for text in filter(None, texts):
                    claimed[name_key(text)] = code
    out: dict[str, Country] = {}
    for code, d in drafts.items():
        def mine(text: str, code: str = code) -> bool:
            return claimed.get(name_key(text), code) == code

        out[code] = Country(
            iso3=code,
            name=d.name,
            aliases=_unique([a for a in d.aliases if a != d.name], mine),
            adjectives=_unique(d.adjectives, mine),
            region=d.region,
            subregion=d.subregion,
        )
    return out


@lru_cache(maxsize=8)
def _name_index(extra: Folders) -> dict[str, str]:
    index: dict[str, str] = {}
    data = load_countries(extra)
    for c in data.values():  # names and aliases first: they win over adjectives
        for text in c.names:
            index.setdefault(name_key(text), c.iso3)
    for c in data.values():
        for text in c.adjectives:
            index.setdefault(name_key(text), c.iso3)
    return index


@lru_cache(maxsize=1)
def iso2_codes() -> dict[str, str]:
    """Alpha-2 -> alpha-3 for every code in the data (pycountry, plus XK)."""
    import pycountry

    out = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out.update(_EXTRA_ISO2)
    return out


def find_country(text: str, extra: Folders = ()) -> Country | None:
    """By alpha-3, alpha-2, name, alias or adjective; case does not matter."""
    wanted = text.strip()
    if not wanted:
        return None
    data = load_countries(extra)
    upper = wanted.upper()
    if len(wanted) == 3 and upper in data:
        return data[upper]
    if len(wanted) == 2 and upper in iso2_codes() and iso2_codes()[upper] in data:
        return data[iso2_codes()[upper]]
    code = _name_index(extra).get(name_key(wanted))
    return data[code] if code else None


def country_by_code(iso3: str, extra: Folders = ()) -> Country | None:
    return load_countries(extra).get(iso3)


def require(iso3: str, extra: Folders = ()) -> Country:
    """The country with this exact alpha-3 code, or a UsageError that says what to do."""
    found = load_countries(extra).get(iso3)
    if found is None:
        hint = find_country(iso3, extra) if isinstance(iso3, str) else None
        tip = f" (did you mean {hint.iso3}, {hint.name}?)" if hint else ""
        raise UsageError(
            f"unknown country code {iso3!r}{tip}: give an ISO 3166-1 alpha-3 code "
            "in capitals, such as AZE"
        )
    return found


@lru_cache(maxsize=1)
def load_neighbours() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """alpha-3 -> (land neighbours, sea neighbours), from neighbours.tsv."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    rows = read_rows(shipped("neighbours.tsv"), "communique/data/neighbours.tsv",
                     ("iso3", "land", "sea"))
    for row in rows:
        out[row.get("iso3")] = (frozenset(row.values("land")), frozenset(row.values("sea")))
    return out
