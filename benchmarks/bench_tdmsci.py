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

Two options change the reading, never the default numbers:

- ``--detokenize`` glues punctuation, hyphens and decimals back
  ("TF - IDF" -> "TF-IDF", "80 . 4 %" -> "80.4%") so the extractor reads text
  closer to a real abstract;
- ``--aliases`` scores entities the way the guide does: a gold span
  "LONG ( SHORT )" (TDMSci annotates the pair as one span) also matches LONG
  or SHORT, a span ending in a generic head word ("Penn Treebank dataset",
  "SCATE corpus", "WSJ benchmark") also matches the name without it (the
  guide annotates "the Pile dataset" as "Pile"), an extracted entity matches
  through any of its mention strings, and each gold entity is found at most
  once.

The two readings reported are ``strict`` (no option) and ``guide-style``
(``--detokenize --aliases``); ``--both-readings`` scores both in one run.
Reading, running and reporting are shared with the other external
benchmarks (:mod:`external`).

Usage::

    python benchmarks/bench_tdmsci.py [--split test|train] [--both-readings] [--detokenize] [--aliases]
        [--data-dir DIR] [--jobs N] [--limit N] [--errors N] [--json [PATH]]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from external import (
    DEFAULT_DATA,
    common_arguments,
    fmt,
    join_tokens,
    load_extractor,
    meta,
    run_extractor,
    write_json,
)  # noqa: E402

from claimgraph.evaluate.counts import Counts, max_matching  # noqa: E402
from claimgraph.names import normalize_name  # noqa: E402

DEFAULT_DATA_DIR = DEFAULT_DATA / "tdmsci"
SPLITS = {"test": "test_500_v2.conll", "train": "train_1500_v2.conll"}
TAGS = {"TASK": "Task", "DATASET": "Dataset", "METRIC": "Metric"}
TYPES = tuple(TAGS.values())


@dataclass(frozen=True, slots=True)
class Sentence:
    """One TDMSci sentence: the space-joined text and its gold spans."""

    text: str
    spans: tuple[tuple[str, int, int], ...]  # (type, start, end) into text
    line: int


def _close(tokens: list[tuple[str, str]], line: int, detokenize: bool = False) -> Sentence:
    text, offsets = join_tokens([token for token, _ in tokens], detokenize=detokenize)
    spans: list[tuple[str, int, int]] = []
    current: list = []  # [type, start, end] of the open span
    for (_, tag), (start, end) in zip(tokens, offsets, strict=True):
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
    :func:`external.join_tokens` when ``detokenize`` is true; gold spans keep
    their offsets.

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


# "named entity recognition ( NER )": a long form with its abbreviation in one span
_LONG_SHORT = re.compile(r"^(.*\S) ?\( ?([^()]*[^()\s]) ?\)$")

# "Penn Treebank dataset": a name followed by a lowercase generic head word
_GENERIC_HEAD = re.compile(
    r"^(.*\S) (?:dataset|datasets|data set|data sets|corpus|corpora|benchmark|benchmarks|data|test set|collection)$"
)

Names = dict[str, list[frozenset[str]]]  # type -> one alias set per entity


def gold_names(sentence: Sentence, *, aliases: bool = False) -> Names:
    """The gold entities of a sentence per type: one per distinct normalised
    span string. With ``aliases``, a span "LONG ( SHORT )" also answers to
    LONG and to SHORT (the guide's long form and abbreviation as aliases)."""
    names: dict[str, dict[str, frozenset[str]]] = {t: {} for t in TYPES}
    for etype, start, end in sentence.spans:
        surface = sentence.text[start:end]
        key = normalize_name(surface)
        if not key or key in names[etype]:
            continue
        keys = {key}
        match = _LONG_SHORT.match(surface) if aliases else None
        if match:
            keys.update(k for k in map(normalize_name, match.groups()) if k)
        headless = _GENERIC_HEAD.match(surface) if aliases else None
        if headless:
            keys.add(normalize_name(headless.group(1)))
        names[etype][key] = frozenset(keys)
    return {t: list(entities.values()) for t, entities in names.items()}


def predicted_names(extraction, text: str, *, aliases: bool = False) -> Names:
    """The predicted entities of a sentence per type (Task, Dataset, Metric).

    Without ``aliases`` each distinct normalised mention string is one
    entity (the text each mention covers; the entity's ``text`` if it has no
    mention). With ``aliases`` each extracted entity is one entity answering
    to all of its mention strings."""
    names: dict[str, dict[frozenset[str], None]] = {t: {} for t in TYPES}
    for entity in extraction.entities:
        if entity.type not in names:
            continue
        surfaces = [text[m.start : m.end] for m in entity.mentions if m.field == "abstract"]
        keys = [k for k in map(normalize_name, surfaces or [entity.text]) if k]
        groups = [frozenset(keys)] if aliases and keys else [frozenset({k}) for k in keys]
        for group in groups:
            names[entity.type][group] = None
    return {t: list(entities) for t, entities in names.items()}


@dataclass(frozen=True, slots=True)
class Error:
    """One false positive or false negative, for error analysis."""

    type: str
    kind: str  # "fp" or "fn"
    name: str
    sentence: int


def _label(keys: frozenset[str]) -> str:
    return " | ".join(sorted(keys))


def score(
    sentences: Sequence[Sentence], predictions: Iterable[Names], *, aliases: bool = False
) -> tuple[dict[str, Counts], list[Error]]:
    """Per-type counts (plus ``micro``) and every error, in sentence order.

    A predicted entity is right when one of its strings is one of a gold
    entity's strings; each gold entity is found at most once (a maximum
    one-to-one matching, as in ``claimgraph eval``). Without ``aliases`` every
    entity is a single string, so this is plain set intersection."""
    counts = {t: Counts() for t in TYPES}
    errors: list[Error] = []
    for index, (sentence, pred) in enumerate(zip(sentences, predictions, strict=True)):
        gold = gold_names(sentence, aliases=aliases)
        for etype in TYPES:
            candidates = [[j for j, g in enumerate(gold[etype]) if p & g] for p in pred[etype]]
            assignment = max_matching(candidates, len(gold[etype]))
            found = {j for j in assignment if j is not None}
            fps = sorted(_label(p) for p, j in zip(pred[etype], assignment, strict=False) if j is None)
            fns = sorted(_label(g) for j, g in enumerate(gold[etype]) if j not in found)
            counts[etype] += Counts(len(found), len(fps), len(fns))
            errors.extend(Error(etype, "fp", name, index) for name in fps)
            errors.extend(Error(etype, "fn", name, index) for name in fns)
    counts["micro"] = sum((counts[t] for t in TYPES), Counts())
    return counts, errors


def predict_names(
    sentences: Sequence[Sentence], jobs: int = 1, *, aliases: bool = False, extract: Callable | None = None
) -> tuple[list[Names], float]:
    """Extract every sentence (as the abstract of a paper with an empty title);
    return the predicted names per sentence and the seconds taken."""
    from claimgraph.ingest.model import Paper

    papers = [Paper(id=f"s{i}", title="", abstract=s.text) for i, s in enumerate(sentences)]
    extractions, seconds = run_extractor(papers, jobs, extract)
    names = [predicted_names(e, s.text, aliases=aliases) for s, e in zip(sentences, extractions, strict=True)]
    return names, seconds


# name -> (detokenize, aliases); "guide-style" is the reading the annotation guide's scoring matches
READINGS = {"strict": (False, False), "guide-style": (True, True)}


def reading_name(detokenize: bool, aliases: bool) -> str:
    """The name of a reading: ``strict``, ``guide-style``, or the options it uses."""
    for name, flags in READINGS.items():
        if flags == (detokenize, aliases):
            return name
    return "+".join(n for n, on in (("detokenize", detokenize), ("aliases", aliases)) if on)


def print_report(counts: dict[str, Counts], info: dict, errors: list[Error], sentences, n_errors: int) -> None:
    """Human-readable report on stdout."""
    joined = "detokenized" if info["detokenize"] else "tokens joined by spaces"
    joined += ", entities with aliases" if info["aliases"] else ", distinct mention strings"
    print(f"TDMSci {info['split']}, {info['reading']} reading: {info['sentences']} sentences ({joined})")
    print(f"extractor: {info['seconds']:.2f} s ({info['sentences_per_second']:.0f} sentences/s, jobs={info['jobs']})")
    print(f"{'type':<8} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, c in counts.items():
        print(f"{name:<8} {c.tp:>5} {c.fp:>5} {c.fn:>5} {fmt(c.precision)} {fmt(c.recall)} {fmt(c.f1)}")
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
    common_arguments(parser, DEFAULT_DATA_DIR, unit="sentences")
    parser.add_argument(
        "--aliases",
        action="store_true",
        help="score entities with aliases: a gold span 'LONG ( SHORT )' also matches LONG or SHORT, "
        "and an extracted entity matches through any of its mentions",
    )
    parser.add_argument(
        "--detokenize",
        action="store_true",
        help="glue punctuation, hyphens and decimals back ('TF - IDF' -> 'TF-IDF') instead of single spaces",
    )
    parser.add_argument(
        "--both-readings",
        action="store_true",
        help="score the strict reading (no options) and the guide-style one (--detokenize --aliases) in one run",
    )
    args = parser.parse_args(argv)

    path = args.data_dir / SPLITS[args.split]
    if not path.is_file():
        print(f"error: {path} not found (use --data-dir)", file=sys.stderr)
        return 2
    readings = list(READINGS.values()) if args.both_readings else [(args.detokenize, args.aliases)]
    load_seconds = round(load_extractor(), 3)
    info = meta(dataset="TDMSci", split=args.split, file=str(path), jobs=args.jobs, load_seconds=load_seconds)
    out: dict = {"meta": info, "readings": {}}
    for number, (detokenize, aliases) in enumerate(readings):
        sentences = read_conll(path, detokenize=detokenize)
        if args.limit > 0:
            sentences = sentences[: args.limit]
        predictions, seconds = predict_names(sentences, args.jobs, aliases=aliases)
        counts, errors = score(sentences, predictions, aliases=aliases)
        name = reading_name(detokenize, aliases)
        info = {
            "split": args.split,
            "reading": name,
            "sentences": len(sentences),
            "jobs": args.jobs,
            "detokenize": detokenize,
            "aliases": aliases,
            "seconds": round(seconds, 3),
            "sentences_per_second": round(len(sentences) / seconds, 1) if seconds else 0.0,
        }
        entry = {**info, "scores": {row: c.as_dict() for row, c in counts.items()}}
        if args.errors > 0:
            entry["errors"] = {
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
        out["readings"][name] = entry
        if args.json != "-":
            if number:
                print()
            print_report(counts, info, errors, sentences, args.errors)
    if args.json is not None:
        write_json(args.json, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
