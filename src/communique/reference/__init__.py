"""Reference data: countries, organisations, roles, regions and neighbours.

Shipped as TSV files in ``communique/data`` and read on first use (nothing
happens at import); results are cached. Every loader takes ``extra``: user
data folders whose files of the same name extend the shipped ones
(``countries.tsv`` / ``country_aliases.tsv``, ``organizations.tsv``,
``roles.tsv``, ``officeholders.tsv``). A name a user file gives to one entry is taken from any
other entry that had it, so user data wins.

Names are compared with :func:`name_key` (case, accents, curly quotes, full
stops, hyphens, ``&`` and a leading "the" do not count)::

    >>> country("the Republic of Türkiye").iso3
    'TUR'
    >>> org_root("ECHR")
    'COE'
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ._countries import find_country, load_countries, load_neighbours, require
from ._folders import folders
from ._names import name_key
from ._officeholders import load_officeholders, term_at
from ._organizations import find_organization, load_organizations, root_of
from ._roles import load_roles
from ._types import Country, OfficeHolder, Organization

__all__ = [
    "Country",
    "OfficeHolder",
    "Organization",
    "countries",
    "country",
    "country_name",
    "is_country_code",
    "name_key",
    "neighbours",
    "officeholder",
    "officeholders",
    "org_root",
    "organization",
    "organizations",
    "region",
    "roles",
    "subregion",
]

Extra = Iterable[Path | str] | Path | str


def countries(extra: Extra = ()) -> dict[str, Country]:
    """Every country by alpha-3 code (ISO 3166-1 plus XKX Kosovo)."""
    return dict(load_countries(folders(extra)))


def country(code_or_name: str, extra: Extra = ()) -> Country | None:
    """The country for an alpha-3 or alpha-2 code, a name, an alias or an
    adjective ("AZE", "az", "Azerbaijan", "the Republic of Azerbaijan",
    "Azerbaijani"), case-insensitive; None when nothing matches."""
    return find_country(code_or_name, folders(extra))


def country_name(iso3: str, extra: Extra = ()) -> str:
    """The common English short name ("Russia" for RUS); UsageError for an unknown code."""
    return require(iso3, folders(extra)).name


def region(iso3: str, extra: Extra = ()) -> str:
    """UN M49 region: Africa, Americas, Asia, Europe, Oceania (Antarctica for ATA)."""
    return require(iso3, folders(extra)).region


def subregion(iso3: str, extra: Extra = ()) -> str:
    """UN M49 sub-region ("Western Asia", "Sub-Saharan Africa", ...)."""
    return require(iso3, folders(extra)).subregion


def neighbours(iso3: str) -> tuple[set[str], set[str]]:
    """(land neighbours, sea neighbours) as alpha-3 codes; fresh sets each call."""
    require(iso3)
    land, sea = load_neighbours().get(iso3, (frozenset(), frozenset()))
    return set(land), set(sea)


def is_country_code(code: str, extra: Extra = ()) -> bool:
    """True for a known alpha-3 code written in capitals ("AZE", not "aze" or "AZ")."""
    return isinstance(code, str) and code in load_countries(folders(extra))


def organizations(extra: Extra = ()) -> dict[str, Organization]:
    """Every organisation, body and format by short name (UN, UNGA, OSCE, V4, ...)."""
    return dict(load_organizations(folders(extra)))


def organization(short_or_name: str, extra: Extra = ()) -> Organization | None:
    """The organisation for a short name, name or alias ("the United Nations",
    "Turkic Council", "Organisation of Islamic Co-operation"); None if unknown."""
    return find_organization(short_or_name, folders(extra))


def org_root(short: str) -> str:
    """The top of an organisation's parent chain ("UNGA" -> "UN"). A short
    name that is no known organisation is its own root."""
    return root_of(short)


def roles(extra: Extra = ()) -> dict[str, tuple[str, ...]]:
    """role -> lower-case title phrases, for each role of the interchange format."""
    return dict(load_roles(folders(extra)))


def officeholders(extra: Extra = ()) -> tuple[OfficeHolder, ...]:
    """Every term of office (heads of state and government, foreign ministers,
    heads of organisations), from ``officeholders.tsv`` plus a user's."""
    return load_officeholders(folders(extra))


def officeholder(name: str, on: str | None = None, until: str | None = None,
                 extra: Extra = ()) -> OfficeHolder | None:
    """The term of the person called ``name`` (a name or alias, compared with
    :func:`name_key`) that covers the day ``on`` (YYYY-MM-DD) or overlaps
    ``on``..``until``; with no date, the latest term; None for an unknown name
    or a person out of office then::

        >>> officeholder("Lavrov", on="2019-05-14").country
        'RUS'
    """
    key = name_key(name)
    terms = [h for h in load_officeholders(folders(extra))
             if any(name_key(n) == key for n in h.names)]
    return term_at(terms, on, until)
