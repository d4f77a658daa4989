"""The alias registry file and forbidden merges."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from claimgraph.errors import ConfigError
from claimgraph.extract.lexicons import Lexicon, LexiconEntry
from claimgraph.names import normalize_name
from claimgraph.resolve import load_registry, resolve
from claimgraph.resolve.registry import AliasRegistry
from tests.resolve.cases import LEXICON, ent, paper

EMPTY = AliasRegistry()
REGISTRY_FILE = Path(str(resources.files("claimgraph.resolve") / "aliases.json"))


def test_registry_file_is_documented_and_sane():
    data = json.loads(REGISTRY_FILE.read_text(encoding="utf-8"))
    assert data["_doc"]
    registry = load_registry()
    assert len(registry.forbidden) + len(registry.distinct) >= 12
    for rule in registry.forbidden:
        assert normalize_name(rule.a) != normalize_name(rule.b)
    for record in data["distinct"]:
        # a homonym entry only makes sense where normalisation would merge
        assert normalize_name(record["form"]) == normalize_name(record["distinct_from"])
        assert record["form"] != record["distinct_from"] and record["reason"]
    for record in data["forbidden"]:
        assert record["reason"]
    for rule in registry.aliases:
        assert normalize_name(rule.alias) != normalize_name(rule.canonical) or rule.alias == rule.canonical


def test_bad_registry_is_a_config_error(tmp_path):
    path = tmp_path / "aliases.json"
    path.write_text('{"forbidden": [{"names": ["A"]}]}', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_registry(path)
    path.write_text('{"aliases": [{"alias": "A", "canonical": "B", "type": "Thing"}]}', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_registry(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_registry(path)


def test_case_homonyms_stay_apart():
    extractions = [paper("p1", ent("PaLM")), paper("p2", ent("PALM")), paper("p3", ent("Palm"))]
    r = resolve(extractions, lexicon=LEXICON, registry=load_registry())
    nodes = {e.key: e for e in r.entities}
    assert set(nodes) == {"Model:palm", "Model:palm~caps"}
    assert nodes["Model:palm"].paper_ids == ("p1", "p3")
    assert nodes["Model:palm"].canonical == "PaLM"
    assert nodes["Model:palm~caps"].canonical is None
    merged = resolve(extractions, lexicon=LEXICON, registry=EMPTY)
    assert [e.key for e in merged.entities] == ["Model:palm"]


def test_forbidden_pair_blocks_a_lexicon_match_through_a_short_form():
    extractions = [
        paper("p1", ent("Abstraction and Reasoning Corpus", "Dataset", "ARC")),
        paper("p2", ent("AI2 Reasoning Challenge", "Dataset", "ARC")),
    ]
    r = resolve(extractions, lexicon=LEXICON, registry=load_registry())
    assert r.key_for("p1", "ARC") == "Dataset:abstraction and reasoning corpus"
    assert r.key_for("p2", "ARC") == "Dataset:arc"
    # without the registry, p1's own long form still keeps its ARC off the lexicon's (AI2 Reasoning Challenge)
    apart = resolve(extractions, lexicon=LEXICON, registry=EMPTY)
    assert apart.key_for("p1", "ARC") == "Dataset:abstraction and reasoning corpus"


def test_forbidden_pair_blocks_a_wrong_lexicon_alias():
    wrong = Lexicon(entries=(LexiconEntry("GPT-3", "Model", ("GPT-3", "GPT-3.5")),), generic=frozenset())
    extractions = [paper("p1", ent("GPT-3")), paper("p2", ent("GPT-3.5"))]
    r = resolve(extractions, lexicon=wrong, registry=load_registry())
    assert {e.key for e in r.entities} == {"Model:gpt3", "Model:gpt3.5"}
    assert len(resolve(extractions, lexicon=wrong, registry=EMPTY).entities) == 1


def test_forbidden_pair_blocks_a_short_form_link():
    extractions = [
        paper("p1", ent("Semantic-aware Permutation Training", "Method", "SPT")),
        paper("p2", ent("Soft Prompt Tuning", "Method", "Semantic-aware Permutation Training")),
    ]
    r = resolve(extractions, lexicon=LEXICON, registry=load_registry())
    assert len(r.entities) == 2
    assert r.key_for("p2", "Semantic-aware Permutation Training") == "Method:soft prompt tuning"
    assert len(resolve(extractions, lexicon=LEXICON, registry=EMPTY).entities) == 1


def test_different_types_never_merge():
    r = resolve(
        [paper("p1", ent("SAM", "Model")), paper("p2", ent("SAM", "Method"))],
        lexicon=LEXICON,
        registry=load_registry(),
    )
    assert [e.key for e in r.entities] == ["Method:sam", "Model:sam"]
