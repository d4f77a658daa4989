"""A small hand-made claimgraph graph following docs/graph-schema.md.

Three papers, entities of every type (incl. model size variants of two
families), claims with quantities and comparisons (one hedged) and stated
relations. Used by the export and query tests.
"""

from __future__ import annotations

import networkx as nx

P1, P2, P3 = "2401.00001", "2401.00002", "h-0a1b2c3d4e5f"

T1 = "SPT: Semantic-aware Permutation Training for Math Reasoning"
A1 = (
    "We propose Semantic-aware Permutation Training (SPT) for mathematical reasoning. "
    "SPT outperforms LLaMA-7B by 4.2% accuracy on GSM8K. "
    "These results suggest that SPT may generalize to other tasks."
)
T2 = "QuaRot: Outlier-Free 4-Bit Inference in Rotated LLMs"
A2 = (
    "We introduce QuaRot, a quantization method. "
    "QuaRot outperforms LLaMA-7B and SmoothQuant with 2.1 points higher accuracy on GSM8K and MMLU. "
    "QuaRot preserves 99% of the perplexity of LLaMA-2-7B."
)
T3 = "MathBench: Evaluating Große Models"
A3 = (
    "We release MathBench and evaluate LLaMA-13B and GPT-4 on MMLU and GSM8K, where GPT-4 reaches 92.0% accuracy. "
    "As reported before, QuaRot outperforms LLaMA-7B."
)
S3 = "We release MathBench and evaluate LLaMA-13B and GPT-4 on MMLU and GSM8K, where GPT-4 reaches 92.0% accuracy."


def _span(text: str, sub: str, field: str = "abstract") -> dict:
    start = text.index(sub)
    return {"field": field, "start": start, "end": start + len(sub), "text": sub}


def _sentence(text: str, sentence: str) -> dict:
    s = _span(text, sentence)
    return {"sentence": sentence, "field": "abstract", "start": s["start"], "end": s["end"]}


def _entity(G, kind, key, label, aliases, papers, canonical=None, params=None):
    G.add_node(
        f"{kind.lower()}:{key}",
        kind=kind,
        label=label,
        aliases=sorted(aliases),
        canonical=canonical,
        params=params,
        paper_count=papers,
    )


def _paper(G, pid, title, abstract, **extra):
    G.add_node(f"paper:{pid}", kind="Paper", label=title, id=pid, title=title, abstract=abstract, **extra)


def _mention(G, pid, entity, text, surfaces):
    spans = [_span(text, s) for s in surfaces]
    G.add_edge(f"paper:{pid}", entity, key=f"mentions|{pid}", relation="mentions", paper=pid, mentions=spans)


def _rel(G, pid, head, relation, tail, text, sentence, confidence=0.8, margins=()):
    """A stated relation; an ``outperforms`` edge has its margins (claim number, comparison index)."""
    extra = {"margins": [{"claim": f"claim:{pid}:{n}", "comparison": i} for n, i in margins]}
    G.add_edge(
        head,
        tail,
        key=f"{relation}|{pid}",
        relation=relation,
        paper=pid,
        confidence=confidence,
        **_sentence(text, sentence),
        **(extra if relation == "outperforms" else {}),
    )


def _claim(
    G,
    pid,
    n,
    text,
    sentence,
    claim_type,
    *,
    hedged=False,
    quantities=(),
    comparisons=(),
    subject=None,
    baselines=(),
    datasets=(),
    metrics=(),
    confidence=0.9,
):
    key = f"claim:{pid}:{n}"
    s = _span(text, sentence)
    G.add_node(
        key,
        kind="Claim",
        label=sentence[:60],
        claim_type=claim_type,
        text=sentence,
        paper=pid,
        field="abstract",
        start=s["start"],
        end=s["end"],
        hedged=hedged,
        confidence=confidence,
        quantities=list(quantities),
        comparisons=list(comparisons),
    )
    G.add_edge(f"paper:{pid}", key, key=f"asserts|{pid}", relation="asserts", paper=pid)
    if subject:
        G.add_edge(key, subject, key=f"subject|{pid}", relation="subject", paper=pid)
    for relation, targets in (("baseline", baselines), ("dataset", datasets), ("metric", metrics)):
        for target in targets:
            G.add_edge(key, target, key=f"{relation}|{pid}", relation=relation, paper=pid)


def build_fixture_graph() -> nx.MultiDiGraph:
    """Return the fixture graph (a new object on every call)."""
    G = nx.MultiDiGraph(claimgraph_version="0.1.0", name="claimgraph")
    _paper(
        G,
        P1,
        T1,
        A1,
        authors=["Ada Lovelace", "Alan Turing"],
        author_count=2,
        date="2024-01-02",
        upvotes=12,
        url="https://arxiv.org/abs/2401.00001",
        arxiv_id=P1,
        sources=["seeds/a.txt:10"],
    )
    _paper(
        G,
        P2,
        T2,
        A2,
        authors=["Grace Hopper"],
        author_count=1,
        date="2024-01-03",
        upvotes=None,
        url="https://arxiv.org/abs/2401.00002",
        arxiv_id=P2,
        sources=["seeds/b.txt:3", "seeds/a.txt:40"],
    )
    _paper(
        G,
        P3,
        T3,
        A3,
        authors=[],
        author_count=None,
        date=None,
        upvotes=3,
        url=None,
        arxiv_id=None,
        sources=["seeds/c.txt:1"],
    )

    _entity(
        G, "Method", "spt", "Semantic-aware Permutation Training", ["SPT", "Semantic-aware Permutation Training"], 1
    )
    _entity(G, "Method", "quarot", "QuaRot", ["QuaRot"], 2)
    _entity(G, "Method", "smoothquant", "SmoothQuant", ["SmoothQuant"], 1, canonical="SmoothQuant")
    _entity(G, "Model", "llama", "LLaMA", ["LLaMA"], 0, canonical="LLaMA")
    _entity(G, "Model", "llama-7b", "LLaMA-7B", ["LLaMA-7B"], 3, params=7e9)
    _entity(G, "Model", "llama-13b", "LLaMA-13B", ["LLaMA-13B"], 1, params=1.3e10)
    _entity(G, "Model", "llama-2", "Llama 2", ["Llama 2"], 0, canonical="Llama 2")
    _entity(G, "Model", "llama-2-7b", "LLaMA-2-7B", ["LLaMA-2-7B"], 1, params=7e9)
    _entity(G, "Model", "gpt-4", "GPT-4", ["GPT-4"], 1, canonical="GPT-4")
    _entity(G, "Dataset", "gsm8k", "GSM8K", ["GSM8K"], 3, canonical="GSM8K")
    _entity(G, "Dataset", "mmlu", "MMLU", ["MMLU"], 2, canonical="MMLU")
    _entity(G, "Dataset", "mathbench", "MathBench", ["MathBench"], 1)
    _entity(G, "Metric", "accuracy", "accuracy", ["accuracy"], 3, canonical="accuracy")
    _entity(G, "Metric", "perplexity", "perplexity", ["perplexity"], 1, canonical="perplexity")
    _entity(G, "Task", "mathematical reasoning", "mathematical reasoning", ["mathematical reasoning"], 1)
    G.add_edge("model:llama-7b", "model:llama", key="variant_of", relation="variant_of", params=7e9)
    G.add_edge("model:llama-13b", "model:llama", key="variant_of", relation="variant_of", params=1.3e10)
    G.add_edge("model:llama-2-7b", "model:llama-2", key="variant_of", relation="variant_of", params=7e9)

    # paper 1
    for entity, surfaces in (
        ("method:spt", ["Semantic-aware Permutation Training", "SPT"]),
        ("model:llama-7b", ["LLaMA-7B"]),
        ("dataset:gsm8k", ["GSM8K"]),
        ("metric:accuracy", ["accuracy"]),
        ("task:mathematical reasoning", ["mathematical reasoning"]),
    ):
        _mention(G, P1, entity, A1, surfaces)
    G.add_edge(f"paper:{P1}", "method:spt", key=f"proposes|{P1}", relation="proposes", paper=P1)
    s1 = "SPT outperforms LLaMA-7B by 4.2% accuracy on GSM8K."
    _rel(G, P1, "method:spt", "outperforms", "model:llama-7b", A1, s1, margins=[(0, 0)])
    _rel(G, P1, "method:spt", "evaluated_on", "dataset:gsm8k", A1, s1)
    _claim(
        G,
        P1,
        0,
        A1,
        s1,
        "comparison",
        quantities=[{"text": "4.2%", "value": 4.2, "high": None, "unit": "%", "measures": "accuracy gain"}],
        comparisons=[
            {
                "quantity": "4.2%",
                "metric": "accuracy",
                "direction": "increase",
                "role": "change",
                "relative": False,
                "higher_is_better": True,
                "baseline": "LLaMA-7B",
            }
        ],
        subject="method:spt",
        baselines=["model:llama-7b"],
        datasets=["dataset:gsm8k"],
        metrics=["metric:accuracy"],
    )
    _claim(
        G,
        P1,
        1,
        A1,
        "These results suggest that SPT may generalize to other tasks.",
        "finding",
        hedged=True,
        subject="method:spt",
        confidence=0.55,
    )

    # paper 2
    for entity, surfaces in (
        ("method:quarot", ["QuaRot"]),
        ("model:llama-7b", ["LLaMA-7B"]),
        ("method:smoothquant", ["SmoothQuant"]),
        ("dataset:gsm8k", ["GSM8K"]),
        ("dataset:mmlu", ["MMLU"]),
        ("metric:accuracy", ["accuracy"]),
        ("metric:perplexity", ["perplexity"]),
        ("model:llama-2-7b", ["LLaMA-2-7B"]),
    ):
        _mention(G, P2, entity, A2, surfaces)
    G.add_edge(f"paper:{P2}", "method:quarot", key=f"proposes|{P2}", relation="proposes", paper=P2)
    s2 = "QuaRot outperforms LLaMA-7B and SmoothQuant with 2.1 points higher accuracy on GSM8K and MMLU."
    s3 = "QuaRot preserves 99% of the perplexity of LLaMA-2-7B."
    _rel(G, P2, "method:quarot", "outperforms", "model:llama-7b", A2, s2, 0.7, margins=[(0, 0)])
    _rel(G, P2, "method:quarot", "outperforms", "method:smoothquant", A2, s2, 0.7)
    _rel(G, P2, "method:quarot", "evaluated_on", "dataset:gsm8k", A2, s2)
    _rel(G, P2, "method:quarot", "evaluated_on", "dataset:mmlu", A2, s2)
    _rel(G, P2, "method:quarot", "uses", "model:llama-2-7b", A2, s3, 0.6)
    _claim(
        G,
        P2,
        0,
        A2,
        s2,
        "comparison",
        quantities=[{"text": "2.1 points", "value": 2.1, "high": None, "unit": "points", "measures": "accuracy gain"}],
        comparisons=[
            {
                "quantity": "2.1 points",
                "metric": "accuracy",
                "direction": "increase",
                "role": "change",
                "relative": False,
                "higher_is_better": True,
                "baseline": "LLaMA-7B",
            }
        ],
        subject="method:quarot",
        baselines=["model:llama-7b", "method:smoothquant"],
        datasets=["dataset:gsm8k", "dataset:mmlu"],
        metrics=["metric:accuracy"],
    )
    _claim(
        G,
        P2,
        1,
        A2,
        s3,
        "efficiency",
        quantities=[{"text": "99%", "value": 99.0, "high": None, "unit": "%", "measures": "perplexity kept"}],
        comparisons=[
            {
                "quantity": "99%",
                "metric": "perplexity",
                "direction": "within",
                "role": "change",
                "relative": True,
                "higher_is_better": None,
                "baseline": None,
            }
        ],
        subject="method:quarot",
        metrics=["metric:perplexity"],
        confidence=0.75,
    )

    # paper 3
    for entity, surfaces in (
        ("dataset:mathbench", ["MathBench"]),
        ("model:llama-13b", ["LLaMA-13B"]),
        ("model:gpt-4", ["GPT-4"]),
        ("dataset:mmlu", ["MMLU"]),
        ("dataset:gsm8k", ["GSM8K"]),
        ("metric:accuracy", ["accuracy"]),
        ("method:quarot", ["QuaRot"]),
        ("model:llama-7b", ["LLaMA-7B"]),
    ):
        _mention(G, P3, entity, A3, surfaces)
    G.add_edge(f"paper:{P3}", "dataset:mathbench", key=f"proposes|{P3}", relation="proposes", paper=P3)
    _rel(G, P3, "model:gpt-4", "evaluated_on", "dataset:gsm8k", A3, S3)
    _rel(G, P3, "model:llama-13b", "evaluated_on", "dataset:mmlu", A3, S3)
    _rel(G, P3, "model:gpt-4", "evaluated_on", "dataset:mmlu", A3, S3)
    # the same relation as paper 2 states: one triple in the union, one quad per paper graph
    s4 = "As reported before, QuaRot outperforms LLaMA-7B."
    _rel(G, P3, "method:quarot", "outperforms", "model:llama-7b", A3, s4, 0.6)
    _claim(
        G,
        P3,
        0,
        A3,
        S3,
        "finding",
        quantities=[{"text": "92.0%", "value": 92.0, "high": None, "unit": "%", "measures": "accuracy"}],
        comparisons=[],
        subject="model:gpt-4",
        datasets=["dataset:gsm8k", "dataset:mmlu"],
        metrics=["metric:accuracy"],
    )
    return G
