from __future__ import annotations

import json


def test_aid_add_list_show_and_export(run, tmp_path):
    added = run("aid", "add", "--donor", "geo", "--to", "UKR", "--to", "UNICEF", "--title",
                "Winter clothing", "--date", "2022-12", "--amount", "EUR 20 thousand",
                "--modality", "in_kind", "--measure", "3000 items")
    assert added.exit_code == 0, added.output
    aid_id = added.stdout.split()[1]
    shown = json.loads(run("aid", "show", aid_id).stdout)
    assert shown["amount"] == 20000 and shown["currency"] == "EUR"
    assert shown["measures"] == [{"value": 3000, "qualifier": "exactly", "unit": "items"}]
    listed = run("aid", "list", "--recipient", "UKR", "--format", "jsonl")
    assert [json.loads(x)["title"] for x in listed.stdout.splitlines()] == ["Winter clothing"]
    out = tmp_path / "aid.xml"
    exported = run("aid", "export", "--format", "iati", "-o", out)
    assert exported.exit_code == 0, exported.output
    assert b"<iati-activities" in out.read_bytes()


def test_aid_add_refuses_an_amount_without_currency(run):
    bad = run("aid", "add", "--donor", "GEO", "--to", "UKR", "--title", "x", "--amount", "500")
    assert bad.exit_code == 1 and "currency" in bad.stderr
