"""benchmarks/unread_listings.py: the listings' papers that realabs does not hold, from a tiny git repository."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.benchmarks.helpers import load_script

ul = load_script("unread_listings")

LONG = "We propose FooNet, a method for image classification that " + "works well " * 30 + "on ImageNet."


def _record(pid: str, title: str, summary: str = LONG) -> str:
    return json.dumps({"id": pid, "title": title, "summary": summary, "categories": ["cs.CV"]})


@pytest.fixture
def listings_repo(tmp_path: Path) -> tuple[Path, str, Path]:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    day_one = [
        _record("2601.00001", "Read Before: A Paper in realabs"),
        _record("2601.00002", "FooNet:  Sparse   Attention"),
        "not json",
        _record("2601.00003", "Too Short", "An abstract of a few words."),
        _record("2601.00004", "Cut Off Abstract", LONG + " ..."),
        _record("2601.00005", "Same Title As realabs: Another Id"),
    ]
    day_two = [_record("2601.00002", "FooNet: a later title"), _record("2601.00006", "foonet sparse attention")]
    (repo / "data" / "2026-01-01.jsonl").write_text("\n".join(day_one) + "\n")
    (repo / "data" / "2026-01-02.jsonl").write_text("\n".join(day_two) + "\n")
    (repo / "data" / "2026-01-02.md").write_text("not a listing\n")
    (repo / "data" / "2026-01-03.jsonl").write_bytes(_record("2601.00007", "Saved As UTF-16").encode("utf-16"))
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "listings"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    realabs = tmp_path / "realabs.jsonl.gz"
    with gzip.open(realabs, "wt", encoding="utf-8") as handle:
        for pid, title in [("2601.00001", "Read Before"), ("2512.00009", "Same title as REALABS - another id")]:
            handle.write(json.dumps({"id": pid, "title": title, "abstract": LONG}) + "\n")
    return repo, commit, realabs


def test_only_unread_kept_clean_and_first_seen(listings_repo, capsys):
    repo, commit, realabs = listings_repo
    papers = ul.unread(repo, commit, realabs)
    assert [p["id"] for p in papers] == ["2601.00002"]
    [paper] = papers
    assert paper["title"] == "FooNet: Sparse Attention"  # the first listing wins, spaces collapsed
    assert paper["date"] == "2026-01-01"
    assert paper["source"] == "dw-dengwei/daily-arXiv-ai-enhanced:data/2026-01-01.jsonl"
    err = capsys.readouterr().err
    assert "data/2026-01-01.jsonl:3: not JSON, skipped" in err
    assert "data/2026-01-03.jsonl: not UTF-8 text (invalid start byte at byte 0), skipped" in err


def test_main_writes_sorted_json_lines(listings_repo, tmp_path):
    repo, commit, realabs = listings_repo
    out = tmp_path / "unread.jsonl"
    assert ul.main(["--repo", str(repo), "--commit", commit, "--realabs", str(realabs), "-o", str(out)]) == 0
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["2601.00002"]
    assert not out.with_name(out.name + ".tmp").exists()


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("We study\nauctions &amp; bids.", "We study auctions & bids."),
        ("First part.\n  Second part\nwraps.", "First part.\nSecond part wraps."),
        ("First part.\n\nSecond part.", "First part.\nSecond part."),
    ],
)
def test_clean_abstract_joins_wraps_and_keeps_paragraphs(summary, expected):
    assert ul.clean_abstract(summary) == expected


def test_forks_give_only_papers_neither_realabs_nor_the_listings_hold(listings_repo, tmp_path):
    repo, commit, realabs = listings_repo
    fork_repo = tmp_path / "fork"
    (fork_repo / "data").mkdir(parents=True)
    records = [
        _record("2601.00001", "Read Before: A Paper in realabs"),  # in realabs
        _record("2601.00002", "FooNet: Sparse Attention"),  # in the listings
        _record("2601.00007", "foonet: sparse attention!"),  # the listings' title under another id
        _record("2601.00008", "BarNet: Dense Attention"),
    ]
    (fork_repo / "data" / "2026-02-01.jsonl").write_text("\n".join(records) + "\n")
    git = ["git", "-C", str(fork_repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "fork"], check=True)
    fork = ul.Fork.parse(f"someone/daily-fork={fork_repo}@HEAD")
    papers = ul.unread(repo, commit, realabs, [fork])
    assert [(p["id"], p["source"]) for p in papers] == [("2601.00008", "someone/daily-fork:data/2026-02-01.jsonl")]


@pytest.mark.parametrize("text", ["no-equals-sign", "owner/name=/path/without/commit", "=/path@abc"])
def test_a_malformed_fork_is_refused(text):
    with pytest.raises(ul.argparse.ArgumentTypeError):
        ul.Fork.parse(text)


def test_a_listing_missing_from_the_clone_is_skipped_and_named(listings_repo, monkeypatch, capsys):
    repo, commit, realabs = listings_repo
    git = ul._git

    def partial_clone(where: Path, *args: str) -> bytes:  # the first day's blob absent, as in a shallow mirror
        if args[0] == "show" and args[1].endswith("2026-01-01.jsonl"):
            raise subprocess.CalledProcessError(128, ["git", *args])
        return git(where, *args)

    monkeypatch.setattr(ul, "_git", partial_clone)
    assert [p["id"] for p in ul.unread(repo, commit, realabs)] == ["2601.00002", "2601.00006"]
    assert "data/2026-01-01.jsonl: not in the clone, skipped" in capsys.readouterr().err
