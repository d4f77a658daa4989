"""Finding and opening inputs; whole-file bad input."""

from __future__ import annotations

import gzip

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest import ingest
from claimgraph.ingest.sources import expand_inputs

PAPER = "A Title\n\nAn abstract that is complete.\n"


def test_expand_inputs_recursive_sorted_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(PAPER)
    (tmp_path / "a.txt").write_text(PAPER)
    (tmp_path / ".hidden.txt").write_text(PAPER)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(PAPER)
    files = expand_inputs([tmp_path / "b", tmp_path, tmp_path / "a.txt"])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "b/z.txt"]


def test_explicit_hidden_file_is_read(tmp_path):
    hidden = tmp_path / ".papers.txt"
    hidden.write_text(PAPER)
    assert len(ingest([hidden]).papers) == 1


def test_missing_input_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder") as info:
        ingest([tmp_path / "missing.txt"])
    assert info.value.path.endswith("missing.txt")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n \t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Title\n\nAbstract.\n".encode("utf-16"), "UTF-16"),
        (b"new\n\nSubscribe\n\nMar 14\n", "no paper records found"),
    ],
)
def test_whole_file_problems(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(PAPER)
    result = ingest([tmp_path])
    assert [p.title for p in result.papers] == ["A Title"]
    (problem,) = result.problems
    assert problem.path == str(bad) and message in problem.message


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    lines = "".join(f'{{"title": "P{n}", "abstract": "{"x" * 200} {n}"}}\n' for n in range(3000))
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    result = ingest([path])
    assert 0 < len(result.papers) < 3000
    (problem,) = result.problems
    assert "broken gzip" in problem.message


def test_gzip_of_binary_is_reported(tmp_path):
    path = tmp_path / "blob.gz"
    path.write_bytes(gzip.compress(b"\x00\x01\x02" * 100))
    (problem,) = ingest([path]).problems
    assert "binary file" in problem.message


def test_broken_and_looping_links_in_a_folder_are_named(tmp_path):
    (tmp_path / "good.jsonl").write_text('{"title": "T", "abstract": "A."}\n', encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "gone").symlink_to(tmp_path / "missing.jsonl")
    result = ingest([tmp_path])
    assert len(result.papers) == 1
    assert sorted(str(p) for p in result.problems) == [
        f"{tmp_path / name}: cannot read: a broken or looping symbolic link" for name in ("gone", "loop")
    ]
