"""Model variants are modelled (variant_of + params), never merged."""

from __future__ import annotations

import pytest

from claimgraph.extract.lexicons import Lexicon, LexiconEntry
from claimgraph.resolve import resolve
from claimgraph.resolve.registry import AliasRegistry, load_registry
from claimgraph.resolve.variants import parse_variant, sibling_release
from tests.resolve.cases import LEXICON, ent, paper

EMPTY = AliasRegistry()


@pytest.fixture(scope="module")
def nodes():
    r = resolve(
        [
            paper("p1", ent("LLaMA-7B"), ent("GPT-3"), ent("BERT-base")),
            paper("p2", ent("LLaMA-2-7B"), ent("GPT-3.5"), ent("BERT-large"), ent("LLaMA")),
            paper("p3", ent("Llama-2-13b-chat"), ent("OPT-6.7b"), ent("Mistral 7B"), ent("llama 7b")),
        ],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    return {e.key: e for e in r.entities}


@pytest.mark.parametrize(
    ("name", "base", "params"),
    [
        ("LLaMA-7B", "LLaMA", 7e9),
        ("LLaMA-2-7B", "LLaMA-2", 7e9),
        ("OPT-6.7b", "OPT", 6.7e9),
        ("Mistral 7B", "Mistral", 7e9),
        ("Llama-2-13b-chat", "Llama-2", 13e9),
        ("BERT-base", "BERT", None),
        ("BERT-large-uncased", "BERT", None),
        ("Mixtral-8x7B-Instruct-v0.1", "Mixtral", None),
        ("Pythia-350M", "Pythia", 3.5e8),
        ("GPT-3.5-turbo", "GPT-3.5", None),
    ],
)
def test_parse_variant(name, base, params):
    parsed = parse_variant(name)
    assert parsed is not None
    assert (parsed.base, parsed.params) == (base, params)


@pytest.mark.parametrize("name", ["GPT-3", "GPT-3.5", "Orca 2", "LLaMA", "Llama 2", "T5", "7B", "ResNet-50"])
def test_names_without_variant_suffix(name):
    assert parse_variant(name) is None


def test_llama_7b_is_a_variant_of_llama(nodes):
    variant = nodes["Model:llama7b"]
    assert variant.variant_of == "Model:llama"
    assert variant.params == 7e9
    assert variant.paper_ids == ("p1", "p3")  # "llama 7b" is the same variant
    family = nodes["Model:llama"]
    assert (family.variant_of, family.params, family.paper_ids) == (None, None, ("p2",))


def test_llama_2_7b_is_a_variant_of_llama_2_not_of_llama_7b(nodes):
    variant = nodes["Model:llama2 7b"]
    assert variant.variant_of == "Model:llama2"
    assert variant.params == 7e9
    assert nodes["Model:llama2"].label == "Llama 2"
    assert nodes["Model:llama2"].paper_ids == ()  # created as the family, never seen alone
    chat = nodes["Model:llama2 13b chat"]
    assert (chat.variant_of, chat.params) == ("Model:llama2", 13e9)


def test_gpt3_and_gpt35_are_different_models(nodes):
    assert nodes["Model:gpt3"].variant_of is None
    assert nodes["Model:gpt3.5"].variant_of is None
    assert nodes["Model:gpt3"].aliases == ("GPT-3",)


def test_bert_base_and_large_are_variants_of_bert(nodes):
    assert nodes["Model:bert base"].variant_of == "Model:bert"
    assert nodes["Model:bert large"].variant_of == "Model:bert"
    assert nodes["Model:bert"].canonical == "BERT"


def test_families_without_lexicon_entry_are_created(nodes):
    assert nodes["Model:opt6.7b"].variant_of == "Model:opt"
    assert nodes["Model:opt6.7b"].params == 6.7e9
    assert nodes["Model:mistral7b"].variant_of == "Model:mistral"
    assert nodes["Model:mistral"].label == "Mistral"


def test_family_alias_in_the_same_entity_is_not_merged():
    r = resolve(
        [paper("p1", ent("LLaMA-7B", "Model", "LLaMA")), paper("p2", ent("LLaMA"))],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    nodes = {e.key: e for e in r.entities}
    assert r.key_for("p1", "LLaMA") == "Model:llama7b"  # what p1 meant by it
    assert nodes["Model:llama"].paper_ids == ("p2",)
    assert "LLaMA" not in nodes["Model:llama7b"].aliases
    assert nodes["Model:llama7b"].variant_of == "Model:llama"


def test_lexicon_listing_a_variant_as_alias_does_not_merge_it():
    sloppy = Lexicon(entries=(LexiconEntry("LLaMA", "Model", ("LLaMA", "LLaMA-7B")),), generic=frozenset())
    r = resolve([paper("p1", ent("LLaMA-7B")), paper("p2", ent("LLaMA"))], lexicon=sloppy, registry=EMPTY)
    nodes = {e.key: e for e in r.entities}
    assert set(nodes) == {"Model:llama", "Model:llama7b"}
    assert nodes["Model:llama7b"].variant_of == "Model:llama"


def test_lexicon_variant_of_and_params_win():
    lexicon = Lexicon(
        entries=(
            LexiconEntry("BERT", "Model", ("BERT",)),
            LexiconEntry("BERT-large", "Model", ("BERT-large",), variant_of="BERT", params=3.4e8),
            LexiconEntry("DistilBERT", "Model", ("DistilBERT",), variant_of="BERT", params=6.6e7),
        ),
        generic=frozenset(),
    )
    r = resolve([paper("p1", ent("BERT-Large"), ent("DistilBERT"))], lexicon=lexicon, registry=EMPTY)
    nodes = {e.key: e for e in r.entities}
    assert (nodes["Model:bert large"].variant_of, nodes["Model:bert large"].params) == ("Model:bert", 3.4e8)
    assert nodes["Model:bert large"].label == "BERT-large"
    assert (nodes["Model:distilbert"].variant_of, nodes["Model:distilbert"].params) == ("Model:bert", 6.6e7)


def test_registry_not_variants():
    r = resolve([paper("p1", ent("Transformer-XL"))], lexicon=LEXICON, registry=load_registry())
    (node,) = r.entities
    assert node.variant_of is None
    plain = resolve([paper("p1", ent("Transformer-XL"))], lexicon=LEXICON, registry=EMPTY)
    assert {e.key for e in plain.entities} == {"Model:transformer xl", "Model:transformer"}


def test_a_release_is_not_shown_as_its_family():
    """Issue #17: "o1-preview", "FLUX.1" and "OWLv2" were shown as OpenAI o1, FLUX and OWL-ViT."""
    r = resolve(
        [
            paper("p1", ent("o1-preview", canonical="o1-preview"), ent("FLUX.1", canonical="FLUX.1")),
            paper(
                "p2", ent("o1", canonical="OpenAI o1"), ent("FLUX", canonical="FLUX"), ent("OWLv2", canonical="OWLv2")
            ),
        ],
        registry=EMPTY,
    )
    assert r.entity(r.key_for("p1", "o1-preview")).label == "o1-preview"
    assert r.entity(r.key_for("p1", "o1-preview")).variant_of == r.key_for("p2", "o1")
    assert r.entity(r.key_for("p2", "o1")).label == "OpenAI o1"
    assert r.entity(r.key_for("p1", "FLUX.1")).label == "FLUX.1"
    assert r.key_for("p1", "FLUX.1") != r.key_for("p2", "FLUX")
    assert r.entity(r.key_for("p2", "OWLv2")).label == "OWLv2"


def test_a_named_size_defined_by_abbreviation_is_a_variant_not_the_family():
    """ "YOLOv5 nano (YOLOv5n)": the extractor's canonical YOLOv5 is the name inside, not this model."""
    r = resolve(
        [
            paper("p1", ent("YOLOv5 nano", "Model", "YOLOv5n", canonical="YOLOv5", evidence="abbreviation")),
            paper("p2", ent("YOLOv5", canonical="YOLOv5")),
        ],
        registry=EMPTY,
    )
    nano = r.entity(r.key_for("p1", "YOLOv5 nano"))
    assert nano.label == "YOLOv5 nano"
    assert nano.variant_of == r.key_for("p2", "YOLOv5")
    assert r.key_for("p1", "YOLOv5n") == nano.key  # the paper's own short form still names it there


def test_a_release_word_after_a_lexicon_name_makes_another_model_whatever_the_evidence():
    r = resolve(
        [paper("p1", ent("GLM-4-Plus", canonical="GLM-4", evidence="abbreviation")), paper("p2", ent("GLM-4"))],
        registry=EMPTY,
    )
    assert r.entity(r.key_for("p1", "GLM-4-Plus")).label == "GLM-4-Plus"
    assert r.key_for("p1", "GLM-4-Plus") != r.key_for("p2", "GLM-4")


def test_a_paper_alias_that_is_another_release_stays_in_its_paper():
    r = resolve(
        [paper("p1", ent("FLUX", "Model", "FLUX.1")), paper("p2", ent("FLUX.1")), paper("p3", ent("FLUX"))],
        registry=EMPTY,
    )
    assert r.key_for("p2", "FLUX.1") != r.key_for("p3", "FLUX")
    assert r.entity(r.key_for("p3", "FLUX")).paper_ids == ("p1", "p3")


def test_the_family_variant_words_are_extractor_variant_words():
    """One vocabulary of words that extend a model name (names.json ``variant_words``): the resolver strips
    only a subset of it to find a family, and its release words are that vocabulary itself."""
    from claimgraph.extract.entities.name_cues import name_cues
    from claimgraph.resolve.variants import family_variant_words, release_words

    assert release_words() == {word.casefold() for word in name_cues().variant_words}
    assert family_variant_words() == {word.casefold() for word in name_cues().family_variant_words}
    assert family_variant_words() and family_variant_words().issubset(release_words())
    assert parse_variant("LLaMA-2-7B-chat").base == "LLaMA-2"  # a tuning word is stripped
    assert parse_variant("Qwen2.5-Coder") is None  # a release word that is no size or tuning of Qwen2.5
    assert parse_variant("YOLOv5 nano").base == "YOLOv5"


@pytest.mark.parametrize(
    ("one", "other", "marks"),
    [
        ("IJB-A", "IJB-B", ("A", "B")),  # lettered releases of one benchmark
        ("REDDIT-MULTI-5K", "REDDIT-MULTI-12K", ("5K", "12K")),
        ("CIFAR-10", "CIFAR-100", ("10", "100")),
        ("VQA v2", "VQA 2.0", None),  # one release written two ways
        ("WMT14", "WMT 2014", None),
        ("AlpacaEval 2", "AlpacaEval 2.0", None),
        ("IMDB-BINARY", "IMDB-B", None),  # a short form, no release mark
        ("ImageNet", "ImageNet-1K", None),  # a name and one release of it: release_mark's case
        ("WikiText-2", "WikiText-103", ("2", "103")),
    ],
)
def test_sibling_releases(one, other, marks):
    assert sibling_release(one, other) == marks


def test_a_sibling_release_alias_never_merges_two_datasets():
    """Issue #17: "49.39% accuracy on the IJB-B dataset" was shown on IJB-A, which listed IJB-B as an alias."""
    r = resolve(
        [
            paper("p1", ent("IJB-A", "Dataset", "IJB-B")),
            paper("p2", ent("IJB-B", "Dataset")),
            paper("p3", ent("IJB-A", "Dataset")),
        ],
        registry=EMPTY,
    )
    assert r.key_for("p2", "IJB-B") != r.key_for("p3", "IJB-A")
    assert r.entity(r.key_for("p2", "IJB-B")).label == "IJB-B"
