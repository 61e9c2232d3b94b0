"""SLA targets from a settings file a user can override, and working hours counted in the
mission's own time zone (a Friday-Saturday weekend across a DST change, a holiday)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from communique.consular import (
    SLA_FILE_ENV,
    country_zone,
    load_sla_settings,
    open_case,
    set_status,
    sla_settings,
)
from communique.consular._cases import case_clock
from communique.consular._sla import sla_state
from communique.errors import UsageError

ISRAEL = "Asia/Jerusalem"


def _state(opened: datetime, now: datetime, category: str = "detention",
           answered: bool = False, **kw):
    conf = kw.pop("settings", None) or load_sla_settings(None)
    return sla_state(category=category, iso3="ISR", opened=opened, now=now,
                     first_response=opened if answered else None, resolved=None,
                     waiting_since=None, paused_hours=0.0, zone=conf.zone("ISR"),
                     settings=conf)


def test_a_country_takes_its_capitals_zone_or_the_first_of_the_table():
    assert country_zone("ISR") == ISRAEL and country_zone("DEU") == "Europe/Berlin"
    conf = load_sla_settings(None)
    assert str(conf.zone("RUS")) == "Europe/Moscow"  # not Kaliningrad, the table's first
    assert str(conf.zone("XKX")) == "UTC" or country_zone("XKX") is not None


def test_working_hours_count_in_local_time_across_a_dst_change_with_a_friday_weekend():
    # Thursday 28 March 2024, 17:00 in Israel (UTC+2) = 15:00 UTC; clocks go forward on
    # Friday 29 March; Friday and Saturday are the weekend. Sunday 10:00 (UTC+3) = 07:00 UTC.
    opened, sunday = datetime(2024, 3, 28, 15), datetime(2024, 3, 31, 7)
    state = _state(opened, sunday, answered=True)
    assert state.used_hours == 2.0  # 17-18 on Thursday, 9-10 on Sunday (UTC would give 3)
    # first response within 4 working hours: 1 on Thursday, 3 on Sunday -> 12:00 local,
    # which is 09:00 UTC after the change (10:00 before it)
    assert _state(opened, sunday).response_due == datetime(2024, 3, 31, 9)


def test_a_public_holiday_of_the_mission_stops_the_clock():
    # Monday 22 April 2024 17:00 in Israel (14:00 UTC); Tuesday 23 April is Pesach
    state = _state(datetime(2024, 4, 22, 14), datetime(2024, 4, 24, 6))
    assert state.response_due == datetime(2024, 4, 24, 9)  # Wednesday 12:00 local
    assert state.used_hours == 1.0  # Monday's hour; nothing on the holiday, Wednesday 9:00


def test_a_users_file_overrides_targets_and_names_missions(tmp_path: Path, monkeypatch,
                                                            desk, officer):
    own = tmp_path / "sla.toml"
    own.write_text('due_soon = 0.5\n[targets.detention]\nfirst_response_hours = 2\n'
                   '[missions."Consulate in Haifa"]\ncountry = "ISR"\n'
                   '[missions."Honorary consul"]\ncountry = "DEU"\ntimezone = "Asia/Tokyo"\n',
                   encoding="utf-8")
    monkeypatch.setenv(SLA_FILE_ENV, str(own))
    conf = sla_settings()
    assert conf.target("detention") == (2.0, 5.0) and conf.target("death") == (4.0, 10.0)
    assert conf.due_soon == 0.5 and conf.files[-1] == str(own)
    case_id = open_case(desk, officer, opened="2024-03-28T15:00", channel="hotline",
                        category="detention", country="TUR", mission="Consulate in Haifa")
    row = set_status(desk, officer, case_id, "assigned", now=datetime(2024, 3, 28, 15, 30))
    # 2 working hours from 17:00 Thursday in Israel: 1 on Thursday, 1 on Sunday -> 10:00
    # local = 07:00 UTC
    assert row.sla.response_due == datetime(2024, 3, 31, 7)
    with desk.registry.read() as session:
        from communique.consular import ConsularCase

        case = session.get(ConsularCase, case_id)
        case.mission = "Honorary consul"
        iso3, zone = case_clock(case)
    assert (iso3, str(zone)) == ("DEU", "Asia/Tokyo")


def test_the_settings_file_in_the_data_folder_is_used(tmp_path: Path, monkeypatch):
    monkeypatch.delenv(SLA_FILE_ENV, raising=False)
    monkeypatch.setenv("COMMUNIQUE_DATA_DIR", str(tmp_path))
    assert sla_settings().target("appeal") == (16.0, 15.0)
    (tmp_path / "consular-sla.toml").write_text("[targets]\nappeal = { resolution_days = 30 }\n",
                                                encoding="utf-8")
    assert sla_settings().target("appeal") == (16.0, 30.0)


@pytest.mark.parametrize(("text", "problem"), [
    ("[targets]\nshipwreck = { resolution_days = 3 }\n", "targets.shipwreck: unknown category"),
    ("[targets]\ndeath = { resolution_days = -1 }\n", "targets.death.resolution_days"),
    ("[targets]\ndeath = { resolution_days = 'soon' }\n", "is not a number"),
    ("[targets]\ndeath = { respond_in = 3 }\n", "first_response_hours"),
    ("due_soon = 2\n", "due_soon: 2 is out of range"),
    ("[timezones]\nTUR = \"Europe/Ankara\"\n", "timezones.TUR: 'Europe/Ankara' is not a known"),
    ("[timezones]\nTURK = \"Europe/Istanbul\"\n", "not an ISO 3166-1 alpha-3"),
    ("[missions.Rome]\ncountry = \"ITA\"\ntz = \"Europe/Rome\"\n", "missions.Rome"),
    ("weekend = 'friday'\n", "weekend: unknown setting"),
    ("working_hours = '9 to 5'\n", "working_hours: give the hours"),
    ("working_hours = '18:00-09:00'\n", "ends before it starts"),
    ("working_hours = '25:00-26:00'\n", "is not a span of hours"),
    ("[missions.Rome]\nworking_hours = 8\n", "missions.Rome.working_hours"),
    ("[targets\n", "not valid TOML"),
])
def test_a_bad_settings_file_is_refused_naming_the_file_and_the_key(tmp_path: Path, text,
                                                                     problem):
    bad = tmp_path / "bad-sla.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError, match=problem) as err:
        load_sla_settings(bad)
    assert str(bad) in str(err.value)


def test_a_missing_settings_file_is_an_error(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(SLA_FILE_ENV, str(tmp_path / "nowhere.toml"))
    with pytest.raises(UsageError, match="no SLA settings file"):
        sla_settings()


def test_working_hours_come_from_the_settings_and_a_mission_may_have_its_own(
        tmp_path: Path, monkeypatch, desk, officer):
    own = tmp_path / "sla.toml"
    own.write_text('working_hours = "08:00-16:00"\n'
                   '[missions."Consulate in Haifa"]\ncountry = "ISR"\n'
                   'working_hours = "10:00-14:00"\n', encoding="utf-8")
    monkeypatch.setenv(SLA_FILE_ENV, str(own))
    conf = sla_settings()
    assert str(conf.workday(None)) == "08:00-16:00"
    assert str(conf.workday("Consulate in Haifa")) == "10:00-14:00"
    # Monday 3 June 2024, 06:00 UTC = 09:00 in Israel (UTC+3): a detention, 4 working hours
    # to the first response. Desk hours 08:00-16:00 -> 13:00 local (10:00 UTC); the Haifa
    # consulate's 10:00-14:00 -> 4 hours starting at 10:00 -> 14:00 local (11:00 UTC).
    desk_day = _state(datetime(2024, 6, 3, 6), datetime(2024, 6, 3, 6), settings=conf)
    assert desk_day.response_due == datetime(2024, 6, 3, 10)
    assert desk_day.target_hours == 5 * 8.0  # resolution: 5 working days of 8 hours
    case_id = open_case(desk, officer, opened="2024-06-03T06:00", channel="hotline",
                        category="detention", country="TUR", mission="Consulate in Haifa")
    row = set_status(desk, officer, case_id, "assigned", now=datetime(2024, 6, 3, 6, 30))
    assert row.sla.response_due == datetime(2024, 6, 3, 11)
    assert row.sla.target_hours == 5 * 4.0
