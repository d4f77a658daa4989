"""A proposed dataset named in the subject position of a claim, or introduced as the object of a propose
verb, is the claim's subject ("ZorbBench spans ...", "we curate ZorbBench, which contains ..."), not the
paper's proposed method; a dataset used for training or the place a result of the method is measured in
is not; hand-written sentences through the whole pipeline."""

from __future__ import annotations

from tests.extract.helpers import claim_subject

PROPOSAL = (
    "We propose PlumeNet, a detector for industrial gas leaks in thermal video. "
    "We also release ZorbBench, a benchmark of annotated thermal videos. "
)


def subject(sentence: str, proposal: str = PROPOSAL) -> str | None:
    return claim_subject(proposal, sentence)


def test_a_proposed_dataset_opening_the_clause_is_the_subject():
    sentence = "ZorbBench improves the coverage of rare leak types by 35% over earlier benchmarks."
    assert subject(sentence) == "ZorbBench"


def test_a_proposed_dataset_introduced_with_its_size_is_the_subject():
    sentence = "We further curate ZorbBench, which increases the number of annotated leak videos to 12,000."
    assert subject(sentence) == "ZorbBench"


def test_the_method_named_in_the_clause_stays_the_subject():
    sentence = "On ZorbBench, PlumeNet achieves 81.2% mAP, outperforming the baseline by 4.1%."
    assert subject(sentence) == "PlumeNet"


def test_a_dataset_used_for_training_is_not_the_subject():
    sentence = "We use ZorbBench to train a detector, achieving state-of-the-art results on two benchmarks."
    assert subject(sentence) == "PlumeNet"


def test_a_dataset_where_our_models_score_is_not_the_subject():
    sentence = "We introduce the benchmark ZorbBench, on which our models achieve a 6.5% performance gain."
    assert subject(sentence) == "PlumeNet"
