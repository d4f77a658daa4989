"""A two-paper sample built from hand-made extractions with real offsets."""

from __future__ import annotations

from claimgraph.extract.lexicons import Lexicon, LexiconEntry
from claimgraph.extract.model import Claim, Comparison, Entity, Extraction, Mention, Quantity, Relation
from claimgraph.ingest.model import Paper, Source

LEXICON = Lexicon(
    entries=(
        LexiconEntry("LLaMA", "Model", ("LLaMA",)),
        LexiconEntry("Llama 2", "Model", ("Llama 2", "LLaMA-2", "Llama-2")),
        LexiconEntry("LoRA", "Method", ("LoRA", "Low-Rank Adaptation")),
        LexiconEntry("GLUE", "Dataset", ("GLUE",)),
        LexiconEntry("accuracy", "Metric", ("accuracy",)),
    ),
    generic=frozenset(),
)


def mentions(paper: Paper, form: str) -> tuple[Mention, ...]:
    """Every occurrence of ``form`` in the paper's title and abstract."""
    found = []
    for field in ("title", "abstract"):
        text = getattr(paper, field)
        start = text.find(form)
        while start >= 0:
            found.append(Mention(start, start + len(form), field))
            start = text.find(form, start + 1)
    return tuple(found)


def entity(paper: Paper, text: str, type_: str, *aliases: str) -> Entity:
    forms = (text, *aliases)
    spans = tuple(m for form in forms for m in mentions(paper, form))
    return Entity(text=text, type=type_, aliases=forms, mentions=spans)


def sentence(paper: Paper, text: str) -> tuple[int, int]:
    start = paper.abstract.index(text)
    return start, start + len(text)


P1 = Paper(
    id="2401.00001",
    title="SPT: Semantic-aware Permutation Training for LLaMA-7B",
    abstract=(
        "We propose Semantic-aware Permutation Training (SPT). "
        "SPT outperforms LoRA on GLUE with 2.5% higher accuracy. "
        "We fine-tune LLaMA-7B and evaluate on GLUE."
    ),
    authors=("A. Author", "B. Author"),
    author_count=2,
    date="2024-01-02",
    upvotes=7,
    url="https://arxiv.org/abs/2401.00001",
    arxiv_id="2401.00001",
    sources=(Source("seeds/a.txt", 3, "dailypapers"),),
)
P2 = Paper(
    id="2401.00002",
    title="Comparing LLaMA-2-7B and GPT-3.5",
    abstract="We compare LLaMA-2-7B with GPT-3.5 on GLUE. SPT may improve accuracy.",
)


def extraction_1() -> Extraction:
    p = P1
    claim_text = "SPT outperforms LoRA on GLUE with 2.5% higher accuracy."
    start, end = sentence(p, claim_text)
    last_start, last_end = sentence(p, "We fine-tune LLaMA-7B and evaluate on GLUE.")
    q_start = p.abstract.index("2.5%")
    return Extraction(
        id=p.id,
        title=p.title,
        entities=(
            entity(p, "Semantic-aware Permutation Training", "Method", "SPT"),
            entity(p, "LoRA", "Method"),
            entity(p, "GLUE", "Dataset"),
            entity(p, "accuracy", "Metric"),
            entity(p, "LLaMA-7B", "Model"),
        ),
        quantities=(Quantity("2.5%", 2.5, None, "%", "accuracy gain", (Mention(q_start, q_start + 4, "abstract"),)),),
        proposes=("Semantic-aware Permutation Training",),
        claims=(
            Claim(
                claim_text,
                "comparison",
                "SPT",
                ("LoRA",),
                ("GLUE",),
                ("accuracy",),
                ("2.5%",),
                False,
                start,
                end,
                "abstract",
                0.9,
                (Comparison("2.5%", "accuracy", "increase", False, True, "LoRA"),),
            ),
        ),
        relations=(
            Relation("SPT", "outperforms", "LoRA", claim_text, start, end, "abstract", 0.8),
            Relation("SPT", "evaluated_on", "GLUE", claim_text, start, end, "abstract", 0.7),
            Relation(
                "SPT",
                "uses",
                "LLaMA-7B",
                p.abstract[last_start:last_end],
                last_start,
                last_end,
                "abstract",
                0.6,
            ),
        ),
    )


def extraction_2() -> Extraction:
    p = P2
    claim_text = "SPT may improve accuracy."
    start, end = sentence(p, claim_text)
    first_start, first_end = sentence(p, "We compare LLaMA-2-7B with GPT-3.5 on GLUE.")
    return Extraction(
        id=p.id,
        title=p.title,
        entities=(
            entity(p, "LLaMA-2-7B", "Model"),
            entity(p, "GPT-3.5", "Model"),
            entity(p, "GLUE", "Dataset"),
            entity(p, "SPT", "Method"),
            entity(p, "accuracy", "Metric"),
        ),
        quantities=(),
        proposes=(),
        claims=(Claim(claim_text, "finding", "SPT", (), (), ("accuracy",), (), True, start, end, "abstract", 0.5),),
        relations=(
            Relation(
                "LLaMA-2-7B",
                "evaluated_on",
                "GLUE",
                p.abstract[first_start:first_end],
                first_start,
                first_end,
                "abstract",
                0.7,
            ),
        ),
    )
