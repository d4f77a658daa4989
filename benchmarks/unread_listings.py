"""Unread real abstracts for a fresh judged sample: the arXiv listings that ``realabs`` left out.

``../shared/data/realabs/`` took 32,668 papers from the daily arXiv listings of the public repository
``dw-dengwei/daily-arXiv-ai-enhanced`` (branch ``data``, commit b4c542b7d61bff39f8b999b45b43f62b2bb94f75,
``data/YYYY-MM-DD.jsonl``); the same files hold about 37,700 more papers
(mostly cs.AI, cs.CL, cs.CV and cs.LG).
Once every ``realabs`` paper has been read while tuning, these are text the rules have never seen. This script
reads them from a local clone (a git directory; ``git show COMMIT:PATH``, nothing is fetched), drops every paper
``realabs`` holds (by arXiv id or by normalised title), cleans them as ``realabs`` was cleaned, and writes
``realabs``'s record shape (id, title, abstract, date, source) as JSON Lines, sorted by id. Nothing of it is
copied into the project; the judged samples drawn from it keep the sentences they judged and the ids they read.

Usage::

    python benchmarks/unread_listings.py --repo CLONE.git -o listings.jsonl
    python benchmarks/fact_precision.py sample --data listings.jsonl --papers 4000 --per-kind 100 \
        --seed SEED -o facts.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

COMMIT = "b4c542b7d61bff39f8b999b45b43f62b2bb94f75"
REALABS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "realabs" / "realabs.jsonl.gz"
_LISTING = re.compile(r"data/\d{4}-\d\d-\d\d\.jsonl")
_PARAGRAPH = re.compile(r"\n(?:\s*\n| {2,})")  # a blank line, or a line indented by arXiv's paragraph mark


def title_key(title: str) -> str:
    """The normalised title ``realabs`` deduplicates by.

    >>> title_key("PLEX: Perturbation-free  Explanations")
    'plex perturbation free explanations'
    """
    return re.sub(r"\W+", " ", title.lower()).strip()


def clean_abstract(summary: str) -> str:
    """HTML entities unescaped, hard line wraps joined, paragraph breaks kept as one newline.

    >>> clean_abstract("We study\\nauctions &amp; bids.\\n  In this paper we\\nfocus.")
    'We study auctions & bids.\\nIn this paper we focus.'
    """
    paragraphs = _PARAGRAPH.split(html.unescape(summary).strip())
    return "\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def kept(title: str, abstract: str) -> bool:
    """``realabs``'s filter: abstracts of 300 characters or more not ending in an ellipsis, titles of 8 or more."""
    return len(abstract) >= 300 and not abstract.endswith(("...", "…")) and len(title) >= 8


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout


def listings(repo: Path, commit: str) -> Iterator[tuple[str, dict]]:
    """Every record of every daily listing file, in date order, with its path."""
    paths = sorted(p for p in _git(repo, "ls-tree", "-r", "--name-only", commit).split() if _LISTING.fullmatch(p))
    for path in paths:
        for number, line in enumerate(_git(repo, "show", f"{commit}:{path}").splitlines(), 1):
            try:
                yield path, json.loads(line)
            except ValueError:
                print(f"{path}:{number}: not JSON, skipped", file=sys.stderr)


def unread(repo: Path, commit: str, realabs: Path) -> list[dict]:
    """The listings' papers that ``realabs`` does not hold, cleaned and deduplicated, sorted by id."""
    with gzip.open(realabs, "rt", encoding="utf-8") as handle:
        real = [json.loads(line) for line in handle]
    ids, titles = {r["id"] for r in real}, {title_key(r["title"]) for r in real}
    papers: dict[str, dict] = {}
    for path, record in listings(repo, commit):
        pid, title = record.get("id"), " ".join(html.unescape(record.get("title") or "").split())
        abstract = clean_abstract(record.get("summary") or "")
        if not pid or pid in ids or pid in papers or title_key(title) in titles or not kept(title, abstract):
            continue
        titles.add(title_key(title))
        source = f"dw-dengwei/daily-arXiv-ai-enhanced:{path}"
        papers[pid] = {"id": pid, "title": title, "abstract": abstract, "date": path[5:15], "source": source}
    return [papers[pid] for pid in sorted(papers)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, required=True, help="git directory of a clone of the listings repo")
    parser.add_argument("--commit", default=COMMIT)
    parser.add_argument("--realabs", type=Path, default=REALABS)
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    papers = unread(args.repo, args.commit, args.realabs)
    tmp = args.out.with_name(args.out.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as handle:
        for paper in papers:
            handle.write(json.dumps(paper, ensure_ascii=False) + "\n")
    tmp.replace(args.out)
    print(f"{len(papers):,} unread papers -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
