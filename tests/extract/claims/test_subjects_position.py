"""Claim subjects: merit nouns, names inside phrases or example lists, the reported clause's own cue."""

from __future__ import annotations

from claimgraph.extract.claims.detection import find_claims
from tests.extract.claim_docs import build

ENTS = {
    "FooNet": "Method",
    "BarNet": "Method",
    "FooBench": "Dataset",
    "GPT-4": "Model",
    "Qwen3": "Model",
    "Llama-3": "Model",
    "Mixture-of-Experts": "Method",
    "GLUE": "Dataset",
}
PROPOSE = "We propose FooNet, a method for parsing."


def subject_of(sentence: str, text: str = PROPOSE, proposes: tuple[str, ...] = ("FooNet",)):
    doc = build(f"{text} {sentence}", entities=ENTS, proposes=proposes)
    claim = next(c for c in find_claims(doc) if c.sentence.text == sentence)
    return claim.subject.text if claim.subject is not None else None


def test_the_name_after_a_merit_noun_is_the_subject():
    # realabs: "Experimental results demonstrate the superiority of SS-PSD over the existing SoTA solutions"
    two = "We propose BarNet, a parser, and FooNet, a tagger."
    assert subject_of("Experiments demonstrate the superiority of FooNet over GPT-4.", two, ("BarNet", "FooNet")) == (
        "FooNet"
    )
    assert subject_of("Results validate the efficacy of FooNet on GLUE, where we observe large gains.") == "FooNet"
    assert subject_of("Experiments confirm the effectiveness of our method on GLUE.") == "FooNet"


def test_a_name_inside_a_prepositional_phrase_is_not_the_subject():
    # realabs: "Experiments across dense and Mixture-of-Experts LLMs demonstrate consistent gains ..."
    sentence = "Experiments across dense and Mixture-of-Experts models demonstrate consistent gains on GLUE."
    assert subject_of(sentence) == "FooNet"
    # "by integrating X with the powerful Y, our method ...": our method, not Y
    sentence = "Results show that by integrating these modules with the strong BarNet, our method improves recall."
    assert subject_of(sentence) == "FooNet"
    # the name that opens the clause stays the subject; "of" does not make a phrase
    assert subject_of("Experiments on GLUE show that BarNet improves accuracy.") == "BarNet"
    assert subject_of("We find that the accuracy of BarNet improves by a wide margin.") == "BarNet"


def test_a_list_of_names_after_a_preposition_has_no_subject():
    # realabs: "Experiments on Qwen3-VL, Kimi-VL, and ERNIE-VL reveal a striking failure: ..."
    bench = "We introduce FooBench, a benchmark of math problems."
    sentence = "Experiments on GPT-4, Qwen3, and Llama-3 reveal a striking failure on long inputs."
    assert subject_of(sentence, bench, ("FooBench",)) is None
    # without the preposition the name is the subject
    assert subject_of("We find that GPT-4, Qwen3, and Llama-3 fail on long inputs.", bench, ("FooBench",)) == "GPT-4"


def test_examples_are_not_the_subject():
    # realabs: "we show that smaller models (e.g., DeepSeek R1, Qwen3, Phi-reasoning) can also benefit from ..."
    sentence = "We show that smaller models (e.g., GPT-4, Qwen3) also benefit from longer inputs."
    assert subject_of(sentence, "We study scaling.", ()) is None
    sentence = "We find that models such as GPT-4 and Qwen3 process syntax in early layers."
    assert subject_of(sentence, "We study scaling.", ()) is None
    assert subject_of("We find that Qwen3 processes syntax in early layers.", "We study scaling.", ()) == "Qwen3"


def test_the_reported_clause_has_its_own_cue():
    # realabs: "SkillClaw enables ... improvement, and experiments on X show that ..., it significantly improves ..."
    sentence = (
        "FooNet brings a large improvement in recall, and experiments on GLUE show that limited feedback "
        "lets it improve GPT-4 by a wide margin."
    )
    assert subject_of(sentence) == "FooNet"


def test_the_proposed_name_spelled_without_its_hyphen_is_the_papers_own():
    # realabs: "Video CoM achieves strong results ..., improving average performance by 3.6 percent over recent
    # state of the art models" (proposed as "Video-CoM"): a claim despite "recent"
    text = "We propose Foo-Net, a method for parsing."
    doc = build(
        f"{text} Foo Net improves accuracy over recent models on GLUE.",
        entities={"Foo-Net": "Method", "Foo Net": "Method", "GLUE": "Dataset"},
        proposes=("Foo-Net",),
    )
    assert [c.sentence.text for c in find_claims(doc)] == ["Foo Net improves accuracy over recent models on GLUE."]


def test_an_acronym_of_a_proposed_name_is_the_proposal():
    # realabs: "... Discriminative Concept Calibrator ... By mitigating X and improving Y, DCC strengthens ..."
    ents = {"CalibNet": "Method", "Discriminative Concept Calibrator": "Method", "DCC": "Method"}
    text = "We propose CalibNet with a Discriminative Concept Calibrator module."
    sentence = "By mitigating generic concepts and improving the representations of rare ones, DCC strengthens recall."
    doc = build(f"{text} {sentence}", entities=ents, proposes=("CalibNet", "Discriminative Concept Calibrator"))
    claim = next(c for c in find_claims(doc) if c.sentence.text == sentence)
    assert claim.subject.text in ("DCC", "Discriminative Concept Calibrator")


def test_our_method_stands_for_a_proposal_named_only_in_the_title():
    # realabs: a title "MATTER: ..." and no propose sentence; "..., our method significantly improves ..."
    sentence = "Furthermore, our method significantly improves the mapping quality compared to the baseline."
    doc = build(sentence, title="FooNet: Parsing Things", entities=ENTS, proposes=("FooNet",))
    claim = next(c for c in find_claims(doc) if c.sentence.text == sentence)
    assert claim.subject is not None and claim.subject.text == "FooNet"
    # a bare "we" there is not the title's name
    sentence = "We found that many methods are highly sensitive to the random seed."
    doc = build(sentence, title="FooNet: Parsing Things", entities=ENTS, proposes=("FooNet",))
    claim = next(c for c in find_claims(doc) if c.sentence.text == sentence)
    assert claim.subject is None


def test_our_data_is_the_proposed_dataset():
    # realabs: "Models trained with our synthesized data achieve consistent gains ..." (SynthRL, a dataset)
    text = "We introduce FooBench, a dataset of proofs, and BarNet, a prover."
    sentence = "Models trained with our synthesized data achieve consistent gains on GLUE."
    assert subject_of(sentence, text, ("FooBench", "BarNet")) == "FooBench"


def test_a_name_inside_the_reporters_phrase_is_not_the_subject():
    # realabs: "Our analysis of GPT-4o and Llama 3.1 70B reveals several key findings: ... significantly affects ..."
    bench = "We introduce FooBench, a benchmark of math problems."
    sentence = "Our analysis of GPT-4 and Qwen3 reveals that the order of inputs significantly affects accuracy."
    assert subject_of(sentence, bench, ("FooBench",)) is None
    # the reporter itself may be the subject
    assert (
        subject_of("BarNet shows consistent gains on GLUE.", PROPOSE + " We compare BarNet.", ("BarNet",)) == "BarNet"
    )


def test_a_proposed_dataset_after_a_merit_noun_is_the_subject():
    # realabs: "The experimental results on MiraBench demonstrate the superiority of MiraData, ..."
    text = "We introduce FooBench, a dataset of long videos, and GLUE-X."
    sentence = "Experiments on GLUE demonstrate the superiority of FooBench, especially in motion strength."
    assert subject_of(sentence, text, ("FooBench",)) == "FooBench"
    # a dataset the paper does not propose is no subject there
    assert subject_of("Experiments demonstrate the superiority of GLUE over older sets.") != "GLUE"


def test_the_papers_own_name_reporting_a_generic_clause_is_the_subject():
    # realabs: "Evaluated on nuScenes and KITTI, FutrTrack demonstrates that query-based transformer
    # tracking methods benefit significantly from multimodal sensor features compared with ..."
    sentence = "Evaluated on GLUE, FooNet demonstrates that query-based parsers benefit significantly from long inputs."
    assert subject_of(sentence) == "FooNet"
    assert subject_of("FooNet shows that large parsers are more robust than small ones.") == "FooNet"
    # others' names or the authors' results reporting it do not make it the paper's claim
    sentence = "Experiments with FooNet demonstrate that query-based parsers benefit significantly from long inputs."
    assert subject_of(sentence) is None  # a name inside the reporter's phrase
    assert (
        subject_of("Our results demonstrate that query-based parsers benefit significantly from long inputs.") is None
    )


def test_our_method_is_not_its_proposed_module():
    # realabs: "... a Residual Convolutional Block Attention Module ... the proposed method significantly
    # outperforms previous approaches, achieving a PSNR of 33.29 dB" (the score is the whole method's)
    text = "We propose a deraining network with a FooNet module."
    sentence = "Experiments show that the proposed method outperforms GPT-4 on GLUE."
    assert subject_of(sentence, text) is None
    assert subject_of("Experiments show that our module outperforms GPT-4 on GLUE.", text) == "FooNet"
    # a whole system the paper names wins over a part it names too
    text = "We propose FooNet, a parser, with a BarNet mechanism for token allocation."
    assert subject_of(sentence, text, ("BarNet", "FooNet")) == "FooNet"
    # a name that is no part stays what "our method" stands for
    assert subject_of(sentence) == "FooNet"


def test_our_benchmark_as_the_place_of_a_result_is_not_the_subject():
    # realabs: "On a subset of 1,782 instances of this benchmark, today's strongest models perform as
    # follows: claude-sonnet-4.5 achieves 36.20% pass@10, ..." (the score is a model's, not SWE-Bench++'s)
    bench = "We introduce FooBench, a benchmark of math problems."
    sentence = "On a subset of 500 problems of this benchmark, current models achieve only 36.2% accuracy."
    assert subject_of(sentence, bench, ("FooBench",)) is None
    # the benchmark in subject position stays the subject
    sentence = "Our benchmark challenges current models, which achieve only 36.2% accuracy."
    assert subject_of(sentence, bench, ("FooBench",)) == "FooBench"


def test_this_design_right_after_a_propose_sentence_is_what_it_proposes():
    # "Based on CoLM, we further introduce CoLM-Air ... This design demonstrates ...": CoLM-Air
    text = "We propose FooNet, a method for parsing. We further introduce BarNet, a lighter variant."
    sentence = "This design outperforms GPT-4 on GLUE."
    assert subject_of(sentence, text, ("FooNet", "BarNet")) == "BarNet"
    # not when the sentence before only describes the name: the authors do not propose it there
    text = "We propose FooNet, a method for parsing. BarNet is a lighter variant of it."
    assert subject_of(sentence, text, ("FooNet", "BarNet")) == "FooNet"
    # not "This work ..." (the whole paper) nor "These modules ..." (several)
    text = "We propose FooNet, a method for parsing. We further introduce BarNet, a lighter variant."
    assert subject_of("This work outperforms GPT-4 on GLUE.", text, ("FooNet", "BarNet")) == "FooNet"
    assert subject_of("These modules outperform GPT-4 on GLUE.", text, ("FooNet", "BarNet")) == "FooNet"


def test_a_proposed_name_glued_to_a_variant_part_is_named_whole():
    # "Our DDT-XL/2 achieves ..." where the entity stage tagged only "DDT": the whole name as written
    doc = build(f"{PROPOSE} Our FooNet-XL/2 outperforms GPT-4 on GLUE.", entities=ENTS, proposes=("FooNet",))
    claim = next(c for c in find_claims(doc) if "XL/2" in c.sentence.text)
    assert claim.subject.text == "FooNet-XL/2"
    # a lower-case modifier glued to the name is no variant part: the name stays
    doc = build(f"{PROPOSE} Our FooNet-generated data outperforms GPT-4 on GLUE.", entities=ENTS, proposes=("FooNet",))
    claim = next(c for c in find_claims(doc) if "generated" in c.sentence.text)
    assert claim.subject is None or claim.subject.text == "FooNet"
