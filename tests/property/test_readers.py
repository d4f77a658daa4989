"""Every reader on hostile input: no crash, every record read or named in a message, every paper clean.

Inputs: arbitrary Unicode (lone surrogates, controls, RTL, combining marks, very
long tokens), arbitrary JSON shapes, and files truncated, concatenated, with
random bytes inserted, gzipped, or gzipped and broken (see ``strategies``).
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claimgraph.ingest import IngestResult, ingest
from claimgraph.ingest.serialize import paper_to_dict
from tests.property.strategies import (
    atom_bytes,
    atom_entries,
    dump_lines,
    jsonl_bytes,
    mangled,
    reader_settings,
    records,
)

UNSAFE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def read(name: str, data: bytes, **options) -> IngestResult:
    """Ingest ``data`` saved as ``name``; any exception fails the property."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        result = ingest([path], **options)
    check_clean(result)
    return result


def check_clean(result: IngestResult) -> None:
    """Every text of every paper is free of unsafe characters and writes as UTF-8 JSON."""
    for paper in result.papers:
        record = paper_to_dict(paper)
        texts = [v for v in record.values() if isinstance(v, str)] + list(paper.authors) + list(paper.categories)
        assert not [text for text in texts if UNSAFE.search(text)], record
        assert paper.abstract
        json.dumps(record, ensure_ascii=False).encode("utf-8")


def accounted_lines(result: IngestResult) -> set[int] | None:
    """Line numbers read into a paper or named in a problem; None when a problem names the whole file."""
    if any(problem.line is None for problem in result.problems):
        return None
    return {s.line for p in result.papers for s in p.sources} | {p.line for p in result.problems}


def nonblank_lines(data: bytes) -> set[int]:
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return {n for n, raw in enumerate(lines, start=1) if raw.decode("utf-8", "replace").strip()}


@reader_settings
@given(items=st.lists(records, max_size=6), data=st.data())
def test_json_lines(items, data):
    how, raw = data.draw(mangled(jsonl_bytes(items)))
    result = read("p.jsonl", raw, format="jsonl")
    seen = accounted_lines(result)
    if seen is not None and how in ("as is", "truncated", "concatenated", "random bytes"):
        assert nonblank_lines(raw) <= seen


@reader_settings
@given(items=st.lists(records, max_size=6), data=st.data())
def test_arxiv_snapshot(items, data):
    snapshot = [{**item, "update_date": "2024-01-02"} if isinstance(item, dict) else item for item in items]
    how, raw = data.draw(mangled(jsonl_bytes(snapshot)))
    result = read("arxiv.json", raw, format="arxiv-snapshot")
    seen = accounted_lines(result)
    if seen is not None and how in ("as is", "truncated", "concatenated", "random bytes"):
        assert nonblank_lines(raw) <= seen


@reader_settings
@given(items=st.lists(records, max_size=6), data=st.data())
def test_json_array(items, data):
    how, raw = data.draw(mangled(json.dumps(items).encode("utf-8")))
    result = read("p.json", raw)
    if how == "as is" and items:
        assert result.records + len(result.problems) == len(items)


@reader_settings
@given(entries=atom_entries, data=st.data())
def test_atom(entries, data):
    how, raw = data.draw(mangled(atom_bytes(entries)))
    result = read("feed.xml", raw, format="atom")
    ended = any(p.line is None or "XML" in p.message for p in result.problems)
    if how == "as is" and not ended:
        assert result.records + len(result.problems) == len(entries)


@reader_settings
@given(lines=dump_lines, data=st.data())
def test_daily_papers(lines, data):
    _, raw = data.draw(mangled("\n".join(lines).encode("utf-8", "surrogatepass")))
    read("dump.txt", raw)


@reader_settings
@given(raw=st.binary(max_size=300), format=st.sampled_from([None, "jsonl", "json", "atom", "dailypapers"]))
def test_random_bytes_plain_and_gzip(raw, format):
    for data in (raw, b"\x1f\x8b" + raw):
        result = read("noise", data, format=format)
        assert result.papers or result.problems
