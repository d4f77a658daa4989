"""A phenomenon the authors discover ("we identify the root cause of X", "we posit that this collapse ...")
is no result of their method: such a claim has no subject, while a discovery about the paper's own work
keeps it; hand-written sentences through the whole pipeline."""

from __future__ import annotations

from tests.extract.helpers import claim_subject

PROPOSAL = "We propose FooNet, a parallel decoding method for diffusion language models. "


def subject(sentence: str, proposal: str = PROPOSAL) -> str | None:
    return claim_subject(proposal, sentence)


def test_a_root_cause_we_identify_has_no_subject():
    sentence = (
        "Additionally, we identify the root cause of generation quality degradation in parallel decoding as the "
        "disruption of token dependencies."
    )
    assert subject(sentence) is None


def test_what_we_posit_about_a_collapse_has_no_subject():
    sentence = "We posit that this collapse is driven by over-optimization along the reward model's inherent biases."
    assert subject(sentence) is None


def test_a_discovery_verb_coordinated_after_we_has_no_subject():
    sentence = (
        "Moving beyond spatial pipelines, we rethink detection from a frequency perspective and reveal "
        "inconsistencies in spectral phase as the primary manifestation of domain discrepancies."
    )
    assert subject(sentence) is None


def test_a_discovery_about_our_method_keeps_the_proposal():
    sentence = "We observe that our method converges to a stable solution in fewer steps."
    assert subject(sentence) == "FooNet"


def test_a_discovery_naming_the_proposal_keeps_it():
    sentence = "We find that FooNet is robust to the choice of block size."
    assert subject(sentence) == "FooNet"


def test_a_discovery_with_a_result_word_keeps_the_proposal():
    sentence = "We observe consistent improvements of 3.2 points across all benchmarks."
    assert subject(sentence) == "FooNet"


def test_identify_and_another_verb_is_what_the_method_does():
    sentence = (
        "By extracting temporal features from videos, we identify and segregate real videos from manipulated ones."
    )
    assert subject(sentence) == "FooNet"


def test_a_number_we_observe_is_the_proposals():
    sentence = (
        "Across 26 frontier models from nine providers, we observe an average attack success rate of 71.3%, with "
        "no model family proving reliably robust."
    )
    proposal = "We introduce FooAttack, a jailbreak technique that embeds harmful content. "
    assert subject(sentence, proposal) == "FooAttack"


def test_a_phenomenon_described_in_a_wherein_clause_has_no_subject():
    sentence = (
        "Owing to the multi-modal nature of world models, we identify a feature coupling phenomenon, wherein "
        "shallow layers exhibit high temporal variability, while deeper layers yield more stable representations."
    )
    assert subject(sentence) is None
