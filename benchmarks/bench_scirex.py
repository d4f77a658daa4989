"""Score the extractor's entity mentions on SciREX titles and abstracts (Jain et al., ACL 2020).

SciREX is read at run time from ``../shared/data/scirex/train_docs.tar.gz``
(override with ``--data-dir``); nothing of it is copied into the project. Its
306 documents are full ML papers (the official train split; dev and test were
not obtained, see that folder's ``SOURCE.md``).

**Where the abstract ends.** SciREX stores a paper as ``words`` with
``sentences`` and ``sections`` (``[start, end)`` spans over ``words``); a
section starts with a heading sentence such as ``section : Introduction``.
The title and abstract are cut in one of two layouts, and a document in
neither is left out (its id and reason are listed in the JSON):

1. the first word is ``document`` and the second ``:`` (235 of 306): the
   first sentence, without ``document :``, is the title; the other sentences
   of the first section are the abstract (the first section ends at the first
   heading, normally ``section : Introduction``). Left out if the first
   section holds only the title.
2. otherwise, one of the first three sections starts with the heading sentence
   ``section : Abstract``: its other sentences are the abstract, and the first
   section, when it is no heading and at most 40 tokens long, is the title
   (else the title is empty).

A cut abstract longer than 500 tokens means that no heading ended it (the whole
paper sits in one section); such documents are left out too, as are those whose
first section runs into the body without headings or puts the abstract before
a run-together title ("NeuralMachineTranslationinLinearTime"): they are left
out rather than guessed at. With the archive in ``../shared/data``, 269
documents are cut (132 dev, 137 heldout) and 37 left out (29 in neither
layout, 6 longer than 500 tokens, 1 with an empty Abstract section, 1 with
only a title). Abstracts keep what SciREX put in them (a stray e-mail line
or LaTeX macro text in a few).

**Text.** Title and abstract are detokenised (:func:`external.join_tokens`:
"V - Net" -> "V-Net", "84 . 3 %" -> "84.3%") and given to the extractor as a
paper. Gold mentions are SciREX ``ner`` spans that lie inside the kept title
or abstract words, turned into character spans of that text. The extractor's
mentions (character offsets into title or abstract) are compared with them
directly, which is the same as mapping them back to SciREX token spans: a
mention that starts or ends inside a token can only match by overlap.

**Types.** SciREX ``Method``, ``Task`` and ``Metric`` keep their names and
``Material`` (datasets) is scored as ``Dataset``; the extractor's ``Model`` and
``Method`` are both scored as ``Method``.

**Scoring.** Mention level, micro over documents: ``exact`` (same start and
end) and ``overlap`` (at least one character in common), one to one, per type;
see :mod:`external`.

**Held-out documents.** SciREX may be trained on, so it is scored on a fixed
document split (:func:`assign_splits`): the 306 ids of the archive's
``doc_ids.txt`` are ordered by ``sha256("claimgraph/scirex-split/v1:" +
doc_id)``; the first 153 are ``dev``, the other 153 ``heldout``. The rule
depends on the ids alone, never on the text or the scores, and was fixed
before any score was computed. Only ``heldout`` counts: never train or tune
on it (a trainer that reads SciREX must skip :func:`heldout_ids`). Errors are
printed for ``dev`` only.

Usage::

    python benchmarks/bench_scirex.py [--split dev|heldout|all] [--errors N] [--json [PATH]]
        [--data-dir DIR] [--jobs N] [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tarfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from external import (  # noqa: E402
    DEFAULT_DATA,
    MODES,
    Document,
    Span,
    common_arguments,
    join_tokens,
    load_extractor,
    meta,
    predict,
    print_errors,
    result_json,
    score,
    table,
    write_json,
)

DEFAULT_DATA_DIR = DEFAULT_DATA / "scirex"
ARCHIVE = "train_docs.tar.gz"
SPLIT_SALT = "claimgraph/scirex-split/v1"
SPLITS = ("dev", "heldout")
# SciREX label -> scored type
GOLD_TYPES = {"Method": "Method", "Material": "Dataset", "Metric": "Metric", "Task": "Task"}
HEADINGS = frozenset({"section", "subsection", "subsubsection", "paragraph"})
MAX_TITLE_TOKENS = 40
MAX_ABSTRACT_TOKENS = 500


def assign_splits(doc_ids: Sequence[str]) -> dict[str, str]:
    """``"dev"`` or ``"heldout"`` for each SciREX ``doc_id`` (fixed; see the module docstring).

    The ids are ordered by ``sha256(SPLIT_SALT + ":" + doc_id)``; the first
    half (rounded down) is ``dev``, the rest ``heldout``. Pass every id of
    ``doc_ids.txt`` (:func:`read_doc_ids`), not a subset, to get the fixed split.

    >>> sorted(assign_splits(["a", "b", "c", "d"]).values())
    ['dev', 'dev', 'heldout', 'heldout']
    """
    ranked = sorted(set(doc_ids), key=lambda i: hashlib.sha256(f"{SPLIT_SALT}:{i}".encode()).hexdigest())
    half = len(ranked) // 2
    return {doc_id: "dev" if rank < half else "heldout" for rank, doc_id in enumerate(ranked)}


def read_doc_ids(path: Path) -> list[str]:
    """The ids listed in the archive's ``doc_ids.txt`` (a JSON object ``{"doc_ids": [...]}``)."""
    with tarfile.open(path) as tar:
        member = next(m for m in tar.getmembers() if Path(m.name).name == "doc_ids.txt")
        return list(json.load(tar.extractfile(member))["doc_ids"])


def heldout_ids(path: Path) -> frozenset[str]:
    """The SciREX documents a trainer must never read (the ``heldout`` half of :func:`assign_splits`)."""
    return frozenset(i for i, split in assign_splits(read_doc_ids(path)).items() if split == "heldout")


def _is_heading(words: Sequence[str], start: int, end: int) -> bool:
    return end - start >= 2 and words[start] in HEADINGS and words[start + 1] == ":"


def cut_abstract(record: dict) -> tuple[tuple[int, int], list[tuple[int, int]]] | str:
    """Where the title and the abstract are in a SciREX document.

    Returns ``((title_start, title_end), [(start, end), ...])``: the title's
    word range and the abstract's sentences (word ranges), or a string saying
    why the document has no recognisable title and abstract.
    """
    words, sentences, sections = record["words"], record["sentences"], record["sections"]
    if not sentences or not sections:
        return "no sentences or sections"
    if words[:2] == ["document", ":"]:
        first_end = sections[0][1]
        title_start, title_end = sentences[0]
        abstract = [(s, e) for s, e in sentences[1:] if e <= first_end and not _is_heading(words, s, e)]
        if not abstract:
            return "first section holds only the title"
        return (title_start + 2, title_end), abstract
    for index, (start, end) in enumerate(sections[:3]):
        heading = [(s, e) for s, e in sentences if s == start]
        if not heading:
            continue
        s, e = heading[0]
        if _is_heading(words, s, e) and [w.lower() for w in words[s + 2 : e]] == ["abstract"]:
            abstract = [(a, b) for a, b in sentences if start <= a and b <= end and a != s]
            if not abstract:
                return "empty Abstract section"
            first_start, first_end = sections[0]
            title = (first_start, first_end)
            if index == 0 or _is_heading(words, *sentences[0]) or first_end - first_start > MAX_TITLE_TOKENS:
                title = (first_start, first_start)
            return title, abstract
    return "no 'document :' title and no 'section : Abstract' heading in the first three sections"


def _field(record: dict, ranges: Sequence[tuple[int, int]]) -> tuple[str, dict[int, tuple[int, int]]]:
    """Detokenised text of word ranges (joined with spaces between them) and each word's character span."""
    words = record["words"]
    indices = [i for start, end in ranges for i in range(start, end)]
    text, offsets = join_tokens([words[i] for i in indices])
    return text, dict(zip(indices, offsets, strict=True))


def to_document(record: dict) -> Document | str:
    """A SciREX document as a :class:`Document` (title, abstract, gold mentions), or why it was left out."""
    cut = cut_abstract(record)
    if isinstance(cut, str):
        return cut
    (title_start, title_end), abstract_ranges = cut
    if sum(end - start for start, end in abstract_ranges) > MAX_ABSTRACT_TOKENS:
        return f"abstract longer than {MAX_ABSTRACT_TOKENS} tokens (no heading ends it)"
    title, title_chars = _field(record, [(title_start, title_end)])
    abstract, abstract_chars = _field(record, abstract_ranges)
    gold: dict[Span, None] = {}
    original: dict[Span, None] = {}
    for start, end, label in record["ner"]:
        for name, chars in (("title", title_chars), ("abstract", abstract_chars)):
            if start in chars and end - 1 in chars and all(i in chars for i in range(start, end)):
                original[Span(name, chars[start][0], chars[end - 1][1], label)] = None
                if label in GOLD_TYPES:
                    gold[Span(name, chars[start][0], chars[end - 1][1], GOLD_TYPES[label])] = None
    return Document(record["doc_id"], title, abstract, tuple(gold), (), tuple(original))


@dataclass(frozen=True, slots=True)
class Corpus:
    """The SciREX documents with a title and abstract, the ones left out (id,
    reason), and the split of every id in ``doc_ids.txt``."""

    documents: tuple[Document, ...]
    left_out: tuple[tuple[str, str], ...]
    splits: dict[str, str]


def read_scirex(path: Path) -> Corpus:
    """Read the SciREX archive (``train_docs/<doc_id>.json`` members), in doc_id order, without unpacking."""
    documents: list[Document] = []
    left_out: list[tuple[str, str]] = []
    with tarfile.open(path) as tar:
        # in archive order: a gzip stream read out of order is decompressed again from the start
        for member in tar:
            if not (member.isfile() and member.name.endswith(".json")):
                continue
            record = json.load(tar.extractfile(member))
            doc = to_document(record)
            if isinstance(doc, str):
                left_out.append((record["doc_id"], doc))
            else:
                documents.append(doc)
    documents.sort(key=lambda d: d.id)
    left_out.sort()
    splits = assign_splits(read_doc_ids(path))
    unknown = [d.id for d in documents if d.id not in splits] + [i for i, _ in left_out if i not in splits]
    if unknown:
        raise ValueError(f"{path}: documents missing from doc_ids.txt: {unknown[:3]}")
    return Corpus(tuple(documents), tuple(left_out), splits)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split", choices=(*SPLITS, "all"), default="all", help="documents to score (default: dev and heldout)"
    )
    common_arguments(parser, DEFAULT_DATA_DIR)
    args = parser.parse_args(argv)

    path = args.data_dir / ARCHIVE
    if not path.is_file():
        print(f"error: {path} not found (use --data-dir)", file=sys.stderr)
        return 2
    corpus = read_scirex(path)
    documents = list(corpus.documents)
    if args.limit > 0:
        documents = documents[: args.limit]
    splits = SPLITS if args.split == "all" else (args.split,)
    documents = [d for d in documents if corpus.splits[d.id] in splits]
    load_seconds = load_extractor()
    predictions, seconds = predict(documents, args.jobs)
    by_id = {d.id: d for d in documents}

    out: dict[str, object] = {
        "meta": meta(
            dataset="SciREX",
            file=str(path),
            text="title + abstract, detokenised",
            types="Method (extractor Model+Method) / Dataset (SciREX Material) / Metric / Task",
            matching="mention level, one to one, exact span and overlap",
            split_rule=f"the ids of doc_ids.txt ordered by sha256('{SPLIT_SALT}:' + doc_id): first half dev, "
            "second half heldout",
            documents=len(documents),
            left_out=[{"doc_id": i, "reason": r} for i, r in corpus.left_out],
            jobs=args.jobs,
            load_seconds=round(load_seconds, 3),
            seconds=round(seconds, 3),
            documents_per_second=round(len(documents) / seconds, 1) if seconds else None,
        ),
        "splits": {},
    }
    print(
        f"SciREX titles + abstracts: {len(corpus.documents)} of {len(corpus.documents) + len(corpus.left_out)} "
        f"documents cut ({len(corpus.left_out)} left out); extractor {seconds:.2f} s (+{load_seconds:.2f} s load), "
        f"jobs={args.jobs}"
    )
    for split in splits:
        chosen = [i for i, d in enumerate(documents) if corpus.splits[d.id] == split]
        docs = [documents[i] for i in chosen]
        preds = [predictions[i] for i in chosen]
        results = {mode: score(docs, preds, mode) for mode in MODES}
        label = "the number that counts" if split == "heldout" else "for reading errors and tuning"
        print(f"\n{split} ({label}): {len(docs)} documents, {sum(len(p) for p in preds)} predicted mentions")
        print(table(results))
        out["splits"][split] = {  # type: ignore[index]
            "documents": len(docs),
            "doc_ids": [d.id for d in docs],
            **{mode: result_json(r, args.errors if split == "dev" else 0) for mode, r in results.items()},
        }
        if split == "dev":  # errors are read on dev only, never on heldout
            print_errors(results["exact"].errors, by_id, args.errors, "exact")
    if args.json is not None:
        write_json(args.json, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
