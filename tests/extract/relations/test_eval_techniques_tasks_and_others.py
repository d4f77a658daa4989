"""Issue #17 (judged evaluated_on facts of samples C-K): an established technique that names an instance
built with it, or that the sentence does not name, is no head of evaluated_on; a name the lexicon does
not vouch for before a task or domain noun is no tail; an unnamed plural class of models as the subject
of a result makes it others', not the paper's (relations/pairs/, cues/relation_reading.json)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimgraph.extract.entities.evidence import set_evidence
from claimgraph.extract.relations.pairs import find_relations
from tests.extract.claim_docs import build

#: lexicon ids of the established techniques (lower case) and of named systems
KB = {
    "vision transformer": "vision transformer",
    "TTA": "test-time adaptation",
    "SFT": "supervised fine-tuning",
    "RAG": "retrieval-augmented generation",
}
#: datasets the lexicon knows
LEXICON = {"MMLU", "SuperGLUE", "MMLU-Pro", "WikiHow"}


def evaluated(text: str, entities: dict[str, str], proposes=("FooNet",)) -> set[tuple[str, str]]:
    doc = build(text, entities=entities, proposes=proposes)
    spans = []
    for span in doc.spans["entities"]:
        kb = KB.get(span.text, "")
        spans.append(Span(doc, span.start, span.end, label=span.label_, kb_id=kb) if kb else span)
    doc.spans["entities"] = spans
    doc._.proposes = [next(s for s in spans if s.text == p) for p in proposes]
    for span in spans:
        if span.text in LEXICON:
            set_evidence(span, "lexicon")
        elif span.text == "RecipeNLG":
            set_evidence(span, "list")
        elif span.label_ == "Dataset":
            set_evidence(span, "dataset-head")
    return {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "evaluated_on"}


ENTS = {
    "FooNet": "Method",
    "TTA": "Method",
    "SFT": "Method",
    "RAG": "Method",
    "influence functions": "Method",
    "vision transformer": "Method",
    "LinkQA": "Dataset",
    "ImageNet-R": "Dataset",
    "BioASQ": "Dataset",
    "OpenMementos": "Dataset",
    "MMLU-Pro": "Dataset",
    "MMLU": "Dataset",
    "CEBaB": "Dataset",
    "SpokenQA": "Dataset",
    "POMDP": "Dataset",
    "SuperGLUE": "Dataset",
    "WikiHow": "Dataset",
    "RecipeNLG": "Dataset",
    "FooBench": "Dataset",
    "Llama-3.1-8B": "Model",
}


@pytest.mark.parametrize(
    ("sentence", "head", "tail"),
    [
        # 2511.xxxxx: "even a basic entropy-minimization TTA strategy achieves state-of-the-art performance across
        # ImageNet-C, ImageNet-R"
        (
            "With these cues, even a basic TTA strategy achieves state-of-the-art results on ImageNet-R.",
            "TTA",
            "ImageNet-R",
        ),
        # "We show that a two-stage SFT recipe on OpenMementos is effective"
        ("We show that a two-stage SFT recipe achieves strong results on OpenMementos.", "SFT", "OpenMementos"),
        # "We apply CCRS to evaluate six diverse RAG system configurations on the challenging BioASQ dataset."
        ("We evaluate six RAG system configurations on the BioASQ dataset.", "RAG", "BioASQ"),
        # "continual pre-training with LinkQA yields an average improvement of 11.51% on MMLU"
        ("Experiments show that SFT with LinkQA yields an average improvement of 11.51% on MMLU.", "SFT", "MMLU"),
    ],
)
def test_an_established_technique_naming_an_instance_is_not_evaluated(sentence, head, tail):
    assert (head, tail) not in evaluated(sentence, ENTS, proposes=())


def test_an_established_technique_the_sentence_does_not_name_is_not_evaluated():
    # "We evaluate our approach on the public Sem-2010 dataset" in a paper whose proposed method is RLVR
    text = "We study TTA for robust models. We evaluate our approach on the public FooBench dataset."
    assert ("TTA", "FooBench") not in evaluated(text, ENTS, proposes=("TTA",))


@pytest.mark.parametrize(
    ("sentence", "head", "tail"),
    [
        # kept: the technique itself is studied ("influence functions effectively identify ... on CEBaB")
        (
            "Experiments on CEBaB show that influence functions effectively identify harmful samples.",
            "influence functions",
            "CEBaB",
        ),
        ("We evaluate SFT on MMLU and find that it improves accuracy.", "SFT", "MMLU"),
        # 2505.04375: "evaluating four vision transformer configurations ... on CIFAR10": the architecture itself
        ("We evaluate four vision transformer configurations on CEBaB.", "vision transformer", "CEBaB"),
        # kept: the paper's named method
        ("FooNet achieves 80% on MMLU.", "FooNet", "MMLU"),
    ],
)
def test_a_technique_or_method_evaluated_as_such_is_kept(sentence, head, tail):
    assert (head, tail) in evaluated(sentence, ENTS, proposes=())


@pytest.mark.parametrize(
    ("sentence", "tail", "kept"),
    [
        # 2511.xxxxx: "outperforms other empathetic models in empathetic dialogue, SER, and SpokenQA tasks"
        ("FooNet outperforms other models in empathetic dialogue and SpokenQA tasks.", "SpokenQA", False),
        # "Experiments on benchmark POMDP domains demonstrate that the proposed ICVaR planners achieve ..."
        ("Experiments on benchmark POMDP domains demonstrate that FooNet achieves lower risk.", "POMDP", False),
        # lexicon datasets, a dataset listed with one, and a benchmark name keep theirs
        ("FooNet achieves the best average score on seven SuperGLUE tasks.", "SuperGLUE", True),
        ("FooNet achieves 80% accuracy on eight MMLU-Pro domains.", "MMLU-Pro", True),
        ("FooNet improves success rates across WikiHow and RecipeNLG tasks.", "RecipeNLG", True),
        ("Experiments show that FooNet improves accuracy across all FooBench domains.", "FooBench", True),
    ],
)
def test_a_name_before_a_task_or_domain_noun_is_a_task(sentence, tail, kept):
    assert (("FooNet", tail) in evaluated(sentence, ENTS)) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # 2509.25885: "Extensive experiments on SafeMindBench reveal that leading LLMs (e.g., GPT-4o) and widely
        # used embodied agents remain susceptible to safety-critical failures."
        ("Extensive experiments on FooBench reveal that leading LLMs remain susceptible to failures.", False),
        # "Models trained on ReVeL-OpenQA match MCQA accuracy ... and improve OpenQA accuracy"
        ("Models trained on our data improve accuracy on FooBench by six points.", True),
        ("Experiments on FooBench reveal that our method improves accuracy.", True),
    ],
)
def test_an_unnamed_plural_class_as_the_subject_of_a_result_is_others(sentence, kept):
    text = "We propose FooNet for reasoning. " + sentence
    assert (("FooNet", "FooBench") in evaluated(text, ENTS)) is kept


def test_a_sentence_opening_with_an_unnamed_plural_class_reports_others():
    # "Models trained on ReVeL-OpenQA match MCQA accuracy ... and improve OpenQA accuracy by about six points"
    text = "We propose FooNet for reasoning. Models trained on such data improve accuracy on MMLU by six points."
    assert ("FooNet", "MMLU") not in evaluated(text, ENTS)
