"""The curated lexicons: sorted, unique, clean, and every ``variant_of`` resolves."""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources

import pytest

from claimgraph.extract.lexicons import LEXICON_FILES, load_lexicon, metric_directions
from claimgraph.vocabulary import ENTITY_TYPES

KEYS = {"name", "type", "aliases", "ambiguous", "variant_of", "params", "modality", "category", "source"}
METRIC_KEYS = {"higher_is_better", "percent"}


def rows(name: str) -> list[dict]:
    text = (resources.files("claimgraph.extract.lexicons") / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_sorted_by_casefolded_name_and_names_unique(name):
    keys = [row["name"].casefold() for row in rows(name)]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_fields_types_and_whitespace(name):
    types = set()
    for row in rows(name):
        allowed = KEYS | (METRIC_KEYS if row["type"] == "Metric" else set())
        assert set(row) <= allowed, row["name"]
        assert row["type"] in ENTITY_TYPES
        types.add(row["type"])
        for form in [row["name"], *row["aliases"]]:
            assert form == form.strip() and "  " not in form and form, (row["name"], form)
        assert len(row["aliases"]) == len(set(row["aliases"])), row["name"]
        assert "source" not in row or isinstance(row["source"], str)
    assert len(types) == 1, f"{name} mixes types {types}"


def test_every_variant_of_names_an_entry():
    names = {row["name"] for name in LEXICON_FILES for row in rows(name)}
    dangling = [(row["name"], row["variant_of"]) for row in rows("models.jsonl") if "variant_of" in row]
    assert [pair for pair in dangling if pair[1] not in names] == []


def test_no_surface_form_names_two_entries():
    """As the matcher reads forms: one with a capital exactly, an all-lowercase one in any case."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in load_lexicon().entries:
        for form in entry.forms:
            owners[form if form != form.lower() else form.lower()].add(f"{entry.type}:{entry.name}")
    exact = {form: o for form, o in owners.items() if len(o) > 1}
    lowered = defaultdict(set)
    for form, o in owners.items():
        if form == form.lower():
            lowered[form] |= o
    for form, o in owners.items():
        if form != form.lower() and form.lower() in lowered and not (lowered[form.lower()] >= o):
            exact[form] = o | lowered[form.lower()]
    assert exact == {}


def test_metric_directions_come_from_the_metrics_lexicon():
    table = metric_directions()
    assert table["perplexity"] == (False, False)
    assert table["accuracy"][0] is True
    metric_forms = {f.lower() for e in load_lexicon().entries if e.type == "Metric" for f in e.forms}
    assert set(table) <= metric_forms


def test_classic_embedding_models_are_models():
    models = {row["name"] for row in rows("models.jsonl")}
    methods = {row["name"] for row in rows("methods.jsonl")}
    for name in ("word2vec", "GloVe", "fastText", "ELMo"):
        assert name in models and name not in methods


def entry_of_form() -> dict:
    """Each surface form of the packaged lexicons -> its entry (the last one naming it)."""
    return {form: entry for entry in load_lexicon().entries for form in entry.forms}


def test_classic_names_are_known_and_short_ambiguous_forms_are_marked():
    forms = entry_of_form()
    expected = {
        "CNN": "Method",
        "convolutional neural network": "Method",
        "Fast R-CNN": "Model",
        "Faster R-CNN": "Model",
        "ByteNet": "Model",
        "FlowNet": "Model",
        "CornerNet": "Model",
        "seq2seq": "Method",
        "Omniglot": "Dataset",
        "CUHK03": "Dataset",
        "BlogCatalog": "Dataset",
        "Labeled Faces in the Wild": "Dataset",
        "MOTA": "Metric",
        "person re-identification": "Task",
    }
    assert {form: forms[form].type for form in expected if form in forms} == expected
    for form in ("SSD", "LINE", "PPI", "MuJoCo", "HED"):
        assert forms[form].ambiguous, form
    assert not forms["CUHK03"].ambiguous


def test_distinct_versions_are_distinct_entries():
    """A new version or split of a dataset or model is its own entry, so that two of them in one paper stay two."""
    owner = {form: entry.name for form, entry in entry_of_form().items()}
    for first, second in [
        ("VoxCeleb1", "VoxCeleb2"),
        ("ETTh1", "ETTm2"),
        ("AlpacaEval", "AlpacaEval 2.0"),
        ("MOT17", "MOT20"),
        ("MobileNetV2", "MobileNetV3"),
        ("Stable Diffusion 3", "Stable Diffusion 3.5"),
        ("InternVL2", "InternVL2.5"),
        ("GPQA", "GPQA Diamond"),  # a subset is its own benchmark
        ("ScreenSpot", "ScreenSpot-Pro"),
        ("BIG-bench", "BIG-bench Lite"),
        ("RedPajama", "RedPajama-V2"),
    ]:
        assert owner[first] != owner[second], (first, second)
    assert owner["AlpacaEval 2"] == owner["AlpacaEval 2.0"]  # spellings of one version stay together
    assert owner["SD3.5"] == owner["Stable Diffusion 3.5"]


def test_common_techniques_and_pose_errors_are_listed():
    forms = entry_of_form()
    expected = {
        "decoder-only transformer": "Method",
        "encoder-decoder architecture": "Method",
        "autoregressive decoding": "Method",
        "prompt optimization": "Method",
        "contrastive activation addition": "Method",
        "best-of-N re-ranking": "Method",
        "importance sampling": "Method",
        "cross-encoder": "Method",
        "multiple choice QA": "Task",
        "relative rotation error": "Metric",
        "RRE": "Metric",
        "relative translation error": "Metric",
    }
    assert {form: forms[form].type for form in expected if form in forms} == expected
    assert forms["best-of-N re-ranking"].name == "best-of-N sampling"
    assert forms["RTE"].type == "Dataset"  # GLUE's RTE keeps the short form; a local "(RTE)" definition types it
    table = metric_directions()
    assert table["relative translation error"][0] is False and table["rre"][0] is False
    # capabilities and generic words stay out ("the capability for self-correction")
    for form in ("self-correction", "supervised learning", "positional encoding", "MPC"):
        assert form not in forms, form
