"""The curated lexicons: sorted, unique, clean, and every ``variant_of`` resolves."""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources

import pytest

from claimgraph.extract.lexicons import LEXICON_FILES, load_lexicon, metric_directions
from claimgraph.resolve.variants import parse_variant, release_mark, sibling_release
from claimgraph.vocabulary import ENTITY_TYPES

KEYS = {
    "name",
    "type",
    "aliases",
    "same_release",
    "ambiguous",
    "ambiguous_abbreviations",
    "variant_of",
    "params",
    "modality",
    "category",
    "source",
}
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
        for form in [row["name"], *row["aliases"], *row.get("same_release", [])]:
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
        ("PixArt-alpha", "PixArt-Sigma"),  # a successor, not a spelling
    ]:
        assert owner[first] != owner[second], (first, second)
    assert owner["AlpacaEval 2"] == owner["AlpacaEval 2.0"]  # spellings of one version stay together
    assert owner["SD3.5"] == owner["Stable Diffusion 3.5"]
    assert owner["PixArt-Σ"] == owner["PixArt-Sigma"]


def test_common_techniques_and_pose_errors_are_listed():
    forms = entry_of_form()
    expected = {
        "decoder-only transformer": "Method",
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


def _resolver_suffix(form: str) -> str:
    parsed = parse_variant(form)
    return parsed.suffix.casefold() if parsed else ""


def release_aliases(row: dict) -> list[tuple[str, str, str]]:
    """The aliases of an entry that are another of its forms plus a release mark: ``(form, alias, mark)``.

    "o1-preview" is "o1" + "-preview", "FLUX.1" is "FLUX" + ".1": such an alias names another release, so a
    paper's "o1-preview" would be shown as the family. Not counted: a Model alias whose size or variant
    suffix the resolver splits off itself ("GPT-J-6B" of "GPT-J" is a variant node anyway), and the
    spellings of a release entry's own version ("THUMOS 2014" of "THUMOS14", whose name is "THUMOS" + "14").
    Forms that look like another release but are the entry's (ImageNet-1K is ImageNet) are listed under
    ``same_release``, not ``aliases``.
    """
    forms = [row["name"], *row["aliases"]]
    words = row["type"] == "Model"  # release words ("preview", "RLHF") are model vocabulary
    found = []
    for alias in row["aliases"]:
        for form in forms:
            mark = release_mark(form, alias, words=words)
            if mark is None or release_mark(form, row["name"], words=words) is not None:
                continue
            if row["type"] == "Model" and _resolver_suffix(form) != _resolver_suffix(alias):
                continue
            found.append((form, alias, mark))
        if row["type"] != "Model":  # model spellings and snapshots are the resolver's (sizes, dates)
            found += [(form, alias, marks[1]) for form in forms if (marks := sibling_release(form, alias))]
    return found


@pytest.mark.parametrize("name", ["models.jsonl", "methods.jsonl", "datasets.jsonl"])
def test_no_alias_names_another_release(name):
    """A version, preview, size or subset of a model, method or dataset is its own entry (``variant_of`` links a
    variant to its family), never an alias of the family."""
    assert {row["name"]: release_aliases(row) for row in rows(name) if release_aliases(row)} == {}


def test_the_release_check_finds_release_aliases():
    row = {"name": "OpenAI o1", "type": "Model", "aliases": ["o1", "o1-preview", "OpenAI-o1", "o1-7B"]}
    assert release_aliases(row) == [("o1", "o1-preview", "-preview")]
    row = {"name": "MovieLens", "type": "Dataset", "aliases": ["MovieLens-1M", "ML-1M"]}
    assert release_aliases(row) == [("MovieLens", "MovieLens-1M", "-1M")]
    row = {"name": "THUMOS14", "type": "Dataset", "aliases": ["THUMOS", "THUMOS 2014"]}
    assert release_aliases(row) == []
    row = {"name": "LLaMA", "type": "Model", "aliases": ["LLaMA-1", "LLaMA-7B"]}
    assert release_aliases(row) == []
    row = {"name": "IJB-A", "type": "Dataset", "aliases": ["IJB-B", "IARPA Janus Benchmark"]}
    assert release_aliases(row) == [("IJB-A", "IJB-B", "B")]  # a lettered sibling release
    row = {"name": "VQAv2", "type": "Dataset", "aliases": ["VQA v2", "VQA 2.0", "VQA-V2"]}
    assert release_aliases(row) == []  # one release written four ways


def test_judged_variants_have_their_own_entries():
    """Variants a judged sample showed as their family (issue #17) are entries of their own, variants linked."""
    forms = entry_of_form()
    for variant, family in [
        ("o1-preview", "OpenAI o1"),
        ("FLUX.1", "FLUX"),
        ("OWLv2", "OWL-ViT"),
        ("SD 2.1", "Stable Diffusion"),
        ("MovieLens-1M", "MovieLens"),
        ("IJB-B", "IJB-A"),
        ("IJB-C", "IJB-A"),
        ("IMDB-MULTI", "IMDB-BINARY"),
        ("REDDIT-MULTI-5K", "REDDIT-BINARY"),
        ("ViT-B/32", "ViT-B/16"),  # two patch sizes of one model size
        ("ViT-L/14", "ViT-L/16"),
    ]:
        assert forms[variant].name != forms[family].name, variant
    assert forms["o1-preview"].variant_of == "OpenAI o1"
    assert forms["ViT-B/32"].variant_of == "ViT-B"
    assert forms["ImageNet-1K"].name == "ImageNet"  # same_release: a form of the entry itself


def test_releases_of_a_dataset_by_size_are_entries_of_their_own():
    """WebVid-10M and WebVid-2M are two releases (a count after the name): neither is listed as a form of
    WebVid, so a paper naming both keeps two datasets."""
    forms = entry_of_form()
    assert forms["WebVid-10M"].name == "WebVid-10M" and forms["WebVid-2M"].name == "WebVid-2M"
    assert forms["WebVid"].name == "WebVid"


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_ambiguous_abbreviations_are_aliases_of_their_entry(name):
    for row in rows(name):
        assert set(row.get("ambiguous_abbreviations", ())) <= set(row["aliases"]), row["name"]


def test_abbreviations_with_a_second_established_meaning_are_marked():
    """Issue #17: "FFT" in a PEFT paper is full fine-tuning, not the Fourier transform; "TTS" is often
    test-time scaling, "ASR" attack success rate. A metric's abbreviation is not marked: the number it is
    bound to is the evidence of its meaning ("3.87 mm MAE" is no masked autoencoder)."""
    marked = {(entry.name, form) for entry in load_lexicon().entries for form in entry.ambiguous_abbreviations}
    for pair in [
        ("Fourier transform", "FFT"),
        ("speech synthesis", "TTS"),
        ("speech recognition", "ASR"),
    ]:
        assert pair in marked
    assert ("chain-of-thought", "CoT") not in marked and ("mean absolute error", "MAE") not in marked
