"""The margins of an ``outperforms`` edge: the changes over its beaten entity stated inside its evidence."""

from __future__ import annotations

from claimgraph.extract.model import Claim, Comparison, Extraction, Mention, Quantity, Relation
from claimgraph.graph import build_graph
from claimgraph.ingest.model import Paper
from claimgraph.resolve import resolve
from claimgraph.resolve.registry import AliasRegistry
from tests.graph.sample import LEXICON, entity, sentence

WIN = (
    "FooNet outperforms Low-Rank Adaptation (LoRA) and BarNet, "
    "with 2.5 points higher accuracy than LoRA and 30% lower latency."
)
LATER = "FooNet reaches 91.0% accuracy, 1.2 points above LoRA."
PAPER = Paper(id="2501.00001", title="FooNet", abstract=f"We propose FooNet. {WIN} {LATER}")


def _quantity(text: str, value: float, unit: str) -> Quantity:
    start = PAPER.abstract.index(text)
    return Quantity(text, value, None, unit, None, (Mention(start, start + len(text), "abstract"),))


def _claim(text: str, comparisons: tuple[Comparison, ...]) -> Claim:
    start, end = sentence(PAPER, text)
    quantities = tuple(c.quantity for c in comparisons)
    return Claim(
        text,
        "comparison",
        "FooNet",
        ("LoRA",),
        (),
        ("accuracy",),
        quantities,
        False,
        start,
        end,
        "abstract",
        0.9,
        comparisons,
    )


def _graph(*, baseline: str = "Low-Rank Adaptation"):
    start, end = sentence(PAPER, WIN)
    extraction = Extraction(
        id=PAPER.id,
        title=PAPER.title,
        entities=(
            entity(PAPER, "FooNet", "Method"),
            entity(PAPER, "Low-Rank Adaptation", "Method", "LoRA"),
            entity(PAPER, "BarNet", "Method"),
            entity(PAPER, "accuracy", "Metric"),
        ),
        quantities=(
            _quantity("2.5 points", 2.5, "points"),
            _quantity("30%", 30.0, "%"),
            _quantity("91.0%", 91.0, "%"),
            _quantity("1.2 points", 1.2, "points"),
        ),
        proposes=("FooNet",),
        claims=(
            _claim(
                WIN,
                (
                    Comparison("2.5 points", "accuracy", "increase", False, True, baseline, role="change"),
                    Comparison("30%", "latency", "decrease", True, False, None, role="change"),
                ),
            ),
            _claim(
                LATER,
                (
                    Comparison("91.0%", "accuracy", "unknown", False, True, None, role="score"),
                    Comparison("1.2 points", "accuracy", "increase", False, True, "LoRA", role="change"),
                ),
            ),
        ),
        relations=(
            Relation("FooNet", "outperforms", "Low-Rank Adaptation", WIN, start, end, "abstract", 0.8),
            Relation("FooNet", "outperforms", "BarNet", WIN, start, end, "abstract", 0.8),
        ),
    )
    resolution = resolve((extraction,), lexicon=LEXICON, registry=AliasRegistry())
    return build_graph((PAPER,), (extraction,), resolution)


def _margins(G, tail_label: str) -> list[dict]:
    (data,) = [
        d for _, v, d in G.edges(data=True) if d["relation"] == "outperforms" and G.nodes[v]["label"] == tail_label
    ]
    return data["margins"]


def test_a_win_has_the_change_over_its_beaten_entity_named_by_any_of_its_names_in_the_paper():
    G = _graph()
    claim = f"claim:{PAPER.id}:0"
    assert _margins(G, "LoRA") == [{"claim": claim, "comparison": 0}]
    assert G.nodes[claim]["comparisons"][0]["quantity"] == "2.5 points"
    G = _graph(baseline="LoRA")  # the abbreviation names the same entity
    assert _margins(G, "LoRA") == [{"claim": claim, "comparison": 0}]


def test_no_margin_over_another_entity_without_a_baseline_or_outside_the_evidence():
    G = _graph()
    assert _margins(G, "BarNet") == []  # the changes name LoRA or no baseline
    # "1.2 points above LoRA" is a change over LoRA, but in a later sentence than the win's evidence
    assert {"claim": f"claim:{PAPER.id}:1", "comparison": 1} not in _margins(G, "LoRA")


def test_no_margin_when_the_baseline_names_nothing_of_the_paper():
    assert _margins(_graph(baseline="SmoothQuant"), "LoRA") == []


def test_other_relations_have_no_margins():
    G = _graph()
    assert all("margins" not in d for _, _, d in G.edges(data=True) if d["relation"] != "outperforms")
