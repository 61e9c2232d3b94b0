"""The reference records: a country and an organisation."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Country", "OfficeHolder", "Organization"]


@dataclass(frozen=True)
class Country:
    """One country or territory (ISO 3166-1 alpha-3, plus XKX Kosovo)."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    region: str
    subregion: str

    @property
    def names(self) -> tuple[str, ...]:
        """The name first, then every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Organization:
    """An international organisation, one of its bodies, or a standing format."""

    short: str
    name: str
    parent: str | None
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The short name, the full name, then every alias."""
        seen: dict[str, None] = dict.fromkeys((self.short, self.name, *self.aliases))
        return tuple(seen)


@dataclass(frozen=True)
class OfficeHolder:
    """One term of office: a person, the country (ISO3) or organisation (short
    name) they acted for, their role and the term's first and last day (ISO
    dates; ``end`` None while in office)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    role: str
    start: str
    end: str | None

    @property
    def names(self) -> tuple[str, ...]:
        """The name first, then every alias."""
        return (self.name, *self.aliases)

    def covers(self, day: str) -> bool:
        """Whether the term includes ``day`` (YYYY-MM-DD)."""
        return self.start <= day and (self.end is None or day <= self.end)
