"""Resolution cost grows linearly with the number of mentions (counted, not timed)."""

from __future__ import annotations

import pytest

import claimgraph.names
from claimgraph.resolve import known_names, resolve
from claimgraph.resolve.keys import UnionFind
from claimgraph.resolve.registry import load_registry
from tests.resolve.cases import LEXICON, ent, paper


def corpus(n: int):
    """``n`` papers with shared names, spelling variants, ambiguous short forms and variants."""
    papers = []
    for i in range(n):
        papers.append(
            paper(
                f"p{i:06d}",
                ent(("GPT-3", "GPT3", "GPT 3")[i % 3]),
                ent(f"Method Number {i}", "Method", "SPT"),  # n different expansions of one short form
                ent("SPT", "Method"),
                ent(f"Model{i % 50}-{i % 7 + 1}B"),  # variants of 50 families
                ent(f"Dataset {i}", "Dataset", f"DS{i}"),
                ent("LLaMA-2-7B"),
                ent("chain of thought", "Method", "CoT"),
            )
        )
    return papers


def count_operations(monkeypatch, n: int) -> dict[str, int]:
    counts = {"normalize": 0, "find": 0, "parse_variant": 0}
    original_normalize, original_find, original_parse = (
        claimgraph.names.normalize_name,
        UnionFind.find,
        known_names.parse_variant,
    )

    def normalize(text):
        counts["normalize"] += 1
        return original_normalize(text)

    def find(self, key):
        counts["find"] += 1
        return original_find(self, key)

    def parse(name):
        counts["parse_variant"] += 1
        return original_parse(name)

    with monkeypatch.context() as patch:
        patch.setattr(claimgraph.names, "normalize_name", normalize)
        patch.setattr(UnionFind, "find", find)
        patch.setattr(known_names, "parse_variant", parse)
        result = resolve(corpus(n), lexicon=LEXICON, registry=load_registry())
    assert result.key_for("p000001", "SPT") == "Method:method number1"
    return counts


def test_operations_grow_linearly(monkeypatch):
    small, large = count_operations(monkeypatch, 200), count_operations(monkeypatch, 1600)
    mentions = 1600 * 9  # entity forms in the large corpus
    for name in small:
        # 8x the papers: an all-pairs comparison would cost 64x; allow a fixed setup cost
        assert large[name] <= 8.5 * small[name], (name, small[name], large[name])
        assert large[name] <= 25 * mentions + 2000, (name, large[name])


def test_each_distinct_form_is_normalised_once(monkeypatch):
    calls: list[str] = []
    original = claimgraph.names.normalize_name
    monkeypatch.setattr(claimgraph.names, "normalize_name", lambda text: calls.append(text) or original(text))
    resolve(corpus(100), lexicon=LEXICON, registry=load_registry())
    assert len(calls) == len(set(calls))


@pytest.mark.parametrize("n", [3000])
def test_one_short_form_with_many_expansions(n):
    extractions = [paper(f"p{i}", ent(f"Long Name {i}", "Method", "LN")) for i in range(n)]
    result = resolve(extractions, lexicon=LEXICON, registry=load_registry())
    assert len(result.entities) == n
    assert result.key_for("p7", "LN") == "Method:long name7"
