"""The data the year-end review is made of (:mod:`.review` builds it).

:class:`ReportModel` holds :class:`Section` s of :class:`Fact` s (what the review
says, with the events behind each), the numbered appendix of :class:`Ref` s and
the :class:`ChartData` the charts draw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Quantity
from . import counting
from .counting import Item, Tally

__all__ = ["Fact", "Section", "Ref", "ChartData", "ReportModel"]


@dataclass
class Fact:
    """One thing the review says; ``kind`` picks the sentence template."""

    kind: str
    items: list[Item] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    role: str | None = None
    title: str | None = None
    city: str | None = None
    value: int | None = None
    quantity: Quantity | None = None
    data: dict[str, Any] = field(default_factory=dict)
    refs: list[int] = field(default_factory=list)

    @property
    def ids(self) -> list[int | str]:
        return list(dict.fromkeys(i.ref for i in self.items))

    @property
    def dated(self) -> bool:
        return bool(self.start and len(self.start) >= 7)


@dataclass
class Section:
    key: str
    paragraphs: list[list[Fact]] = field(default_factory=list)
    charts: list[str] = field(default_factory=list)

    @property
    def facts(self) -> list[Fact]:
        return [f for p in self.paragraphs for f in p]

    @property
    def empty(self) -> bool:
        return not any(f.kind != "nothing" for f in self.facts)


@dataclass
class Ref:
    """A record in the appendix, numbered for references."""

    n: int
    item: Item

    @property
    def anchor(self) -> str:
        return f"ev-{self.item.event_id}" if self.item.event_id is not None \
            else f"rec-{self.item.key}"


@dataclass
class ChartData:
    months: list[str]
    month_types: dict[str, list[int]]
    regions: list[Tally]
    countries: list[Tally]
    edges: list[dict[str, Any]]


@dataclass
class ReportModel:
    issuer: str
    issuer_name: str
    year: int
    sections: list[Section]
    refs: list[Ref]
    charts: ChartData
    events: int
    include_candidates: bool = False
    rules_version: str = counting.COUNTING_RULES_VERSION
    generated: str = ""
    #: candidates of the issuer-year still waiting for review (left out unless included)
    waiting: int = 0

    @property
    def empty(self) -> bool:
        return self.events == 0

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def stated_ids(self) -> set[int | str]:
        """Every event stated or counted somewhere in the review."""
        return {i.ref for s in self.sections for f in s.facts for i in f.items}
