"""Which judged facts the code still makes: the judged samples' papers rebuilt, their facts matched.

Rules are tuned on the errors of earlier judged samples (issue #17), and a rule that removes judged-wrong
facts may remove judged-correct ones too. This script rebuilds the graph of every paper of the judged files
with the code installed (``fact_precision.build_sample_graph``), lists the facts it makes
(``fact_precision.all_facts``) and tells, for each judged fact, whether the code still makes it:

- ``outperforms``, ``evaluated_on``, ``uses``: the same paper, sentence start, head and tail;
- ``metric_value``: the same paper, quantity, metric, listing, subject and dataset;
- ``proposes``: the same paper and entity.

Node ids are compared without their type ("Method:foonet" and "Model:foonet" are one name), so a name typed
anew is the same fact, and a name shown otherwise (a long form for its short form) is not. The graph holds the
judged papers only, not the sample each was drawn from, so names typed by other papers of that sample may
differ. It prints, per kind, the judged facts still made and gone by verdict, and the strict precision of
those still made; ``-o`` writes the judged records with a ``still`` field (true, false, or null for a paper
the ``--data`` files lack).

Usage::

    python benchmarks/judged_recheck.py tests/data/judged/facts-seed*.jsonl \\
        --data ../shared/data/realabs/realabs.jsonl.gz --data listings.jsonl --data fresh.jsonl -o still.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fact_precision import KINDS, Fact, all_facts, build_sample_graph, read_pooled  # noqa: E402

from claimgraph.errors import InputError  # noqa: E402

RELATIONS = ("outperforms", "evaluated_on", "uses")
VERDICTS = ("correct", "partly", "wrong")


def _name(node: str | None) -> str | None:
    """A node id without its type: "Method:foonet" -> "foonet"."""
    return node.split(":", 1)[-1] if node else node


def fact_key(kind: str, paper: str, detail: dict) -> tuple:
    """What makes two facts of ``kind`` the same fact (see the module's list)."""
    if kind in RELATIONS:
        return (kind, paper, detail.get("start"), _name(detail.get("head")), _name(detail.get("tail")))
    if kind == "metric_value":
        fields = ("quantity", "metric", "shown_in")
        names = (_name(detail.get("subject")), _name(detail.get("dataset")))
        return (kind, paper, *(detail.get(f) for f in fields), *names)
    return (kind, paper, _name(detail.get("entity")))


def paper_lines(paths: Sequence[Path], wanted: set[str]) -> dict[str, bytes]:
    """The JSON line of each wanted paper id, from the first of ``paths`` that holds it."""
    found: dict[str, bytes] = {}
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as handle:
            for line in handle:
                if line.strip():
                    paper = json.loads(line).get("id")
                    if paper in wanted and paper not in found:
                        found[paper] = line.rstrip(b"\r\n")
    return found


def made_keys(facts: Iterable[Fact]) -> set[tuple]:
    return {fact_key(f.kind, f.paper, f.detail) for f in facts}


def recheck(records: list[dict], data: Sequence[Path], *, jobs: int = 1) -> list[dict]:
    """The judged ``records`` with ``still``: whether the code makes each fact again (None: paper not found)."""
    found = paper_lines(data, {r["paper"] for r in records})
    lines = [found[paper] for paper in sorted(found)]
    made = made_keys(f for facts in all_facts(build_sample_graph(lines, jobs=jobs)).values() for f in facts)
    out = []
    for record in records:
        still = fact_key(record["kind"], record["paper"], record["detail"]) in made
        out.append({**record, "still": still if record["paper"] in found else None})
    return out


def table(records: Iterable[dict]) -> str:
    """Per kind: judged facts still made / gone by verdict, and strict precision of those still made."""
    counts = Counter((r["kind"], r["judgement"], r["still"]) for r in records)
    rows = [f"{'kind':<13} " + " ".join(f"{v + ' made/gone':>19}" for v in VERDICTS) + "  precision made   unknown"]
    for kind in KINDS:
        cells = [f"{counts[kind, v, True]:>9} / {counts[kind, v, False]:<7}" for v in VERDICTS]
        made = sum(counts[kind, v, True] for v in VERDICTS)
        precision = f"{counts[kind, 'correct', True] / made:.3f}" if made else "-"
        unknown = sum(counts[kind, v, None] for v in VERDICTS)
        rows.append(f"{kind:<13} " + " ".join(cells) + f"  {precision:>14}  {unknown:>8}")
    return "\n".join(rows) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("judged", type=Path, nargs="+", help="judged files (pooled)")
    parser.add_argument(
        "--data", type=Path, action="append", required=True, help="JSON Lines papers (maybe .gz); repeatable"
    )
    parser.add_argument("-o", "--out", type=Path, help="write the judged records with a `still` field")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes (same result for any number)")
    args = parser.parse_args(argv)
    try:
        records = recheck(read_pooled(args.judged), args.data, jobs=args.jobs)
    except (InputError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(table(records), end="")
    if args.out:
        tmp = args.out.with_name(args.out.name + ".tmp")
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        tmp.replace(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
