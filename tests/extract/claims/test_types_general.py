"""Session 9: claim types and subjects by the guide's general definitions (hand-written cases)."""

from __future__ import annotations

from claimgraph.extract.claims.detection import find_claims
from tests.extract.claim_docs import build
from tests.extract.claims.test_detection import claims_of, one
from tests.extract.claims.test_subjects import subject_of

PROPOSE = "We propose FooNet, a new method for parsing."


def test_a_reported_state_of_the_art_result_is_state_of_the_art():
    # realabs: "Experiments ... demonstrate state-of-the-art performance", "attaining state-of-the-art performance"
    assert one("Extensive experiments demonstrate state-of-the-art performance on GLUE.").type == "state_of_the_art"
    assert one("FooNet is robust to noise, attaining state-of-the-art accuracy.").type == "state_of_the_art"
    assert one("Experiments on GLUE validate the state-of-the-art performance of FooNet.").type == "state_of_the_art"


def test_a_reporting_verb_before_others_state_of_the_art_models_is_no_record():
    # dev: "Our experiments show that SoTA open source models ... improve 8.2% from their baseline performance"
    claim = one("Our experiments show that SoTA open source models improve 8.2% on average.", {"8.2%": (8.2, "%")})
    assert claim.type != "state_of_the_art"
    claim = one("We show that state-of-the-art models fail on long inputs.")
    assert claim.type != "state_of_the_art"


def test_a_negated_gain_is_a_finding():
    # realabs: "increased model complexity does not necessarily translate to better performance"
    assert one("We find that scaling the data does not improve robustness.").type == "finding"
    assert one("We find that larger batches bring no gains on GLUE.").type == "finding"
    # "not only improves" is no negation
    assert one("We show that FooNet not only improves accuracy but also robustness.").type == "improvement"


def test_a_rise_of_a_harm_is_a_finding():
    # realabs: "hallucinating intermediate facts ... increases the likelihood of hallucinations"
    sentence = "We demonstrate that longer reasoning increases the likelihood of hallucinations."
    assert one(sentence).type == "finding"
    # a gain word that is one by meaning stays a gain; so does a rise with the harm in another phrase
    assert one("Our method yields improvements in perplexity on GLUE.").type == "improvement"
    sentence = "We demonstrate that FooNet increases accuracy with minimal degradation."
    assert one(sentence).type == "improvement"


def test_a_gain_than_a_named_baseline_is_a_comparison():
    # realabs: "CraniMem is more robust than a Vanilla RAG and Mem0 baseline" was an improvement
    assert one("FooNet achieves higher accuracy than BERT on GLUE.").type == "comparison"
    # a gain without anyone to compare with stays an improvement
    assert one("FooNet achieves higher accuracy on GLUE.").type == "improvement"


def test_one_word_that_names_a_theoretical_object_is_no_theory():
    # realabs: "as more relevant texts are included ..., the rankings converge" was theoretical
    sentence = "We show that as more relevant texts are included in the evaluation set, the rankings converge."
    assert one(sentence).type == "finding"
    # a word of proof, or two theory words, keep it theoretical
    assert one("We prove that the estimator converges to the optimum.").type == "theoretical"
    sentence = "Our results confirm the convergence guarantee of FooNet in the infinite-width limit."
    assert one(sentence).type == "theoretical"
    # "theoretical analysis/results" is a result of proof (realabs: "Theoretical analysis shows that X ...
    # upper-bounds the Rademacher complexity")
    sentence = "Theoretical analysis shows that FooNet induces a regularization effect on the weights."
    assert one(sentence).type == "theoretical"


def test_prove_that_only_says_something_turned_out_so_is_no_proof():
    # session 25: "prove" with neither the authors before it nor "that" after it (or after a result noun)
    sentence = "Extensive experiments prove the strong capability of FooNet in generating long videos."
    assert one(sentence).type == "finding"
    sentence = "Our findings prove that FooNet is a reliable tool for segmenting liver tumors."
    assert one(sentence).type == "finding"
    sentence = "Further, we show that FooNet proves adaptable to a wide range of drawing styles."
    assert one(sentence).type == "finding"


def test_the_authors_or_a_paper_proving_that_stay_theoretical():
    assert one("We then prove that the sampler is an optimal solution to the trade-off.").type == "theoretical"
    assert one("This paper proves that a universal codebook exists for all sources.").type == "theoretical"
    assert one("We theoretically prove a tight regret bound for the algorithm.").type == "theoretical"


def test_a_saving_of_one_unit_is_efficiency():
    # realabs: "reducing token usage by approximately 30%", "a 50% reduction in parameter count"
    assert one("FooNet reduces token usage by up to 40% on GLUE.", {"40%": (40.0, "%")}).type == "efficiency"
    assert one("FooNet achieves a 50% reduction in parameter count.", {"50%": (50.0, "%")}).type == "efficiency"


def test_this_paper_shows_is_the_authors_finding():
    # dev: "Contrary to this conventional wisdom, this paper shows that 1) pre-training loss cannot ..."
    sentence = (
        "Contrary to this conventional wisdom, this paper shows that pre-training loss cannot explain performance."
    )
    assert one(sentence, propose=False).type == "finding"
    # "this paper" that does not report stays out when the sentence is background
    assert claims_of("Despite recent progress, this paper tackles the remaining problem of improving parsing.") == []


def test_an_enumerated_finding_about_other_models_has_no_subject():
    # gold: "2) While specialized smaller models ... show promise, they still lag behind their larger counterparts."
    text = f"{PROPOSE} We identify two phenomena."
    doc = build(
        f"{text} 2) Smaller models trained on the synthetic data still lag behind larger models.",
        entities={"FooNet": "Method"},
        proposes=("FooNet",),
    )
    listed = [c for c in find_claims(doc) if c.sentence.text.startswith("2)")]
    assert listed and listed[0].subject is None
    # an item that speaks of the paper's own work keeps it
    doc = build(
        f"{text} 2) Our method still lags behind larger models.", entities={"FooNet": "Method"}, proposes=("FooNet",)
    )
    listed = [c for c in find_claims(doc) if c.sentence.text.startswith("2)")]
    assert listed and listed[0].subject is not None and listed[0].subject.text == "FooNet"


def test_merit_nouns_joined_by_and_name_one_subject():
    # realabs: "demonstrate the superiority and robustness of TRN-R1-Zero" gave 'text-rich networks'
    sentence = (
        "Experiments across parsing, tagging and BarAttn settings demonstrate the superiority and robustness of FooNet."
    )
    assert subject_of("We propose FooNet for parsing.", sentence, ("FooNet",)) == "FooNet"


def test_a_coined_proposal_is_the_paper_s_actor_before_an_established_one():
    # realabs: "we introduce domain adversarial learning ... GB-DAL" made every "our method" the lexicon name
    import claimgraph.extract.entities.evidence  # noqa: F401  (registers Span._.evidence)

    text = "We introduce LoRA adapters and propose FooNet. Experiments show that our method outperforms BERT."
    entities = {"LoRA": "Method", "FooNet": "Method", "BERT": "Model"}
    doc = build(text, entities=entities, proposes=("LoRA", "FooNet"))
    doc._.proposes[0]._.evidence = "lexicon"
    claim = next(c for c in find_claims(doc) if "our method" in c.sentence.text)
    assert claim.subject is not None and claim.subject.text == "FooNet"
    # without the lexicon evidence the first proposal stays the actor
    doc = build(text, entities=entities, proposes=("LoRA", "FooNet"))
    claim = next(c for c in find_claims(doc) if "our method" in c.sentence.text)
    assert claim.subject is not None and claim.subject.text == "LoRA"


def test_an_item_of_a_listed_finding_is_a_claim_without_cue_words():
    # gold: "... reveal two remarkable findings: (a) ...", then "(b) ... a BERT-based model can master all of these ..."
    text = f"{PROPOSE} Our experiments reveal two findings: (a) FooNet is robust to noise."
    item = "(b) On the other hand, small models can master all of these phenomena."
    doc = build(f"{text} {item}", entities={"FooNet": "Method"}, proposes=("FooNet",))
    assert [c.type for c in find_claims(doc) if c.sentence.text == item] == ["finding"]
    # the same sentence without a finding before it is no claim
    doc = build(f"{PROPOSE} {item}", entities={"FooNet": "Method"}, proposes=("FooNet",))
    assert [c for c in find_claims(doc) if c.sentence.text == item] == []


def test_performing_better_is_a_comparison_without_than():
    # dev: "Our model also generalizes better to unseen domains and source models" (gold comparison)
    assert one("Our model also generalizes better to unseen domains.").type == "comparison"
    assert one("FooNet performs significantly better on GLUE.").type == "comparison"
    # a better noun phrase is no comparison
    assert one("FooNet improves accuracy through better understanding of syntax.").type == "improvement"
