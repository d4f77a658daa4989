"""claimgraph.load(DIR, ...) loads a subgraph: papers by id or date, around entities, the result of a CONSTRUCT."""

from __future__ import annotations

import datetime
import doctest
import json
from pathlib import Path

import networkx as nx
import pytest

import claimgraph
from claimgraph.analysis import find_entity, leaderboard
from claimgraph.build_folder import build
from claimgraph.errors import ConfigError, QueryError
from claimgraph.export import export_graph
from claimgraph.graph import subgraph, write_node_link
from claimgraph.graph.schema import EDGE_ENDS, NODE_ATTRIBUTES, edge_attributes
from claimgraph.graph.subgraph import selection
from claimgraph.ingest import ingest
from tests.graph import test_graph_schema as schema
from tests.graph_fixture import P1, P2, P3, build_fixture_graph

PROJECT = Path(__file__).resolve().parents[2]
RELATIONS = ("evaluated_on", "outperforms", "uses", "variant_of")
OUTPERFORMS = "CONSTRUCT { ?a cg:outperforms ?b } WHERE { ?a cg:outperforms ?b }"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """A build folder of the seed papers."""
    out = tmp_path_factory.mktemp("seeds") / "build"
    build(ingest([PROJECT / "seeds"]), out, formats=("nq",))
    return out


@pytest.fixture(scope="module")
def whole(seeds):
    return claimgraph.load(seeds)


@pytest.fixture()
def small(tmp_path):
    """The fixture graph of tests/graph_fixture.py as a folder: graph.json, N-Quads under another base IRI, manifest."""
    G = build_fixture_graph()
    write_node_link(G, tmp_path / "graph.json")
    export_graph(G, tmp_path, formats=["nq"], base_iri="https://example.org/kg#")
    manifest = {"base_iri": "https://example.org/kg#", "formats": ["nq"]}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return tmp_path


def kinds(G: nx.MultiDiGraph, kind: str) -> set[str]:
    return {n for n, k in G.nodes(data="kind") if k == kind}


def papers_of(G: nx.MultiDiGraph) -> set[str]:
    return {G.nodes[n]["id"] for n in kinds(G, "Paper")}


def assert_schema(H: nx.MultiDiGraph) -> None:
    """The checks of test_graph_schema (attributes as sets: JSON sorts them), and every edge's paper is kept."""
    assert H.graph["name"] == "claimgraph" and H.graph["claimgraph_version"] == claimgraph.__version__
    for node, data in H.nodes(data=True):
        assert set(data) == set(NODE_ATTRIBUTES[data["kind"]]), node
        for name, value in data.items():
            wanted = schema.TYPES.get(name) or (value is not None and schema.NULLABLE.get(name))
            assert not wanted or isinstance(value, wanted), (node, name, value)
    for u, v, key, data in H.edges(keys=True, data=True):
        sources, targets = EDGE_ENDS[data["relation"]]
        assert H.nodes[u]["kind"] in sources and H.nodes[v]["kind"] in targets, (u, v, key)
        assert set(data) == set(edge_attributes(data["relation"])), (u, v, key)
    schema.test_nodes_are_inserted_in_sorted_order(H)
    assert {p for *_, p in H.edges(data="paper") if p is not None} <= papers_of(H)


def assert_inside(H: nx.MultiDiGraph, G: nx.MultiDiGraph) -> None:
    """``H`` is a subgraph of ``G``: same attributes, same order."""
    assert H.graph == G.graph
    assert list(H.nodes(data=True)) == [(n, d) for n, d in G.nodes(data=True) if n in H]
    assert list(H.edges(keys=True, data=True)) == [e for e in G.edges(keys=True, data=True) if H.has_edge(*e[:3])]


def expected_paper_subgraph(G: nx.MultiDiGraph, ids: set[str]) -> tuple[set[str], set[tuple]]:
    """Nodes and edges a paper subset keeps, worked out from the schema."""
    papers = {f"paper:{pid}" for pid in ids}
    claims = {n for n in kinds(G, "Claim") if G.nodes[n]["paper"] in ids}
    nodes = papers | claims | {v for u in papers | claims for v in G.successors(u)}
    edges = {
        (u, v, k)
        for u, v, k, p in G.edges(keys=True, data="paper")
        if u in nodes and v in nodes and (p is None or p in ids)
    }
    return nodes, edges


# --------------------------------------------------------------- whole graph and checks of the options


def test_without_options_the_whole_graph_loads(seeds, whole):
    again = claimgraph.load(seeds, hops=3)  # hops alone selects nothing
    assert list(again.nodes(data=True)) == list(whole.nodes(data=True))
    assert list(again.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))
    assert selection(hops=2) is None


@pytest.mark.parametrize(
    "options, message",
    [
        ({"since": "2024-13-01"}, r"since='2024-13-01' is not an ISO date \(yyyy-mm-dd\)"),
        ({"until": "last week"}, r"until='last week' is not an ISO date"),
        ({"since": 20240101}, r"since=20240101 is not an ISO date"),
        ({"since": "2024-06-01", "until": "2024-01-01"}, "since=2024-06-01 is after until=2024-01-01"),
        ({"around": "GPT-4", "hops": -1}, "hops=-1"),
        ({"around": "GPT-4", "hops": 1.5}, "hops=1.5"),
        ({"around": "GPT-4", "hops": True}, "hops=True"),
        ({"papers": [1, 2]}, "papers= takes a string or a list of strings"),
        ({"construct": "  "}, "construct= takes the text of a SPARQL CONSTRUCT"),
    ],
)
def test_bad_options_are_clear_errors_before_anything_is_read(tmp_path, options, message):
    with pytest.raises(ConfigError, match=message):
        claimgraph.load(tmp_path / "missing", **options)


def test_docstring_examples():
    failures, tried = doctest.testmod(subgraph)
    assert tried > 0 and failures == 0


def test_dates_may_be_date_objects():
    chosen = selection(since=datetime.date(2024, 1, 2), until=datetime.datetime(2024, 1, 3, 12, 0))
    assert (chosen.since, chosen.until) == (datetime.date(2024, 1, 2), datetime.date(2024, 1, 3))


# --------------------------------------------------------------- papers and dates


def test_a_paper_subset_keeps_its_claims_entities_and_their_edges(seeds, whole):
    ids = sorted(papers_of(whole))[::7]
    H = claimgraph.load(seeds, papers=ids)
    assert papers_of(H) == set(ids)
    nodes, edges = expected_paper_subgraph(whole, set(ids))
    assert set(H) == nodes
    assert set(H.edges(keys=True)) == edges
    assert_inside(H, whole)
    assert_schema(H)
    assert kinds(H, "Claim") and H.number_of_edges() < whole.number_of_edges()


def test_papers_take_ids_or_node_keys_and_ignore_unknown_ids(small):
    by_id = claimgraph.load(small, papers=P1)
    assert papers_of(by_id) == {P1}
    by_key = claimgraph.load(small, papers=[f"paper:{P1}", "9999.99999"])
    assert list(by_key.nodes(data=True)) == list(by_id.nodes(data=True))
    assert set(by_id) == {
        f"paper:{P1}",
        f"claim:{P1}:0",
        f"claim:{P1}:1",
        "method:spt",
        "model:llama-7b",
        "dataset:gsm8k",
        "metric:accuracy",
        "task:mathematical reasoning",
    }
    # the family LLaMA is not mentioned by P1: no variant_of edge
    assert {r for *_, r in by_id.edges(data="relation")} == {
        "mentions",
        "proposes",
        "asserts",
        "outperforms",
        "evaluated_on",
        "subject",
        "baseline",
        "dataset",
        "metric",
    }


def test_an_edge_stated_only_by_a_paper_left_out_is_left_out(small):
    # P2 and P3 both state "QuaRot outperforms LLaMA-7B"; P2 alone states "QuaRot outperforms SmoothQuant"
    H = claimgraph.load(small, papers=[P3])
    assert H.has_edge("method:quarot", "model:llama-7b", key=f"outperforms|{P3}")
    assert not H.has_edge("method:quarot", "model:llama-7b", key=f"outperforms|{P2}")
    assert "method:smoothquant" not in H


@pytest.mark.parametrize(
    "since, until, papers",
    [
        ("2024-01-03", None, {P2}),
        (None, "2024-01-02", {P1}),
        ("2024-01-02", "2024-01-02", {P1}),  # both ends included
        ("2024-01-01", "2024-12-31", {P1, P2}),  # P3 has no date: outside every range
        ("2025-01-01", None, set()),
    ],
)
def test_date_ranges_include_both_ends(small, since, until, papers):
    assert papers_of(claimgraph.load(small, since=since, until=until)) == papers


def test_a_date_range_on_the_seeds(seeds, whole):
    H = claimgraph.load(seeds, since="2024-01-01", until="2024-06-30")
    dated = {
        d["id"]
        for _, d in whole.nodes(data=True)
        if d["kind"] == "Paper" and (d["date"] or "") >= "2024-01-01" and (d["date"] or "") <= "2024-06-30"
    }
    dated = {pid for pid in dated if whole.nodes[f"paper:{pid}"]["date"][:4] == "2024"}  # not "Jun 16"
    assert dated and papers_of(H) == dated
    nodes, edges = expected_paper_subgraph(whole, dated)
    assert set(H) == nodes and set(H.edges(keys=True)) == edges
    assert_inside(H, whole)
    assert_schema(H)


def test_no_paper_selected_gives_an_empty_graph_with_its_attributes(seeds, whole):
    for H in (claimgraph.load(seeds, papers=[]), claimgraph.load(seeds, since="2100-01-01")):
        assert isinstance(H, nx.MultiDiGraph) and H.number_of_nodes() == 0
        assert H.graph == whole.graph


# --------------------------------------------------------------- around


def test_around_one_hop(small):
    H = claimgraph.load(small, around="QuaRot")
    G = build_fixture_graph()
    related = {"model:llama-7b", "method:smoothquant", "dataset:gsm8k", "dataset:mmlu", "model:llama-2-7b"}
    nodes, _ = expected_paper_subgraph(G, {P2, P3})  # the papers mentioning QuaRot, with claims and entities
    assert set(H) == nodes | {"method:quarot"} | related
    assert papers_of(H) == {P2, P3}
    touching = {(u, v, k) for u, v, k, r in G.edges(keys=True, data="relation") if r in RELATIONS}
    touching = {e for e in touching if "method:quarot" in e[:2]}
    assert touching and touching <= set(H.edges(keys=True))
    assert_inside(H, G)


def test_around_grows_with_hops(small):
    G = build_fixture_graph()
    assert list(claimgraph.load(small, around="LLaMA", hops=0).nodes) == ["model:llama"]
    family = claimgraph.load(small, around="LLaMA")  # no paper mentions the family: its variants only
    assert set(family) == {"model:llama", "model:llama-7b", "model:llama-13b"}
    assert {r for *_, r in family.edges(data="relation")} == {"variant_of"}
    two = claimgraph.load(small, around="LLaMA", hops=2)  # the papers of the variants, and their relations
    assert papers_of(two) == {P1, P2, P3}
    assert {"method:spt", "method:quarot", "dataset:mmlu"} <= set(two)
    assert set(family) < set(two)
    assert_inside(two, G)
    variant = claimgraph.load(small, around="model:llama-2-7b")  # a node key; its family comes along
    assert variant.has_edge("model:llama-2-7b", "model:llama-2", key="variant_of")


def test_around_on_the_seeds(seeds, whole):
    for name in ("GPT-4", "MMLU", "LLaMA", "GLUE"):
        seed = find_entity(whole, name)
        rings = [claimgraph.load(seeds, around=name, hops=hops) for hops in range(4)]
        assert list(rings[0]) == [seed]
        for smaller, larger in zip(rings, rings[1:], strict=False):
            assert set(smaller) <= set(larger)
            assert set(smaller.edges(keys=True)) <= set(larger.edges(keys=True))
        one = rings[1]
        mentioning = {p for p in whole.predecessors(seed) if whole.nodes[p]["kind"] == "Paper"}
        assert mentioning <= set(one) and mentioning == kinds(one, "Paper")
        touching = [e for e in whole.in_edges(seed, keys=True) if whole.edges[e]["relation"] in RELATIONS]
        touching += [e for e in whole.out_edges(seed, keys=True) if whole.edges[e]["relation"] in RELATIONS]
        assert touching and all(one.has_edge(*e) for e in touching)
        for H in rings:
            assert_inside(H, whole)
            assert_schema(H)


def test_a_leaderboard_around_a_dataset_is_the_whole_graphs(seeds, whole):
    boards = {d: leaderboard(whole, dataset=d) for d in kinds(whole, "Dataset")}
    boards = {d: rows for d, rows in boards.items() if rows}
    assert boards
    for dataset, rows in boards.items():
        assert leaderboard(claimgraph.load(seeds, around=dataset), dataset=dataset) == rows


def test_around_several_entities_keeps_each_neighbourhood(small):
    both = claimgraph.load(small, around=["SPT", "MathBench"])
    assert set(claimgraph.load(small, around="SPT")) | set(claimgraph.load(small, around="MathBench")) == set(both)


def test_around_an_unknown_name_is_a_clear_error(small):
    with pytest.raises(ConfigError, match="around='no such model': no entity called 'no such model'"):
        claimgraph.load(small, around=["QuaRot", "no such model"])


# --------------------------------------------------------------- construct


def test_construct_keeps_the_nodes_of_the_result_and_the_edges_between_them(seeds, whole):
    H = claimgraph.load(seeds, construct=OUTPERFORMS)
    ends = {n for u, v, r in whole.edges(data="relation") if r == "outperforms" for n in (u, v)}
    assert ends and set(H) == ends
    assert set(H.edges(keys=True)) == {(u, v, k) for u, v, k in whole.edges(keys=True) if u in ends and v in ends}
    assert_inside(H, whole)


def test_construct_maps_claim_and_paper_iris(seeds, whole):
    paper = next(iter(sorted(kinds(whole, "Paper"))))
    query = f"DESCRIBE <https://w3id.org/claimgraph/paper/{whole.nodes[paper]['id']}>"
    H = claimgraph.load(seeds, construct=query)
    assert paper in H
    hedged = "CONSTRUCT { ?c cg:subject ?e } WHERE { ?c cg:subject ?e ; cg:hedged true }"
    H = claimgraph.load(seeds, construct=hedged)
    claims = kinds(H, "Claim")
    assert claims and all(H.nodes[c]["hedged"] for c in claims)
    assert {r for *_, r in H.edges(data="relation")} == {"subject"}


def test_construct_uses_the_builds_base_iri_and_takes_a_query_file(small, tmp_path):
    query = tmp_path / "beats.rq"
    query.write_text(OUTPERFORMS, encoding="utf-8")
    H = claimgraph.load(small, construct=str(query))
    assert set(H) == {"method:spt", "method:quarot", "model:llama-7b", "method:smoothquant"}
    assert list(H.edges(keys=True)) == [
        ("method:spt", "model:llama-7b", f"outperforms|{P1}"),
        ("method:quarot", "model:llama-7b", f"outperforms|{P2}"),
        ("method:quarot", "model:llama-7b", f"outperforms|{P3}"),
        ("method:quarot", "method:smoothquant", f"outperforms|{P2}"),
    ]
    assert set(claimgraph.load(small / "claimgraph.nq", construct=OUTPERFORMS)) == set(H)  # run on that file


def test_construct_must_be_a_graph_query_that_parses(small):
    with pytest.raises(ConfigError, match="not a SELECT query"):
        claimgraph.load(small, construct="SELECT ?s WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="bad SPARQL"):
        claimgraph.load(small, construct="CONSTRUCT { ?s ?p ?o } WHERE {")


def test_a_construct_with_no_triples_gives_an_empty_graph(small):
    H = claimgraph.load(small, construct="CONSTRUCT { ?s ?p ?o } WHERE { ?s cg:nothing ?o }")
    assert H.number_of_nodes() == 0 and H.graph["name"] == "claimgraph"


# --------------------------------------------------------------- combined


def test_options_combine_each_within_the_one_before(seeds, whole):
    dates = {"since": "2024-01-01", "until": "2024-12-31"}
    by_date = claimgraph.load(seeds, **dates)
    entity = next(n for n in sorted(kinds(by_date, "Method")) if by_date.degree(n) > 3)
    around = claimgraph.load(seeds, around=entity)
    both = claimgraph.load(seeds, around=entity, **dates)
    assert both.number_of_nodes() > 1
    for larger in (by_date, around):
        assert set(both) <= set(larger) and set(both.edges(keys=True)) <= set(larger.edges(keys=True))
    assert papers_of(both) <= papers_of(by_date)
    assert_inside(both, whole)
    assert_schema(both)
    beats = claimgraph.load(seeds, construct=OUTPERFORMS, **dates)
    assert set(beats) <= set(by_date) & set(claimgraph.load(seeds, construct=OUTPERFORMS))
    assert {p for *_, p in beats.edges(data="paper")} <= papers_of(by_date)


def test_combinations_can_be_empty(small):
    # P1 does not mention QuaRot: within P1 there is no neighbourhood of it
    assert claimgraph.load(small, papers=[P1], around="QuaRot").number_of_nodes() == 0
    assert claimgraph.load(small, since="2025-01-01", construct=OUTPERFORMS).number_of_nodes() == 0
