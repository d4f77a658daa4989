"""A small hand-built claimgraph graph whose analysis answers are worked out by hand.

Four papers. Stated wins: p1 Alpha > Beta, p2 Beta > Alpha (a disagreement),
p1 Alpha > Gamma, p3 and p4 Gamma > Delta, p4 Delta > Alpha (a three-paper
cycle), and p3 Eps > Zeta and Zeta > Eps (one paper contradicting itself).
Scores on Bench: accuracy Beta 84.0, Alpha 81.5, Delta 81.5 (a tie), Gamma
+2.0 points (relative); perplexity Delta 10.1, Beta 12.3 (lower is better);
Beta's "7B parameters" is not a score.
"""

from __future__ import annotations

import networkx as nx

MENTIONS = {
    "p1": ["Model:alpha", "Model:beta", "Method:gamma", "Dataset:bench", "Metric:accuracy"],
    "p2": ["Model:alpha", "Model:beta", "Dataset:bench", "Metric:accuracy", "Metric:perplexity"],
    "p3": [
        "Method:gamma",
        "Method:delta",
        "Method:eps",
        "Method:zeta",
        "Dataset:bench",
        "Dataset:other",
        "Metric:accuracy",
    ],
    "p4": [
        "Model:alpha",
        "Method:gamma",
        "Method:delta",
        "Dataset:bench",
        "Dataset:other",
        "Metric:accuracy",
        "Metric:perplexity",
        "Task:qa",
    ],
}
WINS = [  # (paper, winner, loser)
    ("p1", "Model:alpha", "Model:beta"),
    ("p2", "Model:beta", "Model:alpha"),
    ("p1", "Model:alpha", "Method:gamma"),
    ("p3", "Method:gamma", "Method:delta"),
    ("p4", "Method:gamma", "Method:delta"),
    ("p4", "Method:delta", "Model:alpha"),
    ("p3", "Method:eps", "Method:zeta"),
    ("p3", "Method:zeta", "Method:eps"),
]
EVALUATED = [
    ("p1", "Model:alpha", "Dataset:bench"),
    ("p2", "Model:beta", "Dataset:bench"),
    ("p3", "Method:gamma", "Dataset:other"),
    ("p4", "Method:gamma", "Dataset:bench"),
]
ENTITIES = {
    "Model:alpha": ("Alpha", ["ALPHA-1", "Alpha"]),
    "Model:beta": ("Beta", ["Beta"]),
    "Method:gamma": ("Gamma", ["Gamma"]),
    "Method:delta": ("Delta", ["Delta"]),
    "Method:eps": ("Eps", ["Eps"]),
    "Method:zeta": ("Zeta", ["Zeta"]),
    "Dataset:bench": ("Bench", ["BENCH-X", "Bench"]),
    "Dataset:other": ("Other", ["Other"]),
    "Metric:accuracy": ("accuracy", ["acc", "accuracy"]),
    "Metric:perplexity": ("perplexity", ["perplexity"]),
    "Task:qa": ("question answering", ["QA", "question answering"]),
}


def _q(text, value, unit, measures=None):
    return {"text": text, "value": value, "high": None, "unit": unit, "measures": measures}


def _c(quantity, metric, *, relative=False, better=None):
    return {
        "quantity": quantity,
        "metric": metric,
        "direction": "increase",
        "relative": relative,
        "higher_is_better": better,
        "baseline": None,
    }


CLAIMS = [  # (paper, n, sentence, type, subject, datasets, metrics, quantities, comparisons)
    (
        "p1",
        0,
        "Alpha reaches 81.5% accuracy on Bench.",
        "finding",
        "Model:alpha",
        ["Dataset:bench"],
        ["Metric:accuracy"],
        [_q("81.5%", 81.5, "%")],
        [_c("81.5%", "accuracy", better=True)],
    ),
    (
        "p2",
        0,
        "Beta reaches 84.0% accuracy and 12.3 perplexity on Bench, with 7B parameters.",
        "finding",
        "Model:beta",
        ["Dataset:bench"],
        ["Metric:accuracy", "Metric:perplexity"],
        [_q("84.0%", 84.0, "%"), _q("12.3", 12.3, None, "perplexity"), _q("7B", 7e9, "parameters", "model size")],
        [_c("84.0%", "Accuracy", better=True)],
    ),
    (
        "p3",
        0,
        "Gamma improves accuracy by 2.0 points on Bench.",
        "improvement",
        "Method:gamma",
        ["Dataset:bench"],
        ["Metric:accuracy"],
        [_q("2.0 points", 2.0, "points")],
        [_c("2.0 points", "accuracy", relative=True, better=True)],
    ),
    ("p3", 1, "Gamma is 3x faster.", "efficiency", "Method:gamma", [], [], [_q("3x", 3.0, "x")], []),
    (
        "p4",
        0,
        "Delta reaches 10.1 perplexity on Bench.",
        "finding",
        "Method:delta",
        ["Dataset:bench"],
        ["Metric:perplexity"],
        [_q("10.1", 10.1, None)],
        [_c("10.1", "perplexity")],
    ),
    (
        "p4",
        1,
        "Delta also reaches 81.5% accuracy on Bench.",
        "finding",
        "Method:delta",
        ["Dataset:bench"],
        ["Metric:accuracy"],
        [_q("81.5%", 81.5, "%")],
        [_c("81.5%", "accuracy")],
    ),
]


def build_toy_graph() -> nx.MultiDiGraph:
    """Return the toy graph (a new object on every call)."""
    G = nx.MultiDiGraph(name="claimgraph", claimgraph_version="test")
    for pid, upvotes in (("p1", 5), ("p2", None), ("p3", 1), ("p4", 9)):
        G.add_node(
            f"paper:{pid}",
            kind="Paper",
            label=f"Paper {pid}",
            id=pid,
            title=f"Paper {pid}",
            abstract="",
            authors=[],
            author_count=None,
            date="2024-01-0" + pid[1],
            upvotes=upvotes,
            url=f"https://arxiv.org/abs/2401.0000{pid[1]}",
            arxiv_id=None,
            sources=[],
        )
    counts = {e: sum(e in found for found in MENTIONS.values()) for e in ENTITIES}
    for key, (label, aliases) in ENTITIES.items():
        G.add_node(
            key,
            kind=key.partition(":")[0],
            label=label,
            aliases=sorted(aliases),
            canonical=None,
            params=None,
            paper_count=counts[key],
        )
    for pid, found in MENTIONS.items():
        for entity in found:
            G.add_edge(f"paper:{pid}", entity, key=f"mentions|{pid}", relation="mentions", paper=pid, mentions=[])
    G.add_edge("paper:p3", "Method:gamma", key="proposes|p3", relation="proposes", paper="p3")
    for relation, edges in (("outperforms", WINS), ("evaluated_on", EVALUATED)):
        for pid, u, v in edges:
            sentence = f"{ENTITIES[u][0]} {relation} {ENTITIES[v][0]} ({pid})."
            G.add_edge(
                u,
                v,
                key=f"{relation}|{pid}",
                relation=relation,
                paper=pid,
                sentence=sentence,
                field="abstract",
                start=0,
                end=len(sentence),
                confidence=0.8,
            )
    for pid, n, text, kind, subject, datasets, metrics, quantities, comparisons in CLAIMS:
        key = f"claim:{pid}:{n}"
        G.add_node(
            key,
            kind="Claim",
            label=text,
            claim_type=kind,
            text=text,
            paper=pid,
            field="abstract",
            start=0,
            end=len(text),
            hedged=False,
            confidence=0.9,
            quantities=quantities,
            comparisons=comparisons,
        )
        G.add_edge(f"paper:{pid}", key, key=f"asserts|{pid}", relation="asserts", paper=pid)
        G.add_edge(key, subject, key=f"subject|{pid}", relation="subject", paper=pid)
        for relation, targets in (("dataset", datasets), ("metric", metrics)):
            for target in targets:
                G.add_edge(key, target, key=f"{relation}|{pid}", relation=relation, paper=pid)
    return G
