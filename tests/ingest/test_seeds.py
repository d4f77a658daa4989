"""The four seed dumps, parsed exactly: counts, samples, chrome, metadata."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from claimgraph.ingest import ingest
from claimgraph.ingest.clean import clean_text

from .conftest import SEEDS

# Counted by reading the files: titles at lines 11, 15, ..., 235 of 000;
# 34 title/abstract pairs (30 with a metadata block) in 001; one title or
# abstract per line from line 3 to 234 of 003; lines 11, 15, ..., 95 of 004.
ENTRIES = {"000": 57, "001": 34, "003": 116, "004": 22}
CHROME = {
    "new",
    "subscribe",
    "daily papers",
    "get trending papers in your email inbox!",
    "get trending papers in your email inbox once a day!",
    "byak and the research community",
}
META = re.compile(r"^(•\s*\d+ authors|·|[A-Z][a-z]{2} \d{1,2}(, \d{4})?( \d+)?)$")
DUPLICATED_TITLES = {
    "Are Large Language Models Temporally Grounded?",
    "CodeGen2: Lessons for Training LLMs on Programming and Natural Languages",
    "Ensemble-Instruct: Generating Instruction-Tuning Data with a Heterogeneous Mixture of LMs",
    "In-Context Language Learning: Architectures and Algorithms",
    "Mitigating Reversal Curse in Large Language Models via Semantic-aware Permutation Training",
    "Set-Based Prompting: Provably Solving the Language Model Order Dependency Problem",
    "Small Language Model Can Self-correct",
    "The Butterfly Effect of Model Editing: Few Edits Can Trigger Large Language Models Collapse",
}

SAMPLES = [
    (
        "000",
        "Impossible Distillation: from Low-Quality Model to High-Quality Dataset & Model for Summarization and Paraphrasing",
        "It is commonly perceived that the strongest language models (LMs) rely on a combination of massive scale, instruction data, and human feedback to perform specialized tasks -- e.g. summarization and paraphrasing, without supervision. In this paper, we propose that language models can learn to summarize and paraphrase sentences, with none of these 3 factors. We present Impossible Distillation, a framework that distills a task-specific dataset directly from an off-the-shelf LM, even when it is impossible for the LM itself to reliably solve the task. By training a student model on the generated dataset and amplifying its capability through self-distillation, our method yields a high-quality model and dataset from a low-quality teacher model, without the need for scale or supervision. Using Impossible Distillation, we are able to distill an order of magnitude smaller model (with only 770M parameters) that outperforms 175B parameter GPT-3, in both quality and controllability, as confirmed by automatic and human evaluations. Furthermore, as a useful byproduct of our approach, we obtain DIMSUM+, a high-quality dataset with 3.4M sentence summaries and paraphrases. Our analyses show that this dataset, as a purely LM-generated corpus, is more diverse and more effective for generalization to unseen domains than all human-authored datasets -- including Gigaword with 4M samples.",
    ),
    (
        "001",
        "EMO: Earth Mover Distance Optimization for Auto-Regressive Language Modeling",
        "Neural language models are probabilistic models of human text. They are predominantly trained using maximum likelihood estimation (MLE), which is equivalent to minimizing the forward cross-entropy between the empirical data distribution and the model distribution. However, various degeneration phenomena are still widely observed when decoding from the distributions learned by such models. We establish that the forward cross-entropy is suboptimal as a distance metric for aligning human and model distribution due to its (1) recall-prioritization (2) negative diversity ignorance and (3) train-test mismatch. In this paper, we propose Earth Mover Distance Optimization (EMO) for auto-regressive language modeling. EMO capitalizes on the inherent properties of earth mover distance to address the aforementioned challenges. Due to the high complexity of direct computation, we further introduce a feasible upper bound for EMO to ease end-to-end training. Upon extensive evaluation of language models trained using EMO and MLE. We find that EMO demonstrates a consistently better language modeling performance than MLE across domains. Moreover, EMO demonstrates noteworthy enhancements in downstream performance with minimal fine-tuning on merely 25,000 sentences. This highlights the tremendous potential of EMO as a lightweight calibration method for enhancing large-scale pre-trained language models.",
    ),
    (
        "003",
        "CItruS: Chunked Instruction-aware State Eviction for Long Sequence Modeling",
        "Long sequence modeling has gained broad interest as large language models (LLMs) continue to advance. Recent research has identified that a large portion of hidden states within the key-value caches of Transformer models can be discarded (also termed evicted) without affecting the perplexity performance in generating long sequences. However, we show that these methods, despite preserving perplexity performance, often drop information that is important for solving downstream tasks, a problem which we call information neglect. To address this issue, we introduce Chunked Instruction-aware State Eviction (CItruS), a novel modeling technique that integrates the attention preferences useful for a downstream task into the eviction process of hidden states. In addition, we design a method for chunked sequence processing to further improve efficiency. Our training-free method exhibits superior performance on long sequence comprehension and retrieval tasks over several strong baselines under the same memory budget, while preserving language modeling perplexity.",
    ),
    (
        "003",
        "A Persona-Based Neural Conversation Model",
        "We present persona-based models for handling the issue of speaker consistency in neural response generation. A speaker model encodes personas in distributed embeddings that capture individual characteristics such as background information and speaking style. A dyadic speaker-addressee model captures properties of interactions between two interlocutors. Our models yield qualitative performance improvements in both perplexity and BLEU scores over baseline sequence-to-sequence models, with similar gains in speaker consistency as measured by human judges.",
    ),
    (
        "004",
        "CoGenesis: A Framework Collaborating Large and Small Language Models for Secure Context-Aware Instruction Following",
        "With the advancement of language models (LMs), their exposure to private data is increasingly inevitable, and their deployment (especially for smaller ones) on personal devices, such as PCs and smartphones, has become a prevailing trend. In contexts laden with user information, enabling models to both safeguard user privacy and execute commands efficiently emerges as an essential research imperative. In this paper, we propose CoGenesis, a collaborative generation framework integrating large (hosted on cloud infrastructure) and small models (deployed on local devices) to address privacy concerns logically. Initially, we design a pipeline to create personalized writing instruction datasets enriched with extensive context details as the testbed of this research issue. Subsequently, we introduce two variants of CoGenesis based on sketch and logits respectively. Our experimental findings, based on our synthesized dataset and two additional open-source datasets, indicate that: 1) Large-scale models perform well when provided with user context but struggle in the absence of such context. 2) While specialized smaller models fine-tuned on the synthetic dataset show promise, they still lag behind their larger counterparts. 3) Our CoGenesis framework, utilizing mixed-scale models, showcases competitive performance, providing a feasible solution to privacy issues.",
    ),
]


def _seed(prefix: str):
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("prefix", sorted(ENTRIES))
def test_entries_and_unique_papers_per_file(prefix):
    result = ingest([_seed(prefix)])
    assert result.problems == ()
    assert result.records == ENTRIES[prefix]
    assert len(result.papers) == ENTRIES[prefix]  # no duplicates inside a file


def test_unique_papers_overall(seeds_result):
    assert seeds_result.problems == ()
    assert seeds_result.records == 229
    assert len(seeds_result.papers) == 221
    assert seeds_result.duplicates == 8
    merged = {p.title for p in seeds_result.papers if len(p.sources) == 2}
    assert merged == DUPLICATED_TITLES


@pytest.mark.parametrize(("prefix", "title", "abstract"), SAMPLES, ids=[s[1][:30] for s in SAMPLES])
def test_sample_title_and_full_abstract(seeds_result, prefix, title, abstract):
    paper = next(p for p in seeds_result.papers if p.title == title)
    assert paper.abstract == abstract
    assert paper.original_abstract == abstract
    assert any(s.path.endswith(".txt") and f"/{prefix}_" in f"/{s.path.split('/')[-1]}" for s in paper.sources)


def test_no_chrome_line_is_a_title_or_abstract(seeds_result):
    for paper in seeds_result.papers:
        for text in (paper.title, paper.abstract):
            assert text.casefold() not in CHROME
            assert not META.match(text)
            assert not text.startswith("Subscribe")
            assert not text.startswith("Get trending")


def test_every_content_line_is_read_and_no_abstract_is_cut(seeds_result):
    """Each non-chrome, non-metadata line is a title or a whole abstract."""
    for path in sorted(SEEDS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        content = {
            number
            for number, line in enumerate(lines, start=1)
            if line.strip()
            and line.strip().casefold() not in CHROME
            and not META.match(line.strip())
            and not line.startswith("Get trending")
        }
        used = set()
        for paper in seeds_result.papers:
            for source in paper.sources:
                if source.path != str(path):
                    continue
                abstract_line = next(n for n in range(source.line + 1, len(lines) + 1) if lines[n - 1].strip())
                used |= {source.line, abstract_line}
                assert clean_text(lines[abstract_line - 1]) == paper.abstract
                assert clean_text(lines[source.line - 1].removeprefix("Subscribe")) == paper.title
        assert used == content, path.name


def test_text_is_clean(seeds_result):
    for paper in seeds_result.papers:
        for text in (paper.title, paper.abstract):
            assert "\n" not in text and "  " not in text and text == text.strip()
            assert "``" not in text and "''" not in text and "\\%" not in text
    survey = next(p for p in seeds_result.papers if p.title.startswith("Internal Consistency and Self-Feedback"))
    assert 'studies prefixed with "Self-" such as' in survey.abstract
    assert "studies prefixed with ``Self-'' such as" in survey.original_abstract
    ner = next(p for p in seeds_result.papers if p.title.startswith("How far is Language Model"))
    assert "How far is LMs from 100% Few-shot NER" in ner.abstract


@pytest.mark.parametrize(
    ("title_start", "authors", "date", "upvotes"),
    [
        ("EMO: Earth Mover Distance", 3, "2023-10-07", None),
        ("The Languini Kitchen", 8, "2023-09-20", 1),
        ("Dolma: an Open Corpus", 36, "2024-01-31", 1),
        ("Discrete Diffusion in Large Language", 3, "Jun 16", 3),
        ("Exact Learning of Permutations", 3, "Feb 23", None),
        ("POINTS: Improving Your Vision-language", 6, "2024-09-07", 6),
        ("TreeSynth: Synthesizing Diverse Data", None, None, None),
        ("Probing Natural Language Inference", None, None, None),
    ],
)
def test_metadata(seeds_result, title_start, authors, date, upvotes):
    paper = next(p for p in seeds_result.papers if p.title.startswith(title_start))
    assert (paper.author_count, paper.date, paper.upvotes) == (authors, date, upvotes)


def test_metadata_counts(seeds_result):
    with_authors = [p for p in seeds_result.papers if p.author_count is not None]
    # 001 has 33 metadata blocks (6 with upvotes); its papers that merge with
    # an earlier copy without metadata (CodeGen2, Set-Based Prompting) gain it.
    assert len(with_authors) == 33
    assert Counter(p.upvotes is not None for p in with_authors)[True] == 6


def test_sources_name_file_line_and_format(seeds_result):
    orca = next(p for p in seeds_result.papers if p.title.startswith("Orca 2"))
    assert [(s.path.split("/")[-1], s.line, s.format) for s in orca.sources] == [
        ("004_cf0922f0ed0f46cc.txt", 15, "dailypapers")
    ]
