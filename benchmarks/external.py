"""Shared helpers of the external benchmarks (SciREX, SciERC and TDMSci).

The datasets are read at run time from ``../shared/data`` next to the project
root; nothing of them is copied into the project. This module holds what the
three scripts share:

- **reading**: :func:`join_tokens` turns a dataset's tokens into text with each
  token's character offsets (single spaces, or a light detokenisation that
  glues punctuation, hyphens and decimals back: "TF - IDF" -> "TF-IDF",
  "-LRB-" -> "(");
- **type mapping**: the extractor's ``Model`` and ``Method`` are scored as
  ``Method`` (no external corpus separates them); ``Dataset``, ``Metric`` and
  ``Task`` keep their names, and each reader maps its corpus's labels onto
  these four (:data:`SCORED_TYPES`);
- **mention matching**: a predicted mention is a character span of the title
  or abstract with a type; it matches a gold mention of the same type and field
  either **exactly** (same start and end) or by **overlap** (the spans share at
  least one character), each gold and each prediction used at most once (a
  maximum one-to-one matching, as in ``claimgraph eval``);
- **scoring**: micro tp / fp / fn per type, ``micro`` over the scored types,
  and ``any type`` (spans only, types ignored; not part of ``micro``), plus the
  errors with a note on what the other side had there;
- **running and reporting**: one extractor run with its timing, a compact
  table, and ``--json`` output stamped with the time and the git commit.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from claimgraph.evaluate.counts import Counts, max_matching

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"

SCORED_TYPES = ("Method", "Dataset", "Metric", "Task")
# the extractor's five types -> the four the external corpora can score
PREDICTED_TYPES = {"Model": "Method", "Method": "Method", "Dataset": "Dataset", "Metric": "Metric", "Task": "Task"}
MODES = ("exact", "overlap")
MICRO = "micro"
ANY_TYPE = "any type"

# ---------------------------------------------------------------- reading

# Penn Treebank escapes (SciERC writes brackets and quotes this way)
PTB_ESCAPES = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", ")", "]", "}", "%", "?", "!", "'s", "n't"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{"})


def glued(before: str, prev: str, token: str, after: str) -> bool:
    """Whether detokenisation writes ``token`` right after ``prev`` (``before``
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


def join_tokens(tokens: Sequence[str], *, detokenize: bool = True) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into one text; return it with each token's ``(start, end)``.

    With ``detokenize`` the rules of :func:`glued` decide where no space goes;
    without, every token is followed by a single space. Tokens are written as
    given (unescape them first, see :data:`PTB_ESCAPES`).

    >>> join_tokens(["TF", "-", "IDF", "(", "80", ".", "4", "%", ")"])
    ('TF-IDF (80.4%)', [(0, 2), (2, 3), (3, 6), (7, 8), (8, 10), (10, 11), (11, 12), (12, 13), (13, 14)])
    >>> join_tokens(["a", "(", "b", ")"], detokenize=False)[0]
    'a ( b )'
    """
    text = ""
    offsets: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if detokenize and index > 0:
            before = tokens[index - 2] if index > 1 else ""
            after = tokens[index + 1] if index + 1 < len(tokens) else ""
            glue = glued(before, tokens[index - 1], token, after)
        else:
            glue = False
        if text and not glue:
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets


@dataclass(frozen=True, slots=True)
class Span:
    """A typed character span of a paper's ``title`` or ``abstract``."""

    field: str
    start: int
    end: int
    type: str


@dataclass(frozen=True, slots=True)
class Document:
    """One paper as the extractor reads it, with its gold mentions.

    ``gold`` holds the scored mentions (types of :data:`SCORED_TYPES`);
    ``neutral`` holds gold mentions that neither reward nor punish: a
    prediction of the same type that matches one and no scored gold mention is
    dropped (SciERC's ``Material`` that is no named dataset); ``original``
    holds every gold mention with the corpus's own label (scored or not), only
    to explain errors.
    """

    id: str
    title: str
    abstract: str
    gold: tuple[Span, ...]
    neutral: tuple[Span, ...] = ()
    original: tuple[Span, ...] = ()

    def text(self, span: Span) -> str:
        """The text a span covers."""
        return (self.title if span.field == "title" else self.abstract)[span.start : span.end]


# ---------------------------------------------------------------- type mapping and predictions


def predicted_spans(extraction) -> list[Span]:
    """The extractor's mentions as typed spans, in the scored types, without repeats.

    Every mention of every entity counts (an entity named three times gives
    three mentions); ``Model`` and ``Method`` both become ``Method``.
    """
    spans: dict[Span, None] = {}
    for entity in extraction.entities:
        etype = PREDICTED_TYPES.get(entity.type)
        if etype is None:
            continue
        for mention in entity.mentions:
            spans[Span(mention.field, mention.start, mention.end, etype)] = None
    return list(spans)


# ---------------------------------------------------------------- matching and scoring


def compatible(predicted: Span, gold: Span, mode: str) -> bool:
    """Whether two spans of the same field match: the same characters
    (``exact``) or at least one character in common (``overlap``); types are not compared."""
    if predicted.field != gold.field:
        return False
    if mode == "exact":
        return predicted.start == gold.start and predicted.end == gold.end
    if mode == "overlap":
        return predicted.start < gold.end and gold.start < predicted.end
    raise ValueError(f"unknown matching mode {mode!r}; expected one of {MODES}")


def _shared(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(predicted: Sequence[Span], gold: Sequence[Span], mode: str) -> list[int | None]:
    """A maximum one-to-one matching of predicted to gold spans (types not compared).

    Returns, for each prediction, the index of its gold span or None. Among
    matchings of the same size, the predictions sharing the most characters
    with a gold span are served first, and each prefers the gold span it
    shares most with (so of "neural machine translation" and "translation
    models" for gold "neural machine translation", the first is the hit).
    """
    candidates = [
        sorted((j for j, g in enumerate(gold) if compatible(p, g, mode)), key=lambda j: -_shared(p, gold[j]))
        for p in predicted
    ]
    best = [(_shared(p, gold[c[0]]) if c else 0) for p, c in zip(predicted, candidates, strict=True)]
    order = sorted(range(len(predicted)), key=lambda i: -best[i])
    assignment = max_matching([candidates[i] for i in order], len(gold))
    result: list[int | None] = [None] * len(predicted)
    for position, i in enumerate(order):
        result[i] = assignment[position]
    return result


@dataclass(frozen=True, slots=True)
class Error:
    """A false positive (``fp``) or false negative (``fn``) with its context.

    ``note`` says what the other side had on overlapping characters, e.g.
    ``"predicted Method 'Fast R-CNN'"`` for a missed gold Task, or ``"gold
    OtherScientificTerm 'CRF'"`` for a spurious prediction; "" when nothing.
    """

    doc: str
    kind: str
    type: str
    field: str
    start: int
    end: int
    text: str
    note: str


def _note(span: Span, others: Iterable[Span], doc: Document) -> str:
    near = [o for o in others if compatible(o, span, "overlap") and o != span]
    near.sort(key=lambda o: (-_shared(o, span), o.start, o.type))
    return "; ".join(f"{o.type} {doc.text(o)!r}" for o in near[:2])


def score_document(
    doc: Document, predicted: Sequence[Span], mode: str, types: Sequence[str] = SCORED_TYPES
) -> tuple[dict[str, Counts], list[Error]]:
    """Counts per type (no ``micro``) and the errors of one document.

    Per type, predictions and gold mentions of that type are matched one to
    one (:func:`match`); an unmatched prediction that matches a ``neutral``
    span of its type (same ``mode``) is dropped, any other is a false positive;
    an unmatched gold mention is a false negative.
    """
    counts: dict[str, Counts] = {}
    errors: list[Error] = []
    for etype in types:
        gold = [g for g in doc.gold if g.type == etype]
        pred = [p for p in predicted if p.type == etype]
        neutral = [n for n in doc.neutral if n.type == etype]
        assignment = match(pred, gold, mode)
        found = {j for j in assignment if j is not None}
        fps = [
            p
            for p, j in zip(pred, assignment, strict=True)
            if j is None and not any(compatible(p, n, mode) for n in neutral)
        ]
        fns = [g for j, g in enumerate(gold) if j not in found]
        counts[etype] = Counts(len(found), len(fps), len(fns))
        for kind, spans, others, label in (
            ("fp", fps, doc.original or doc.gold, "gold"),
            ("fn", fns, predicted, "predicted"),
        ):
            for s in spans:
                note = _note(s, others, doc)
                errors.append(
                    Error(doc.id, kind, etype, s.field, s.start, s.end, doc.text(s), f"{label} {note}" if note else "")
                )
    return counts, errors


def _untyped(spans: Iterable[Span]) -> list[Span]:
    return list(dict.fromkeys(Span(s.field, s.start, s.end, "") for s in spans))


def untyped_counts(doc: Document, predicted: Sequence[Span], mode: str) -> Counts:
    """Counts with types ignored: spans only (predictions repeated under two
    types count once; neutral spans are dropped as in :func:`score_document`)."""
    pred, gold, neutral = _untyped(predicted), _untyped(doc.gold), _untyped(doc.neutral)
    assignment = match(pred, gold, mode)
    tp = sum(1 for j in assignment if j is not None)
    unmatched = [p for p, j in zip(pred, assignment, strict=True) if j is None]
    fp = sum(1 for p in unmatched if not any(compatible(p, n, mode) for n in neutral))
    return Counts(tp, fp, len(gold) - tp)


@dataclass
class Result:
    """Counts per row (each scored type, ``micro``, ``any type``) and the errors of one reading."""

    counts: dict[str, Counts]
    errors: list[Error] = field(default_factory=list)


def score(
    documents: Sequence[Document],
    predictions: Sequence[Sequence[Span]],
    mode: str,
    types: Sequence[str] = SCORED_TYPES,
) -> Result:
    """Micro counts over documents: one row per type, ``micro`` (their sum)
    and ``any type`` (spans with types ignored, not part of ``micro``)."""
    counts = {t: Counts() for t in types}
    untyped = Counts()
    errors: list[Error] = []
    for doc, pred in zip(documents, predictions, strict=True):
        per_type, doc_errors = score_document(doc, pred, mode, types)
        for etype, c in per_type.items():
            counts[etype] += c
        untyped += untyped_counts(doc, pred, mode)
        errors.extend(doc_errors)
    counts[MICRO] = sum((counts[t] for t in types), Counts())
    counts[ANY_TYPE] = untyped
    return Result(counts, errors)


# ---------------------------------------------------------------- running


def load_extractor() -> float:
    """Build the extractor's shared pipeline now (an empty run); return the seconds it took,
    so that the extraction timings below leave the one-off load out."""
    from claimgraph.extract import extract

    started = time.perf_counter()
    list(extract([]))
    return time.perf_counter() - started


def run_extractor(papers: Sequence, jobs: int = 1, extract: Callable | None = None) -> tuple[list, float]:
    """Run the extractor on papers (``claimgraph.ingest.model.Paper``); return
    the extractions in input order and the seconds taken (call
    :func:`load_extractor` first to leave the pipeline's load out)."""
    if extract is None:
        from claimgraph.extract import extract
    started = time.perf_counter()
    extractions = list(extract(papers, jobs=jobs))
    seconds = time.perf_counter() - started
    for paper, extraction in zip(papers, extractions, strict=True):
        if extraction.id != paper.id:
            raise RuntimeError(f"extractor returned paper {extraction.id!r} where {paper.id!r} was expected")
    return extractions, seconds


def predict(documents: Sequence[Document], jobs: int = 1, extract: Callable | None = None):
    """Extract every document (title and abstract); return its predicted spans and the seconds taken."""
    from claimgraph.ingest.model import Paper

    papers = [Paper(id=d.id, title=d.title, abstract=d.abstract) for d in documents]
    extractions, seconds = run_extractor(papers, jobs, extract)
    return [predicted_spans(e) for e in extractions], seconds


# ---------------------------------------------------------------- reporting


def fmt(value: float | None) -> str:
    """A ratio with three decimals, or a dash when undefined."""
    return "    - " if value is None else f"{value:6.3f}"


def table(results: Mapping[str, Result], rows: Sequence[str] | None = None) -> str:
    """A compact table: per row, the gold count and P / R / F1 for each reading in ``results``."""
    modes = list(results)
    rows = list(rows or next(iter(results.values())).counts)
    head = f"{'type':<9} {'gold':>5}" + "".join(f" | {m + ' P':>9} {'R':>6} {'F1':>6}" for m in modes)
    lines = [head, "-" * len(head)]
    for row in rows:
        first = results[modes[0]].counts[row]
        line = f"{row:<9} {first.tp + first.fn:>5}"
        for m in modes:
            c = results[m].counts[row]
            line += f" | {fmt(c.precision):>9} {fmt(c.recall)} {fmt(c.f1)}"
        lines.append(line)
    return "\n".join(lines)


def print_errors(errors: Sequence[Error], documents: Mapping[str, Document], limit: int, mode: str) -> None:
    """Print up to ``limit`` false negatives and false positives per type with their sentence."""
    if limit <= 0:
        return
    for etype in SCORED_TYPES:
        for kind, label in (("fn", "missed (false negatives)"), ("fp", "spurious (false positives)")):
            chosen = [e for e in errors if e.type == etype and e.kind == kind][:limit]
            if not chosen:
                continue
            print(f"\n{etype} {label}, {mode} match (first {len(chosen)}):")
            for e in chosen:
                doc = documents[e.doc]
                context = sentence_around(doc.title if e.field == "title" else doc.abstract, e.start, e.end)
                note = f"  [{e.note}]" if e.note else ""
                print(f"  {e.text!r}{note}  <- {e.doc}: {context}")


def sentence_around(text: str, start: int, end: int, width: int = 220) -> str:
    """The sentence of ``text`` holding ``[start, end)`` (cut to about ``width`` characters).

    >>> sentence_around("One. Two words here. Three.", 9, 14)
    'Two words here.'
    """
    left = text.rfind(". ", 0, start)
    left = 0 if left < 0 else left + 2
    right = text.find(". ", end)
    right = len(text) if right < 0 else right + 1
    if right - left > width:
        left = max(left, start - width // 2)
        right = min(right, max(end, left + width))
        return ("..." if left else "") + text[left:right] + "..."
    return text[left:right]


def tree_state() -> dict[str, object]:
    """The git commit of the project and whether the work tree has changes (read-only git calls)."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=20, check=True
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    commit = git("rev-parse", "HEAD")
    return {"commit": commit or None, "dirty": bool(git("status", "--porcelain", "--untracked-files=no"))}


def meta(**extra: object) -> dict[str, object]:
    """The common header of a JSON result: when, on what tree, plus ``extra``."""
    return {
        "measured_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        **tree_state(),
        **extra,
    }


def result_json(result: Result, errors: int = 0) -> dict:
    """A reading's counts as JSON (and up to ``errors`` errors per type and kind)."""
    out: dict[str, object] = {"scores": {row: c.as_dict() for row, c in result.counts.items()}}
    if errors > 0:
        taken: dict[tuple[str, str], int] = {}
        kept = []
        for e in result.errors:
            key = (e.type, e.kind)
            if taken.get(key, 0) < errors:
                taken[key] = taken.get(key, 0) + 1
                kept.append(asdict(e))
        out["errors"] = kept
    return out


def write_json(target: str, payload: dict) -> None:
    """Write ``payload`` to the file ``target``, or to stdout for "-"."""
    text = json.dumps(payload, indent=2, sort_keys=False) + "\n"
    if target == "-":
        sys.stdout.write(text)
    else:
        Path(target).write_text(text, encoding="utf-8")
        print(f"wrote {target}", file=sys.stderr)


def common_arguments(parser: argparse.ArgumentParser, data_dir: Path, unit: str = "documents") -> None:
    """The options every external benchmark takes (``unit`` names what ``--limit`` counts)."""
    parser.add_argument("--data-dir", type=Path, default=data_dir, help=f"dataset folder (default: {data_dir})")
    parser.add_argument("--jobs", type=int, default=1, help="extractor worker processes")
    parser.add_argument("--limit", type=int, default=0, help=f"only the first N {unit} (0: all)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N misses and N spurious per type")
    parser.add_argument(
        "--json",
        nargs="?",
        const="-",
        default=None,
        metavar="PATH",
        help="write the results as JSON to PATH (stdout when PATH is left out or '-')",
    )
