from __future__ import annotations

import json


def test_agreements_add_status_list_show(run):
    added = run("agreements", "add", "--title", "Visa waiver", "--party", "geo", "--party",
                "UZB", "--signed", "2021-06-15", "--city", "Tashkent",
                "--signatory", "A. Minister:foreign_minister:GEO")
    assert added.exit_code == 0, added.output
    aid = added.stdout.split()[1]
    step = run("agreements", "status", aid, "ratified", "--party", "GEO", "--date", "2021-09")
    assert step.exit_code == 0 and "to ratify: UZB" in step.stdout
    listed = run("agreements", "list", "--state", "signed", "--format", "jsonl")
    assert [json.loads(x)["title"] for x in listed.stdout.splitlines()] == ["Visa waiver"]
    shown = json.loads(run("agreements", "show", aid).stdout)
    assert [s["action"] for s in shown["steps"]] == ["signed", "ratified"]
    bad = run("agreements", "status", aid, "ratified", "--party", "FRA")
    assert bad.exit_code == 1 and "not a party" in bad.stderr
