"""Would a learned entity recogniser, trained on the guide's own annotations, add to the rules?

An experiment (issue #15), not part of the shipped pipeline. It trains spaCy's
``ner`` from scratch on CPU (the ``efficiency`` config of ``spacy init config``,
no vectors, claimgraph's tokenizer) on annotations made by
``../shared/annotation-guide.md``, and scores it, alone and combined with the
rules, on recent-dev papers it was not trained on:

- training: the 80 annotated seed papers (``gold``, ``dev``) and the
  recent-dev papers whose SHA-256 of ``"learned:" + id`` starts with a byte
  >= 52 (about 80%), each entity's aliases labelled wherever they occur;
  ``--silver N`` adds N more ``realabs`` papers (none annotated), labelled by
  the rules extractor, and repeats the annotated papers twice;
- held out: the other ~20% of recent-dev (101 papers). The test splits
  (``test``, ``recent-test``) are never read.

Scores are paper-level entity P / R / F1 per type, as ``claimgraph eval``
counts them (``claimgraph.evaluate.scoring.score_entities``), for: the rules;
the model alone; the union (the rules' entities plus the model's names the
rules lack); the union restricted to the model's lower-case names (the
descriptive phrases most misses are); the union with the model's names that
hold a capital or a digit.

Usage: ``python benchmarks/learned_entities.py [--silver 0] [--max-steps 3000] [--work DIR]``
(about 4 minutes on 2 cores without silver; about 30 with ``--silver 2000``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import DATA, REALABS, ROOT, recent_papers  # noqa: E402

TYPES = ("Model", "Method", "Dataset", "Metric", "Task")
HELD_OUT_BELOW = 52  # first byte of the id's hash: about 20% of recent-dev held out


def held_out(paper_id: str) -> bool:
    """Whether a recent-dev paper is held out from training (by the SHA-256 of its id)."""
    return hashlib.sha256(f"learned:{paper_id}".encode()).digest()[0] < HELD_OUT_BELOW


def labelled_doc(doc, entities) -> object:
    """``doc`` (unprocessed: a paper's :func:`claimgraph.extract.paper_doc`) with every occurrence of every alias
    labelled by its entity's type (longest wins)."""
    from spacy.util import filter_spans

    spans = []
    for entity in entities:
        for alias in {*entity.aliases, entity.text}:
            for match in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", doc.text):
                span = doc.char_span(match.start(), match.end(), label=entity.type)
                if span is not None and len(alias) > 1:
                    spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


def silver_papers(count: int, exclude: set[str], seed: int) -> list:
    """``count`` seeded random realabs papers outside ``exclude``, ingested."""
    from claimgraph.ingest import ingest

    with gzip.open(REALABS, "rt", encoding="utf-8") as handle:
        rows = [row for row in map(json.loads, handle) if row["id"] not in exclude]
    random.Random(seed).shuffle(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "silver.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in rows[:count]), encoding="utf-8")
        return list(ingest([path]).papers)


def corpora(work: Path, silver: int, seed: int) -> tuple[list, dict]:
    """Write ``train.spacy`` and ``held.spacy`` into ``work``; return the held papers and their gold."""
    from spacy.tokens import DocBin

    from claimgraph.evaluate import load_annotations, parse_paper
    from claimgraph.extract import extract, paper_doc
    from claimgraph.extract.jsonl import to_record
    from claimgraph.extract.pipeline import build_pipeline
    from claimgraph.ingest import ingest

    nlp = build_pipeline()  # only its tokenizer: paper_doc makes the docs unprocessed
    seeds = {paper.id: paper for paper in ingest([ROOT / "seeds"]).papers}
    recent_gold = load_annotations(DATA / "recent-dev.jsonl")
    recent = {paper.id: paper for paper in recent_papers({gold.id for gold in recent_gold})}
    annotated = [(seeds[g.id], g) for split in ("gold", "dev") for g in load_annotations(DATA / f"{split}.jsonl")]
    annotated += [(recent[g.id], g) for g in recent_gold if not held_out(g.id)]
    held = [(recent[g.id], g) for g in recent_gold if held_out(g.id)]
    train = [labelled_doc(paper_doc(nlp, p), g.entities) for p, g in annotated]
    if silver:
        exclude = {
            json.loads(line)["id"]
            for split in ("recent-dev", "recent-test")
            for line in (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        }
        papers = silver_papers(silver, exclude, seed)
        rules = (parse_paper(to_record(e)) for e in extract(papers))
        silver_docs = [labelled_doc(paper_doc(nlp, p), r.entities) for p, r in zip(papers, rules, strict=True)]
        train = silver_docs + train * 2
    DocBin(docs=train).to_disk(work / "train.spacy")
    DocBin(docs=[labelled_doc(paper_doc(nlp, p), g.entities) for p, g in held]).to_disk(work / "held.spacy")
    print(f"training papers: {len(annotated)} annotated + {silver} silver; held out: {len(held)}", flush=True)
    return [p for p, _ in held], {g.id: g for _, g in held}


def train(work: Path, max_steps: int, seed: int) -> Path:
    """Train spaCy's ``ner`` with ``spacy train``; return the best model's folder."""
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["nlp"]["tokenizer"] = {"@tokenizers": "claimgraph.tokenizer.v1"}
    config.to_disk(work / "config.cfg")
    command = [
        sys.executable, "-m", "spacy", "train", str(work / "config.cfg"), "--output", str(work / "model"),
        "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "held.spacy"),
        "--training.max_steps", str(max_steps), "--training.patience", str(max_steps // 3),
        "--system.seed", str(seed),
    ]  # fmt: skip
    subprocess.run(command, check=True)
    return work / "model" / "model-best"


def score(gold: dict, predicted: dict) -> str:
    """Entity P / R / F1 over all types, then F1 per type."""
    from claimgraph.evaluate.scoring import score_entities

    total, per_type = Counter(), {t: Counter() for t in TYPES}
    for paper_id, annotation in gold.items():
        for etype in TYPES:
            counts = score_entities(annotation.entities, predicted[paper_id], etype)
            for key in ("tp", "fp", "fn"):
                per_type[etype][key] += getattr(counts, key)
                total[key] += getattr(counts, key)

    def prf(c: Counter) -> tuple[float, float, float]:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    p, r, f = prf(total)
    return f"| {p:.3f} | {r:.3f} | **{f:.3f}** | " + " | ".join(f"{prf(per_type[t])[2]:.3f}" for t in TYPES) + " |"


def compare(model_dir: Path, papers: list, gold: dict) -> None:
    """Print the held-out scores of the rules, the model and their combinations."""
    import spacy

    from claimgraph.evaluate import parse_paper
    from claimgraph.evaluate.annotations import GoldEntity
    from claimgraph.extract import extract, paper_doc
    from claimgraph.extract.jsonl import to_record
    from claimgraph.names import normalize_name

    rules = {p.id: parse_paper(to_record(e)).entities for p, e in zip(papers, extract(papers), strict=True)}
    nlp = spacy.load(model_dir)
    learned = {}
    for paper, doc in zip(papers, nlp.pipe(paper_doc(nlp, p) for p in papers), strict=True):
        names = {}
        for ent in doc.ents:
            names.setdefault(normalize_name(ent.text), GoldEntity(text=ent.text, type=ent.label_, aliases=(ent.text,)))
        learned[paper.id] = tuple(names.values())

    def union(keep) -> dict:
        out = {}
        for paper_id, entities in rules.items():
            known = {normalize_name(e.text) for e in entities}
            extra = tuple(e for e in learned[paper_id] if normalize_name(e.text) not in known and keep(e.text))
            out[paper_id] = entities + extra
        return out

    def named(text: str) -> bool:
        return bool(re.search(r"[A-Z0-9]", text))

    print(f"\n| held-out recent-dev ({len(gold)} papers) | P | R | F1 | " + " | ".join(TYPES) + " |")
    print("|---|---|---|---|" + "---|" * len(TYPES))
    print("| rules (the shipped pipeline) " + score(gold, rules))
    print("| learned `ner` alone " + score(gold, learned))
    print("| rules + every learned name " + score(gold, union(lambda text: True)))
    print("| rules + learned lower-case names " + score(gold, union(lambda text: not named(text))))
    print("| rules + learned names with a capital or digit " + score(gold, union(named)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--silver", type=int, default=0, help="rules-labelled realabs papers to add (default 0)")
    parser.add_argument("--max-steps", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, help="folder for the corpora and the model (default: a temporary one)")
    args = parser.parse_args()
    if not REALABS.is_file():
        parser.error(f"needs {REALABS}")
    with tempfile.TemporaryDirectory() as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        papers, gold = corpora(work, args.silver, args.seed)
        compare(train(work, args.max_steps, args.seed), papers, gold)


if __name__ == "__main__":
    main()
