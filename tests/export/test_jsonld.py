"""JSON-LD: pyoxigraph's expanded output compacted with the export's context."""

from __future__ import annotations

import io
import json

import pytest
from pyld import jsonld
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat

from claimgraph.export.jsonld import Compactor, compact_lines, merge_nodes
from claimgraph.export.serialize import Encoder, export_prefixes
from claimgraph.export.vocabulary import PREFIXES, RDF, SCHEMA, rdf


def _canonical(value):
    """Sort every list, so documents that differ only in order compare equal."""
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return sorted((_canonical(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
    return value


def _merged_by_id(nodes: list[dict]) -> list[dict]:
    """Merge top-level objects that share an ``@id`` (a paper graph's description, written in
    the default graph, and the graph object itself), as JSON-LD does when reading."""
    merged: dict[str, dict] = {}
    for node in nodes:
        into = merged.setdefault(node["@id"], {})
        for key, value in node.items():
            if key in into and key != "@id":
                old = into[key] if isinstance(into[key], list) else [into[key]]
                into[key] = old + (value if isinstance(value, list) else [value])
            else:
                into[key] = value
    return list(merged.values())


def test_export_equals_pyld_compaction_of_the_same_quads(exported):
    """pyld (the JSON-LD reference implementation in Python) compacts the N-Quads the same way."""
    ours = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    ours["@graph"] = _merged_by_id(ours["@graph"])
    context = ours["@context"]
    expanded = jsonld.from_rdf(exported["nq"].read_text(encoding="utf-8"), {"format": "application/n-quads"})
    theirs = jsonld.compact(expanded, context)
    assert theirs["@context"] == context
    assert _canonical(ours["@graph"]) == _canonical(theirs["@graph"])


def test_context_holds_the_vocabularies_and_data_prefixes(exported):
    context = json.loads(exported["jsonld"].read_text(encoding="utf-8"))["@context"]
    assert context == dict(sorted(export_prefixes("https://w3id.org/claimgraph/").items()))
    assert context["schema"] == PREFIXES["schema"]


def test_types_values_and_references_are_compacted():
    c = Compactor({"schema": PREFIXES["schema"], "xsd": PREFIXES["xsd"], "ex": "urn:example:"})
    node = c.node(
        {
            "@id": "urn:example:a",
            str(RDF.type): [{"@id": str(SCHEMA.Claim)}],
            str(SCHEMA.text): [{"@value": "plain"}],
            str(SCHEMA.value): [{"@type": PREFIXES["xsd"] + "decimal", "@value": "1.5"}, {"@value": "x"}],
            PREFIXES["schema"] + "about": [{"@id": "urn:example:b"}],
            PREFIXES["schema"] + "name": [{"@language": "en", "@value": "name"}],
        }
    )
    assert node == {
        "@id": "ex:a",
        "@type": "schema:Claim",
        "schema:text": "plain",
        "schema:value": [{"@type": "xsd:decimal", "@value": "1.5"}, "x"],
        "schema:about": {"@id": "ex:b"},
        "schema:name": {"@language": "en", "@value": "name"},
    }


def test_iri_compaction_follows_json_ld_1_1():
    c = Compactor({"a": "urn:x:", "longer": "urn:x:y/", "nodelim": "urn:x:z", "b": "urn:x:y/"})
    assert c.iri("urn:x:y/w", vocab=True) == "b:w"  # the shortest candidate, then the least
    assert c.iri("urn:x:zz", vocab=True) == "a:zz"  # a prefix must end with a gen-delim
    assert c.iri("urn:x:", vocab=True) == "a"  # a term's own IRI is the term, as a property...
    assert c.iri("urn:x:", vocab=False) == "urn:x:"  # ...but not as an @id
    assert c.iri("urn:x://host", vocab=False) == "urn:x://host"  # would read back as an absolute IRI
    assert c.iri("urn:other:q", vocab=True) == "urn:other:q"


def test_rdf_type_with_a_literal_stays_a_property():
    c = Compactor({"rdf": PREFIXES["rdf"]})
    node = c.node({"@id": "urn:a", str(RDF.type): [{"@value": "not an IRI"}]})
    assert node == {"@id": "urn:a", "rdf:type": "not an IRI"}


def test_nodes_split_by_the_streaming_serialiser_are_merged():
    nodes = [{"@id": "a", "p": [1]}, {"@id": "b", "p": [2]}, {"@id": "a", "p": [3], "q": [4]}]
    assert merge_nodes(nodes) == [{"@id": "a", "p": [1, 3], "q": [4]}, {"@id": "b", "p": [2]}]


@pytest.mark.parametrize("units", [1, 3])
def test_units_make_one_document(units):
    a, p, g = NamedNode("urn:example:a"), NamedNode("urn:example:p"), NamedNode("urn:example:g")
    quads = [Quad(a, p, Literal(str(i)), g) for i in range(6)]
    encoder = Encoder(RdfFormat.JSON_LD, {"ex": "urn:example:"})
    out = io.BytesIO()
    out.write(encoder.header())
    size = len(quads) // units
    for n, start in enumerate(range(0, len(quads), size)):
        out.write(encoder.separator(n == 0) + encoder.body(quads[start : start + size]))
    out.write(encoder.footer())
    document = json.loads(out.getvalue())
    assert document["@context"] == {"ex": "urn:example:"}
    values = [v for item in document["@graph"] for node in item["@graph"] for v in node["ex:p"]]
    assert sorted(values) == [str(i) for i in range(6)]
    assert {item["@id"] for item in document["@graph"]} == {"ex:g"}


def test_a_units_graphs_compact_to_one_graph_object_each():
    a, p = NamedNode("urn:example:a"), NamedNode("urn:example:p")
    g1, g2 = NamedNode("urn:example:g1"), NamedNode("urn:example:g2")
    quads = [Quad(a, p, Literal("0"), g1), Quad(a, rdf.type, p, g1), Quad(a, p, Literal("1"), g1)]
    quads.append(Quad(a, p, Literal("2"), g2))
    lines = compact_lines(quads, Compactor({"ex": "urn:example:"})).split(b",\n")
    assert [json.loads(line) for line in lines] == [
        {"@id": "ex:g1", "@graph": [{"@id": "ex:a", "@type": "ex:p", "ex:p": ["0", "1"]}]},
        {"@id": "ex:g2", "@graph": [{"@id": "ex:a", "ex:p": "2"}]},
    ]
