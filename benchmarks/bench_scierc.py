"""Score the extractor's entity mentions on the SciERC test abstracts (Luan et al., EMNLP 2018).

SciERC is read at run time from ``../shared/data/scierc/<split>.json``
(override with ``--data-dir``); nothing of it is copied into the project.
SciERC states no license: it may be used to measure, never to train on, and
its scores are not tuned on. The ``test`` split (100 abstracts of older AI
papers, no titles) is the default.

**Text.** Each abstract's tokens (all its sentences in order) are unescaped
(``-LRB-`` -> "(", see :data:`external.PTB_ESCAPES`), detokenised
(:func:`external.join_tokens`) and given to the extractor as a paper with an
empty title. SciERC's ``ner`` spans (document-level token indices, end
inclusive) become character spans of that text.

**Types.** ``Task``, ``Method`` and ``Metric`` keep their names; the
extractor's ``Model`` and ``Method`` are both scored as ``Method``.
``OtherScientificTerm`` and ``Generic`` are not scored (a prediction on one of
them is a false positive). ``Material`` mixes datasets with any data ("Japanese
text", "images"), so it is **filtered**: a ``Material`` mention is a gold
``Dataset`` when it looks like a name, i.e. one of its alphanumeric pieces has
two or more capital letters or a digit ("NEGRA corpus", "ACE 2003 corpus",
"KITTI2012 dataset", "Penn WSJ"); any other ``Material`` is **neutral**: a
predicted ``Dataset`` that matches it and no named one is dropped, neither
right nor wrong. The ``Material (all)`` line gives, outside ``micro``, the
recall of predicted ``Dataset`` mentions against every ``Material`` mention.

**Scoring.** Mention level, micro over documents: ``exact`` (same start and
end) and ``overlap`` (at least one character in common), one to one, per type;
see :mod:`external`.

Usage::

    python benchmarks/bench_scierc.py [--split test|dev|train] [--errors N] [--json [PATH]]
        [--data-dir DIR] [--jobs N] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from external import (  # noqa: E402
    DEFAULT_DATA,
    MODES,
    PTB_ESCAPES,
    Document,
    Span,
    common_arguments,
    fmt,
    join_tokens,
    load_extractor,
    match,
    meta,
    predict,
    print_errors,
    result_json,
    score,
    table,
    write_json,
)

from claimgraph.evaluate.counts import Counts  # noqa: E402

DEFAULT_DATA_DIR = DEFAULT_DATA / "scierc"
SPLITS = ("test", "dev", "train")
GOLD_TYPES = {"Task": "Task", "Method": "Method", "Metric": "Metric"}  # Material: see is_named_material
_PIECE = re.compile(r"[A-Za-z0-9]+")


def is_named_material(text: str) -> bool:
    """Whether a SciERC ``Material`` mention looks like a named dataset: one of
    its alphanumeric pieces has two or more capital letters or a digit.

    >>> [is_named_material(t) for t in ("NEGRA corpus", "KITTI2012 dataset", "Japanese text", "images")]
    [True, True, False, False]
    """
    pieces = _PIECE.findall(text)
    return any(sum(c.isupper() for c in piece) >= 2 or any(c.isdigit() for c in piece) for piece in pieces)


def to_document(record: dict) -> Document:
    """A SciERC abstract (one JSON line) as a :class:`Document` with an empty title."""
    tokens = [PTB_ESCAPES.get(t, t) for sentence in record["sentences"] for t in sentence]
    text, offsets = join_tokens(tokens)
    gold: dict[Span, None] = {}
    neutral: dict[Span, None] = {}
    original: dict[Span, None] = {}
    for sentence in record["ner"]:
        for start, end, label in sentence:
            if not 0 <= start <= end < len(tokens):
                raise ValueError(f"{record['doc_key']}: span [{start}, {end}] outside {len(tokens)} tokens")
            chars = (offsets[start][0], offsets[end][1])
            original[Span("abstract", *chars, label)] = None
            if label in GOLD_TYPES:
                gold[Span("abstract", *chars, GOLD_TYPES[label])] = None
            elif label == "Material":
                target = gold if is_named_material(text[chars[0] : chars[1]]) else neutral
                target[Span("abstract", *chars, "Dataset")] = None
    return Document(record["doc_key"], "", text, tuple(gold), tuple(neutral), tuple(original))


def read_scierc(path: Path) -> list[Document]:
    """Read a SciERC JSON Lines file (DyGIE format), one :class:`Document` per abstract."""
    documents = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    documents.append(to_document(json.loads(line)))
                except (ValueError, KeyError, TypeError) as error:
                    raise ValueError(f"{path}:{number}: {error}") from error
    return documents


def material_recall(documents: Sequence[Document], predictions: Sequence[Sequence[Span]], mode: str) -> Counts:
    """Predicted ``Dataset`` mentions against every SciERC ``Material`` mention
    (named or not); only the recall of these counts means anything."""
    total = Counts()
    for doc, pred in zip(documents, predictions, strict=True):
        gold = [s for s in doc.original if s.type == "Material"]
        datasets = [p for p in pred if p.type == "Dataset"]
        tp = sum(1 for j in match(datasets, gold, mode) if j is not None)
        total += Counts(tp, len(datasets) - tp, len(gold) - tp)
    return total


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="test")
    common_arguments(parser, DEFAULT_DATA_DIR)
    args = parser.parse_args(argv)

    path = args.data_dir / f"{args.split}.json"
    if not path.is_file():
        print(f"error: {path} not found (use --data-dir)", file=sys.stderr)
        return 2
    documents = read_scierc(path)
    if args.limit > 0:
        documents = documents[: args.limit]
    load_seconds = load_extractor()
    predictions, seconds = predict(documents, args.jobs)
    results = {mode: score(documents, predictions, mode) for mode in MODES}
    materials = {mode: material_recall(documents, predictions, mode) for mode in MODES}

    print(
        f"SciERC {args.split}: {len(documents)} abstracts, {sum(len(p) for p in predictions)} predicted mentions; "
        f"extractor {seconds:.2f} s (+{load_seconds:.2f} s load), jobs={args.jobs}"
    )
    print(table(results))
    print(
        f"{'Material (all), recall only':<33}"
        + "".join(f" {mode} R {fmt(materials[mode].recall)}" for mode in MODES)
        + f"  ({materials['exact'].tp + materials['exact'].fn} gold)"
    )
    print_errors(results["exact"].errors, {d.id: d for d in documents}, args.errors, "exact")
    if args.json is not None:
        out = {
            "meta": meta(
                dataset="SciERC",
                split=args.split,
                file=str(path),
                text="abstract (no title), PTB brackets unescaped, detokenised",
                types="Method (extractor Model+Method) / Dataset (SciERC Material that looks named; other Material "
                "neutral) / Metric / Task; OtherScientificTerm and Generic not scored",
                matching="mention level, one to one, exact span and overlap",
                documents=len(documents),
                jobs=args.jobs,
                load_seconds=round(load_seconds, 3),
                seconds=round(seconds, 3),
                documents_per_second=round(len(documents) / seconds, 1) if seconds else None,
            ),
            **{mode: result_json(r, args.errors) for mode, r in results.items()},
            "material_all_recall_only": {mode: c.as_dict() for mode, c in materials.items()},
        }
        write_json(args.json, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
