"""The desk's SLA settings: targets per category, working hours, missions' countries
and time zones.

Read from ``communique/data/consular-sla.toml`` (the defaults, documented there),
then from the user's file, which overrides what it names: the file in
``COMMUNIQUE_CONSULAR_SLA_FILE``, else ``consular-sla.toml`` in the data folder
when there is one. Every value is checked; a bad one is an error naming the
file and the key. A mission's time zone is its own (``[missions."name"]``),
else its country's (``[timezones]``), else the first zone the IANA table
(``zone.tab`` of the ``tzdata`` package) gives for the country, else UTC.
Working hours (``working_hours = "09:00-18:00"``) are the desk's, or a mission's
own (``[missions."name"] working_hours``).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, time
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import UsageError

__all__ = ["SLA_FILE_ENV", "SLA_FILE", "SlaSettings", "MissionSetting", "WorkDay",
           "STANDARD_DAY", "sla_settings", "load_sla_settings", "country_zone",
           "default_sla_settings"]

SLA_FILE_ENV = "COMMUNIQUE_CONSULAR_SLA_FILE"
SLA_FILE = "consular-sla.toml"
_TOP = {"due_soon", "targets", "timezones", "missions", "working_hours"}
_TARGET_KEYS = {"first_response_hours", "resolution_days"}
_MISSION_KEYS = {"country", "timezone", "working_hours"}


@dataclass(frozen=True)
class WorkDay:
    """A working day's hours in local wall-clock time (``start`` before ``end``)."""

    start: time
    end: time

    @property
    def hours(self) -> float:
        day = datetime(2000, 1, 1)
        return (datetime.combine(day, self.end) -
                datetime.combine(day, self.start)).total_seconds() / 3600

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


STANDARD_DAY = WorkDay(time(9), time(18))


@dataclass(frozen=True)
class MissionSetting:
    country: str | None = None
    timezone: str | None = None
    working_hours: WorkDay | None = None


@dataclass(frozen=True)
class SlaSettings:
    """Targets: category -> (working hours to the first response, working days to resolve)."""

    targets: dict[str, tuple[float, float]]
    due_soon: float = 0.8
    timezones: dict[str, str] = field(default_factory=dict)
    missions: dict[str, MissionSetting] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    working_day: WorkDay = STANDARD_DAY

    def target(self, category: str) -> tuple[float, float]:
        return self.targets.get(category) or self.targets["other"]

    def mission(self, name: str | None) -> MissionSetting | None:
        return self.missions.get((name or "").strip()) if name else None

    def workday(self, mission: str | None = None) -> WorkDay:
        """A mission's working hours: its own, else the desk's."""
        m = self.mission(mission)
        return (m.working_hours if m else None) or self.working_day

    def zone(self, iso3: str | None, mission: str | None = None) -> ZoneInfo:
        """The time zone working hours are counted in (see the module)."""
        m = self.mission(mission)
        name = (m.timezone if m else None) or self.timezones.get(iso3 or "") \
            or country_zone(iso3) or "UTC"
        return _zone(name)


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@lru_cache(maxsize=1)
def _zone_table() -> dict[str, str]:
    """ISO alpha-2 -> the first zone of ``zone.tab`` for the country."""
    try:
        text = resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - system tzdata
        text = Path("/usr/share/zoneinfo/zone.tab").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            if len(parts) >= 3:
                out.setdefault(parts[0], parts[2])
    return out


@lru_cache(maxsize=512)
def country_zone(iso3: str | None) -> str | None:
    """The first IANA zone of a country (ISO3), or None when unknown."""
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    return _zone_table().get(found.alpha_2) if found is not None else None


def _bad(where: str, key: str, problem: str) -> UsageError:
    return UsageError(f"{key}: {problem}", path=where)


def _number(where: str, key: str, value: Any, *, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(where, key, f"{value!r} is not a number")
    if not low < value <= high:
        raise _bad(where, key, f"{value} is out of range (more than {low:g}, at most {high:g})")
    return float(value)


def _timezone(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _bad(where, key, "give an IANA time zone name such as 'Europe/Istanbul'")
    try:
        _zone(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise _bad(where, key, f"{value!r} is not a known IANA time zone "
                               "(e.g. 'Asia/Baku', 'Europe/Istanbul')") from None
    return value.strip()


def _workday(where: str, key: str, value: Any) -> WorkDay:
    hint = "give the hours as \"HH:MM-HH:MM\", e.g. \"08:30-17:00\""
    if not isinstance(value, str) or value.count("-") != 1:
        raise _bad(where, key, hint)
    try:
        start, end = (time.fromisoformat(part.strip()) for part in value.split("-"))
    except ValueError:
        raise _bad(where, key, f"{value!r} is not a span of hours; {hint}") from None
    if end <= start:
        raise _bad(where, key, f"{value!r} ends before it starts; {hint}")
    return WorkDay(start, end)


def _country(where: str, key: str, value: Any) -> str:
    from ..reference import is_country_code

    code = value.strip().upper() if isinstance(value, str) else ""
    if not is_country_code(code):
        raise _bad(where, key, f"{value!r} is not an ISO 3166-1 alpha-3 country code")
    return code


def _merge(base: SlaSettings, data: dict[str, Any], where: str) -> SlaSettings:
    from ._values import CATEGORIES

    unknown = sorted(set(data) - _TOP)
    if unknown:
        raise _bad(where, unknown[0], f"unknown setting; the file takes {', '.join(sorted(_TOP))}")
    targets = dict(base.targets)
    raw_targets = data.get("targets", {})
    if not isinstance(raw_targets, dict):
        raise _bad(where, "targets", "must be a table of categories")
    for cat, spec in raw_targets.items():
        key = f"targets.{cat}"
        if cat not in CATEGORIES:
            raise _bad(where, key, f"unknown category; use one of {', '.join(CATEGORIES)}")
        if not isinstance(spec, dict) or set(spec) - _TARGET_KEYS:
            raise _bad(where, key, "give first_response_hours and/or resolution_days")
        old = targets.get(cat, (16.0, 15.0))
        targets[cat] = (
            _number(where, f"{key}.first_response_hours",
                    spec.get("first_response_hours", old[0]), low=0, high=24 * 365),
            _number(where, f"{key}.resolution_days", spec.get("resolution_days", old[1]),
                    low=0, high=3650))
    due_soon = base.due_soon if "due_soon" not in data else _number(
        where, "due_soon", data["due_soon"], low=0, high=1)
    zones = dict(base.timezones)
    raw_zones = data.get("timezones", {})
    if not isinstance(raw_zones, dict):
        raise _bad(where, "timezones", "must be a table: ISO3 = \"Area/City\"")
    for code, name in raw_zones.items():
        zones[_country(where, f"timezones.{code}", code)] = _timezone(
            where, f"timezones.{code}", name)
    missions = dict(base.missions)
    raw_missions = data.get("missions", {})
    if not isinstance(raw_missions, dict):
        raise _bad(where, "missions", "must be a table of missions by name")
    for name, spec in raw_missions.items():
        key = f"missions.{name}"
        if not isinstance(spec, dict) or not spec or set(spec) - _MISSION_KEYS:
            raise _bad(where, key, "give country (ISO3), timezone (IANA name) and/or "
                                   "working_hours (\"HH:MM-HH:MM\")")
        missions[name.strip()] = MissionSetting(
            _country(where, f"{key}.country", spec["country"]) if "country" in spec else None,
            _timezone(where, f"{key}.timezone", spec["timezone"]) if "timezone" in spec
            else None,
            _workday(where, f"{key}.working_hours", spec["working_hours"])
            if "working_hours" in spec else None)
    working_day = base.working_day if "working_hours" not in data else _workday(
        where, "working_hours", data["working_hours"])
    return SlaSettings(targets, due_soon, zones, missions, (*base.files, where), working_day)


def _read(where: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"not valid TOML ({exc})", path=where) from None


@lru_cache(maxsize=1)
def default_sla_settings() -> SlaSettings:
    """communique's own settings (``communique/data/consular-sla.toml``), read once."""
    text = resources.files("communique").joinpath(f"data/{SLA_FILE}").read_text("utf-8")
    return _merge(SlaSettings({}), _read(SLA_FILE, text), f"communique/data/{SLA_FILE}")


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> SlaSettings:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read the SLA settings ({exc.strerror})", path=path) from None
    return _merge(default_sla_settings(), _read(path, text), path)


def load_sla_settings(path: str | Path | None) -> SlaSettings:
    """The defaults overridden by ``path`` (None: the defaults alone)."""
    if path is None:
        return default_sla_settings()
    file = Path(path)
    try:
        mtime = file.stat().st_mtime
    except OSError:
        raise UsageError("there is no SLA settings file here; fix "
                         f"{SLA_FILE_ENV} or create the file", path=str(file)) from None
    return _load(str(file), mtime)


def sla_settings() -> SlaSettings:
    """The settings in force: ``COMMUNIQUE_CONSULAR_SLA_FILE``, else ``consular-sla.toml``
    in the data folder when it exists, else the defaults."""
    explicit = os.environ.get(SLA_FILE_ENV)
    if explicit:
        return load_sla_settings(explicit)
    from ..config import get_settings

    candidate = Path(get_settings().data_dir) / SLA_FILE
    return load_sla_settings(candidate if candidate.is_file() else None)
