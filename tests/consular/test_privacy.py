"""Personal data never leaves its encrypted columns: the planted-name scan, erasure,
retention, exports for admins only, key rotation."""

from __future__ import annotations

import json
import logging
import stat
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from communique.consular import (
    Actor,
    Citizen,
    CitizenInput,
    NameToken,
    access_log,
    add_manifest,
    add_note,
    add_operation,
    attach_file,
    desk_stats,
    erase_case,
    export_cases,
    find_cases,
    list_operations,
    open_case,
    purge,
    read_attachment,
    rotate_keys,
    set_status,
    show_case,
)
from communique.errors import AccessDeniedError, UsageError

NAME = "Vorquelline Zaftabrück"
DOC = "QZ9X7731054"


def _plant(desk, officer) -> int:
    case_id = open_case(desk, officer, opened="2021-05-06T11:00", channel="walk-in",
                        category="lost-document", country="DEU", mission="DEU Berlin",
                        citizen=CitizenInput(name=NAME, birth_date="1988-09-09", sex="M",
                                             document_number=DOC, contacts="+49 30 0000",
                                             next_of_kin="sister"),
                        summary=f"{NAME} lost passport {DOC}")
    add_note(desk, officer, case_id, f"{NAME} called; number {DOC}")
    attach_file(desk, officer, case_id, f"{NAME} {DOC}.txt",
                f"Statement of {NAME}, passport {DOC}\n".encode(), limit=1 << 20)
    attach_file(desk, officer, case_id, "utf16.txt",
                f"\ufeff{NAME} {DOC}".encode("utf-16-le"), limit=1 << 20)
    op = add_operation(desk, officer, kind="evacuation", day="2021-08-20", country="AFG")
    add_manifest(desk, officer, op, [CitizenInput(name=NAME, birth_date="1988-09-09",
                                                  document_number=DOC)])
    return case_id


def _contains(blob: bytes) -> list[str]:
    found = []
    for needle in (NAME, DOC, "Vorquelline", "Zaftabr", "QZ9X7731054"):
        for enc in ("utf-8", "utf-16-le"):
            if needle.encode(enc) in blob:
                found.append(f"{needle!r} ({enc})")
    return found


def test_a_planted_name_and_document_number_appear_nowhere_at_rest(
        desk, officer, admin, registry, tmp_path: Path, caplog: pytest.LogCaptureFixture,
        monkeypatch: pytest.MonkeyPatch):
    from communique.cli import app
    from communique.services.export import export_events

    monkeypatch.chdir(tmp_path)
    caplog.set_level(logging.DEBUG)
    case_id = _plant(desk, officer)
    # use it the way a desk does: search, read, move on, with errors on the way
    assert find_cases(desk, officer, name=NAME)[0].id == case_id
    assert find_cases(desk, officer, document=DOC)[0].id == case_id
    assert show_case(desk, officer, case_id).citizens[0]["name"] == NAME
    assert read_attachment(desk, officer, case_id, 1).data.startswith(b"Statement of")
    with pytest.raises(UsageError) as bad:
        open_case(desk, officer, opened="2021-05-06", channel="web", category="appeal",
                  country="DEU", citizen=CitizenInput(name=NAME, birth_date="2030-01-01",
                                                      document_number=DOC))
    set_status(desk, officer, case_id, "in-progress")
    # every output that is not the admin's personal-data export
    outputs: dict[str, bytes] = {"error": str(bad.value).encode()}
    for fmt in ("jsonl", "csv"):
        target = tmp_path / f"events.{fmt}"
        export_events(registry, fmt, target)
        outputs[target.name] = target.read_bytes()
    outputs["stats"] = json.dumps(desk_stats(desk, 2021).to_dict()).encode()
    outputs["operations"] = json.dumps([o.to_dict() for o in list_operations(
        desk, officer)]).encode()
    outputs["access log"] = json.dumps(access_log(desk, admin)).encode()
    runner = CliRunner()
    env = {"COMMUNIQUE_DATABASE_URL": registry.url}
    for args in (["cases", "list", "--format", "json"], ["cases", "stats", "--year", "2021"],
                 ["operations", "list"], ["hotline", "stats", "--year", "2021"],
                 ["cases", "access-log"], ["events", "list", "--type", "consular"]):
        result = runner.invoke(app, args, env=env)
        assert result.exit_code == 0, result.output
        outputs[" ".join(args)] = result.output.encode()
    outputs["logs"] = caplog.text.encode()
    if registry.dialect == "sqlite":  # the file and its WAL while open, then once closed
        db = Path(registry.url.removeprefix("sqlite:///"))
        for moment in ("open", "closed"):
            if moment == "closed":
                registry.close()
            for f in db.parent.iterdir():
                if f.name.startswith(db.name):
                    outputs[f"{f.name} ({moment})"] = f.read_bytes()
        assert f"{db.name}-wal (open)" in outputs
    else:
        dump = subprocess.run(["pg_dump", "--data-only", registry.url.replace(
            "postgresql+psycopg", "postgresql")], capture_output=True, check=True)
        outputs["pg_dump"] = dump.stdout
        assert b"consular_citizens" in dump.stdout
    for cache in list(tmp_path.rglob("*cache*")) + list(Path.cwd().rglob("*.db*")):
        if cache.is_file():
            outputs[str(cache)] = cache.read_bytes()
    leaks = {where: found for where, blob in outputs.items() if (found := _contains(blob))}
    assert leaks == {}
    assert len(outputs) >= 12


def test_the_personal_data_export_is_for_admins_and_logged(desk, officer, admin,
                                                           tmp_path: Path):
    _plant(desk, officer)
    with pytest.raises(AccessDeniedError, match="admins only"):
        export_cases(desk, officer, tmp_path / "no.csv")
    assert not (tmp_path / "no.csv").exists()
    out = tmp_path / "cases.csv"
    assert export_cases(desk, admin, out, year=2021) == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert NAME in out.read_text(encoding="utf-8")
    entry = access_log(desk, admin)[0]
    assert entry["action"] == "export" and entry["who"] == "root"


def test_erasing_a_case_keeps_it_anonymous_for_the_statistics(desk, officer, admin,
                                                              registry):
    case_id = _plant(desk, officer)
    assert erase_case(desk, officer, case_id, reason="request 2021-06-01") == 1
    detail = show_case(desk, officer, case_id)
    assert detail.summary is None and detail.citizens[0]["name"] is None
    assert detail.citizens[0]["erased"] and detail.citizens[0]["group"] == "man"
    assert all(t["text"] is None for t in detail.timeline)
    assert find_cases(desk, officer, document=DOC) == []
    assert desk_stats(desk, 2021).appeals == 1
    with registry.read() as session:
        from communique.registry import AuditEntry

        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "erase")).one()
        assert audit.entity_id == case_id and NAME not in (audit.note or "")


def test_purge_erases_cases_closed_longer_ago_than_the_retention(desk, officer, admin,
                                                                 monkeypatch):
    old = _plant(desk, officer)
    recent = open_case(desk, officer, opened="2021-05-06", channel="web", category="appeal",
                       country="DEU", citizen=CitizenInput(name="Recent Person"))
    for case_id in (old, recent):
        set_status(desk, officer, case_id, "in-progress", now=datetime(2021, 6, 1))
        set_status(desk, officer, case_id, "resolved", now=datetime(2021, 6, 2))
    set_status(desk, officer, old, "closed", now=datetime(2021, 6, 3))
    set_status(desk, officer, recent, "closed", now=datetime(2025, 6, 3))
    with pytest.raises(AccessDeniedError):
        purge(desk, officer)
    monkeypatch.setenv("COMMUNIQUE_CONSULAR_RETENTION_YEARS", "3")
    assert purge(desk, admin, now=datetime(2026, 1, 1)) == (1, 1)
    assert show_case(desk, admin, old).citizens[0]["name"] is None
    assert show_case(desk, admin, recent).citizens[0]["name"] == "Recent Person"
    assert access_log(desk, admin)[2]["action"] == "purge"


def test_key_rotation_reencrypts_everything_and_keeps_search_working(desk, officer, admin,
                                                                     registry, key_file):
    case_id = _plant(desk, officer)
    with registry.read() as session:
        before = set(session.scalars(select(Citizen.name_enc)))
        tokens_before = set(session.scalars(select(NameToken.token)))
    with pytest.raises(AccessDeniedError):
        rotate_keys(desk, officer)
    report = rotate_keys(desk, admin)
    assert (report.old_key, report.new_key) == ("k1", "k2") and report.values >= 10
    keys = json.loads(key_file.read_text())
    assert keys["current"] == "k2" and list(keys["keys"]) == ["k2"]
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    with registry.read() as session:
        after = set(session.scalars(select(Citizen.name_enc)))
        assert not before & after and all(v.startswith("v1:k2:") for v in after)
        assert not tokens_before & set(session.scalars(select(NameToken.token)))
    assert [r.id for r in find_cases(desk, officer, name=NAME)] == [case_id]
    assert show_case(desk, officer, case_id).summary.startswith(NAME)


def test_a_failed_rotation_leaves_the_data_readable(desk, officer, admin, registry,
                                                    monkeypatch):
    from communique.consular import _privacy

    case_id = _plant(desk, officer)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(_privacy, "audit", broken)
    with pytest.raises(RuntimeError):
        rotate_keys(desk, admin)
    assert show_case(desk, officer, case_id).citizens[0]["name"] == NAME
    assert read_attachment(desk, officer, case_id, 1).data.startswith(b"Statement of")
    assert [r.id for r in find_cases(desk, officer, document=DOC)] == [case_id]


def test_a_viewer_gets_statistics_but_no_manifest(desk, officer, registry):
    _plant(desk, officer)
    viewer = Actor("v", "viewer")
    assert desk_stats(desk, 2021).appeals == 1
    with pytest.raises(AccessDeniedError):
        list_operations(desk, viewer)
    with registry.read() as session:
        assert session.scalar(select(func.count()).select_from(Citizen)) == 2

