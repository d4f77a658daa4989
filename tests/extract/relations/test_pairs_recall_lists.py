"""Session 10 recall rules of evaluated_on and outperforms (relations/pairs/, guards/), each with
the readings that must stay out: rivals named as examples of the beaten class, rivals named in the
sentence before ("We compare X against A and B. X outperforms all baselines."), a condition that is no
parity, the paper's trained entity as winner, adjectival propose words, "establishes new SOTA on D"."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader, pairs_of, relation_triples

PROPOSE = "We propose FooNet, a new model for parsing."
ENTS = {
    "FooNet": "Method",
    "BarNet": "Model",
    "BazNet": "Model",
    "QuxNet": "Model",
    "Swin": "Model",
    "ImageNet": "Dataset",
    "MMLU": "Dataset",
    "MathVerse": "Dataset",
    "accuracy": "Metric",
}


READ = RelationReader(PROPOSE, ENTS)
triples, outperforms, evaluated = READ.triples, READ.outperforms, READ.evaluated


# ------------------------------------------------ rivals named as examples of the beaten class


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet is efficient while outperforming state-of-the-art models, including the original BarNet.",
        "FooNet significantly outperforms 10 state-of-the-art LLMs, including BarNet and BazNet.",
        "FooNet surpasses strong baselines, including BarNet and BazNet, under comparable budgets.",
    ],
)
def test_examples_of_the_beaten_class_are_beaten(sentence):
    assert ("FooNet", "BarNet") in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet outperforms models trained on ImageNet, including BarNet.",  # a participle: not the class
        "FooNet outperforms existing methods on ImageNet, including BarNet.",  # a setting between
        "FooNet outperforms existing methods, including those built on BarNet.",
        "FooNet outperforms existing methods, including the BarNet video propagator.",  # BarNet only modifies
        "FooNet outperforms baselines and enables models including BarNet to scale.",  # another verb phrase
    ],
)
def test_names_after_a_class_that_are_not_its_examples_are_no_rivals(sentence):
    assert ("FooNet", "BarNet") not in outperforms(sentence)


# ------------------------------------------------ a condition is no parity; the trained entity wins


def test_similar_after_with_is_a_condition_not_parity():
    found = outperforms(
        "Our models outperform all available models with similar active parameters, even surpassing larger "
        "ones like BarNet and BazNet."
    )
    assert {("FooNet", "BarNet"), ("FooNet", "BazNet")} <= found


def test_parity_then_even_surpassing_stays_out():
    assert not outperforms("FooNet is comparable to or even surpassing BarNet.")


def test_the_trained_proposed_entity_is_the_winner():
    assert ("FooNet", "BarNet") in outperforms("On ImageNet, the end-to-end trained FooNet surpasses BarNet.")


def test_models_trained_with_the_method_are_not_the_method():
    assert ("FooNet", "BarNet") not in outperforms("Models trained with FooNet outperform BarNet.")


def test_a_name_continued_by_a_plus_joined_name_is_a_fragment():
    assert ("FooNet", "Swin") not in outperforms("FooNet surpasses Swin Transformer+EnlightenGAN by 11 points.")


# ------------------------------------------------ rivals named in the comparison set-up before


@pytest.mark.parametrize(
    "text",
    [
        "We compare FooNet against BarNet and BazNet on ImageNet. FooNet outperforms all baselines.",
        "We compare it against state-of-the-art models, including BarNet and BazNet. "
        "FooNet consistently outperforms all baselines in accuracy.",
        "FooNet was benchmarked against BarNet and BazNet. FooNet outperforms the other comparison models.",
        "We compare our method with BarNet and BazNet. Our method outperforms them on ImageNet.",
    ],
)
def test_a_win_over_all_baselines_is_over_the_rivals_named_before(text):
    assert {("FooNet", "BarNet"), ("FooNet", "BazNet")} <= outperforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "We compare FooNet against BarNet and BazNet. FooNet outperforms existing methods.",  # not pointing back
        "We compare FooNet against BarNet and BazNet. BazNet outperforms all baselines.",  # another winner
        "We compare FooNet against BarNet. It is fast. FooNet outperforms all baselines.",  # not the next one
        "We compare BarNet with BazNet. FooNet outperforms all baselines.",  # ours was not compared
    ],
)
def test_no_carried_rivals_without_a_set_up_and_a_pointing_object(text):
    assert ("FooNet", "BarNet") not in outperforms(text)


def test_the_carried_fact_shows_both_sentences():
    from claimgraph.extract.relations.pairs import find_relations
    from tests.extract.claim_docs import build

    doc = build(
        f"{PROPOSE} We compare FooNet against BarNet. FooNet outperforms all baselines.",
        entities=ENTS,
        proposes=("FooNet",),
    )
    facts = [r for r in find_relations(doc) if r.relation == "outperforms"]
    assert facts and facts[0].sentence.text == "We compare FooNet against BarNet. FooNet outperforms all baselines."


# ------------------------------------------------ evaluated_on


def test_a_propose_word_inside_the_evaluated_noun_phrase_is_an_adjective():
    found = evaluated("Experiments show our framework excels on three major open-source detection datasets, like MMLU.")
    assert ("FooNet", "MMLU") in found


def test_a_propose_verb_still_introduces():
    assert not evaluated("In this work, we introduce MathVerse, a benchmark for visual math.")


def test_establishing_a_new_state_of_the_art_is_a_result():
    assert {("FooNet", "ImageNet"), ("FooNet", "MMLU")} <= evaluated(
        "FooNet establishes new state-of-the-art results on ImageNet and MMLU."
    )


def test_establishing_a_benchmark_is_no_evaluation():
    assert ("FooNet", "MathVerse") not in evaluated("We establish MathVerse, a new benchmark for visual math.")


def test_under_a_benchmark_is_an_evaluation_slot():
    assert ("FooNet", "ImageNet") in evaluated("FooNet surpasses previous methods under the ImageNet benchmark.")


def test_a_naming_word_after_a_clause_word_names_another_thing():
    found = evaluated(
        "Experiments on our real-world ImageNet dataset substantiate that the devised pipeline, dubbed FooNet, excels."
    )
    assert ("FooNet", "ImageNet") in found


def test_a_metric_right_after_the_dataset_is_measured_on_it():
    assert ("FooNet", "ImageNet") in evaluated("FooNet improves ImageNet accuracy by 3.1 points.")


def test_a_parenthesised_dataset_after_a_score_is_where_it_was_measured():
    from claimgraph.extract.relations.pairs import find_relations
    from tests.extract.claim_docs import build

    text = f"{PROPOSE} FooNet achieves 2.78 (ImageNet) and 3.42 (MMLU) bits per dimension."
    doc = build(text, entities=ENTS, proposes=("FooNet",), quantities={"2.78": (2.78, None), "3.42": (3.42, None)})
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "evaluated_on"}
    assert {("FooNet", "ImageNet"), ("FooNet", "MMLU")} <= found
    doc = build(f"{PROPOSE} We release 5,000 images (ImageNet) for training.", entities=ENTS, proposes=("FooNet",))
    assert not [r for r in find_relations(doc) if r.relation == "evaluated_on"]  # no score before it


def test_generalizing_to_a_dataset_is_an_evaluation_on_it():
    assert ("FooNet", "MathVerse") in evaluated("FooNet generalizes well to MathVerse.")
    assert ("FooNet", "MathVerse") not in evaluated("FooNet converts images to MathVerse.")


def test_a_dataset_used_in_an_evaluation_is_evaluated_on():
    found = evaluated("We evaluate FooNet on multi-label classification using the ImageNet dataset.")
    assert ("FooNet", "ImageNet") in found
    assert ("FooNet", "ImageNet") not in evaluated("FooNet extracts features using the ImageNet dataset.")


# ------------------------------------------------ evaluation slots: "a variety of datasets", "objects from X"


@pytest.mark.parametrize(
    "sentence, dataset",
    [
        ("FooNet is evaluated on a variety of hard datasets, including the ImageNet and MMLU datasets.", "MMLU"),
        ("FooNet is evaluated on a wide range of benchmarks, such as ImageNet.", "ImageNet"),
        ("We show the superior results of FooNet, evaluated on 50 objects from the ImageNet dataset.", "ImageNet"),
        ("We show superior results in experiments using indoor scenes from the MMLU dataset.", "MMLU"),
    ],
)
def test_parts_of_data_keep_the_evaluation_slot(sentence, dataset):
    assert ("FooNet", dataset) in evaluated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We train FooNet on images from ImageNet.",  # training data, not evaluation
        "FooNet generates images from ImageNet captions.",  # no evaluation word before
        "A variety of methods use ImageNet.",
    ],
)
def test_parts_of_data_without_evaluation_stay_out(sentence):
    assert ("FooNet", "ImageNet") not in evaluated(sentence)


# ------------------------------------------------ "To evaluate our method, we present D"


@pytest.mark.parametrize(
    "sentence",
    [
        "To evaluate our method, we present MathVerse, a benchmark designed for scene exploration.",
        "To evaluate performance, we introduce MathVerse, a benchmarking suite.",
        "To prove the effectiveness of our model, we propose a new MathVerse dataset that simulates design.",
        "To validate FooNet, we further construct MathVerse.",
        "To train and evaluate FooNet, we create MathVerse, a dataset of paired drawings.",
    ],
)
def test_dataset_introduced_to_evaluate_the_paper_method(sentence):
    assert ("FooNet", "MathVerse") in pairs_of(triples(sentence, ("FooNet", "MathVerse")), "evaluated_on")


@pytest.mark.parametrize(
    "sentence",
    [
        "To evaluate the reasoning of LLMs, we introduce MathVerse.",  # others are evaluated
        "To evaluate BarNet and our method, we introduce MathVerse.",  # a named rival in the purpose
        "To train our method, we build MathVerse.",  # training data
        "To evaluate our method, we fine-tune it on MathVerse and MMLU.",  # no propose verb: the ordinary rules
        "To support training and evaluation, we release MathVerse.",  # training data too: which is which?
        "To facilitate training, we release MathVerse.",  # no evaluation in the purpose
        "To train and evaluate FooNet, we create MathVerse and MMLU.",  # which one is the test set?
        "For example, we introduce MathVerse.",
        "For evaluation, we introduce MathVerse, a benchmark of 51 papers.",  # whose evaluation?
        "To enable systematic evaluation on this novel task, we further introduce MathVerse.",  # whose evaluation?
    ],
)
def test_other_purposes_introduce_no_evaluation(sentence):
    found = pairs_of(triples(sentence, ("FooNet", "MathVerse")), "evaluated_on")
    assert ("FooNet", "MathVerse") not in found


# ------------------------------------------------ "improves A and B over X": named metrics and coordinated nouns


def _win(sentence: str, ents: dict[str, str]) -> set[tuple[str, str]]:

    return pairs_of(relation_triples(f"{PROPOSE} {sentence}", {**ENTS, **ents}, ("FooNet",)), "outperforms")


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet improves token acceptance rates and generation speed over BarNet by 8--11% across tasks.",
        "FooNet consistently improves structural fidelity and generation quality over BarNet and recent variants.",
    ],
)
def test_improves_named_metrics_over_a_rival(sentence):
    assert ("FooNet", "BarNet") in _win(sentence, {"token acceptance rates": "Metric", "generation speed": "Metric"})


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet improves the inference speed by 40% over BarNet.",  # a speed comparison only
        "FooNet improves the robustness of many models trained over BarNet.",  # a preposition between
        "FooNet improves image quality and achieves speedups over BarNet.",  # a new verb phrase
    ],
)
def test_improves_over_without_a_win_stays_out(sentence):
    assert ("FooNet", "BarNet") not in _win(sentence, {"inference speed": "Metric"})


def test_a_second_introduced_dataset_in_apposition_is_evaluated_not_a_source():
    found = pairs_of(
        triples(
            "To evaluate FooNet, we propose two benchmarks: MathVerse, which tests sizes, and MMLU, based on feedback.",
            ("FooNet", "MathVerse"),
        ),
        "evaluated_on",
    )
    assert {("FooNet", "MathVerse"), ("FooNet", "MMLU")} <= found
    found = pairs_of(
        triples(
            "To evaluate our method, we introduce MathVerse, a benchmark built from the MMLU dataset.",
            ("FooNet", "MathVerse"),
        ),
        "evaluated_on",
    )
    assert ("FooNet", "MathVerse") in found and ("FooNet", "MMLU") not in found


# ------------------------------------------------ a participle clause in apposition describes the paper's named winner


def test_apposed_participle_clause_describes_the_proposed_winner():

    ents = {"SoS-7B": "Model", "SoS-1K": "Dataset", "DeepSeek-V3": "Model", "Llama-3": "Model"}
    found = relation_triples(
        "We release SoS-1K. Our 7B model, SoS-7B, fine-tuned on SoS-1K for just 4 hours, outperforms DeepSeek-V3.",
        ents,
        ("SoS-1K", "SoS-7B"),
    )
    assert ("SoS-7B", "DeepSeek-V3") in pairs_of(found, "outperforms")


@pytest.mark.parametrize(
    "sentence",
    [
        "We release SoS-1K. Llama-3, fine-tuned on SoS-1K for just 4 hours, outperforms DeepSeek-V3.",  # not ours
        "We release SoS-1K. Agents trained on SoS-1K outperform DeepSeek-V3.",  # the data is the instrument
    ],
)
def test_participle_clause_of_another_winner_stays_out(sentence):

    ents = {"SoS-1K": "Dataset", "DeepSeek-V3": "Model", "Llama-3": "Model"}
    found = pairs_of(relation_triples(sentence, ents, ("SoS-1K",)), "outperforms")
    assert ("Llama-3", "DeepSeek-V3") not in found and ("SoS-1K", "DeepSeek-V3") not in found


# ------------------------------------------------ "outperforms open-source models on X", "improves X from a to b"


@pytest.mark.parametrize(
    "sentence, dataset",
    [
        ("FooNet outperforms open-source models on MMLU and MathVerse.", "MathVerse"),
        ("It outperforms open-source models on MMLU and MathVerse.", "MMLU"),
        ("For example, FooNet improves MMLU from 70.0% to 73.3% while reducing tokens.", "MMLU"),
    ],
)
def test_scores_and_compound_adjectives_keep_the_evaluation(sentence, dataset):
    assert ("FooNet", dataset) in evaluated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We release open-source MathVerse, a benchmark.",  # introduced, not evaluated on
        "FooNet builds MathVerse from 20 sources to 3 splits.",  # not a score
    ],
)
def test_introduced_or_built_data_is_not_evaluated(sentence):
    assert ("FooNet", "MathVerse") not in evaluated(sentence)
