"""Session 11 (issue #17): who wins a comparison, and where a rival list or an evaluation list
ends (relations/pairs/, cues/relation_reading.json), with the cases each rule must keep."""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.pairs import _window_back
from tests.extract.claim_docs import RelationReader, pairs_of, relation_triples

PROPOSE = "We propose FooNet, a new method for reasoning."
ENTS = {
    "FooNet": "Method",
    "FooNet-8B": "Model",
    "BarNet-8B": "Model",
    "SFT": "Method",
    "CFG": "Method",
    "LIG": "Method",
    "BERT": "Model",
    "BiLSTM": "Model",
    "GPT-4o": "Model",
    "Claude-3": "Model",
    "Qwen3-VL-8B": "Model",
    "MMLU": "Dataset",
    "GPQA": "Dataset",
    "IFEval": "Dataset",
    "Arena-Hard": "Dataset",
    "ScanNet": "Dataset",
    "HumanML3D": "Dataset",
    "NTU-120": "Dataset",
    "LiveCodeBench": "Dataset",
    "HunyuanVideo": "Dataset",
    "LongLive": "Dataset",
    "FooData": "Dataset",
}


READ = RelationReader(PROPOSE, ENTS)
triples, outperforms, evaluated = READ.triples, READ.outperforms, READ.evaluated


def test_a_parity_phrase_ends_the_beaten_rivals():
    found = outperforms("The approach significantly outperforms CFG and is competitive to LIG on ImageNet.")
    assert ("FooNet", "CFG") in found
    assert ("FooNet", "LIG") not in found


@pytest.mark.parametrize("phrase", ["comparable to", "on par with", "competitive with"])
def test_each_parity_phrase_ends_the_rivals(phrase):
    assert ("FooNet", "LIG") not in outperforms(f"FooNet clearly outperforms CFG and is {phrase} LIG.")


def test_more_prone_than_is_no_win():
    assert not outperforms("We find that BERT is more prone to this than BiLSTM.")


def test_less_prone_than_stays_a_win():
    assert ("FooNet", "BiLSTM") in outperforms("FooNet is less prone to hallucination than BiLSTM.")


def test_the_antecedent_of_a_relative_clause_wins():
    text = (
        "Beyond that, SFT on generated trajectories yields BarNet-8B, "
        "a compact agent that significantly surpasses Qwen3-VL-8B."
    )
    found = outperforms(text)
    assert ("BarNet-8B", "Qwen3-VL-8B") in found
    assert ("SFT", "Qwen3-VL-8B") not in found


def test_a_name_right_before_which_wins():
    assert ("BarNet-8B", "GPT-4o") in outperforms("We release BarNet-8B, which outperforms GPT-4o.")


def test_a_plain_noun_before_that_keeps_the_paper_head():
    assert ("FooNet", "GPT-4o") in outperforms("FooNet trains models that outperform GPT-4o.")


def test_the_papers_variant_named_in_the_clause_wins():
    text = "Notably, our FooNet-8B can reach over 60% on LiveCodeBench, outperforming other models like GPT-4o."
    found = triples(text)
    assert ("FooNet-8B", "outperforms", "GPT-4o") in found
    assert ("FooNet", "outperforms", "GPT-4o") not in found
    assert ("FooNet-8B", "evaluated_on", "LiveCodeBench") in found


def test_untagged_coined_models_after_our_are_their_own_subject():
    text = "Our resulting G1 models consistently surpass their teacher and outperform leading models like Claude-3."
    assert not outperforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our RL-tuned models outperform GPT-4o.",
        "Our GRPO-trained models consistently surpass GPT-4o.",
        "Our KG-enhanced agents outperform GPT-4o on MMLU.",
        "Our CLIP-based models outperform GPT-4o.",
    ],
)
def test_a_name_glued_to_a_participle_after_our_is_no_untagged_subject(text):
    assert ("FooNet", "GPT-4o") in outperforms(text)


def test_our_model_with_an_acronym_class_keeps_the_paper_head():
    assert ("FooNet", "Claude-3") in outperforms("Our VLA model outperforms Claude-3.")


def test_every_dataset_of_a_list_before_a_result_noun_is_evaluated_on():
    found = evaluated("These gains largely maintain MMLU, IFEval, and Arena-Hard performance.")
    assert {("FooNet", "MMLU"), ("FooNet", "IFEval"), ("FooNet", "Arena-Hard")} <= found


def test_a_list_ends_at_a_plain_word():
    found = evaluated("FooNet cleans MMLU data and improves GPQA performance.")
    assert ("FooNet", "GPQA") in found
    assert ("FooNet", "MMLU") not in found


@pytest.mark.parametrize(
    "sentence,source",
    [
        ("We validate FooNet using HumanML3D as the source dataset and NTU-120 as the target domain.", "HumanML3D"),
        ("Notably, on the ScanNet benchmark with MMLU as ID, FooNet reduces the average FPR95 from 14% to 6%.", "MMLU"),
    ],
)
def test_a_source_dataset_is_not_evaluated_on(sentence, source):
    found = evaluated(sentence)
    assert ("FooNet", source) not in found
    assert ("FooNet", "ScanNet" if source == "MMLU" else "NTU-120") in found


def test_a_parenthesised_pretraining_set_is_not_evaluated_on():
    found = evaluated("FooNet reaches 45.2% accuracy and rises to 49.6% with in-domain (ScanNet) pretraining.")
    assert ("FooNet", "ScanNet") not in found


def test_an_untagged_name_before_a_result_verb_is_its_own_subject():
    assert not outperforms("On the Crello benchmark, I2L reduces the error and clearly outperforms GPT-4o.")


def test_a_tagged_subject_before_a_result_verb_still_wins():
    assert ("FooNet", "GPT-4o") in outperforms(
        "On the Crello benchmark, FooNet reduces the error and clearly outperforms GPT-4o."
    )


@pytest.mark.parametrize("name", ["FooBench-Debiased", "LED-Dataset", "MMBench"])
def test_a_benchmark_named_head_is_not_evaluated_on(name):
    found = relation_triples(
        f"We propose {name}, a new diagnostic method. We evaluate {name} on MMLU and GPQA.",
        {**ENTS, name: "Method"},
        (name,),
    )
    assert not pairs_of(found, "evaluated_on")


def test_a_method_head_is_evaluated_on_in_the_same_sentence():
    assert ("FooNet", "MMLU") in evaluated("We evaluate FooNet on MMLU and GPQA.")


def test_the_papers_method_named_before_its_own_dataset_is_evaluated_on_it():
    text = (
        "We propose FooNet, a GUI agent. To evaluate it, we introduce FooBench, a benchmark suite. "
        "FooNet also performs strongly on FooBench, reaching 74.24% step success."
    )
    found = relation_triples(text, {**ENTS, "FooBench": "Dataset"}, ("FooNet", "FooBench"))
    assert ("FooNet", "FooBench") in pairs_of(found, "evaluated_on")


def test_a_sentence_describing_the_papers_dataset_gives_no_evaluated_on():
    text = "We propose FooNet, a GUI agent, and FooBench, a benchmark. Examples in FooBench are based on real data."
    found = relation_triples(text, {**ENTS, "FooBench": "Dataset"}, ("FooNet", "FooBench"))
    assert ("FooNet", "FooBench") not in pairs_of(found, "evaluated_on")


def test_the_owner_of_an_unnamed_rival_is_not_beaten():
    found = relation_triples(
        f"{PROPOSE} FooNet outperforms 13 baselines and surpasses JAXA's operational product.",
        {**ENTS, "JAXA": "Model"},
        ("FooNet",),
    )
    assert ("FooNet", "JAXA") not in pairs_of(found, "outperforms")


def test_a_possessive_score_still_beats_its_owner():
    assert ("FooNet", "GPT-4o") in outperforms("FooNet achieves an F1 of 0.9, surpassing GPT-4o's best performance.")


def test_the_base_of_an_unnamed_rival_is_not_beaten():
    found = outperforms("FooNet shows consistent gains over single-agent baselines and vanilla MAS based on GPT-4o.")
    assert ("FooNet", "GPT-4o") not in found


def test_models_based_on_a_named_model_keep_it_as_the_rival():
    assert ("FooNet", "GPT-4o") in outperforms("FooNet even surpasses larger popular models based on GPT-4o.")


def test_models_a_speedup_is_measured_on_are_not_evaluated_on():
    # realabs: "1.35x and 1.50x speedups on LongLive and Self Forcing"; HunyuanVideo is a lexicon model
    text = "FooNet achieves near-lossless acceleration, reaching up to 7 times speedup on HunyuanVideo and LongLive."
    assert not evaluated(text)


def test_lexicon_benchmarks_a_speedup_is_measured_on_stay_evaluated_on():
    found = evaluated("FooNet achieves a 3x speedup on MMLU and GPQA.")
    assert {("FooNet", "MMLU"), ("FooNet", "GPQA")} <= found


def test_a_speed_noun_at_the_end_of_the_sentence_is_no_speedup_on_the_first_dataset():
    # "On FooData" opens the last sentence, which ends in "speedup" without a full stop:
    # reading back from FooData must not wrap round to the sentence's last word
    assert ("FooNet", "FooData") in evaluated("On FooData, FooNet gets 80% accuracy and a 2x speedup")


def test_a_benchmark_a_speedup_is_measured_on_stays_evaluated_on():
    found = relation_triples(
        f"{PROPOSE} FooNet reaches up to 7 times speedup on FooBench with SGLang.",
        {**ENTS, "FooBench": "Dataset"},
        ("FooNet",),
    )
    assert ("FooNet", "FooBench") in pairs_of(found, "evaluated_on")


def test_a_dataset_list_goes_on_after_a_for_phrase():
    found = evaluated("On MMLU and GPQA for reasoning, and IFEval and Arena-Hard for chat, FooNet improves accuracy.")
    assert {("FooNet", "MMLU"), ("FooNet", "IFEval"), ("FooNet", "Arena-Hard")} <= found


def test_a_for_phrase_does_not_join_a_training_set_to_the_evaluation():
    found = evaluated("We use MMLU for training and GPQA for validation of FooNet.")
    assert ("FooNet", "MMLU") not in found


def test_the_papers_system_uses_its_named_part():
    text = (
        "We propose FooNet, a detector, and its Dual-Reference Structural Rectification (DRSR) mechanism. "
        "Specifically, it employs the Dual-Reference Structural Rectification (DRSR) mechanism to enforce constraints."
    )
    ents = {**ENTS, "Dual-Reference Structural Rectification": "Method"}
    found = relation_triples(text, ents, ("FooNet", "Dual-Reference Structural Rectification"))
    assert ("FooNet", "Dual-Reference Structural Rectification") in pairs_of(found, "uses")


def test_the_papers_system_does_not_use_another_proposal_that_is_no_part():
    text = (
        "We propose FooNet, a detector, and BarNet-8B, a model. "
        "Specifically, it employs BarNet-8B to enforce constraints."
    )
    found = relation_triples(text, ENTS, ("FooNet", "BarNet-8B"))
    assert ("FooNet", "BarNet-8B") not in pairs_of(found, "uses")


@pytest.mark.parametrize(
    "text", ["FooNet consistently surpasses GPT-4o-high and o1.", "FooNet outperforms a GPT-4o-predictor baseline."]
)
def test_a_rival_glued_to_a_hyphenated_word_is_no_rival(text):
    assert ("FooNet", "GPT-4o") not in outperforms(text)


def test_a_rival_before_a_spaced_hyphen_stays():
    assert ("FooNet", "GPT-4o") in outperforms("FooNet consistently surpasses GPT-4o - a strong model.")


# ---------------------------------------------------------------- speed-only checks reach past number lists


@pytest.mark.parametrize(
    "words,index,steps,start",
    [
        # "speedups of 12.72x, 1.70x, and 1.18x over X": the numbers and their joins cost no steps
        (("speedups", "of", "12.72x", ",", "1.70x", ",", "and", "1.18x", "over", "x"), 8, 6, 0),
        (("a", "speedup", "of", "12.72x", ",", "1.70x", ",", "and", "1.18x", "over"), 9, 2, 1),
        # plain words each cost a step
        (("a", "b", "c", "d", "e", "f", "g", "h"), 7, 3, 4),
        # never before the sentence start
        (("3x", "over", "x"), 1, 6, 0),
        (("over", "x"), 0, 6, 0),
    ],
)
def test_window_back_skips_number_lists(words, index, steps, start):
    assert _window_back(words, index, steps) == start


def test_a_speedup_list_over_a_rival_is_no_win():
    assert not outperforms("FooNet achieves speedups of 12.72x, 1.70x, and 1.18x over GPT-4o and Claude-3.")


def test_a_quality_gain_over_a_rival_stays_a_win():
    assert ("FooNet", "GPT-4o") in outperforms("FooNet improves accuracy by 2.1 points over GPT-4o.")


@pytest.mark.parametrize(
    "sentence,kept,dropped",
    [
        (  # the second clause has its own subject, which beats what follows its own verb
            "Notably, FooNet-8B surpasses GPT-4o, and BarNet-8B even outperforms Claude-3 by 2.8% in F1 score.",
            {("FooNet-8B", "GPT-4o"), ("BarNet-8B", "Claude-3")},
            {("FooNet-8B", "BarNet-8B"), ("FooNet-8B", "Claude-3")},
        ),
        (  # the base models named after the colon improve; they are not beaten
            "FooNet yields consistent gains over the base models: Qwen3-VL-8B improves by +8.8 points on MMLU.",
            set(),
            {("FooNet", "Qwen3-VL-8B")},
        ),
        (  # a plain list of rivals is kept whole
            "FooNet outperforms GPT-4o and Claude-3 on MMLU.",
            {("FooNet", "GPT-4o"), ("FooNet", "Claude-3")},
            set(),
        ),
        (  # a rival list ended by a participle, not by a verb of its own
            "FooNet surpasses GPT-4o and Claude-3, achieving 71.2% on MMLU.",
            {("FooNet", "GPT-4o"), ("FooNet", "Claude-3")},
            set(),
        ),
    ],
)
def test_a_name_with_a_result_verb_of_its_own_is_a_clause_subject(sentence, kept, dropped):
    found = outperforms(sentence)
    assert kept <= found
    assert not dropped & found


def test_a_raised_score_is_improved_not_beaten():
    found = outperforms("FooNet exceeds GPT-4o by 27.1 points and raises SFT accuracy from 77.5% to 82.2%.")
    assert ("FooNet", "GPT-4o") in found
    assert ("FooNet", "SFT") not in found


@pytest.mark.parametrize(
    "sentence,dropped,kept",
    [  # a name joined to another by "+" is a fragment of the combination that is beaten
        (
            "FooNet reaches 71.2% on MMLU, exceeding GPT-4o + Claude-3 and approaching BarNet-8B.",
            {"GPT-4o", "Claude-3"},
            set(),
        ),
        ("FooNet outperforms GPT-4o and Claude-3 on MMLU.", set(), {"GPT-4o", "Claude-3"}),
        # a name before a data noun names data, not a rival
        ("FooData has 20 times more instances than existing GPT-4o datasets.", {"GPT-4o"}, set()),
        ("FooNet is more accurate than GPT-4o on existing datasets.", set(), {"GPT-4o"}),
    ],
)
def test_a_combination_or_data_is_no_named_rival(sentence, dropped, kept):
    tails = {tail for _, tail in outperforms(sentence)}
    assert not dropped & tails
    assert kept <= tails


@pytest.mark.parametrize(
    "sentence",
    [
        "This recipe empowers BERT to outperform GPT-4o on MMLU.",
        "FooNet enables Qwen3-VL-8B to surpass Claude-3 across four benchmarks.",
        "With few samples, the verifier lets BERT to even beat GPT-4o.",
    ],
)
def test_an_enabled_model_of_others_wins_nothing_as_such(sentence):
    assert outperforms(sentence) == set()


@pytest.mark.parametrize(
    "sentence,pair",
    [
        ("Our training enables FooNet, a small model, to outperform GPT-4o.", ("FooNet", "GPT-4o")),
        ("Distillation enables our FooNet-8B to surpass Claude-3.", ("FooNet-8B", "Claude-3")),
        ("BERT enables FooNet to outperform GPT-4o.", ("FooNet", "GPT-4o")),
    ],
)
def test_an_enabled_system_of_the_paper_still_wins(sentence, pair):
    assert pair in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet matched or exceeded GPT-4o and Claude-3 on most tasks.",
        "FooNet gains 9% over SFT, rivalling or even surpassing GPT-4o.",
        "The largest variant of FooNet rivaled or surpassed Claude-3.",
        "FooNet reaches parity with or surpasses GPT-4o and Claude-3 on open tasks.",
    ],
)
def test_rivalling_or_matched_before_a_win_is_parity(sentence):
    found = outperforms(sentence)
    assert ("FooNet", "GPT-4o") not in found and ("FooNet", "Claude-3") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "With matched parameters, FooNet is better than BERT.",
        "Compared to BERT at matched compute, FooNet improves accuracy by 3%.",
        "Under matched budgets, FooNet even outperforms BERT by 3 points.",
    ],
)
def test_matched_as_an_adjective_keeps_the_win(sentence):
    assert ("FooNet", "BERT") in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet keeps full-precision parity and outperforms BERT by 3 points.",
        "Unlike prior fairness methods, FooNet clearly outperforms BERT on demographic parity gaps.",
    ],
)
def test_parity_away_from_the_win_keeps_the_win(sentence):
    assert ("FooNet", "BERT") in outperforms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Notably, Qwen3-VL-8B + FooNet narrows the gap, surpassing GPT-4o on average.",
        "The BERT + BiLSTM hybrid model achieved 0.80 AUC, outperforming Claude-3.",
    ],
)
def test_a_head_joined_by_plus_is_a_fragment_of_the_combination(sentence):
    found = outperforms(sentence)
    assert ("Qwen3-VL-8B", "GPT-4o") not in found and ("BiLSTM", "Claude-3") not in found
    assert ("BERT", "Claude-3") not in found


def test_a_head_without_plus_still_wins():
    assert ("BERT", "Claude-3") in outperforms("The BERT hybrid model achieved 0.80 AUC, outperforming Claude-3.")
