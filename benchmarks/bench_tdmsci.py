"""Score the extractor on TDMSci (Task, Dataset, Metric; Hou et al., EACL 2021).

TDMSci is read at run time from ``../shared/data/tdmsci`` next to the project
root (override with ``--data-dir``); nothing of it is copied into the project.

Each CoNLL sentence is rebuilt by joining its tokens with single spaces (the
gold spans keep their character offsets in that text) and given to the
extractor as the abstract of a paper with an empty title. Scoring is at entity
level per sentence, as the project's guide scores per paper: for each of Task,
Dataset and Metric, the distinct mention strings of the sentence, normalised
with :func:`claimgraph.names.normalize_name`, are compared as sets. A predicted
string is the text each predicted mention covers (the entity's ``text`` if it
has no mention); the extractor's Model and Method entities are not scored
(TDMSci has no such types). Counts are summed over sentences (micro).

Usage::

    PYTHONPATH=src python benchmarks/bench_tdmsci.py [--split test|train]
        [--data-dir DIR] [--jobs N] [--limit N] [--errors N] [--json] [--detokenize]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimgraph.evaluate.counts import Counts
from claimgraph.names import normalize_name

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = ROOT.parent / "shared" / "data" / "tdmsci"
SPLITS = {"test": "test_500_v2.conll", "train": "train_1500_v2.conll"}
TAGS = {"TASK": "Task", "DATASET": "Dataset", "METRIC": "Metric"}
TYPES = tuple(TAGS.values())


@dataclass(frozen=True, slots=True)
class Sentence:
    """One TDMSci sentence: the space-joined text and its gold spans."""

    text: str
    spans: tuple[tuple[str, int, int], ...]  # (type, start, end) into text
    line: int


_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", ")", "]", "}", "%", "?", "!", "'s", "n't"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{"})


def _glued(before: str, prev: str, token: str, after: str) -> bool:
    """Whether ``--detokenize`` writes ``token`` right after ``prev`` (``before``
    and ``after`` are the tokens around them, "" at the ends): no space before
    closing punctuation and "%", none after opening brackets, hyphens glued on
    both sides ("TF - IDF" -> "TF-IDF"), "80 . 4" -> "80.4", "' s" -> "'s"."""
    if token == "'" and after == "s":
        return True
    if token in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER or "-" in (token, prev):
        return True
    if prev == "." and token[:1].isdigit() and before[-1:].isdigit():
        return True
    return prev == "'" and token == "s"


def _close(tokens: list[tuple[str, str]], line: int, detokenize: bool = False) -> Sentence:
    text = ""
    spans: list[tuple[str, int, int]] = []
    current: list = []  # [type, start, end] of the open span
    for index, (token, tag) in enumerate(tokens):
        if detokenize and index > 0:
            before = tokens[index - 2][0] if index > 1 else ""
            after = tokens[index + 1][0] if index + 1 < len(tokens) else ""
            glue = _glued(before, tokens[index - 1][0], token, after)
        else:
            glue = False
        if text and not glue:
            text += " "
        start, end = len(text), len(text) + len(token)
        text += token
        if tag.startswith("I-") and current and current[0] == TAGS.get(tag[2:]):
            current[2] = end
            continue
        if current:
            spans.append(tuple(current))
            current = []
        if tag != "O":
            current = [TAGS[tag[2:]], start, end]
    if current:
        spans.append(tuple(current))
    return Sentence(text, tuple(spans), line)


def read_conll(path: Path, *, detokenize: bool = False) -> list[Sentence]:
    """Read a TDMSci CoNLL file (token, offset, BIO tag; blank line ends a sentence).

    Tokens are joined with single spaces, or with the light detokenisation of
    :func:`_glued` when ``detokenize`` is true; gold spans keep their offsets.

    Raises
    ------
    ValueError
        For a line without three tab-separated columns or an unknown tag,
        naming the file and line.
    """
    sentences: list[Sentence] = []
    tokens: list[tuple[str, str]] = []
    first = 0
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if not line.strip():
                if tokens:
                    sentences.append(_close(tokens, first, detokenize))
                tokens = []
                continue
            columns = line.split("\t")
            tag = columns[-1] if len(columns) == 3 else ""
            if tag != "O" and not (tag[:2] in ("B-", "I-") and tag[2:] in TAGS):
                raise ValueError(f"{path}:{number}: expected 'token<TAB>offset<TAB>tag', got {line!r}")
            if not tokens:
                first = number
            tokens.append((columns[0], tag))
    if tokens:
        sentences.append(_close(tokens, first, detokenize))
    return sentences


def gold_names(sentence: Sentence) -> dict[str, set[str]]:
    """Distinct normalised gold mention strings per type."""
    names: dict[str, set[str]] = {t: set() for t in TYPES}
    for etype, start, end in sentence.spans:
        key = normalize_name(sentence.text[start:end])
        if key:
            names[etype].add(key)
    return names


def predicted_names(extraction, text: str) -> dict[str, set[str]]:
    """Distinct normalised predicted mention strings per type (Task, Dataset, Metric)."""
    names: dict[str, set[str]] = {t: set() for t in TYPES}
    for entity in extraction.entities:
        if entity.type not in names:
            continue
        surfaces = [text[m.start : m.end] for m in entity.mentions if m.field == "abstract"]
        for surface in surfaces or [entity.text]:
            key = normalize_name(surface)
            if key:
                names[entity.type].add(key)
    return names


@dataclass(frozen=True, slots=True)
class Error:
    """One false positive or false negative, for error analysis."""

    type: str
    kind: str  # "fp" or "fn"
    name: str
    sentence: int


def score(
    sentences: Sequence[Sentence], predictions: Iterable[dict[str, set[str]]]
) -> tuple[dict[str, Counts], list[Error]]:
    """Per-type counts (plus ``micro``) and every error, in sentence order."""
    counts = {t: Counts() for t in TYPES}
    errors: list[Error] = []
    for index, (sentence, pred) in enumerate(zip(sentences, predictions, strict=True)):
        gold = gold_names(sentence)
        for etype in TYPES:
            tp = gold[etype] & pred[etype]
            fps, fns = sorted(pred[etype] - tp), sorted(gold[etype] - tp)
            counts[etype] += Counts(len(tp), len(fps), len(fns))
            errors.extend(Error(etype, "fp", name, index) for name in fps)
            errors.extend(Error(etype, "fn", name, index) for name in fns)
    counts["micro"] = sum((counts[t] for t in TYPES), Counts())
    return counts, errors


def run_extractor(sentences: Sequence[Sentence], extract: Callable, jobs: int) -> Iterator[dict[str, set[str]]]:
    """Run ``extract(papers, jobs=jobs)`` on the sentences and yield predicted names."""
    from claimgraph.ingest.model import Paper

    papers = [Paper(id=f"s{i}", title="", abstract=s.text) for i, s in enumerate(sentences)]
    for sentence, paper, extraction in zip(sentences, papers, extract(papers, jobs=jobs), strict=True):
        if extraction.id != paper.id:
            raise RuntimeError(f"extractor returned paper {extraction.id!r} where {paper.id!r} was expected")
        yield predicted_names(extraction, sentence.text)


def _format(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def print_report(counts: dict[str, Counts], meta: dict, errors: list[Error], sentences, n_errors: int) -> None:
    """Human-readable report on stdout."""
    joined = "detokenized" if meta["detokenize"] else "tokens joined by spaces"
    print(f"TDMSci {meta['split']}: {meta['sentences']} sentences ({joined}) from {meta['file']}")
    print(f"extractor: {meta['seconds']:.2f} s ({meta['sentences_per_second']:.0f} sentences/s, jobs={meta['jobs']})")
    print(f"{'type':<8} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, c in counts.items():
        print(f"{name:<8} {c.tp:>5} {c.fp:>5} {c.fn:>5} {_format(c.precision)} {_format(c.recall)} {_format(c.f1)}")
    if n_errors <= 0:
        return
    for etype in TYPES:
        for kind, label in (("fp", "false positives"), ("fn", "false negatives")):
            chosen = [e for e in errors if e.type == etype and e.kind == kind][:n_errors]
            print(f"\n{etype} {label} (first {len(chosen)}):")
            for e in chosen:
                text = sentences[e.sentence].text
                print(f"  {e.name!r}  <- [{e.sentence}] {text[:160]}{'...' if len(text) > 160 else ''}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="test")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="folder with the TDMSci .conll files")
    parser.add_argument("--jobs", type=int, default=1, help="extractor worker processes")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences (0: all)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N false positives/negatives per type")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--detokenize",
        action="store_true",
        help="glue punctuation, hyphens and decimals back ('TF - IDF' -> 'TF-IDF') instead of single spaces",
    )
    args = parser.parse_args(argv)

    path = args.data_dir / SPLITS[args.split]
    if not path.is_file():
        print(f"error: {path} not found (use --data-dir)", file=sys.stderr)
        return 2
    sentences = read_conll(path, detokenize=args.detokenize)
    if args.limit > 0:
        sentences = sentences[: args.limit]

    from claimgraph.extract import extract

    started = time.perf_counter()
    predictions = list(run_extractor(sentences, extract, args.jobs))
    seconds = time.perf_counter() - started
    counts, errors = score(sentences, predictions)
    meta = {
        "split": args.split,
        "file": str(path),
        "sentences": len(sentences),
        "jobs": args.jobs,
        "detokenize": args.detokenize,
        "seconds": round(seconds, 3),
        "sentences_per_second": len(sentences) / seconds if seconds else 0.0,
    }
    if args.json:
        out = {"meta": meta, "scores": {name: c.as_dict() for name, c in counts.items()}}
        if args.errors > 0:
            out["errors"] = {
                etype: {
                    kind: [
                        {"name": e.name, "sentence": sentences[e.sentence].text}
                        for e in errors
                        if e.type == etype and e.kind == kind
                    ][: args.errors]
                    for kind in ("fp", "fn")
                }
                for etype in TYPES
            }
        print(json.dumps(out, indent=2))
    else:
        print_report(counts, meta, errors, sentences, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
