"""Claim subjects: what "we", "our method", "our benchmark" stand for, and components."""

from __future__ import annotations

from claimgraph.extract.claims.detection import find_claims
from claimgraph.extract.entities.evidence import set_evidence
from tests.extract.claim_docs import build

ENTS = {
    "FooNet": "Method",
    "BarAttn": "Method",
    "FooBench": "Dataset",
    "GPT-4": "Model",
    "GLUE": "Dataset",
    "accuracy": "Metric",
}


def subject_of(text: str, sentence: str, proposes: tuple[str, ...], quantities=None):
    doc = build(f"{text} {sentence}", entities=ENTS, proposes=proposes, quantities=quantities)
    claim = next(c for c in find_claims(doc) if c.sentence.text == sentence)
    return claim.subject.text if claim.subject is not None else None


BENCH = "We introduce FooBench, a benchmark of math problems."


def test_we_in_a_dataset_paper_is_not_the_dataset():
    # dev: "We observe significant performance drops on MATH-P-Hard across various models" (gold subject null)
    assert subject_of(BENCH, "We find that GPT-4 fails on long inputs.", ("FooBench",)) == "GPT-4"
    assert subject_of(BENCH, "We find that current models struggle with long inputs.", ("FooBench",)) is None
    assert subject_of(BENCH, "Further analysis reveals a strong bias toward the last label.", ("FooBench",)) is None


def test_our_benchmark_is_the_proposed_dataset():
    sentence = "Our benchmark reveals substantial gaps between GPT-4 and humans."
    assert subject_of(BENCH, sentence, ("FooBench",)) == "FooBench"
    # a reported clause about other models is not about the benchmark
    assert subject_of(BENCH, "Our benchmark reveals that current models fail on long inputs.", ("FooBench",)) is None


def test_a_named_dataset_that_reports_is_a_claim_and_its_subject():
    # gold: "LLM-KICK unveils many favorable merits and unfortunate plights of ... compression methods"
    sentence = "FooBench reveals substantial gaps between GPT-4 and humans."
    assert subject_of(BENCH, sentence, ("FooBench",)) == "FooBench"
    assert subject_of(BENCH, "Results show that FooBench is challenging for GPT-4.", ("FooBench",)) == "FooBench"


def test_a_finding_verb_after_another_name_is_not_the_authors_finding():
    doc = build(f"{BENCH} GPT-4 reveals its reasoning in long outputs.", entities=ENTS, proposes=("FooBench",))
    assert [c for c in find_claims(doc) if c.sentence.text.startswith("GPT-4")] == []


def test_we_in_a_method_paper_is_the_method():
    text = "We propose FooNet, a method for parsing."
    assert subject_of(text, "We find that it outperforms GPT-4 on GLUE.", ("FooNet",)) == "FooNet"


def test_component_after_with_is_not_the_subject():
    # judged: "Spatial Self-Attention" given as the subject where the sentence says "our framework"
    text = "We propose FooNet, a framework with a gating module BarAttn."
    sentence = "With BarAttn, our framework achieves 89.9% accuracy on GLUE."
    quantities = {"89.9%": (89.9, "%")}
    assert subject_of(text, sentence, ("FooNet", "BarAttn"), quantities) == "FooNet"
    sentence = "BarAttn alone achieves 89.9% accuracy on GLUE."
    assert subject_of(text, sentence, ("FooNet", "BarAttn"), quantities) == "BarAttn"


def test_a_model_with_the_proposed_component_keeps_the_component():
    text = "We propose FooNet, a framework with a gating module BarAttn."
    sentence = "GPT-4 with BarAttn achieves 89.9% accuracy on GLUE."
    assert subject_of(text, sentence, ("FooNet", "BarAttn"), {"89.9%": (89.9, "%")}) == "BarAttn"


def test_our_framework_is_not_a_component_of_an_unnamed_framework():
    # judged: "Spatial Self-Attention" as the subject where the sentence says "our framework"
    text = "We propose a novel framework for parsing. Our approach develops a new BarAttn mechanism for faces."
    sentence = "Experimental results show that our framework achieves 89.9% accuracy on GLUE."
    quantities = {"89.9%": (89.9, "%")}
    assert subject_of(text, sentence, ("BarAttn",), quantities) is None
    text = "We propose BarAttn, a mechanism for parsing."
    assert subject_of(text, sentence, ("BarAttn",), quantities) == "BarAttn"


LIST_ENTS = {
    "FooDetect": "Method",
    "GPTZero": "Model",
    "Claude": "Model",
    "GPT-4o": "Model",
    "Qwen3-32B": "Model",
    "BigCodec": "Model",
    "multi-task learning": "Method",
    "Self-Instruct": "Method",
    "DL4ND": "Method",
    "HTL": "Method",
    "FooNet": "Method",
    "FooNet-B": "Method",
    "FooNet-L": "Method",
    "MathVista": "Dataset",
    "accuracy": "Metric",
}
DETECT = "We propose FooDetect, a detector of machine text."
Q = {"71.2%": (71.2, "%"), "65.3%": (65.3, "%"), "80.1%": (80.1, "%"), "90.5%": (90.5, "%")}


def listed_subject(text: str, sentence: str, proposes: tuple[str, ...]):
    full = f"{text} {sentence}"
    entities = dict(sorted(LIST_ENTS.items(), key=lambda item: -len(item[0])))  # "FooNet-B" before "FooNet"
    doc = build(full, entities=entities, proposes=proposes, quantities={k: v for k, v in Q.items() if k in full})
    claim = next(c for c in find_claims(doc) if c.sentence.text == sentence)
    return claim.subject.text if claim.subject is not None else None


def test_a_respectively_list_has_no_single_subject():
    # judged: "GPTZero, Claude ... achieve a, b respectively" gave every number one subject
    sentence = "Results show that GPTZero, Claude and GPT-4o achieve 71.2%, 65.3% and 80.1% accuracy respectively."
    assert listed_subject(DETECT, sentence, ("FooDetect",)) is None
    # one name, or a list without "respectively", keeps its subject
    sentence = "Results show that GPT-4o achieves 80.1% accuracy, outperforming GPTZero and Claude."
    assert listed_subject(DETECT, sentence, ("FooDetect",)) == "GPT-4o"


def test_a_respectively_list_with_names_we_do_not_know_has_no_single_subject():
    # judged: "GPTZero, Claude Opus-4.6, and GPT-5.5 achieve ...: 89.41%, 77.92%, and 75.94% respectively"
    sentence = (
        "We found that Zeta Opus-4.6, Omega, and GPT-4o achieve the highest accuracy: 71.2%, 65.3%, and 80.1% "
        "respectively."
    )
    assert listed_subject(DETECT, sentence, ("FooDetect",)) is None
    # a name after an opening phrase and a comma is no list member (self-judged: "On EVT-Bench, ReferTrack")
    sentence = "On Omega, FooDetect achieves 71.2% and 80.1% accuracy on short and long texts, respectively."
    assert listed_subject(DETECT, sentence, ("FooDetect",)) == "FooDetect"


def test_the_base_of_an_unnamed_agent_is_not_the_subject():
    # judged: "we trained a Qwen3-32B-based agent that ... 32.23%" shown as Qwen3-32B's score
    sentence = "Furthermore, we trained a Qwen3-32B-based agent that reaches 71.2% accuracy."
    assert listed_subject("We study agents for search.", sentence, ()) is None
    sentence = "Results show that Qwen3-32B reaches 71.2% accuracy."
    assert listed_subject("We study agents for search.", sentence, ()) == "Qwen3-32B"


def test_an_appositive_baseline_is_not_the_subject():
    # judged: "BigCodec, the current SOTA ..., which achieves 0.84" shown as the paper's model
    sentence = "Results show that BigCodec, the current state-of-the-art codec, achieves 71.2% accuracy."
    assert listed_subject(DETECT, sentence, ("FooDetect",)) is None
    sentence = "Results show that BigCodec, trained on speech, achieves 71.2% accuracy."
    assert listed_subject(DETECT, sentence, ("FooDetect",)) == "BigCodec"


def test_a_generic_class_naming_an_unnamed_system_is_not_the_subject():
    # judged: "we introduced a multi-task learning technique that ... begets ... accuracy of 90%"
    sentence = "Furthermore, we introduced a multi-task learning technique that reaches 90.5% accuracy."
    assert listed_subject("We study vision.", sentence, ()) is None
    # a capitalised named method keeps its name; "our X approach" is the paper's own method
    sentence = "We find the Self-Instruct approach reaches 71.2% accuracy."
    assert listed_subject("We study vision.", sentence, ()) == "Self-Instruct"
    sentence = "Results show that our multi-task learning approach reaches 90.5% accuracy."
    assert listed_subject(DETECT, sentence, ("FooDetect",)) == "FooDetect"
    sentence = "Results show that our proposed DL4ND approach reaches 90.5% accuracy."
    assert listed_subject(DETECT, sentence, ("FooDetect",)) == "DL4ND"
    sentence = "Results show that the proposed HTL strategy reaches 90.5% accuracy."
    assert listed_subject(DETECT, sentence, ("FooDetect",)) == "HTL"


def test_a_variant_of_the_proposed_name_is_the_whole_name():
    # judged: "VCMamba" shown for "VCMamba-B achieves 82.6%"
    text = "We propose FooNet, a network for parsing."
    assert listed_subject(text, "Experiments show that FooNet-B achieves 90.5% accuracy.", ("FooNet",)) == "FooNet-B"
    assert listed_subject(text, "Experiments show that FooNet achieves 90.5% accuracy.", ("FooNet",)) == "FooNet"
    # two variants with two numbers: no single subject
    sentence = "Experiments show that FooNet-B and FooNet-L achieve 71.2% and 80.1% accuracy."
    assert listed_subject(text, sentence, ("FooNet",)) is None


def test_the_subject_after_an_opening_cue():
    # judged: "Notably, on MathVista, ThinkLite-VL-7B achieves ..." shown as ThinkLite-VL
    text = "We propose FooNet, a network for parsing."
    sentence = "Notably, on MathVista, FooNet-B outperforms GPT-4o."
    assert listed_subject(text, sentence, ("FooNet",)) == "FooNet-B"
    # gold: "Notably, our 3-bit quantized Vicuna-1.5 ..." is the paper's method, not the model it is applied to
    sentence = "Notably, our quantized GPT-4o achieves 90.5% accuracy."
    assert listed_subject(text, sentence, ("FooNet",)) == "FooNet"
    sentence = "Notably, it surpasses GPT-4o by 71.2% accuracy."
    assert listed_subject(text, sentence, ("FooNet",)) == "FooNet"
    # "our <variant of the proposed name> variant" is that variant, not the whole family
    sentence = "Notably, our FooNet-B variant achieves 90.5% accuracy."
    assert listed_subject(text, sentence, ("FooNet",)) == "FooNet-B"


def test_an_opening_comparison_list_is_not_the_subject():
    # realabs: "Compared with ... SuperPoint+SuperGlue, ALIKED, and LightGlue, ViBA reduces ..." gave ALIKED
    text = "We propose FooNet, a network for parsing."
    sentence = "Compared with GPTZero, Claude, and GPT-4o, FooNet improves accuracy by 71.2%."
    assert listed_subject(text, sentence, ("FooNet",)) == "FooNet"
    sentence = "Compared with strong baselines, GPT-4o improves accuracy by 71.2%."
    assert listed_subject(text, sentence, ("FooNet",)) == "GPT-4o"


def test_listed_variants_of_the_proposed_model_with_respectively():
    # realabs: "VL-DINO-T and VL-DINO-L achieve 36.3 and 38.1 AP ..., respectively" gave VL-DINO-L both
    text = "We propose FooNet-B and FooNet-L, networks for parsing."
    sentence = "Experiments show that FooNet-B and FooNet-L achieve 71.2% and 80.1% accuracy, respectively."
    assert listed_subject(text, sentence, ("FooNet-B", "FooNet-L")) is None
    sentence = "Experiments show that FooNet-L achieves 80.1% accuracy, surpassing GPT-4o and Claude."
    assert listed_subject(text, sentence, ("FooNet-B", "FooNet-L")) == "FooNet-L"


def test_a_method_after_after_is_not_the_subject():
    # realabs: "After CPT the model reaches a perplexity of 6.76" gave "continued pre-training"
    text = "We propose FooNet, a network for parsing."
    sentence = "After multi-task learning the model outperforms GPT-4o."
    assert listed_subject(text, sentence, ("FooNet",)) == "FooNet"


def test_a_reported_clause_about_existing_models_has_no_subject():
    # realabs: "We find existing reward models struggle ..., with the best model achieving only 66.3%"
    text = "We propose FooNet, a network for parsing."
    sentence = "We find existing models struggle on long inputs, with the best one achieving only 71.2% accuracy."
    assert listed_subject(text, sentence, ("FooNet",)) is None
    sentence = "We find that FooNet reaches 71.2% accuracy on long inputs."
    assert listed_subject(text, sentence, ("FooNet",)) == "FooNet"


def test_a_ranked_model_is_not_the_paper_s_method():
    method = "We propose FooNet, a new method for legal extraction."
    for sentence in (
        "Results show that the best model achieves an accuracy of 56% on GLUE.",
        "Results show that even the strongest models reach only 64% accuracy on GLUE.",
    ):
        assert subject_of(method, sentence, ("FooNet",)) is None
    # the paper's own best model, or a name, still is the subject
    assert subject_of(method, "Results show that FooNet achieves the best accuracy of 91% on GLUE.", ("FooNet",)) == (
        "FooNet"
    )
    assert subject_of(method, "Results show that our best model achieves 91% accuracy on GLUE.", ("FooNet",)) == (
        "FooNet"
    )


def test_a_method_glued_to_a_training_word_is_not_the_subject():
    ents = {**ENTS, "SFT": "Method"}

    def subject(sentence: str):
        doc = build(f"We propose FooNet, a new method for mazes. {sentence}", entities=ents, proposes=("FooNet",))
        claim = next(c for c in find_claims(doc) if c.sentence.text == sentence)
        return claim.subject.text if claim.subject is not None else None

    assert subject("Results show that the SFT-trained model achieves 86% accuracy on GLUE.") is None
    assert subject("Results show that our SFT-trained model achieves 86% accuracy on GLUE.") == "FooNet"
    assert subject("Results show that SFT achieves 86% accuracy on GLUE.") == "SFT"


def test_a_named_ranked_model_is_the_subject():
    method = "We propose FooNet, a new method for legal extraction."
    sentence = "Results show that the best-performing model, a fine-tuned GPT-4, achieves only 27.8% accuracy on GLUE."
    assert subject_of(method, sentence, ("FooNet",)) == "GPT-4"
    sentence = "Results show that the best-performing configuration achieves only 27.8% accuracy on GLUE."
    assert subject_of(method, sentence, ("FooNet",)) is None


def test_an_ablation_reports_on_the_papers_own_method():
    # recent-dev: "Ablation studies confirm that DEM is indispensable ..." (gold: the proposed GeoFormer)
    text = "We propose FooNet, a network for height estimation."
    sentence = "Ablation studies confirm that DEM is indispensable for height estimation and that SAR helps."
    assert subject_of(text, sentence, ("FooNet",)) == "FooNet"
    sentence = "Ablations show that pair selection and response rewriting drive the diversity gains."
    assert subject_of(text, sentence, ("FooNet",)) == "FooNet"
    # the numbers of an ablation are ablated variants' scores, not the method's (self-judged: "Ablation studies
    # confirm that ..., backbone freezing achieves peak precision (93.8%)")
    sentence = "Ablation studies confirm that backbone freezing achieves peak precision (71.2%)."
    assert listed_subject(text, sentence, ("FooNet",)) is None
    # a paper proposing only a dataset has no method for an ablation to be about
    sentence = "Ablation studies confirm that the height prior is indispensable for estimation."
    assert subject_of(BENCH, sentence, ("FooBench",)) is None


def test_a_clause_about_what_is_made_with_the_proposed_name_is_about_it():
    # recent-dev: "results show that images synthesized using TraceMark-LDM exhibit superior quality"
    text = "We propose FooNet, a watermarking model."
    sentence = "Experimental results show that images synthesized using FooNet exhibit superior quality."
    assert subject_of(text, sentence, ("FooNet",)) == "FooNet"
    # models evaluated on the paper's benchmark are others'
    sentence = "Experimental results show that models evaluated on FooBench exhibit poor robustness."
    assert subject_of(BENCH, sentence, ("FooBench",)) is None


def test_a_clause_opening_with_a_determiner_about_what_is_made_with_the_proposal_is_about_it():
    # recent-dev: "Our results show that the model trained on AthleticsPose significantly outperforms a baseline"
    text = "We introduce FooBench, a dataset of athletic motions."
    sentence = "Our results show that the model trained on FooBench significantly outperforms a baseline model."
    assert subject_of(text, sentence, ("FooBench",)) == "FooBench"
    # the model evaluated on it is not
    sentence = "Our results show that the model evaluated on FooBench significantly outperforms a baseline model."
    assert subject_of(text, sentence, ("FooBench",)) is None


def test_an_own_reference_is_not_the_name_it_beats():
    # judged: "our best model achieved an F1-score of 0.85227, outperforming the baseline EVA-02 model"
    # shown with EVA-02 (the name the paper's proposal was read as) as its subject
    text = "We propose a novel approach to parsing using the GPT-4 model."
    sentence = "With this design, our best model achieved high accuracy, outperforming the baseline GPT-4 model."
    assert subject_of(text, sentence, ("GPT-4",)) is None
    # the own reference stays the proposal when the name it beats is another
    text = "We propose FooNet, a method for parsing."
    sentence = "With this design, our best model achieved high accuracy, outperforming the baseline GPT-4 model."
    assert subject_of(text, sentence, ("FooNet",)) == "FooNet"


def test_a_known_technique_read_as_the_proposal_is_not_what_our_method_stands_for():
    # judged: "a student model ... achieves 92.5% classification accuracy" shown with "knowledge distillation"
    text = "We propose a compression method built on knowledge distillation."
    sentence = "Experiments on GLUE show that our method achieves high accuracy."
    entities = {**ENTS, "knowledge distillation": "Method"}

    def subject(evidence: str):
        doc = build(f"{text} {sentence}", entities=entities, proposes=("knowledge distillation",))
        for span in doc.spans["entities"]:
            set_evidence(span, evidence)
        claim = next(c for c in find_claims(doc) if c.sentence.text == sentence)
        return claim.subject.text if claim.subject is not None else None

    assert subject("lexicon") is None  # a lexicon name that is no coined word: a technique the work uses
    assert subject("propose") == "knowledge distillation"


def test_possessive_merit_names_the_subject():
    # recent-dev: "Preliminary results on leading models demonstrate ATLAS's effectiveness in differentiating ..."
    text = "We introduce FooBench, a benchmark of math problems."
    sentence = "Results on GPT-4 demonstrate FooBench's effectiveness in differentiating reasoning skills."
    assert subject_of(text, sentence, ("FooBench",)) == "FooBench"


def test_possessive_merit_of_our_method_is_the_proposal():
    text = "We propose FooNet, a parser."
    sentence = "Experiments on GLUE validate our method's superiority over GPT-4."
    assert subject_of(text, sentence, ("FooNet",)) == "FooNet"


def test_possessive_merit_after_an_aim_is_no_subject():
    # t3k: "three SC mitigation methods are proposed to improve Mamba-2's length generalizability"
    text = "We propose FooNet, a parser."
    sentence = "Experiments show that FooNet is used to improve GPT-4's robustness, raising accuracy by 3%."
    assert subject_of(text, sentence, ("FooNet",)) == "FooNet"


def test_a_part_introduced_in_the_passive_is_no_subject():
    # session 26: a part the abstract introduces in the passive names no contribution: a paper whose other
    # proposal is a dataset keeps that name as the subject, and "our method" stands for no part
    from tests.extract.helpers import claim_subject

    proposal = (
        "We introduce FooQA, a new benchmark for parsing. "
        "Specifically, a dynamic token pruning strategy is presented to cut the cost. "
    )
    named = "Extensive experiments demonstrate that FooQA achieves higher accuracy than BERT."
    assert claim_subject(proposal, named) == "FooQA"
    assert claim_subject(proposal, "Our method achieves higher accuracy than BERT on GLUE.") is None


def test_a_coined_name_comes_before_a_lowercase_description_as_the_paper_s_method():
    # session 26: "our method" stands for the coined name, not a lowercase description proposed before it, unless
    # the description has a short form of its own (then it is a name)
    from tests.extract.helpers import claim_subject

    described = "We develop layer-aware token mixing to merge tokens. Building on it, we present FooMix, a framework. "
    assert claim_subject(described, "Our method outperforms BERT on GLUE by 3 points.") == "FooMix"
    named = "We propose layer-aware token mixing (LATM), a framework. We also introduce FooMix, a module for merging. "
    assert claim_subject(named, "Our method outperforms BERT on GLUE by 3 points.") == "layer-aware token mixing"
