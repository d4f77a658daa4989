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

Once those had all been read too (session 22), forks of that repository that list other days and categories gave
fresh text: ``--fork OWNER/NAME=CLONE.git@COMMIT`` (repeatable) writes only the forks' papers that neither
``realabs`` nor the ``--repo`` listings hold, the first fork's copy of a paper winning. Session 23 used
``junle-chen/daily-arXiv-gemini-enhanced`` (commit 2a4d4d3d0d5873fb0a3a0edeefbffc32f7b11afa, 2025-06 to 2025-12),
``xmkxabc/daily-arXiv-ai-enhanced`` (b93b8b7be9cd194d9db9c0b240edddf5e44fdf57) and
``KAFKA2306/daily-arXiv-ai-enhanced`` (c8454e0f4d92642ac337be190572a877024686f1): 25,903 papers, mostly cs.LG and
cs.AI.
Session 26 read eight more forks at their branch tips (OWNER/daily-arXiv-ai-enhanced for zzhaozeng@9dbbba27,
springkill@77760e93, Casablancassss@95e4e5fa, 70asunflower@a59d3cfc, InfiniteNightmare@39ae3eaf,
StringsLi@c28496d5, Jiayihua2001@3beb2240, MYZhangwww@bf29c803): 14,127 papers listed from 2025-11 to 2026-08, of
which 13,928 were neither read nor judged before. A listing file that is not UTF-8 (one fork saved a day as
UTF-16) is skipped and named on stderr, like a line that is not JSON.
Session 27 read 47 more forks (``benchmarks/forks-session27.txt``: OWNER/NAME@COMMIT in the order given to ``--fork``;
ZhianLin, linyueqian, LinFei83, dkhonker and dongxingan gave most): after dropping every paper read, judged or
listed by an earlier fork, 56,919 papers with a category of ``realabs``'s (cs.CL, cs.LG, cs.AI, cs.CV, cs.IR,
cs.NE, cs.MA, stat.ML) and 84,983 others, most listed 2025-03 to 2026-08.
Session 30 read 73 more forks and copies of it (``benchmarks/forks-session30.txt``, in ``--fork`` order;
merlinarer, UynajGI, yp51md and LHaiC gave most, 34 gave nothing unread): after the same drops, and dropping
session 27's papers by id or title, 14,111 papers with a category of ``realabs``'s and 61,833 others, listed
2024-09 to 2026-08 (most from 2025-12 on).

Usage::

    python benchmarks/unread_listings.py --repo CLONE.git -o listings.jsonl
    python benchmarks/unread_listings.py --repo CLONE.git --fork OWNER/NAME=FORK.git@COMMIT ... -o fresh.jsonl
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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

COMMIT = "b4c542b7d61bff39f8b999b45b43f62b2bb94f75"
SOURCE = "dw-dengwei/daily-arXiv-ai-enhanced"
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


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True).stdout


def listings(repo: Path, commit: str) -> Iterator[tuple[str, dict]]:
    """Every record of every daily listing file, in date order, with its path."""
    tree = _git(repo, "ls-tree", "-r", "--name-only", commit).decode("utf-8")
    paths = sorted(p for p in tree.split() if _LISTING.fullmatch(p))
    for path in paths:
        try:
            text = _git(repo, "show", f"{commit}:{path}").decode("utf-8")
        except subprocess.CalledProcessError:  # listed in the tree, its blob not in this clone
            print(f"{path}: not in the clone, skipped", file=sys.stderr)
            continue
        except UnicodeDecodeError as error:  # a fork saved one day as UTF-16
            print(f"{path}: not UTF-8 text ({error.reason} at byte {error.start}), skipped", file=sys.stderr)
            continue
        for number, line in enumerate(text.splitlines(), 1):
            try:
                yield path, json.loads(line)
            except ValueError:
                print(f"{path}:{number}: not JSON, skipped", file=sys.stderr)


@dataclass(frozen=True)
class Fork:
    """A repository of the same layout, read at one commit: ``OWNER/NAME=GITDIR@COMMIT``."""

    name: str
    repo: Path
    commit: str

    @classmethod
    def parse(cls, text: str) -> Fork:
        name, _, place = text.partition("=")
        repo, _, commit = place.rpartition("@")
        if not name or not repo or not commit:
            raise argparse.ArgumentTypeError(f"{text!r}: expected OWNER/NAME=GITDIR@COMMIT")
        return cls(name, Path(repo), commit)


class _Unread:
    """The papers read so far (by id and normalised title), and the new ones kept, first seen first."""

    def __init__(self, read: Iterable[dict]) -> None:
        self.ids: set[str] = set()
        self.titles: set[str] = set()
        self.papers: dict[str, dict] = {}
        for record in read:
            self.ids.add(record["id"])
            self.titles.add(title_key(record["title"]))

    def take(self, records: Iterable[tuple[str, dict]], source: str) -> None:
        for path, record in records:
            pid, title = record.get("id"), " ".join(html.unescape(record.get("title") or "").split())
            abstract = clean_abstract(record.get("summary") or "")
            if not pid or pid in self.ids or title_key(title) in self.titles or not kept(title, abstract):
                continue
            self.ids.add(pid)
            self.titles.add(title_key(title))
            self.papers[pid] = {
                "id": pid,
                "title": title,
                "abstract": abstract,
                "date": path[5:15],
                "source": f"{source}:{path}",
            }

    def sorted(self) -> list[dict]:
        return [self.papers[pid] for pid in sorted(self.papers)]


def unread(repo: Path, commit: str, realabs: Path, forks: Sequence[Fork] = ()) -> list[dict]:
    """The listings' papers that ``realabs`` does not hold, cleaned and deduplicated, sorted by id; with
    ``forks``, only the forks' papers that neither ``realabs`` nor those listings hold."""
    with gzip.open(realabs, "rt", encoding="utf-8") as handle:
        found = _Unread(json.loads(line) for line in handle)
    found.take(listings(repo, commit), SOURCE)
    if not forks:
        return found.sorted()
    found.papers.clear()  # read now: their ids and titles stay in found.ids and found.titles
    for fork in forks:
        found.take(listings(fork.repo, fork.commit), fork.name)
    return found.sorted()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, required=True, help="git directory of a clone of the listings repo")
    parser.add_argument("--commit", default=COMMIT)
    parser.add_argument("--realabs", type=Path, default=REALABS)
    parser.add_argument(
        "--fork",
        type=Fork.parse,
        action="append",
        default=[],
        metavar="OWNER/NAME=GITDIR@COMMIT",
        help="another listings repository of the same layout; write only its unread papers",
    )
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    papers = unread(args.repo, args.commit, args.realabs, args.fork)
    tmp = args.out.with_name(args.out.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as handle:
        for paper in papers:
            handle.write(json.dumps(paper, ensure_ascii=False) + "\n")
    tmp.replace(args.out)
    print(f"{len(papers):,} unread papers -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
