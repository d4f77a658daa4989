"""Name extents: hyphen connectors, whole compounds, glued parts (pure functions on blank docs)."""

from claimgraph.extract.entities.name_cues import name_cues
from claimgraph.extract.entities.name_shapes import (
    ends_hyphen_compound,
    glued_extent,
    hyphen_glued,
    name_end,
    title_case,
)
from claimgraph.extract.pipeline.token_table import table
from tests.extract.helpers import blank


def extent(text, start=0, **kw):
    doc = blank()(text)
    end = name_end(doc, start, name_cues(), allow_plain=kw.pop("allow_plain", True), **kw)
    return doc[start:end].text


def test_a_name_runs_over_a_glued_connector_between_capitalised_parts():
    assert extent("Autonomy-of-Experts models") == "Autonomy-of-Experts"
    assert extent("Sim-to-Real transfer") == "Sim-to-Real"
    assert extent("Real-to-Sim-to-Real video") == "Real-to-Sim-to-Real"
    assert extent("Sim-to-Real Transfer Learning, a method", multiword=True) == "Sim-to-Real Transfer Learning"


def test_a_connector_before_a_lowercase_part_ends_the_name():
    assert extent("BERT-as-a-service works") == "BERT"
    assert extent("Foo-of-the-art works") == "Foo"
    assert extent("QuaRot-based pruning") == "QuaRot"


def test_a_capitalised_word_glued_to_a_coined_part_is_a_name_without_allow_plain():
    assert extent("Noise-LLM, which", allow_plain=False) == "Noise-LLM"
    assert extent("Noise-free data", allow_plain=False) == ""
    assert extent("Noise is", allow_plain=False) == ""


def test_a_generic_acronym_inside_a_multiword_name_but_not_at_its_end():
    text = "Knowledge-Intensive Compressed LLM BenchmarK (LLM-KICK)"
    assert extent(text, multiword=True) == "Knowledge-Intensive Compressed LLM BenchmarK"
    assert extent("Foo Bar LLM, a model", multiword=True) == "Foo Bar"


def test_only_a_whole_hyphen_compound_is_a_compound():
    doc = blank()("state-of-the-art named entity recognition")
    assert not ends_hyphen_compound(doc, 7)  # "the-art" ends "state-of-the-art"
    doc = blank()("long-context question answering")
    assert ends_hyphen_compound(doc, 3)


def test_glued_extent_over_patch_sizes_and_only_coined_parts_on_request():
    cues = name_cues()
    doc = blank()("We use ViT-B/8 here")
    assert glued_extent(doc, 2, 3, cues) == (2, 5)
    doc = blank()("the RED-CNN and Pre-LayerNorm models")
    assert glued_extent(doc, 3, 4, cues, coined_only=True) == (1, 4)  # "RED-CNN"
    assert glued_extent(doc, 7, 8, cues, coined_only=True) == (7, 8)  # "Pre" is a word, not a name part
    assert glued_extent(doc, 7, 8, cues) == (5, 8)


def test_hyphen_glued_only_after_a_hyphen_with_no_space_on_either_side():
    tokens = table(blank()("Pre-trained models, Pre -trained, Pre- trained and pre - trained"))
    assert [tokens.text[i] for i in range(len(tokens)) if hyphen_glued(tokens, i)] == ["trained"]
    assert not hyphen_glued(tokens, 0) and not hyphen_glued(tokens, 1)


def test_title_case_allows_only_the_small_words_in_lower_case():
    small = frozenset({"with", "of"})
    assert title_case(["Priors-to-Geometry", "Deterministic"], small)
    assert title_case(["Dynamic", "Template", "Update", "with", "Mamba"], small)
    assert not title_case(["Style", "Attributes", "Disentanglement", "approach"], small)
    assert not title_case(["with", "Mamba"], small) and not title_case([], small)
