"""Precision of the facts a user reads, judged by a person on a fixed random sample.

``sample`` builds the graph of a seeded random sample of ``realabs`` abstracts in
memory (ingest, extract, resolve, build_graph) and draws a seeded random sample of
facts of each kind:

- ``metric_value``: a number bound to a metric, as a user sees it in a
  ``leaderboard()`` row (metric known; with subject and dataset) or counted by the
  ``claims_per_metric`` query (a claim naming a Metric; no dataset);
- ``outperforms``, ``evaluated_on``, ``uses``: edges with their sentence;
- ``proposes``: a paper proposing an entity, shown with the title and abstract.

Papers of the held-out annotated split ``tests/data/recent-test.jsonl`` are
never drawn: they are dropped from the paper sample, so the samples of earlier
seeds (drawn before that split existed, from none of its papers) are unchanged
and no judged note can lead anyone to tune on a test paper.

It writes them as JSON Lines with an empty ``judgement`` ("correct", "partly" or
"wrong") and ``note``, and a Markdown rendering to read while judging. The same
data, sizes and seed give the same bytes.

``score`` reads one or more judged files and prints, per kind, the judged facts,
the correct, partly right and wrong ones, and the strict precision
(correct/judged) with its 95% Wilson interval; facts left unjudged are counted
apart. Several files are pooled; a fact may be in only one of them.

``agree`` compares two independent judgings of the same facts (matched by kind
and id): per kind, how often the two verdicts are the same, how often both or
neither say "correct", Cohen's kappa of "correct" against the rest, and each
judging's strict precision.

Usage::

    python benchmarks/fact_precision.py sample -o facts.jsonl [--papers 2000] [--per-kind 60] [--seed 0]
    python benchmarks/fact_precision.py score facts.jsonl [more.jsonl ...] [--markdown table.md]
    python benchmarks/fact_precision.py agree first.jsonl second.jsonl [--markdown table.md]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from claimgraph.analysis import leaderboard
from claimgraph.analysis.leaderboard import SCORE_UNITS
from claimgraph.errors import InputError
from claimgraph.extract import extract
from claimgraph.graph import build_graph
from claimgraph.ingest import ingest
from claimgraph.resolve import resolve

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = PROJECT.parent / "shared" / "data" / "realabs" / "realabs.jsonl.gz"

KINDS: tuple[str, ...] = ("metric_value", "outperforms", "evaluated_on", "uses", "proposes")
JUDGEMENTS: tuple[str, ...] = ("correct", "partly", "wrong")
RELATIONS: tuple[str, ...] = ("outperforms", "evaluated_on", "uses")
#: z of a two-sided 95% interval.
Z95 = 1.959963984540054

GUIDE = {
    "metric_value": (
        "correct: the sentence states this value as this metric's score (a change where it says so) of this "
        "subject, on this dataset where one is shown; partly: the metric is right but the subject, the dataset "
        "or the role (score, change, baseline's score) is wrong; wrong: the number is not a value of this metric."
    ),
    "outperforms": (
        "correct: the sentence says the first does better than the second, both whole names; partly: the "
        "relation is right but a name is a fragment or too general; wrong: the sentence does not say so."
    ),
    "evaluated_on": (
        "correct: the method or model is evaluated on that dataset or benchmark; partly: right reading but a "
        "name is a fragment or too general; wrong: not an evaluation (e.g. a training set built by the paper)."
    ),
    "uses": (
        "correct: the first uses (builds on, contains, is trained with) the second; partly: right reading but a "
        "name is a fragment or too general; wrong: the sentence does not say so (e.g. 'akin to')."
    ),
    "proposes": (
        "correct: the paper introduces this model, method or dataset; partly: it introduces it but the name is a "
        "fragment or too general; wrong: the paper uses or compares with it without proposing it."
    ),
}


@dataclass(frozen=True)
class Fact:
    """One fact to judge: its kind, paper, readable form, supporting text and the graph items it comes from."""

    kind: str
    paper: str
    fact: str
    sentence: str
    detail: dict

    @property
    def id(self) -> str:
        """Stable id: a hash of the kind, paper, graph items and sentence."""
        key = json.dumps([self.kind, self.paper, self.detail, self.sentence], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def record(self) -> dict:
        return {
            "kind": self.kind,
            "id": self.id,
            "paper": self.paper,
            "fact": self.fact,
            "sentence": self.sentence,
            "judgement": "",
            "note": "",
            "detail": self.detail,
        }


# ------------------------------------------------------------------ sample


HELD_OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "recent-test.jsonl"


def held_out_ids(path: Path = HELD_OUT) -> frozenset[str]:
    """The ids of the papers of a JSON Lines file, gzip-compressed or not: by default the held-out
    annotated recent papers (none when the file is absent)."""
    if not path.is_file():
        return frozenset()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return frozenset(json.loads(line)["id"] for line in handle if line.strip())


def pool_ids(path: Path, papers: int, seed: int) -> frozenset[str]:
    """The ids of the papers that ``sample_lines(path, papers, seed)`` draws: a pool read while tuning,
    to keep out of a fresh sample."""
    return frozenset(json.loads(line).get("id") for line in sample_lines(path, papers, seed))


def excluded_ids(
    paths: Sequence[Path], data: Path, papers: int, seeds: Sequence[int | tuple[int, int]]
) -> frozenset[str]:
    """Papers a fresh sample must not draw: the held-out split, the papers of ``paths`` (JSON Lines with an
    ``id``, such as an annotated split) and the pools drawn with each of ``seeds``: ``papers`` abstracts, or
    the size a ``(seed, size)`` pair gives."""
    ids = set(held_out_ids())
    for extra in paths:
        ids |= held_out_ids(extra)
    for pool in seeds:
        pool_seed, size = pool if isinstance(pool, tuple) else (pool, papers)
        ids |= pool_ids(data, size, pool_seed)
    return frozenset(ids)


def seed_and_size(text: str) -> int | tuple[int, int]:
    """An ``--exclude-seed`` value: ``SEED``, or ``SEED:PAPERS`` for a pool drawn at another size."""
    seed, _, size = text.partition(":")
    return (int(seed), int(size)) if size else int(seed)


def sample_lines(path: Path, papers: int, seed: int, *, exclude: frozenset[str] = frozenset()) -> list[bytes]:
    """Return a seeded random sample of ``papers`` lines of the (gzip) JSON Lines file, kept in file order,
    without the lines whose ``id`` is in ``exclude`` (dropped after drawing, so other lines keep their draw)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        lines = [line for line in handle.read().splitlines() if line.strip()]
    chosen = sorted(random.Random(seed).sample(range(len(lines)), min(papers, len(lines))))
    return [lines[i] for i in chosen if not exclude or json.loads(lines[i]).get("id") not in exclude]


def build_sample_graph(lines: Sequence[bytes], *, jobs: int = 1) -> nx.MultiDiGraph:
    """Build the graph of JSON Lines paper records through the public pipeline."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.jsonl"
        path.write_bytes(b"".join(line + b"\n" for line in lines))
        papers = ingest([path]).papers
    extractions = list(extract(papers, jobs=jobs))
    return build_graph(papers, extractions, resolve(extractions))


def _label(G: nx.MultiDiGraph, node: str | None) -> str | None:
    return None if node is None else G.nodes[node].get("label") or node


def _targets(G: nx.MultiDiGraph, node: str, relation: str) -> list[str]:
    return list(dict.fromkeys(v for _, v, r in G.out_edges(node, data="relation") if r == relation))


def _number(value: float, high: float | None, unit: str | None) -> str:
    text = f"{value:g}" if high is None else f"{value:g}–{high:g}"
    return f"{text} {unit}" if unit else text


def _metric_fact(
    G: nx.MultiDiGraph,
    claim: str,
    quantity: dict,
    metric: str,
    metric_key: str | None,
    *,
    subject: str | None,
    dataset: str | None,
    relative: bool,
    shown_in: str,
) -> Fact:
    data = G.nodes[claim]
    number = _number(quantity["value"], quantity.get("high"), quantity.get("unit"))
    readable = f'{metric} = {number}{" (a change)" if relative else ""} ["{quantity.get("text")}"]'
    readable += f" | subject: {_label(G, subject) or '-'} | dataset: {_label(G, dataset) or '-'}"
    detail = {
        "claim": claim,
        "quantity": quantity.get("text"),
        "value": quantity["value"],
        "high": quantity.get("high"),
        "unit": quantity.get("unit"),
        "metric": metric,
        "metric_key": metric_key,
        "relative": relative,
        "subject": subject,
        "dataset": dataset,
        "shown_in": shown_in,
    }
    return Fact("metric_value", data.get("paper") or "", readable, data.get("text") or "", detail)


def _claims_per_metric(G: nx.MultiDiGraph) -> Iterable[tuple[str, dict, str, str]]:
    """(claim, quantity, metric label, metric key) as ``queries/claims_per_metric.rq`` counts them:
    a number whose comparison names the metric (its label or an alias) and reads it as an absolute score
    (role "score")."""
    for claim, data in G.nodes(data=True):
        if data.get("kind") != "Claim":
            continue
        metrics = [m for m in _targets(G, claim, "metric") if G.nodes[m].get("kind") == "Metric"]
        for q in data.get("quantities") or ():
            if q.get("value") is None or q.get("unit") not in SCORE_UNITS:
                continue
            comparisons = [c for c in data.get("comparisons") or () if c.get("quantity") == q.get("text")]
            named = {c["metric"].lower() for c in comparisons if c.get("metric") and c.get("role") == "score"}
            for m in metrics:
                label = G.nodes[m].get("label")
                names = {str(name).lower() for name in (label, *(G.nodes[m].get("aliases") or ())) if name}
                if label and names & named:
                    yield claim, q, label, m


def metric_value_facts(G: nx.MultiDiGraph) -> list[Fact]:
    """Numbers bound to a metric: leaderboard rows with a metric, then claims_per_metric bindings not among them."""
    facts: list[Fact] = []
    shown: set[tuple[str, str, str]] = set()
    for row in leaderboard(G, dataset=None):
        if row.metric is None:
            continue
        claim = G.nodes[row.claim]
        quantity = next(q for q in claim["quantities"] if q.get("text") == row.quantity and q["value"] == row.value)
        shown.add((row.claim, row.quantity, row.metric.lower()))
        facts.append(
            _metric_fact(
                G,
                row.claim,
                quantity,
                row.metric,
                row.metric_key,
                subject=row.subject,
                dataset=row.dataset,
                relative=row.relative,
                shown_in="leaderboard",
            )
        )
    for claim, quantity, metric, metric_key in _claims_per_metric(G):
        if (claim, quantity.get("text"), metric.lower()) in shown:
            continue
        comparison = next(
            (c for c in G.nodes[claim].get("comparisons") or () if c.get("quantity") == quantity.get("text")), {}
        )
        actors = [
            s
            for relation in ("subject", "baseline")
            for s in _targets(G, claim, relation)
            if G.nodes[s].get("kind") in ("Model", "Method")
        ]
        owner = str(comparison.get("model") or "").lower()  # the number's own model, as the leaderboard shows it
        subjects = [s for s in actors if owner and owner in {a.lower() for a in G.nodes[s].get("aliases") or ()}]
        subjects = subjects or ([] if owner else [s for s in _targets(G, claim, "subject") if s in actors])
        facts.append(
            _metric_fact(
                G,
                claim,
                quantity,
                metric,
                metric_key,
                subject=subjects[0] if subjects else None,
                dataset=None,
                relative=bool(comparison.get("relative", False)),
                shown_in="claims_per_metric",
            )
        )
    return facts


def relation_facts(G: nx.MultiDiGraph, relation: str) -> list[Fact]:
    """Every ``relation`` edge, with the sentence it was read from."""
    facts = []
    for u, v, data in G.edges(data=True):
        if data.get("relation") != relation:
            continue
        readable = f"{_label(G, u)} --{relation}--> {_label(G, v)}"
        detail = {"head": u, "tail": v, "field": data.get("field"), "start": data.get("start")}
        facts.append(Fact(relation, data.get("paper") or "", readable, data.get("sentence") or "", detail))
    return facts


def proposes_facts(G: nx.MultiDiGraph) -> list[Fact]:
    """Every ``proposes`` edge; no sentence supports one, so the text shown is the title and abstract."""
    facts = []
    for u, v, data in G.edges(data=True):
        if data.get("relation") != "proposes":
            continue
        paper = G.nodes[u]
        readable = f"paper proposes {_label(G, v)} ({G.nodes[v].get('kind')})"
        text = f"{paper.get('title') or ''}\n{paper.get('abstract') or ''}".strip()
        facts.append(Fact("proposes", data.get("paper") or "", readable, text, {"entity": v}))
    return facts


def all_facts(G: nx.MultiDiGraph) -> dict[str, list[Fact]]:
    """Every fact of each kind, without repeats, sorted by id."""
    found = {"metric_value": metric_value_facts(G), "proposes": proposes_facts(G)}
    found.update({relation: relation_facts(G, relation) for relation in RELATIONS})
    return {kind: sorted({f.id: f for f in found[kind]}.values(), key=lambda f: f.id) for kind in KINDS}


def draw(facts: Sequence[Fact], count: int, seed: int, kind: str) -> list[Fact]:
    """A seeded random sample of ``count`` facts (all of them when fewer), seeded per kind."""
    return random.Random(f"{seed}/{kind}").sample(list(facts), min(count, len(facts)))


def render_markdown(sample: dict[str, list[Fact]], header: str) -> str:
    """The sample as Markdown for a person to read while judging."""
    lines = [f"# Facts to judge: {header}", ""]
    lines += ["Judge each fact against the text quoted under it only; note the judgement in the JSON Lines file.", ""]
    for kind in KINDS:
        lines += [f"## {kind} ({len(sample[kind])})", "", f"_{GUIDE[kind]}_", ""]
        for n, fact in enumerate(sample[kind], 1):
            lines.append(f"{n}. **{fact.fact}** (paper {fact.paper}, id `{fact.id}`)")
            lines += ["", *(f"   > {text}" for text in fact.sentence.splitlines()), ""]
    return "\n".join(lines)


def run_sample(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    exclude = excluded_ids(args.exclude, args.data, args.exclude_papers or args.papers, args.exclude_seed)
    lines = sample_lines(args.data, args.papers, args.seed, exclude=exclude)
    G = build_sample_graph(lines, jobs=args.jobs)
    found = all_facts(G)
    sample = {kind: draw(found[kind], args.per_kind, args.seed, kind) for kind in KINDS}
    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        for kind in KINDS:
            for fact in sample[kind]:
                handle.write(json.dumps(fact.record(), ensure_ascii=False) + "\n")
    header = f"{args.data.name}, {len(lines)} papers, {args.per_kind} per kind, seed {args.seed}"
    if args.exclude or args.exclude_seed:
        pools = (
            f"the pool of seed {s[0]} ({s[1]} papers)" if isinstance(s, tuple) else f"the pool of seed {s}"
            for s in args.exclude_seed
        )
        kept_out = [*(path.name for path in args.exclude), *pools]
        header += f", without the papers of {', '.join(kept_out)}"
    markdown = args.markdown or out.with_suffix(".md")
    markdown.write_text(render_markdown(sample, header) + "\n", encoding="utf-8", newline="\n")
    print(f"{len(lines)} papers; facts found / drawn per kind:")
    for kind in KINDS:
        print(f"  {kind:<13} {len(found[kind]):>6} {len(sample[kind]):>4}")
    print(f"wrote {out} and {markdown} in {time.perf_counter() - started:.1f} s")


# ------------------------------------------------------------------- score


@dataclass(frozen=True)
class Tally:
    """Judgements of one kind of fact."""

    kind: str
    correct: int
    partly: int
    wrong: int
    unjudged: int

    @property
    def judged(self) -> int:
        return self.correct + self.partly + self.wrong

    @property
    def precision(self) -> float | None:
        """Strict precision: correct / judged (None when nothing is judged)."""
        return self.correct / self.judged if self.judged else None


def wilson(successes: int, total: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion.

    >>> [round(x, 3) for x in wilson(8, 10)]
    [0.49, 0.943]
    """
    if total == 0:
        raise ValueError("the interval of 0 trials is undefined")
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z / (1 + z * z / total) * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return max(0.0, centre - half), min(1.0, centre + half)


def _problem(record: object, seen: set[str]) -> str | None:
    """What is wrong with one record of a judged file, or None."""
    if not isinstance(record, dict):
        return "expected a JSON object"
    if record.get("kind") not in KINDS:
        return f"kind {record.get('kind')!r} is not one of {', '.join(KINDS)}"
    if not isinstance(record.get("id"), str) or record["id"] in seen:
        return f"id {record.get('id')!r} is missing or repeated"
    if record.get("judgement") not in ("", *JUDGEMENTS):
        allowed = ", ".join(f'"{j}"' for j in JUDGEMENTS)
        return f'judgement {record.get("judgement")!r} is not one of {allowed} (or "" for not judged)'
    if not isinstance(record.get("note", ""), str):
        return "note must be a string"
    return None


def numbered_records(path: Path) -> Iterator[tuple[int, dict]]:
    """The records of a judged file with their line numbers, checked line by line (blank lines skipped).

    Raises
    ------
    InputError
        Naming the file and line of the first record that is not a JSON object
        with a known ``kind``, a new ``id``, an allowed ``judgement`` (or "" for
        not yet judged) and a string ``note``.
    """
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, text in enumerate(handle, 1):
            if not text.strip():
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", path=str(path), line=number) from None
            problem = _problem(record, seen)
            if problem:
                raise InputError(problem, path=str(path), line=number)
            seen.add(record["id"])
            yield number, record


def read_judged(path: Path) -> list[dict]:
    """The records of a judged file, checked as :func:`numbered_records` checks them."""
    return [record for _, record in numbered_records(path)]


def tally(records: Iterable[dict]) -> list[Tally]:
    """One tally per kind present, in :data:`KINDS` order."""
    counts = Counter((record["kind"], record["judgement"]) for record in records)
    present = {kind for kind, _ in counts}
    return [
        Tally(kind, counts[kind, "correct"], counts[kind, "partly"], counts[kind, "wrong"], counts[kind, ""])
        for kind in KINDS
        if kind in present
    ]


def _precision_text(t: Tally) -> str:
    if t.precision is None:
        return "-"
    low, high = wilson(t.correct, t.judged)
    return f"{t.precision:.2f} [{low:.2f}, {high:.2f}]"


def text_table(tallies: Sequence[Tally]) -> str:
    """The tallies as an aligned plain-text table."""
    rows = [("kind", "judged", "correct", "partly", "wrong", "precision [95% Wilson]")]
    rows += [(t.kind, str(t.judged), str(t.correct), str(t.partly), str(t.wrong), _precision_text(t)) for t in tallies]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0]), *(cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True))]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def markdown_table(tallies: Sequence[Tally]) -> str:
    """The tallies as a Markdown table (precision strict: correct/judged)."""
    lines = [
        "| fact | judged | correct | partly | wrong | precision (95% Wilson interval) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for t in tallies:
        lines.append(f"| {t.kind} | {t.judged} | {t.correct} | {t.partly} | {t.wrong} | {_precision_text(t)} |")
    return "\n".join(lines)


def read_pooled(paths: Sequence[Path]) -> list[dict]:
    """The records of several judged files together.

    Raises
    ------
    InputError
        As :func:`read_judged`, and naming the file and line of a fact that an
        earlier file holds too (pooling would count it twice).
    """
    records: list[dict] = []
    first: dict[tuple[str, str], Path] = {}
    for path in paths:
        for number, record in numbered_records(path):
            key = (record["kind"], record["id"])
            if key in first:
                message = f"fact {record['id']} is in {first[key]} too: pool each fact once (see `agree`)"
                raise InputError(message, path=str(path), line=number)
            first[key] = path
            records.append(record)
    return records


def run_score(args: argparse.Namespace) -> None:
    tallies = tally(read_pooled(args.judged))
    print(text_table(tallies))
    unjudged = sum(t.unjudged for t in tallies)
    if unjudged:
        print(f"{unjudged} facts not judged yet (left out above)")
    if args.markdown:
        args.markdown.write_text(markdown_table(tallies) + "\n", encoding="utf-8", newline="\n")
        print(f"wrote {args.markdown}")


@dataclass(frozen=True)
class Agreement:
    """Two judgings of the same facts of one kind."""

    kind: str
    facts: int
    same: int  # the same verdict
    both_correct: int
    first_only: int  # "correct" in the first judging only
    second_only: int

    @property
    def correct_agreement(self) -> float:
        """Share of facts where both or neither judging says "correct"."""
        return (self.facts - self.first_only - self.second_only) / self.facts

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa of "correct" against the rest (None when chance agreement is total)."""
        first = (self.both_correct + self.first_only) / self.facts
        second = (self.both_correct + self.second_only) / self.facts
        chance = first * second + (1 - first) * (1 - second)
        return None if chance == 1 else (self.correct_agreement - chance) / (1 - chance)

    @property
    def precisions(self) -> tuple[float, float]:
        """Strict precision by the first judging and by the second."""
        return (
            (self.both_correct + self.first_only) / self.facts,
            (self.both_correct + self.second_only) / self.facts,
        )


def agreement(first: Iterable[dict], second: Iterable[dict]) -> list[Agreement]:
    """Per kind (in :data:`KINDS` order), the facts judged in both, compared; unjudged facts are left out."""
    theirs = {(r["kind"], r["id"]): r["judgement"] for r in second if r["judgement"]}
    pairs: dict[str, list[tuple[str, str]]] = {}
    for record in first:
        other = theirs.get((record["kind"], record["id"]))
        if record["judgement"] and other:
            pairs.setdefault(record["kind"], []).append((record["judgement"], other))
    rows = []
    for kind in KINDS:
        judged = pairs.get(kind)
        if not judged:
            continue
        verdicts = Counter((a == "correct", b == "correct") for a, b in judged)
        same = sum(a == b for a, b in judged)
        rows.append(
            Agreement(kind, len(judged), same, verdicts[True, True], verdicts[True, False], verdicts[False, True])
        )
    return rows


def agreement_table(rows: Sequence[Agreement]) -> str:
    """The agreements as a Markdown table."""
    lines = [
        '| fact | judged twice | same verdict | same on "correct" | kappa | precision: first / second |',
        "|---|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        kappa = "-" if row.kappa is None else f"{row.kappa:.2f}"
        first, second = row.precisions
        lines.append(
            f"| {row.kind} | {row.facts} | {row.same / row.facts:.2f} | {row.correct_agreement:.2f} | {kappa} "
            f"| {first:.2f} / {second:.2f} |"
        )
    return "\n".join(lines)


def judged_once(first: Iterable[dict], second: Iterable[dict]) -> int:
    """How many facts only one of two judgings has judged."""
    mine = {(r["kind"], r["id"]) for r in first if r["judgement"]}
    theirs = {(r["kind"], r["id"]) for r in second if r["judgement"]}
    return len(mine ^ theirs)


def check_same_facts(
    first: Iterable[dict], second: Iterable[tuple[int, dict]], first_path: Path, second_path: Path
) -> None:
    """Raise :class:`InputError` at the first numbered fact of ``second`` whose text differs from the same fact
    in ``first``."""
    facts = {(r["kind"], r["id"]): r.get("fact") for r in first}
    for number, record in second:
        fact = facts.get((record["kind"], record["id"]), record.get("fact"))
        if fact != record.get("fact"):
            message = (
                f"fact {record['id']} reads {record.get('fact')!r} here but {fact!r} in {first_path}: not one sample"
            )
            raise InputError(message, path=str(second_path), line=number)


def run_agree(args: argparse.Namespace) -> None:
    first, numbered = read_judged(args.first), list(numbered_records(args.second))
    check_same_facts(first, numbered, args.first, args.second)
    second = [record for _, record in numbered]
    rows = agreement(first, second)
    if not rows:
        raise InputError("no fact is judged in both files", path=str(args.second))
    table = agreement_table(rows)
    print(table)
    once = judged_once(first, second)
    if once:
        print(f"{once} facts judged in one file only (left out above)")
    if args.markdown:
        args.markdown.write_text(table + "\n", encoding="utf-8", newline="\n")
        print(f"wrote {args.markdown}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample", help="build the graph of a random sample of abstracts, draw facts to judge")
    sample.add_argument("-o", "--out", type=Path, required=True, help="JSON Lines file of facts to judge")
    sample.add_argument("--markdown", type=Path, help="Markdown rendering (default: OUT with suffix .md)")
    sample.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSON Lines papers, may be gzip-compressed")
    sample.add_argument("--papers", type=int, default=2000, help="abstracts to sample (default 2000)")
    sample.add_argument("--per-kind", type=int, default=60, help="facts to draw of each kind (default 60)")
    sample.add_argument("--seed", type=int, default=0)
    sample.add_argument("--jobs", type=int, default=1, help="extraction processes (same output for any number)")
    sample.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="JSON Lines file whose papers (by id) are never drawn (an annotated split read while tuning); repeatable",
    )
    sample.add_argument(
        "--exclude-seed",
        type=seed_and_size,
        action="append",
        default=[],
        help="never draw the papers that --exclude-papers and this seed draw (a pool read while tuning); "
        "SEED:PAPERS for a pool drawn at its own size; repeatable",
    )
    sample.add_argument(
        "--exclude-papers",
        type=int,
        help="the --papers each --exclude-seed pool was drawn with (default: --papers). Give it whenever this "
        "sample's --papers differs: Python draws another set for another size, not a superset",
    )
    score = commands.add_parser("score", help="precision per kind of judged files (several are pooled)")
    score.add_argument("judged", type=Path, nargs="+")
    score.add_argument("--markdown", type=Path, help="also write the table as Markdown to this file")
    agree = commands.add_parser("agree", help="agreement of two judgings of the same facts")
    agree.add_argument("first", type=Path)
    agree.add_argument("second", type=Path)
    agree.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    try:
        if args.command == "sample":
            run_sample(args)
        elif args.command == "agree":
            run_agree(args)
        else:
            run_score(args)
    except (InputError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
