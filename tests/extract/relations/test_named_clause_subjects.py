"""Issue #17 (session 28): a head resolved from the paper's proposal does not win a comparison whose clause
names its own subject (relations/pairs/winner.py ``_named_subject``, cues/relation_reading.json
``subject_link_words``), and a head written before a data noun names data, which wins nothing."""

from __future__ import annotations

import pytest

from tests.extract.claim_docs import RelationReader

ENTS = {
    "FooNet": "Method",
    "FooNet-RAG": "Method",
    "BarNet": "Model",
    "GPT-5": "Model",
    "Qwen3": "Model",
    "MediBench": "Dataset",
}
READ = RelationReader("We propose FooNet, a new framework for planning.", ENTS)
READ_RAG = RelationReader("We propose FooNet-RAG, a retrieval framework.", {"FooNet-RAG": "Method", "GPT-5": "Model"})


@pytest.mark.parametrize(
    "text",
    [
        "On MediBench, Plannerix achieves a score of 37.1%, outperforming GPT-5.",
        "Experiments show that SKQA consistently outperforms GPT-5 on long inputs.",
        "In the low-data regime, MoRT-L improves accuracy by 4 points over GPT-5.",
        "Experiments show that the ZQ-Net model outperforms GPT-5.",
        "On MediBench, BarNet achieves a score of 37.1%, outperforming GPT-5.",
    ],
)
def test_another_name_as_the_clause_subject_takes_the_win_from_the_paper(text):
    assert ("FooNet", "GPT-5") not in READ.outperforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "On MediBench, it achieves a score of 37.1%, outperforming GPT-5.",
        "In addition, our method consistently outperforms GPT-5.",
        "On MediBench, Plannerix and our method both outperform GPT-5.",
        "Notably, FooNet achieves a score of 37.1%, outperforming GPT-5.",
        "Experiments show that it consistently outperforms GPT-5.",
    ],
)
def test_the_paper_keeps_its_win_without_another_subject(text):
    assert ("FooNet", "GPT-5") in READ.outperforms(text)


def test_the_short_start_of_the_proposed_name_is_the_paper_itself():
    assert ("FooNet-RAG", "GPT-5") in READ_RAG.outperforms(
        "On the test set, FooNet improves accuracy over GPT-5.", proposes=("FooNet-RAG",)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Fine-tuning Qwen3 on the FooNet dataset achieves 81.4% on MediBench, surpassing GPT-5.",
        "Training on FooNet data achieves 81.4% on MediBench, surpassing GPT-5.",
    ],
)
def test_a_head_written_before_a_data_noun_wins_nothing(text):
    assert ("FooNet", "GPT-5") not in READ.outperforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "FooNet achieves 81.4% on MediBench, surpassing GPT-5.",
        "The FooNet model achieves 81.4% on MediBench, surpassing GPT-5.",
    ],
)
def test_a_head_written_as_a_system_keeps_its_win(text):
    assert ("FooNet", "GPT-5") in READ.outperforms(text)
