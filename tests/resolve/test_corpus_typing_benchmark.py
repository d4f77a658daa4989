"""benchmarks/corpus_typing.py: seed entities typed as their node, and the list of changed mentions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from claimgraph.extract.model import Entity, Extraction, Mention
from claimgraph.ingest.model import Paper
from claimgraph.resolve import resolve
from claimgraph.resolve.registry import AliasRegistry
from tests.resolve.cases import LEXICON

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus_typing.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("corpus_typing", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ct = _load_script()

# Written for this test (not taken from any corpus).
PAPERS = [
    Paper(id="p1", title="FooNet", abstract="We propose FooNet, a model for parsing."),
    Paper(id="p2", title="Parsing", abstract="Our parser beats FooNet on two benchmarks."),
]


def entity(text, type_, evidence, paper):
    start = paper.abstract.index(text)
    mention = Mention(start, start + len(text), "abstract")
    return Entity(text=text, type=type_, aliases=(text,), mentions=(mention,), evidence=evidence)


EXTRACTIONS = [
    Extraction(
        id="p1", title="FooNet", entities=(entity("FooNet", "Model", "propose", PAPERS[0]),), quantities=(), proposes=()
    ),
    Extraction(
        id="p2",
        title="Parsing",
        entities=(entity("FooNet", "Method", "compare", PAPERS[1]),),
        quantities=(),
        proposes=(),
    ),
]


def test_entities_take_their_nodes_type_and_changes_are_listed():
    before = resolve(EXTRACTIONS, lexicon=LEXICON, registry=AliasRegistry(), corpus_typing=False)
    after = resolve(EXTRACTIONS, lexicon=LEXICON, registry=AliasRegistry())
    assert ct.retyped(EXTRACTIONS[1], before).entities[0].type == "Method"
    assert ct.retyped(EXTRACTIONS[1], after).entities[0].type == "Model"
    found, counts = ct.changes(PAPERS, EXTRACTIONS, before, after)
    assert [(c["paper"], c["text"], c["from"], c["to"]) for c in found] == [("p2", "FooNet", "Method", "Model")]
    assert found[0]["sentence"] == "Our parser beats [[FooNet]] on two benchmarks."
    assert (counts["nodes_before"], counts["nodes_after"], counts["mentions_retyped"]) == (2, 1, 1)
    edges = ct.edge_changes(PAPERS, EXTRACTIONS, before, after)
    assert edges["mentions"][:2] == [2, 2]


def test_the_realabs_sample_is_seeded_and_in_file_order(tmp_path):
    import gzip

    path = tmp_path / "lines.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b"".join(b'{"n": %d}\n' % i for i in range(50)))
    first, again = ct.sample_lines(path, 10, 27644437), ct.sample_lines(path, 10, 27644437)
    assert first == again and first == sorted(first, key=lambda line: int(line[6:-1])) and len(first) == 10
    assert ct.sample_lines(path, 10, 1) != first
