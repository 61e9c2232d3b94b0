"""Extraction as a map over Arrow tables, and over a Dask cluster of two workers."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from communique.bench_support import readout
from communique.documents import document_from_text
from communique.errors import UsageError
from communique.extract import RECORD_SCHEMA, extract_batch, extract_document, extract_parquet


def _documents(n: int) -> pa.Table:
    rng = random.Random(4)
    return pa.table({"name": [f"r{i:03d}.txt" for i in range(n)],
                     "text": ["Ministry of Foreign Affairs of Georgia\n\n" + readout(rng)
                              for _ in range(n)]})


def test_a_batch_gives_each_document_s_records_in_order() -> None:
    docs = _documents(12)
    out = extract_batch(docs, issuer="GEO")
    assert out.schema == RECORD_SCHEMA
    expected = []
    for name, text in zip(docs.column("name").to_pylist(), docs.column("text").to_pylist(),
                          strict=True):
        recs = extract_document(document_from_text(text, name=name), issuer="GEO").records
        expected += [(name, i, r.to_dict()) for i, r in enumerate(recs)]
    got = [(row["document"], row["index"], json.loads(row["record"])) for row in out.to_pylist()]
    assert got == expected and len(got) > 12


def test_each_document_may_name_its_own_issuer_and_date() -> None:
    text = "On 3 May the Minister of Foreign Affairs paid an official visit to Norway."
    docs = pa.table({"name": ["a.txt", "b.txt"], "text": [text, text],
                     "issuer": ["GEO", "EST"], "date": ["2023", "2021"]})
    rows = extract_batch(docs).to_pylist()
    assert [(r["countries_from"], r["date_start"]) for r in rows] == \
        [(["GEO"], "2023-05-03"), (["EST"], "2021-05-03")]


def test_a_document_that_cannot_be_read_is_a_row_with_its_error() -> None:
    rows = extract_batch(pa.table({"name": ["blank.txt"], "text": ["   "]})).to_pylist()
    assert len(rows) == 1 and rows[0]["record"] is None and "empty" in rows[0]["error"]


def test_a_table_without_text_is_refused() -> None:
    with pytest.raises(UsageError, match="'name' and 'text'"):
        extract_batch(pa.table({"name": ["a.txt"]}))


def test_parquet_in_parquet_out(tmp_path: Path) -> None:
    pq.write_table(_documents(5), tmp_path / "docs.parquet")
    n = extract_parquet(tmp_path / "docs.parquet", tmp_path / "records.parquet", issuer="GEO")
    table = pq.read_table(tmp_path / "records.parquet")
    assert n == table.num_rows > 5 and table.schema.equals(RECORD_SCHEMA)


def extract_shard(rows, out):
    """The README's example: one partition in, its records written as one Parquet file."""
    rows = list(rows)
    if not rows:
        return []
    path = f"{out}/{rows[0]['name']}.parquet"
    pq.write_table(extract_batch(pa.Table.from_pylist(rows), issuer="GEO"), path)
    return [path]


def test_a_dask_cluster_of_two_workers_extracts_what_one_process_does(tmp_path: Path) -> None:
    import dask.bag as db
    from dask import distributed

    docs = _documents(40)
    docs = docs.append_column("date", pa.array(["2023-06-01"] * docs.num_rows))  # dated
    out = tmp_path / "records"
    out.mkdir()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        bag = db.from_sequence(docs.to_pylist(), npartitions=4)
        shards = bag.map_partitions(extract_shard, out=str(out)).compute()
    assert len(shards) == 4
    together = pq.read_table(out)  # the folder is one dataset, in name order
    assert together.to_pylist() == extract_batch(docs, issuer="GEO").to_pylist()

    from communique.registry import open_registry
    from communique.services.importer import import_file

    with open_registry(f"sqlite:///{tmp_path / 'registry.db'}") as reg:
        report = import_file(reg, out)  # one bulk load of every shard
    assert report.rows == together.num_rows
    assert report.new_events + report.merged == together.num_rows


def test_import_refuses_parquet_that_is_not_records(tmp_path: Path) -> None:
    from communique.errors import UnsupportedFormatError
    from communique.registry import open_registry
    from communique.services.importer import import_file

    pq.write_table(pa.table({"name": ["a"]}), tmp_path / "docs.parquet")
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    with open_registry(f"sqlite:///{tmp_path / 'r.db'}") as reg:
        with pytest.raises(UsageError, match="no 'record' column"):
            import_file(reg, tmp_path / "docs.parquet")
        with pytest.raises(UnsupportedFormatError, match="cannot read it as Parquet"):
            import_file(reg, tmp_path / "broken.parquet")
