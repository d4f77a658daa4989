"""The guide-format loader and its error messages."""

from __future__ import annotations

import json

import pytest

from claimgraph.errors import InputError
from claimgraph.evaluate import load_annotations


def write(tmp_path, *lines: str):
    path = tmp_path / "f.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps({"id": "a", "title": "T", "entities": [{"text": "BERT", "type": "Model", "aliases": ["BERT"]}]})


def test_minimal_records_and_blank_lines(tmp_path) -> None:
    path = write(tmp_path, GOOD, "", json.dumps({"id": "b"}))
    papers = load_annotations(path)
    assert [p.id for p in papers] == ["a", "b"]
    assert papers[0].entities[0].aliases == ("BERT",)
    assert papers[1].entities == () and papers[1].claims == () and papers[1].line == 3


def test_text_is_always_an_alias(tmp_path) -> None:
    path = write(tmp_path, json.dumps({"id": "a", "entities": [{"text": "SPT", "type": "Method"}]}))
    assert load_annotations(path)[0].entities[0].aliases == ("SPT",)


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be an object"),
        (json.dumps({"title": "no id"}), "'id'"),
        (
            json.dumps({"id": "a", "entities": [{"text": "X", "type": "Thing"}]}),
            "entities[0]: unknown entity type 'Thing'",
        ),
        (json.dumps({"id": "a", "entities": {"text": "X"}}), "'entities' must be a list"),
        (json.dumps({"id": "a", "quantities": [{"text": "5%", "value": "5", "unit": "%"}]}), "quantities[0]: 'value'"),
        (json.dumps({"id": "a", "quantities": [{"text": "5%", "value": 5, "unit": 3}]}), "'unit'"),
        (json.dumps({"id": "a", "claims": [{"text": "S.", "type": "boast"}]}), "claims[0]: unknown claim type"),
        (json.dumps({"id": "a", "claims": [{"text": "S.", "type": "finding", "hedged": "no"}]}), "'hedged'"),
        (
            json.dumps({"id": "a", "relations": [{"head": "A", "relation": "proposes", "tail": "B"}]}),
            "unknown relation",
        ),
        (json.dumps({"id": "a", "proposes": ["A", ""]}), "proposes[1]"),
    ],
)
def test_bad_line_names_file_and_line(tmp_path, line: str, fragment: str) -> None:
    path = write(tmp_path, GOOD, line)
    with pytest.raises(InputError) as info:
        load_annotations(path)
    assert info.value.line == 2
    assert str(info.value).startswith(f"{path}:2: ")
    assert fragment in str(info.value)


def test_duplicate_id(tmp_path) -> None:
    path = write(tmp_path, GOOD, GOOD)
    with pytest.raises(InputError, match=r":2: duplicate paper id 'a' \(first on line 1\)"):
        load_annotations(path)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(InputError, match="cannot read file"):
        load_annotations(tmp_path / "nope.jsonl")
