"""Issue #17: rivals that are classes or unnamed instances, winners that are "X with Y",
hedged wins, new verb phrases, and backbones that host what is evaluated."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.guards import paradigm, reading_cues
from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import RelationReader, build

PROPOSE = "We propose FooNet, a new method for reasoning."
ENTS = {
    "FooNet": "Method",
    "GPT-4o": "Model",
    "GPT-4": "Model",
    "DeepSeek-R1": "Model",
    "Qwen3-8B": "Model",
    "Qwen3-14B": "Model",
    "ReMe": "Method",
    "reinforcement learning": "Method",
    "imitation learning": "Method",
    "convolutional neural network": "Method",
    "VLA": "Model",
    "flow matching": "Method",
    "SiT": "Model",
    "DiT": "Model",
    "VGG": "Model",
    "DSM": "Model",
    "ALS2DTM": "Dataset",
    "CIFAR-100": "Dataset",
    "AIME": "Dataset",
    "chest X-ray": "Dataset",
    "CXR": "Dataset",
    "UAV": "Dataset",
    "KITTI": "Dataset",
    "PlotQA": "Dataset",
    "ChartX": "Dataset",
    "Visual Distortion Dataset": "Dataset",
    "PubMed": "Model",
    "V-JEPA2": "Model",
    "DINOv2": "Model",
    "SAM": "Model",
    "GPT-4.1": "Model",
    "red-teaming": "Method",
}


WHOLE = RelationReader("", ENTS)
READ = RelationReader(PROPOSE, ENTS)
triples = WHOLE.triples
evaluated = READ.evaluated


def beaten(sentence: str) -> set[str]:
    return READ.tails(sentence, "outperforms")


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet consistently outperforms rubric-based reinforcement learning on AIME.",
        "FooNet improves accuracy by 5% over the standard agentic reinforcement learning baseline.",
        "FooNet outperforms the conventional convolutional neural network (58.3%) on AIME.",
    ],
)
def test_a_paradigm_is_not_a_rival(sentence):
    assert beaten(sentence) == set()


def test_paradigm_by_long_form_and_canonical():
    doc = build("FooNet beats RL and PPO.", entities={"FooNet": "Method", "RL": "Method", "PPO": "Method"})
    rl, ppo = (s for s in doc.spans["entities"] if s.text in ("RL", "PPO"))
    reading = reading_cues()
    assert paradigm(rl, reading, {"rl": "Reinforcement Learning"})
    assert paradigm(rl, reading, {})  # the usual short form
    assert not paradigm(ppo, reading, {"ppo": "Proximal Policy Optimization"})
    assert not paradigm(ppo, reading, {})


def test_a_named_method_stays_a_rival():
    assert beaten("FooNet outperforms GPT-4o and DeepSeek-R1 on AIME.") == {"GPT-4o", "DeepSeek-R1"}


def test_unnamed_instance_of_a_class():
    assert beaten("FooNet outperforms the mainstream imitation learning method by 19% on AIME.") == set()
    assert beaten("FooNet outperforms the state-of-the-art flow matching approach by 2 points.") == set()


def test_kind_before_the_named_rival():
    found = beaten("FooNet surpasses the prior diffusion model DiT and flow matching model SiT by 0.79 and 0.58 FID.")
    assert "flow matching" not in found
    assert "SiT" in found and "DiT" in found


def test_what_distilled_counterparts_were_made_from_is_not_the_rival():
    assert beaten("FooNet achieves the best accuracy, surpassing DeepSeek-R1 distilled counterparts.") == set()
    assert beaten("FooNet achieves the best accuracy, surpassing DeepSeek-R1.") == {"DeepSeek-R1"}


def test_x_equipped_with_y_is_not_x():
    found = triples(f"{PROPOSE} Qwen3-8B equipped with ReMe outperforms the larger Qwen3-14B.")
    assert ("Qwen3-8B", "outperforms", "Qwen3-14B") not in found
    assert ("Qwen3-8B", "outperforms", "Qwen3-14B") in triples(f"{PROPOSE} Qwen3-8B outperforms the larger Qwen3-14B.")


def test_a_modal_in_the_clause_is_a_possibility():
    assert beaten("FooNet models could achieve state-of-the-art performance, surpassing GPT-4o.") == set()
    assert beaten("FooNet models achieve state-of-the-art performance, surpassing GPT-4o.") == {"GPT-4o"}


def test_a_new_verb_phrase_ends_the_rivals():
    found = beaten("FooNet outperforms existing baselines and achieves competitive performance compared to GPT-4o.")
    assert "GPT-4o" not in found
    assert beaten("FooNet outperforms existing baselines and GPT-4o.") == {"GPT-4o"}


def test_a_hosting_backbone_is_not_evaluated():
    found = triples(f"{PROPOSE} We validate it on CIFAR-100: hybrid branching in VGG improves accuracy on CIFAR-100.")
    assert ("VGG", "evaluated_on", "CIFAR-100") not in found
    assert ("VGG", "evaluated_on", "CIFAR-100") in triples(f"{PROPOSE} We evaluate VGG on CIFAR-100.")


def test_one_side_of_an_x_to_y_pair_is_a_fragment():
    found = triples(f"{PROPOSE} We evaluate the DSM-to-DTM translation of FooNet on ALS2DTM.")
    assert not any(h == "DSM" for h, _, _ in found)
    assert ("FooNet", "evaluated_on", "ALS2DTM") in found


def test_a_kind_of_data_with_its_abbreviation_is_not_a_benchmark():
    assert (
        evaluated("We conduct experiments on chest X-ray (CXR) datasets, and show that FooNet improves accuracy.")
        == set()
    )
    assert evaluated("We conduct experiments on the chest X-ray (CXR) dataset and show that FooNet improves accuracy.")


def test_a_kind_of_data_after_a_conjunction():
    found = evaluated("Results on driving scenes and low-altitude UAV datasets show that FooNet outperforms GPT-4o.")
    assert ("FooNet", "UAV") not in found
    assert ("FooNet", "UAV") in evaluated("Results on KITTI and UAV datasets show that FooNet outperforms GPT-4o.")


def test_a_dataset_named_in_the_sentence_is_introduced():
    found = evaluated("We evaluate and build the first Visual Distortion Dataset for UGC images, termed FooData.")
    assert found == set()
    assert evaluated("We evaluate FooNet on the first Visual Distortion Dataset for UGC images.")


def test_others_evaluated_before_on():
    found = evaluated("We evaluate six VLMs from three providers on two chart-to-table benchmarks (ChartX and PlotQA).")
    assert found == set()
    assert evaluated("We evaluate FooNet on two chart-to-table benchmarks (ChartX and PlotQA).") == {
        ("FooNet", "ChartX"),
        ("FooNet", "PlotQA"),
    }


def test_a_count_before_over_is_not_a_gain():
    doc = build(
        f"{PROPOSE} FooNet uses a benchmark of 16,000 hybrid documents over PubMed.",
        entities=ENTS,
        quantities={"16,000": (16000.0, None)},
        proposes=("FooNet",),
    )
    assert not any(r.relation == "outperforms" for r in find_relations(doc))
    doc = build(
        f"{PROPOSE} FooNet achieves a gain of 16,000 points over PubMed.",
        entities=ENTS,
        quantities={"16,000": (16000.0, None)},
        proposes=("FooNet",),
    )
    assert {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"} == {
        ("FooNet", "PubMed")
    }
    doc = build(
        f"{PROPOSE} FooNet reaches up to a 36% gain over PubMed.",
        entities=ENTS,
        quantities={"36%": (36.0, "%")},
        proposes=("FooNet",),
    )
    assert any(r.relation == "outperforms" and r.tail.text == "PubMed" for r in find_relations(doc))


def test_a_named_subject_in_parentheses_wins_not_the_paper():
    sentence = (
        "Using FooNet, we obtain consistent gains, and our controlled study shows that temporal video features"
        " (V-JEPA) outperform strong static image features (DINOv2)."
    )
    assert ("FooNet", "outperforms", "DINOv2") not in triples(f"{PROPOSE} {sentence}")  # V-JEPA untagged
    assert ("FooNet", "outperforms", "GPT-4o") in triples(f"{PROPOSE} Our model (FooNet) outperforms GPT-4o.")
    assert ("FooNet", "outperforms", "GPT-4o") in triples(f"{PROPOSE} Our tuned model (30B) outperforms GPT-4o.")
    assert ("FooNet", "outperforms", "DINOv2") in triples(f"{PROPOSE} Our study shows that it outperforms DINOv2.")


def test_approaching_is_not_beating():
    found = beaten("FooNet outperforms open-source baselines and approaches the performance of GPT-4.1.")
    assert "GPT-4.1" not in found


def test_against_names_a_setting():
    assert beaten("FooNet outperforms counterparts against red-teaming tools.") == set()


def test_adaptations_of_a_model_are_a_class():
    assert beaten("FooNet consistently outperforms existing SAM adaptations and supervised baselines.") == set()
    assert beaten("FooNet consistently outperforms SAM.") == {"SAM"}


def test_an_established_benchmark_is_introduced():
    ents = dict(ENTS, **{"ADR-Bench": "Dataset"})
    doc = build(
        f"{PROPOSE} To bridge the evaluation gap, we establish ADR-Bench, where FooNet achieves strong results.",
        entities=ents,
        proposes=("FooNet",),
    )
    assert not any(r.relation == "evaluated_on" for r in find_relations(doc))
    doc = build(f"{PROPOSE} On ADR-Bench, FooNet achieves strong results.", entities=ents, proposes=("FooNet",))
    assert any(r.relation == "evaluated_on" and r.tail.text == "ADR-Bench" for r in find_relations(doc))


def test_a_paradigm_is_not_the_evaluated_head():
    found = evaluated("Experiments on AIME show that reinforcement learning yields only modest improvements.")
    assert ("reinforcement learning", "AIME") not in found


def test_rival_or_even_surpass_is_parity():
    assert beaten("This enables FooNet to rival or even surpass the generation quality of GPT-4o.") == set()
    assert beaten("This enables FooNet to surpass the generation quality of GPT-4o.") == {"GPT-4o"}
