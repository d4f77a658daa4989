"""What corpus typing (resolution's cross-paper typing, ``docs/extraction.md``) does to entity types.

Extracts the seed papers plus a fixed random sample of ``realabs`` abstracts as
one corpus, resolves it twice (``corpus_typing`` off and on), gives every seed
paper's entity the type of the node it resolved to, and scores the annotated
splits both ways. It also counts, on the realabs papers, the entity mentions
whose node changed type and the nodes that went away by merging, and writes the
changes (each with one sentence of the paper around the name) to read and judge.

Usage::

    python benchmarks/corpus_typing.py [--splits gold,dev] [--papers 2000] [--seed 27644437]
        [--changes /tmp/changes.jsonl] [--cache /tmp/extractions.jsonl]

``--cache`` keeps the extractions in a file (read back when it exists; delete it
after changing the extractor). The same tree, data, sample size and seed give
the same output.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
REALABS = ROOT.parent / "shared" / "data" / "realabs" / "realabs.jsonl.gz"
ROWS = ("Model", "Method", "Dataset", "Metric", "Task", "entities")


def sample_lines(path: Path, papers: int, seed: int) -> list[bytes]:
    """``papers`` lines of the gzip JSON Lines file, a seeded random sample kept in file order."""
    with gzip.open(path, "rb") as handle:
        lines = [line for line in handle.read().splitlines() if line.strip()]
    chosen = sorted(random.Random(seed).sample(range(len(lines)), min(papers, len(lines))))
    return [lines[i] for i in chosen]


def corpus(papers: int, seed: int):
    """The seed papers and the realabs sample, ingested: (seed papers, sample papers)."""
    from claimgraph.ingest import ingest

    seeds = ingest([ROOT / "seeds"]).papers
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.jsonl"
        path.write_bytes(b"".join(line + b"\n" for line in sample_lines(REALABS, papers, seed)))
        sample = ingest([path]).papers
    return seeds, sample


def extractions(papers, cache: Path | None):
    """Extract ``papers`` (or read them back from ``cache``)."""
    from claimgraph.extract import extract
    from claimgraph.extract.jsonl import dumps, from_record

    if cache is not None and cache.exists():
        with cache.open(encoding="utf-8") as handle:
            found = [from_record(json.loads(line)) for line in handle]
        if [e.id for e in found] == [p.id for p in papers]:
            return found
    found = list(extract(papers))
    if cache is not None:
        cache.write_text("".join(dumps(e) + "\n" for e in found), encoding="utf-8")
    return found


def retyped(extraction, resolution):
    """``extraction`` with every entity typed as its resolved node (entities of one paper that land on one node
    with one type are kept once)."""
    entities, seen = [], set()
    for entity in extraction.entities:
        key = resolution.key_for(extraction.id, entity.text, entity.type)
        node = resolution.entity(key) if key else None
        type_ = node.type if node is not None else entity.type
        if (entity.text, type_) in seen:
            continue
        seen.add((entity.text, type_))
        entities.append(replace(entity, type=type_) if type_ != entity.type else entity)
    return replace(extraction, entities=tuple(entities))


def score(split: str, extracted, resolution) -> dict[str, dict]:
    from claimgraph.evaluate import evaluate, load_annotations, parse_paper
    from claimgraph.extract.jsonl import to_record

    predicted = tuple(parse_paper(to_record(retyped(e, resolution) if resolution else e)) for e in extracted)
    report = evaluate(load_annotations(DATA / f"{split}.jsonl"), predicted).as_dict()
    return {row: {k: report["rows"][row][k] for k in ("tp", "fp", "fn")} for row in ROWS}


def f1(c: dict) -> float:
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0


def sentence(paper, entity) -> str:
    """The sentence of the entity's first mention (or the title)."""
    if not entity.mentions:
        return paper.title
    mention = entity.mentions[0]
    text = paper.title if mention.field == "title" else paper.abstract
    starts = [m.end() for m in re.finditer(r"[.!?]\s", text[: mention.start])]
    start = starts[-1] if starts else 0
    end = re.search(r"[.!?](\s|$)", text[mention.end :])
    stop = mention.end + end.end() if end else len(text)
    marked = f"{text[start : mention.start]}[[{text[mention.start : mention.end]}]]{text[mention.end : stop]}"
    return marked.strip()


def changes(papers, extracted, before, after) -> tuple[list[dict], dict]:
    """Entity mentions of ``papers`` whose node's type differs with corpus typing, and node counts."""
    by_id = {p.id: p for p in papers}
    found = []
    for extraction in extracted:
        if extraction.id not in by_id:
            continue
        for entity in extraction.entities:
            old = before.entity(before.key_for(extraction.id, entity.text, entity.type) or "")
            new = after.entity(after.key_for(extraction.id, entity.text, entity.type) or "")
            if old is None or new is None or old.type == new.type:
                continue
            found.append(
                {
                    "paper": extraction.id,
                    "text": entity.text,
                    "evidence": entity.evidence,
                    "from": old.type,
                    "to": new.type,
                    "node": new.key,
                    "node_papers": len(new.paper_ids),
                    "sentence": sentence(by_id[extraction.id], entity),
                    "judgement": "",
                }
            )
    counts = {
        "nodes_before": len(before.entities),
        "nodes_after": len(after.entities),
        "mentions_retyped": len(found),
        "names_retyped": len({(c["text"], c["from"], c["to"]) for c in found}),
        "nodes_retyped": len({c["node"] for c in found}),
        "by_change": dict(Counter(f"{c['from']}->{c['to']}" for c in found).most_common()),
    }
    return found, counts


def edge_changes(papers, extracted, before, after) -> dict[str, list[int]]:
    """Per relation of the graph of ``papers``: [edges without corpus typing, with it, lost, gained] (by ends'
    labels, so a merge that keeps an edge is no change)."""
    from claimgraph.graph import build_graph

    ids = {p.id for p in papers}
    chosen = [e for e in extracted if e.id in ids]

    def edges(resolution):
        G = build_graph(papers, chosen, resolution)
        found: dict[str, set] = {}
        for u, v, data in G.edges(data=True):
            ends = (G.nodes[u].get("label", u), G.nodes[v].get("label", v), data.get("paper"))
            found.setdefault(data["relation"], set()).add(ends)
        return found

    old, new = edges(before), edges(after)
    return {
        relation: [
            len(old.get(relation, ())),
            len(new.get(relation, ())),
            len(old.get(relation, set()) - new.get(relation, set())),
            len(new.get(relation, set()) - old.get(relation, set())),
        ]
        for relation in sorted(set(old) | set(new))
    }


def main() -> None:
    from claimgraph.resolve import resolve

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default="gold,dev", help="comma-separated annotated splits to score")
    parser.add_argument("--papers", type=int, default=2000, help="realabs abstracts in the corpus")
    parser.add_argument("--seed", type=int, default=27644437, help="seed of the realabs sample")
    parser.add_argument("--changes", type=Path, help="write the realabs mentions that changed type here (JSON Lines)")
    parser.add_argument("--cache", type=Path, help="keep the extractions in this file")
    args = parser.parse_args()
    seeds, sample = corpus(args.papers, args.seed)
    papers = sorted([*seeds, *sample], key=lambda p: p.id)
    extracted = extractions(papers, args.cache)
    before = resolve(extracted, corpus_typing=False)
    after = resolve(extracted, corpus_typing=True)
    seed_ids = {p.id for p in seeds}
    seed_extractions = [e for e in extracted if e.id in seed_ids]
    print(f"corpus: {len(seeds)} seed papers + {len(sample)} realabs abstracts (seed {args.seed})")
    for split in args.splits.split(","):
        off, on = score(split, seed_extractions, before), score(split, seed_extractions, after)
        print(f"## {split}: corpus typing off -> on (tp/fp/fn, F1)")
        for row in ROWS:
            a, b = off[row], on[row]
            print(
                f"{row:9} {a['tp']:4}/{a['fp']:3}/{a['fn']:3} {f1(a):.3f} -> "
                f"{b['tp']:4}/{b['fp']:3}/{b['fn']:3} {f1(b):.3f}"
            )
    found, counts = changes(sample, extracted, before, after)
    print("## realabs:", json.dumps(counts))
    print("## realabs graph edges (off, on, lost, gained):", json.dumps(edge_changes(sample, extracted, before, after)))
    if args.changes:
        args.changes.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in found), encoding="utf-8")
        print(f"wrote {len(found)} changes to {args.changes}")


if __name__ == "__main__":
    main()
