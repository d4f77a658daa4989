"""A name that merely starts with a known name keeps its own entity.

The extractor grows a lexicon match over glued parts ("Qwen3" in
"Qwen3-Max-Preview") and reports the grown entity with evidence
``lexicon-variant`` and, as ``canonical``, the lexicon name found inside it.
Resolution must not anchor the whole name to that inner name: only a genuine
size or tuning suffix (LLaMA-7B, BERT-base, -chat, -instruct) makes a variant,
and a variant is its own node ``variant_of`` its family.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.lexicons import load_lexicon
from claimgraph.resolve import resolve
from claimgraph.resolve.registry import load_registry
from claimgraph.resolve.variants import parse_variant
from tests.resolve.cases import ent, paper

# (whole name as the extractor outputs it, type, the lexicon name inside it that the extractor reports)
GROWN = [
    ("Qwen3-Max-Preview", "Model", "Qwen3"),
    ("LLaMA-Omni 2", "Model", "LLaMA"),
    ("DINO-BOLDNet", "Model", "DINO"),
    ("MS-YOLO", "Model", "YOLO"),
    ("Swin-DiT-L", "Model", "Swin Transformer"),
    ("TAP-Vid-DAVIS", "Dataset", "DAVIS"),
    ("ImageNet-LT", "Dataset", "ImageNet"),
    ("nuScenes-R", "Dataset", "nuScenes"),
    ("PTB-TIR", "Dataset", "Penn Treebank"),
]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def by_key(resolution):
    return {e.key: e for e in resolution.entities}


@pytest.mark.parametrize(("whole", "type_", "inner"), GROWN)
def test_grown_name_keeps_its_own_node(whole, type_, inner, lexicon, registry):
    r = resolve(
        [
            paper("p1", ent(whole, type_, canonical=inner, evidence="lexicon-variant")),
            paper("p2", ent(inner, type_, canonical=inner)),
        ],
        lexicon=lexicon,
        registry=registry,
    )
    nodes = by_key(r)
    whole_key, inner_key = r.key_for("p1", whole), r.key_for("p2", inner)
    assert whole_key != inner_key
    assert nodes[whole_key].label == whole
    assert nodes[whole_key].aliases == (whole,)
    assert nodes[whole_key].canonical is None
    assert nodes[whole_key].variant_of is None  # no size/tuning suffix: not a variant either
    assert whole not in nodes[inner_key].aliases
    assert nodes[inner_key].paper_ids == ("p2",)


@pytest.mark.parametrize(("whole", "type_", "inner"), GROWN)
def test_grown_name_alone_is_not_labelled_by_the_inner_name(whole, type_, inner, lexicon, registry):
    r = resolve(
        [paper("p1", ent(whole, type_, canonical=inner, evidence="lexicon-variant"))],
        lexicon=lexicon,
        registry=registry,
    )
    (node,) = r.entities
    assert (node.label, node.paper_ids) == (whole, ("p1",))


@pytest.mark.parametrize("whole", [name for name, type_, _ in GROWN if type_ == "Model"])
def test_grown_model_names_have_no_variant_suffix(whole):
    assert parse_variant(whole) is None


@pytest.mark.parametrize(
    ("variant", "family", "params"),
    [("LLaMA-7B", "LLaMA", 7e9), ("LLaMA-13B", "LLaMA", 13e9), ("BERT-base", "BERT", 1.1e8)],
)
def test_size_variant_reported_with_the_family_as_canonical_is_still_a_variant(
    variant, family, params, lexicon, registry
):
    r = resolve(
        [
            paper("p1", ent(variant, canonical=family, evidence="lexicon-variant")),
            paper("p2", ent(family, canonical=family)),
        ],
        lexicon=lexicon,
        registry=registry,
    )
    nodes = by_key(r)
    variant_key, family_key = r.key_for("p1", variant), r.key_for("p2", family)
    assert variant_key != family_key
    assert nodes[variant_key].label == variant
    assert (nodes[variant_key].variant_of, nodes[variant_key].params) == (family_key, params)
    assert nodes[family_key].label == family


def test_exact_lexicon_form_still_anchors_by_the_extractors_canonical(lexicon, registry):
    # evidence "lexicon": the canonical names the entity itself
    r = resolve(
        [paper("p1", ent("GPT4", canonical="GPT-4")), paper("p2", ent("GPT-4", canonical="GPT-4"))],
        lexicon=lexicon,
        registry=registry,
    )
    (node,) = r.entities
    assert (node.label, node.paper_ids) == ("GPT-4", ("p1", "p2"))


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("Mixtral-8x7B-Instruct-v0.1", "Mixtral"),
        ("Mistral-7B-v0.1", "Mistral"),
        ("Foo-v2-7B", "Foo-v2"),
    ],
)
def test_version_goes_with_a_size_or_stays_in_the_name(name, base):
    assert parse_variant(name).base == base


@pytest.mark.parametrize("name", ["MobileNet-v2", "Foo v3", "ResNet-v1.5"])
def test_a_version_alone_is_no_variant_suffix(name):
    assert parse_variant(name) is None


@pytest.mark.parametrize(
    ("name", "base", "params"),
    [("GPT-4-128K", "GPT-4", None), ("GPT-4-32k", "GPT-4", None), ("LongChat-13B-16K", "LongChat", 13e9)],
)
def test_context_length_is_a_variant_suffix_without_a_parameter_count(name, base, params):
    parsed = parse_variant(name)
    assert (parsed.base, parsed.params) == (base, params)


def test_a_bare_number_after_a_name_is_part_of_it():
    assert parse_variant("GPT-4-128") is None  # no unit: not a size, not a context length
