"""``uses`` of combined and derived names (relations/uses/, cues/uses.json): "combine X with Y",
names built on another name ("MedSAM" and SAM), and the misreadings refused beside them: the passive
agent of "used by", compatibility ("architecture-agnostic"), a model class narrowed by the
sentence ("a video diffusion model"), and a relative clause about a rival."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses

COMBINED_ENTS = {
    **ENTS,
    "retrieval-augmented generation": "Method",
    "Transformer": "Method",
    "SANA-1.5": "Model",
    "PaliGemma": "Model",
    "BarNet": "Method",
    "MedSAM": "Method",
    "MedSAM 2": "Method",
    "RAG": "Method",
    "CoopRAG": "Method",
    "diffusion model": "Method",
    "reinforcement learning": "Method",
}
KNOWN = {"SAM": "Segment Anything Model", "diffusion model": "diffusion model", "RAG": "RAG"}


def combined(
    sentence: str, propose: str = "We propose FooNet, a new method for efficient reasoning.", proposes=("FooNet",)
):
    return uses(sentence, propose=propose, proposes=proposes, entities=COMBINED_ENTS)


@pytest.mark.parametrize(
    "sentence,tails",
    [
        ("FooNet combines CLIP with retrieval-augmented generation.", {"CLIP", "retrieval-augmented generation"}),
        ("FooNet is a framework that integrates DPO with a LoRA network.", {"DPO", "LoRA"}),
        ("FooNet integrates CLIP with a frozen DINOv2.", {"CLIP", "DINOv2"}),
    ],
)
def test_combining_x_with_y_uses_both(sentence, tails):
    assert {("FooNet", t) for t in tails} <= combined(sentence)


def test_with_after_a_non_combining_cue_is_no_second_tail():
    assert ("FooNet", "LoRA") not in combined("FooNet uses CLIP with LoRA-free prompts and GPT-4 outputs.")
    assert ("FooNet", "GSM8K") not in combined("FooNet combines LoRA with GSM8K problems.")  # data, not a technique


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We combine the SigLIP encoder that was also used by PaliGemma with GPT-2.", "PaliGemma"),  # the user
        ("FooNet is fully architecture-agnostic, supporting CNN and Transformer-based pipelines.", "Transformer"),
        ("FooNet is compatible with LoRA-based tuning.", "LoRA"),
        (
            "FooNet surpasses the previous best score of 0.80, which was obtained using a larger model (SANA-1.5).",
            "SANA-1.5",
        ),
        ("FooNet outperforms GPTQ, which uses LoRA.", "LoRA"),
        ("FooNet outperforms existing methods that heavily depend on refinement via LoRA.", "LoRA"),
    ],
)
def test_a_passive_agent_compatibility_or_rival_clause_is_no_use(sentence, tail):
    assert ("FooNet", tail) not in combined(sentence)


def test_a_relative_clause_after_the_comparison_closed_keeps_the_use():
    assert ("FooNet", "LoRA") in combined(
        "FooNet beats GPTQ by 2 points, and we show FooNet, which uses LoRA, is fast."
    )
    from claimgraph.extract.relations.uses import _rival_relative, uses_cues

    words = ("unlike", "prior", "pipelines", ",", "which", "are", "slow", ",", "foonet", "leverages", "lora", ".")
    assert not _rival_relative(words, words.index("leverages"), uses_cues())  # the clause closed
    words = ("surpassing", "the", "prior", "best", ",", "which", "was", "obtained", "using", "x", ".")
    assert _rival_relative(words, words.index("using"), uses_cues())
    words = ("foonet", "surpasses", "prior", "methods", "that", "rely", "on", "x", ".")
    assert _rival_relative(words, words.index("rely"), uses_cues())  # a restrictive clause after a plural noun
    words = ("foonet", "surpasses", "x", ",", "and", "our", "models", "that", "rely", "on", "y", "win", ".")
    assert not _rival_relative(words, words.index("rely"), uses_cues())  # its antecedent phrase is ours
    words = ("surpassing", "the", "prior", "best", ",", "which", "was", "obtained", "by", "models", "that", "use", "x")
    assert _rival_relative(words, words.index("use"), uses_cues())  # inside the rival's ", which" clause


def test_supports_alone_is_no_compatibility():
    assert ("FooNet", "LoRA") in combined("FooNet supports fast decoding via LoRA.")


def _derived(sentence: str, name: str = "MedSAM", entities=None):
    from tests.extract.relations.test_uses_heads import _uses

    ents = entities or {name: "Method", "SAM": "Method"}
    return _uses(f"We propose {name}. {sentence}", ents, (name,), known={"SAM": "Segment Anything Model"})


def test_a_name_built_on_another_name_uses_it():
    assert ("MedSAM", "SAM") in _derived("MedSAM brings SAM to medical images.")  # no cue word
    assert ("Med-SAM", "SAM") in _derived("Med-SAM brings SAM to medical images.", name="Med-SAM")


@pytest.mark.parametrize(
    "name,sentence",
    [
        ("SAM 2", "SAM 2 keeps the design of SAM for videos."),  # a version, not a use
        ("SAM-Large", "SAM-Large scales the design of SAM."),  # a size
        ("SAMurai", "SAMurai keeps the design of SAM."),  # no cut between the pieces
        ("MedSAM", "MedSAM is a SAM model for medical images."),  # the kind the sentence states
        ("MedSAM", "MedSAM, a dataset of SAM masks, is released."),  # data, not a method
    ],
)
def test_a_version_size_or_kind_is_no_derived_use(name, sentence):
    assert (name, "SAM") not in _derived(sentence, name=name)


def test_an_unlisted_abbreviation_is_no_derived_tail():
    ents = {"PETRG-3D": "Method", "PETRG": "Method"}
    from tests.extract.relations.test_uses_heads import _uses

    found = _uses("To advance PETRG, we propose PETRG-3D, an end-to-end framework.", ents, ("PETRG-3D",))
    assert ("PETRG-3D", "PETRG") not in found


def _narrowed(sentence: str):
    from tests.extract.relations.test_uses_heads import _uses

    ents = {"FooNet": "Method", "diffusion model": "Method", "reinforcement learning": "Method"}
    known = {"diffusion model": "diffusion model", "reinforcement learning": "reinforcement learning"}
    return _uses(f"We propose FooNet. {sentence}", ents, ("FooNet",), known=known)


def test_a_model_class_narrowed_by_the_sentence_is_too_generic():
    assert ("FooNet", "diffusion model") not in _narrowed("FooNet leverages a pretrained video diffusion model.")
    assert ("FooNet", "diffusion model") in _narrowed("FooNet leverages a pretrained diffusion model.")
    assert ("FooNet", "diffusion model") in _narrowed("FooNet leverages a standard diffusion model.")


def test_a_narrowed_technique_stays():
    assert ("FooNet", "reinforcement learning") in _narrowed("FooNet is trained via label-free reinforcement learning.")
