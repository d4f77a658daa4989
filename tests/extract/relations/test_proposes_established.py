"""What the paper does not propose although a cue stands near it: an established concept's short form, a name
after an adjectival "named", and the type of a known model name that the paper introduces as a benchmark.
Hand-written cases with negatives."""

import pytest

from tests.extract.helpers import entity_pipeline, make_doc, proposed


@pytest.fixture(scope="module")
def full_nlp():
    """Abbreviations, the packaged lexicons and the proposes component."""
    return entity_pipeline(abbreviations=True, lexicon=None, proposes=True)


@pytest.mark.parametrize(
    ("title", "abstract", "kept", "dropped"),
    [
        # a short form the abstract defines by an established lower-case long form, outside any proposal
        (
            "Modeling Color Naming Behavior in Context",
            "The FooLex framework (Zhang et al., 2025) lets agents learn lexicons through supervised learning (SL) "
            "from human data and reinforcement learning (RL) in games. To address this, we introduce two factors, "
            "upsampling rare color terms during SL and multi-listener RL interactions.",
            None,
            "SL",
        ),
        (
            "On the Maximal Length of MDS Elliptic Codes",
            "The maximal length of maximum distance separable (MDS) codes is a central problem. Without this "
            "restriction, we construct MDS codes attaining the bound for even k.",
            None,
            "MDS",
        ),
        (
            "Towards interactive segmentation in VR with an agent",
            "With foundation models and virtual reality (VR)'s intuitive data interaction, we propose SAMIRA, a "
            "novel agent. Users strongly supported the proposed VR system's guidance.",
            "SAMIRA",
            "VR",
        ),
        # a long form after a propose verb in its sentence is the paper's own, and so is its short form later
        (
            "Weakly Supervised Cloud Detection",
            "We propose a weakly supervised cloud detection method that combines spectral features and a "
            "multi-scale scene-level deep network (SpecMCD). The F1-score of the proposed SpecMCD method is high.",
            "SpecMCD",
            None,
        ),
        # "named" after a preposition or an article is an adjective: the entities have names
        (
            "FooStruct: Code Agents over Structured Action Spaces",
            "We propose reframing the codebase as a structured action space where agents operate on named AST "
            "entities rather than text spans.",
            "FooStruct",
            "AST",
        ),
        # after a noun it names
        ("", "We build a lightweight detector named FooDet for drones.", "FooDet", None),
        # a short form in capitals before a task word and a kind noun is the field of an unnamed contribution
        (
            "FooArg: An Argument Summarization Benchmark",
            "Key point extraction summarizes arguments. Existing approaches for KP extraction use one dataset. "
            "This work introduces a novel KP extraction dataset for long online discussions.",
            "FooArg",
            "KP",
        ),
        ("", "We propose an HSI denoising framework that exploits spectral priors.", None, "HSI"),
        # a name before a spaced "based" modifies what is proposed, as before a glued "-based"
        ("", "In this paper, we propose a novel Mamba based tracking framework for drones.", None, "Mamba"),
        (
            "",
            "This paper introduces a novel parallel discrete event simulation (PDES) based methodology to couple "
            "agents.",
            None,
            "parallel discrete event simulation",
        ),
        (
            "",
            "We propose Caption Set Equivalence Reward (CSER) based on set matching.",
            "Caption Set Equivalence Reward",
            None,
        ),
        # one the abstract spells out as a Title-Case name is the contribution's name
        (
            "",
            "We first derive Gradient-Based Feature Fusion (GBFF) for few-shot training. Based on this, we "
            "propose the GBFF fusion method for general image fusion.",
            "GBFF",
            None,
        ),
    ],
)
def test_established_short_forms_and_adjectival_naming_are_not_proposals(full_nlp, title, abstract, kept, dropped):
    found = proposed(full_nlp, abstract, title)
    assert kept is None or kept in found
    assert dropped is None or dropped not in found


@pytest.mark.parametrize(
    ("title", "abstract", "name", "label"),
    [
        # a known model name the paper introduces as a benchmark is a Dataset
        (
            "Falcon: A Comprehensive Chinese Text-to-SQL Benchmark for Enterprise-Grade Evaluation",
            "We introduce Falcon, a cross-domain Chinese text-to-SQL benchmark grounded in an enterprise dialect.",
            "Falcon",
            "Dataset",
        ),
        # a collection or suite of models stays a Model
        (
            "",
            "We introduce Emu3, a new suite of state-of-the-art multimodal models trained with next-token prediction.",
            "Emu3",
            "Model",
        ),
        # a known model name that is only used keeps its lexicon type
        ("", "We fine-tune Falcon, a large language model, on code.", "Falcon", "Model"),
    ],
)
def test_a_known_model_name_introduced_as_a_benchmark_is_a_dataset(full_nlp, title, abstract, name, label):
    doc = make_doc(full_nlp, title, abstract)
    assert {s.label_ for s in doc.spans["entities"] if s.text == name} == {label}


def test_a_hardware_maker_is_no_dataset(full_nlp):
    doc = make_doc(full_nlp, "", "It reaches 94.8 PDMS while running at 31.8 ms average latency on NVIDIA Thor.")
    assert not any(s.label_ == "Dataset" and "NVIDIA" in s.text for s in doc.spans["entities"])
