"""``uses`` tails and heads refused (relations/uses/, cues/uses.json): names cut by the tokenizer,
tools of the study's evaluation, the rivals' training and asides on a rival, heads that are no
method or only a description, and the named parts of the paper's method."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses

R3_ENTS = {**ENTS, "Alpha Fusion Module": "Method", "Beta Gate Module": "Method", "AFM": "Method", "BGM": "Method"}


def _extracted(title: str, abstract: str) -> set[tuple[str, str]]:
    """``uses`` (head, tail) pairs of the full packaged pipeline."""
    from claimgraph.extract import extract
    from claimgraph.ingest.model import Paper

    found = next(extract([Paper(id="p", title=title, abstract=abstract)]))
    return {(r.head, r.tail) for r in found.relations if r.relation == "uses"}


def test_a_name_cut_before_a_glued_letter_is_no_tail():
    # whether the entity is cut ("SigLIP-So400") or kept whole, no piece of the name is a tail
    # (the cut shape itself: test_cut_names_by_shape)
    title, abstract = "PaliGemma: a versatile VLM", "PaliGemma is a VLM based on the SigLIP-So400m vision encoder."
    found = _extracted(title, abstract)
    assert not any(tail.startswith("SigLIP") and tail != "SigLIP-So400m" for _, tail in found)
    # the same sentence with the whole name: the cue and the head are read
    assert ("PaliGemma", "SigLIP") in _extracted(title, abstract.replace("SigLIP-So400m", "SigLIP"))


def test_cut_names_by_shape():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimgraph.extract.relations.uses import _cut_name

    doc = Doc(Vocab(), words=["using", "a", "CoTbased", "SSM(TB", "-", "SSM", "and", "LoRA", "."])
    doc.user_data.clear()
    assert _cut_name(doc[2:3])  # "CoTbased": "CoT-based" without its hyphen
    assert _cut_name(doc[3:6])  # "SSM(TB-SSM": an unbalanced parenthesis
    assert not _cut_name(doc[7:8])  # "LoRA" then "."


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("To evaluate the outputs, we design a GPT-4-based scoring method as a supplement.", "GPT-4"),
        ("In addition, we use Grad-CAM heatmaps and SHAP values to compare attention patterns.", "Grad-CAM"),
        ("We investigate this, leveraging SAM masks to probe whether the concept survives.", "SAM"),
    ],
)
def test_a_tool_of_the_evaluation_is_no_tail(sentence, tail):
    assert ("FooNet", tail) not in uses(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        # the rows above with the evaluation word replaced: the cue fires
        ("To evaluate the outputs, we design a GPT-4-based planner as a supplement.", "GPT-4"),
        ("In addition, we use Grad-CAM heatmaps and SHAP values to guide attention patterns.", "Grad-CAM"),
        ("We investigate this, leveraging SAM masks to refine the concept.", "SAM"),
    ],
)
def test_the_same_shape_without_an_evaluation_word_is_a_use(sentence, tail):
    assert ("FooNet", tail) in uses(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("FooNet uses LoRA adapters to assess the relevance of passages.", "LoRA"),  # what FooNet does
        ("We fine-tune LLaMA-2-7B on GSM8K to evaluate FooNet.", "LLaMA-2-7B"),  # the setting, past "on"
        ("FooNet uses a GPT-4 planner and a scoring head.", "GPT-4"),  # the noun phrase ends first
    ],
)
def test_a_use_with_an_evaluation_word_after_it_stays(sentence, tail):
    assert ("FooNet", tail) in uses(sentence)


def test_the_rivals_training_through_a_second_cue_is_no_use():
    assert ("FooNet", "DPO") not in uses("FooNet-trained models are competitive with models trained via DPO.")
    assert ("FooNet", "DPO") in uses("FooNet is trained via DPO on GSM8K.")


def test_an_aside_on_a_rival_is_no_use():
    sentence = "FooNet is more accurate than standard quantization (using techniques like GPTQ or SparseGPT)."
    assert not {("FooNet", "GPTQ"), ("FooNet", "SparseGPT")} & uses(sentence)
    assert ("FooNet", "GPTQ") in uses("FooNet is accurate (using GPTQ for the weights).")


@pytest.mark.parametrize(
    "name,propose",
    [
        ("Spectrum Matching Hypothesis", "We propose the Spectrum Matching Hypothesis."),
        ("Demo", "Demo: Significant Results on Biases of LLMs Do Not Generalize. We present an evaluation pipeline."),
    ],
)
def test_a_hypothesis_or_a_paper_type_label_is_no_head(name, propose):
    ents = {**ENTS, name: "Method"}
    assert not uses("We fine-tune LLaMA-2-7B with LoRA.", propose, (name,), ents)


def test_a_method_named_like_a_hypothesis_stays_a_head():
    ents = {**ENTS, "Spectrum Matching Method": "Method"}
    propose = "We propose the Spectrum Matching Method."
    found = uses("We fine-tune LLaMA-2-7B with LoRA.", propose, ("Spectrum Matching Method",), ents)
    assert ("Spectrum Matching Method", "LoRA") in found  # a method


def test_a_description_is_no_head_of_a_sentence_that_does_not_name_it():
    name = "reliability-aware diffusion framework"
    ents = {**ENTS, name: "Method"}
    assert not uses("We use LoRA for the adapters.", f"We propose a {name}.", (name,), ents)


def test_a_description_is_no_head_even_where_the_sentence_says_it():
    """The judged samples read a lower-case description as the head ("an uncertainty-aware
    refinement strategy that ... based on X") as "partly" even when the sentence says it: no name
    a user could put in a table. An abbreviation makes it a coined name."""
    name = "reliability-aware diffusion framework"
    ents = {**ENTS, name: "Method"}
    assert not uses(f"The {name} uses LoRA.", f"We propose a {name}.", (name,), ents)
    ents = {**ENTS, name: "Method", "RADF": "Method"}
    found = uses("The RADF uses LoRA.", f"We propose a {name} (RADF).", ("RADF",), ents)
    assert ("RADF", "LoRA") in found
    name = "voxel-based framework for automated crown design"  # the kind noun before "for"
    ents = {**ENTS, name: "Method"}
    assert not uses(f"The {name} uses LoRA.", f"We propose a {name}.", (name,), ents)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our method comprises two modules: Alpha Fusion Module (AFM) and Beta Gate Module (BGM).",
        "It includes two novel modules, a Alpha Fusion Module (AFM) and a Beta Gate Module (BGM).",
        "FooNet consists of Alpha Fusion Module and Beta Gate Module.",
    ],
)
def test_the_named_parts_of_the_method_are_used_by_it(sentence):
    proposes = ("FooNet", "Alpha Fusion Module", "Beta Gate Module")
    found = uses(sentence, proposes=proposes, entities=R3_ENTS)
    assert {("FooNet", "Alpha Fusion Module"), ("FooNet", "Beta Gate Module")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "Prior detectors include two modules, a Alpha Fusion Module (AFM) and a Beta Gate Module (BGM).",
        "It includes a dataset, a Alpha Fusion Module (AFM) and a Beta Gate Module (BGM).",  # no count of parts
    ],
)
def test_parts_of_another_subject_or_without_a_count_are_not_listed(sentence):
    proposes = ("FooNet", "Alpha Fusion Module", "Beta Gate Module")
    found = uses(sentence, proposes=proposes, entities=R3_ENTS)
    assert ("FooNet", "Beta Gate Module") not in found


def test_what_the_proposed_method_analyses_with_its_tail_stays():
    sentence = "We propose BarNet, a defense that leverages SAM masks to analyze adversarial patterns."
    assert ("BarNet", "SAM") in uses(sentence, "", ("BarNet",), {**ENTS, "BarNet": "Method"})


def test_the_tool_we_evaluate_with_is_no_tail():
    assert ("FooNet", "GPT-4") not in uses("We evaluate transfer quality with a GPT-4-based system.")
    assert ("FooNet", "LoRA") in uses("We evaluate FooNet, which adapts the model with LoRA.")  # its own clause


def test_the_models_we_evaluate_with_stay():
    abstract = (
        "We propose Dr. MAS, a stable RL training recipe for multi-agent LLM systems. We evaluate Dr. MAS on "
        "multi-agent math reasoning and multi-turn search benchmarks using Qwen2.5 and Qwen3 series models."
    )
    assert ("Dr. MAS", "Qwen2.5") in _extracted("Dr. MAS: stable RL for multi-agent systems", abstract)


R3_PROPOSES = ("FooNet", "Alpha Fusion Module")


def test_a_further_part_the_method_introduces_is_used_by_it():
    found = uses("FooNet introduces Alpha Fusion Module, a light module.", proposes=R3_PROPOSES, entities=R3_ENTS)
    assert ("FooNet", "Alpha Fusion Module") in found
    found = uses("It further introduces a novel Alpha Fusion Module.", proposes=R3_PROPOSES, entities=R3_ENTS)
    assert ("FooNet", "Alpha Fusion Module") in found


def test_introduced_data_or_a_cue_object_is_no_introduced_part():
    ents = {**R3_ENTS, "FooSet": "Dataset"}
    found = uses("FooNet introduces FooSet, a new dataset.", proposes=("FooNet", "FooSet"), entities=ents)
    assert ("FooNet", "FooSet") not in found
    ents = {**R3_ENTS, "BarNet": "Method"}
    found = uses("In contrast, BarNet introduces Alpha Fusion Module.", proposes=R3_PROPOSES, entities=ents)
    assert ("FooNet", "Alpha Fusion Module") not in found  # another subject


def test_a_description_is_no_main_method_of_parts():
    name = "reliability-aware diffusion framework"
    ents = {**R3_ENTS, name: "Method"}
    found = uses(
        "Our method comprises two modules: Alpha Fusion Module and Beta Gate Module.",
        f"We propose a {name}.",
        (name, "Alpha Fusion Module", "Beta Gate Module"),
        ents,
    )
    assert not found


def test_apply_takes_a_method_as_its_object():
    assert ("FooNet", "transfer learning") in uses("For the LLM, we apply transfer learning to reach the new domain.")
    assert ("FooNet", "GSM8K") not in uses("We apply FooNet on GSM8K problems.")  # a dataset: no object rule
    assert ("FooNet", "transfer learning") not in uses("We show that directly applying transfer learning fails.")


@pytest.mark.parametrize(
    "title,abstract,refused,kept",
    [
        (  # a name listed after "evaluations, including": one of the evaluations
            "PrefBERT: rewards for free-form generation",
            "We propose PrefBERT, a scoring model. Through comprehensive evaluations, including LLM-as-a-judge, "
            "human ratings, and qualitative analysis, we show that PrefBERT remains reliable.",
            ("PrefBERT", "LLM-as-a-judge"),
            None,
        ),
        (  # the title's name blends the openings of its long form: the same method
            "SenCache: Accelerating Diffusion Model Inference via Sensitivity-Aware Caching",
            "We propose SenCache, a caching method. SenCache is built on LoRA.",
            ("SenCache", "Sensitivity-Aware Caching"),
            ("SenCache", "LoRA"),
        ),
        (  # a sentence that defines another (untagged) system
            "SemFast: Efficient Semantic Segmenter",
            "We propose SemFast, a segmentation framework built on LoRA. FastSAM is an efficient CNN-based "
            "re-implementation of the Segment Anything Model (SAM) that runs much faster than SAM.",
            ("SemFast", "CNN"),
            ("SemFast", "LoRA"),
        ),
        (  # a proposed name the authors' own framework leverages is a tool, not the paper's method
            "Federated Learning for Deforestation Detection",
            "This paper introduces a new distributed approach to locate deforestation using Federated Learning (FL). "
            "Our framework leverages the FLOWER framework with RAY framework to execute the workload. "
            "Our FL framework uses YOLOS-small and Faster R-CNN with a ResNet50 backbone.",
            ("FLOWER", "Faster R-CNN"),
            None,
        ),
        (  # a lower-case description ending in "procedure" is no name
            "A Tensor-Train Framework for Bayesian Inference",
            "We develop a practical inference procedure that approximates the posterior using a TT-cross "
            "algorithm initialized with a truncated Taylor-series.",
            ("practical inference procedure", "TT-cross"),
            None,
        ),
    ],
)
def test_an_evaluation_an_own_long_form_another_system_or_a_description_is_no_use(title, abstract, refused, kept):
    found = _extracted(title, abstract)
    assert refused not in found
    assert kept is None or kept in found


@pytest.mark.parametrize(
    "title,abstract,pair",
    [
        (  # an example lead after no evaluation noun: the listed names are used
            "FooNet: efficient reasoning",
            "We propose FooNet, which combines several techniques, including LoRA and DPO.",
            ("FooNet", "LoRA"),
        ),
        (  # a long form that is no blend of the name's pieces stays a use
            "SenCache: Accelerating Diffusion Model Inference via Token Merging",
            "We propose SenCache, a caching method.",
            ("SenCache", "Token Merging"),
        ),
        (  # the proposed name itself, not used by "our framework", keeps its uses
            "Federated Learning for Deforestation Detection",
            "We propose FLOWER, a distributed approach to locate deforestation using Federated Learning (FL). "
            "Our FL framework uses YOLOS-small and Faster R-CNN with a ResNet50 backbone.",
            ("FLOWER", "Faster R-CNN"),
        ),
        (  # the paper's own system defined in its sentence keeps its uses
            "SemFast: Efficient Semantic Segmenter",
            "We propose SemFast. SemFast is an efficient CNN-based segmenter.",
            ("SemFast", "CNN"),
        ),
    ],
)
def test_the_same_shapes_without_the_misreading_stay_uses(title, abstract, pair):
    assert pair in _extracted(title, abstract)
