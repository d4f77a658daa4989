"""Issue #17 (judged samples of session 20): the winner of a comparison is the one the sentence names. A rival
beaten by a named winner is not also beaten by the paper's entity read for an unnamed subject ("Aya-Vision-32B,
which outperforms models more than twice its size, such as Molmo-72B"); a clause whose subject is a variant of
the paper's name glued to a size or variant part ("PURe34", "STResNetMilli") or a sized model name that is no
entity ("T1-115B") is no win of the paper's name (relations/pairs/comparisons.py, heads.py). A rival cut from a
longer written name is no rival: a size glued after it ("H3-125M"), a name made a modifier before a technique
("BM25-based RAG"), a configuration "without" a named part ("LGM without DSA"), a model name going on with a
letter-and-digit code ("Baichuan M3-plus") (relations/pairs/rival_names.py, relations/guards/name_fragments.py).
"""

from __future__ import annotations

import pytest

from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import pairs_of, relation_triples
from tests.extract.helpers import entity_pipeline

ENTS = {
    "FooNet": "Method",
    "FooNet-32B": "Model",
    "Molmo-72B": "Model",
    "ResNet101": "Model",
    "MobileNetV1": "Model",
    "GPT-4o": "Model",
    "H3": "Method",
    "Hedgehog": "Method",
    "RAG": "Method",
    "LGM": "Method",
    "Baichuan": "Model",
    "DSA": "Method",
    "Mamba": "Method",
    "MMLU": "Dataset",
}


def beaten(text: str) -> set[tuple[str, str]]:
    return pairs_of(relation_triples(text, ENTS, ("FooNet",)), "outperforms")


def test_a_named_winner_takes_the_rival_from_an_unnamed_one():
    found = beaten(
        "We propose FooNet. We further scale this approach with FooNet-32B, which outperforms models more than"
        " twice its size, such as Molmo-72B."
    )
    assert ("FooNet-32B", "Molmo-72B") in found
    assert ("FooNet", "Molmo-72B") not in found


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "We propose FooNet. Notably, \\textbf{T1-115B} outperforms proprietary models such as GPT-4o.",
            ("FooNet", "GPT-4o"),
        ),
    ],
)
def test_a_variant_or_unfound_sized_name_wins_not_the_paper(text, pair):
    assert pair not in beaten(text)


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "We propose FooNet. On ImageNet, FooNet achieves 80.27% accuracy, surpassing ResNet101.",
            ("FooNet", "ResNet101"),
        ),
        (
            "We propose FooNet. FooNet architectures achieve 80% accuracy, surpassing ResNet101.",
            ("FooNet", "ResNet101"),
        ),
        ("We propose FooNet. Our model achieves 80.27% accuracy, surpassing ResNet101.", ("FooNet", "ResNet101")),
        ("We propose FooNet. FooNet outperforms Hedgehog and Mamba on MMLU.", ("FooNet", "Mamba")),
        ("We propose FooNet. FooNet outperforms RAG on MMLU.", ("FooNet", "RAG")),
        ("We propose FooNet. FooNet outperforms LGM without any fine-tuning.", ("FooNet", "LGM")),
        ("We propose FooNet. FooNet outperforms Baichuan on MMLU.", ("FooNet", "Baichuan")),
    ],
)
def test_the_paper_and_whole_rivals_keep_their_wins(text, pair):
    assert pair in beaten(text)


@pytest.mark.parametrize(
    "text,pair",
    [
        ("We propose FooNet. FooNet achieves 16.51 PPL, outperforming Hedgehog and H3-125M.", ("FooNet", "H3")),
        ("We propose FooNet. FooNet achieves 5% to 20% improvements over BM25-based RAG.", ("FooNet", "RAG")),
        ("We propose FooNet. FooNet substantially improves over LGM without DSA on MMLU.", ("FooNet", "LGM")),
        ("We propose FooNet. It outperforms large models (e.g., Baichuan M3-plus) on MMLU.", ("FooNet", "Baichuan")),
    ],
)
def test_a_rival_cut_from_a_longer_name_is_no_rival(text, pair):
    assert pair not in beaten(text)


@pytest.fixture(scope="module")
def full_nlp():
    """Abbreviations, the packaged lexicons and proposes (a glued variant is no entity there)."""
    return entity_pipeline(abbreviations=True, proposes=True, lexicon=None)


def wins(nlp, text: str) -> set[tuple[str, str]]:
    return {(r.head.text, r.tail.text) for r in find_relations(nlp(text)) if r.relation == "outperforms"}


def test_a_variant_glued_to_the_papers_abbreviation_wins_not_the_paper(full_nlp):
    found = wins(
        full_nlp,
        "We propose product-unit residual neural networks (PURe), a new family of networks. On ImageNet, PURe34"
        " achieves a top-1 accuracy of 80.27%, surpassing ResNet101. PURe architectures outperform ResNet50.",
    )
    assert ("product-unit residual neural networks", "ResNet101") not in found
    assert ("PURe", "ResNet50") in found


def test_a_variant_glued_to_the_papers_name_wins_not_the_paper(full_nlp):
    found = wins(
        full_nlp,
        "We propose STResNet, a family of compact networks. Specifically, STResNetMilli attains 70.0 percent"
        " accuracy, outperforming MobileNetV1. STResNet outperforms ShuffleNetV2.",
    )
    assert ("STResNet", "MobileNetV1") not in found
    assert ("STResNet", "ShuffleNetV2") in found
