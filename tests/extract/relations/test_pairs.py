"""Relations: evaluated_on, outperforms, uses; pronoun resolution; background."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build, relation_triples

PROPOSE = "We propose FooNet, a new method for parsing."
ENTS = {
    "FooNet": "Method",
    "BERT": "Model",
    "GPT-4": "Model",
    "LLaMA-7B": "Model",
    "GLUE": "Dataset",
    "GSM8K": "Dataset",
    "the Pile": "Dataset",
    "LoRA": "Method",
    "Chain of Thought": "Method",
    "accuracy": "Metric",
    "summarization": "Task",
}


def triples(abstract: str, proposes=("FooNet",)):
    return relation_triples(abstract, ENTS, proposes)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "We evaluate FooNet on GLUE and GSM8K.",
            {("FooNet", "evaluated_on", "GLUE"), ("FooNet", "evaluated_on", "GSM8K")},
        ),
        ("Experiments on GSM8K show that our method is robust.", {("FooNet", "evaluated_on", "GSM8K")}),
        ("It achieves 84% accuracy on GLUE.", {("FooNet", "evaluated_on", "GLUE")}),
        ("We test BERT and GPT-4 on GSM8K.", {("BERT", "evaluated_on", "GSM8K"), ("GPT-4", "evaluated_on", "GSM8K")}),
    ],
)
def test_evaluated_on(sentence, expected):
    found = triples(f"{PROPOSE} {sentence}")
    assert expected <= found
    assert not any(r == "uses" and t in ("GLUE", "GSM8K") for _, r, t in found)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            "FooNet outperforms BERT and GPT-4 on GLUE.",
            {("FooNet", "outperforms", "BERT"), ("FooNet", "outperforms", "GPT-4")},
        ),
        ("Our method surpasses Chain of Thought by 12%.", {("FooNet", "outperforms", "Chain of Thought")}),
        ("It is consistently better than LoRA.", {("FooNet", "outperforms", "LoRA")}),
        ("Results show a gain of 3 points over BERT.", {("FooNet", "outperforms", "BERT")}),
    ],
)
def test_outperforms(sentence, expected):
    assert expected <= triples(f"{PROPOSE} {sentence}")


def test_negated_comparison_is_not_outperforms():
    found = triples(f"{PROPOSE} Experiments show that FooNet does not outperform GPT-4 on GSM8K.")
    assert ("FooNet", "outperforms", "GPT-4") not in found


def test_worse_than_is_not_outperforms_of_the_subject():
    found = triples(f"{PROPOSE} FooNet lags behind GPT-4 on GSM8K.")
    assert ("FooNet", "outperforms", "GPT-4") not in found


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("We fine-tune LLaMA-7B with our objective.", ("FooNet", "uses", "LLaMA-7B")),
        ("The model is trained on the Pile.", ("FooNet", "uses", "the Pile")),
        ("FooNet is built on BERT.", ("FooNet", "uses", "BERT")),
        ("Our method is based on LoRA.", ("FooNet", "uses", "LoRA")),
        ("Using GPT-4 as a teacher, we distill reasoning skills.", ("FooNet", "uses", "GPT-4")),
    ],
)
def test_uses(sentence, expected):
    assert expected in triples(f"{PROPOSE} {sentence}")


def test_uses_tail_excludes_tasks_and_metrics():
    found = triples(f"{PROPOSE} FooNet is applied to summarization using accuracy as reward.")
    assert not any(r == "uses" for _, r, _ in found)


def test_background_sentences_give_no_relations():
    found = triples("Recent work has shown that BERT outperforms LoRA on GLUE. " + PROPOSE)
    assert found == set()


def test_no_proposed_entity_and_no_named_head_gives_nothing():
    assert triples("We fine-tune LLaMA-7B on GSM8K and report accuracy.", proposes=()) == set()


def test_relation_carries_sentence_and_bounded_confidence():
    doc = build(
        f"{PROPOSE} FooNet outperforms BERT on GLUE. It may surpass GPT-4 on GSM8K.",
        entities=ENTS,
        proposes=("FooNet",),
    )
    relations = find_relations(doc)
    by_tail = {r.tail.text: r for r in relations if r.relation == "outperforms"}
    assert by_tail["BERT"].sentence.text == "FooNet outperforms BERT on GLUE."
    assert "GPT-4" not in by_tail  # "may surpass": a possibility, not a claim (relation_reading.json)
    doc = build(
        f"{PROPOSE} FooNet outperforms BERT on GLUE. It seems to surpass GPT-4 on GSM8K.",
        entities=ENTS,
        proposes=("FooNet",),
    )
    by_tail = {r.tail.text: r for r in find_relations(doc) if r.relation == "outperforms"}
    assert 0.0 <= by_tail["GPT-4"].confidence < by_tail["BERT"].confidence <= 1.0


def test_relations_component_uses_claims_of_the_doc():
    import spacy

    import claimgraph.extract.claims.detection  # noqa: F401
    import claimgraph.extract.relations.pairs  # noqa: F401

    nlp = spacy.blank("en")
    claims = nlp.add_pipe("claimgraph_claims")
    relations = nlp.add_pipe("claimgraph_relations")
    doc = build(f"{PROPOSE} It outperforms BERT on GLUE.", entities=ENTS, proposes=("FooNet",))
    doc = relations(claims(doc))
    assert {(r.head.text, r.relation, r.tail.text) for r in doc._.relations} == {
        ("FooNet", "outperforms", "BERT"),
        ("FooNet", "evaluated_on", "GLUE"),
    }


# --- uses: cue words, tail shapes and the rules that keep it precise ---


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("FooNet is a BERT-based parser.", ("FooNet", "uses", "BERT")),
        ("Notably, our 4-bit quantized LLaMA-7B matches GPT-4.", ("FooNet", "uses", "LLaMA-7B")),
        ("A LLaMA-7B model trained with FooNet surpasses GPT-4 on GSM8K.", ("FooNet", "uses", "LLaMA-7B")),
        ("FooNet enables LLaMA-7B to solve hard problems.", ("FooNet", "uses", "LLaMA-7B")),
        ("Extensive experiments on LLaMA-7B and BERT confirm the gains.", ("FooNet", "uses", "BERT")),
        ("FooNet improves the robustness of BERT to noise.", ("FooNet", "uses", "BERT")),
        ("When applied to LLaMA-7B, it keeps the accuracy.", ("FooNet", "uses", "LLaMA-7B")),
        ("We fine-tune LLaMA-7B and BERT with our objective.", ("FooNet", "uses", "BERT")),
    ],
)
def test_uses_patterns(sentence, expected):
    assert expected in triples(f"{PROPOSE} {sentence}")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We compare FooNet with full fine-tuning, LoRA and BERT.", "LoRA"),  # a list, not an object
        ("FooNet improves fine-tuned GLUE performance by 2%.", "GLUE"),  # a dataset, not trained on
        ("Our method leverages code to improve Chain of Thought reasoning.", "Chain of Thought"),  # purpose
        ("FooNet surpasses larger models based on LLaMA-7B.", "LLaMA-7B"),  # the baseline's base
        ("For comparison, BERT using LoRA needs eight GPUs.", "LoRA"),  # about a baseline
        ("FooNet gains 3 points, improving upon LoRA.", "LoRA"),  # a comparison
        ("FooNet improves over BERT on GLUE.", "BERT"),  # a comparison
        ("A quantized LLaMA-7B is a common baseline.", "LLaMA-7B"),  # not ours
        ("Language models trained using FooNet and LoRA differ.", "LoRA"),  # listed with the head
    ],
)
def test_uses_rejections(sentence, tail):
    found = triples(f"{PROPOSE} {sentence}")
    assert not any(r == "uses" and t == tail for _, r, t in found)


def test_uses_head_after_an_opening_phrase():
    found = triples(f"{PROPOSE} Using LoRA, GPT-4 reaches a higher accuracy.")
    assert ("GPT-4", "uses", "LoRA") in found
    assert ("FooNet", "uses", "LoRA") not in found
    found = triples(f"{PROPOSE} Using LoRA, we fine-tune BERT on GLUE.")
    assert ("BERT", "uses", "LoRA") not in found
    assert {("FooNet", "uses", "LoRA"), ("FooNet", "uses", "BERT")} <= found


def test_uses_between_two_proposed_entities_needs_both_named():
    ents = {**ENTS, "BarNet": "Method"}
    doc = build(
        "We propose FooNet for parsing. Expanding upon FooNet, we introduce BarNet for tagging.",
        entities=ents,
        proposes=("FooNet", "BarNet"),
    )
    found = {(r.head.text, r.relation, r.tail.text) for r in find_relations(doc)}
    assert ("BarNet", "uses", "FooNet") in found
    assert not any(h == t for h, _, t in found)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("We propose FooNet, a novel LoRA variant for parsing.", ("FooNet", "uses", "LoRA")),
        ("We introduce a new Chain of Thought extension called FooNet.", ("FooNet", "uses", "Chain of Thought")),
    ],
)
def test_uses_from_the_propose_apposition(sentence, expected):
    doc = build(sentence, entities=ENTS, proposes=("FooNet",))
    assert expected in {(r.head.text, r.relation, r.tail.text) for r in find_relations(doc)}


def test_an_is_a_apposition_is_not_uses():
    """ "a new Chain of Thought method called FooNet" says what FooNet is, not what it uses."""
    doc = build("We introduce a new Chain of Thought method called FooNet.", entities=ENTS, proposes=("FooNet",))
    assert not any(r.relation == "uses" for r in find_relations(doc))


def test_no_apposition_across_a_clause():
    doc = build("Unlike LoRA methods, we propose FooNet for parsing.", entities=ENTS, proposes=("FooNet",))
    assert not [r for r in find_relations(doc) if r.relation == "uses"]


def test_have_been_proposed_is_background_not_own_work():
    found = triples("Several methods have recently been proposed, mostly based on LoRA. " + PROPOSE)
    assert found == set()


def test_background_word_late_in_a_sentence_after_the_proposal_keeps_its_relations():
    found = triples(f"{PROPOSE} This is achieved by a module that adopts LoRA, unlike existing methods.")
    assert ("FooNet", "uses", "LoRA") in found
    assert triples(f"{PROPOSE} However, existing methods adopt LoRA.") == set()


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("We apply FooNet to LLaMA-7B.", {("FooNet", "uses", "LLaMA-7B")}),
        ("We apply our method to LLaMA-7B and BERT.", {("FooNet", "uses", "LLaMA-7B"), ("FooNet", "uses", "BERT")}),
        ("We extend it to the Pile.", {("FooNet", "uses", "the Pile")}),
        ("With LLaMA-7B as the backbone, FooNet improves accuracy.", {("FooNet", "uses", "LLaMA-7B")}),
        ("We use GPT-4 as a teacher.", {("FooNet", "uses", "GPT-4")}),
    ],
)
def test_uses_applied_to_and_as_a_role(sentence, expected):
    assert expected <= triples(f"{PROPOSE} {sentence}")


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We apply LoRA to LLaMA-7B.", "LLaMA-7B"),  # the applied method is not the paper's
        ("BERT as well as GPT-4 fail on long inputs.", "BERT"),  # "as well as" is no role
        ("We apply our method to summarization with BERT.", "BERT"),  # the tail must follow "to"
    ],
)
def test_uses_applied_to_and_role_negatives(sentence, tail):
    assert not any(r == "uses" and t == tail for _, r, t in triples(f"{PROPOSE} {sentence}"))


def test_training_word_before_a_result_on_a_dataset_is_an_evaluation():
    found = triples(f"{PROPOSE} FooNet improves fine-tuned GLUE performance by 2%.")
    assert ("FooNet", "evaluated_on", "GLUE") in found
    assert ("FooNet", "uses", "GLUE") not in found
    trained = triples(f"{PROPOSE} FooNet is fine-tuned on GLUE.")
    assert ("FooNet", "evaluated_on", "GLUE") not in trained
