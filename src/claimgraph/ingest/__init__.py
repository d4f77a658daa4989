"""The ingest stage: paper listings in, deduplicated :class:`Paper` records out.

Two entry points:

* :func:`iter_records` streams one single-source Paper per usable record
  (no deduplication), so multi-GB inputs are read in constant memory;
* :func:`ingest` reads everything and returns an :class:`IngestResult` with
  the unique papers (first-seen order over the input files sorted by path),
  the skipped records, the repaired ones and the counts.

Every record is either read into a paper or named in a :class:`Problem`; a
record kept after its unsafe characters (controls, lone surrogates) were
removed is also named, in a :class:`Repair`.

Formats (detected from content; ``format=`` overrides): ``dailypapers``
(Hugging Face Daily Papers page dumps), ``jsonl`` and ``arxiv-snapshot``
(JSON Lines), ``json`` (a JSON array), ``atom`` (arXiv API feeds).  Any of
them may be gzip-compressed.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from claimgraph.errors import InputError
from claimgraph.ingest.atom import read_atom
from claimgraph.ingest.dailypapers import read_dailypapers
from claimgraph.ingest.dedup import Deduplicator
from claimgraph.ingest.detect import FORMATS, check_format, detect_format
from claimgraph.ingest.jsonarray import read_jsonarray
from claimgraph.ingest.jsonlines import read_jsonlines
from claimgraph.ingest.model import Paper, Problem, Repair, Source
from claimgraph.ingest.paper_fields import MAX_FIELD_CHARS, Report
from claimgraph.ingest.sources import (
    SNIFF_BYTES,
    binary_reason,
    expand_inputs,
    iter_lines,
    open_input,
)

__all__ = [
    "FORMATS",
    "MAX_FIELD_CHARS",
    "IngestResult",
    "Paper",
    "Problem",
    "Repair",
    "Source",
    "ingest",
    "iter_records",
]

ProblemHandler = Callable[[Problem], None]
RepairHandler = Callable[[Repair], None]
#: ``progress(done_bytes, total_bytes)``: bytes read from disk so far.
ProgressHandler = Callable[[int, int], None]
PathLike = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What :func:`ingest` read.

    Attributes
    ----------
    papers : tuple of Paper
        The unique papers, in first-seen order over the sorted input files.
    problems : tuple of Problem
        Every skipped file, line or record, in reading order.
    records : int
        Usable records read (before deduplication).
    duplicates : int
        Records that were merged into an earlier paper.
    repairs : tuple of Repair
        Records that were kept after unsafe characters were removed from them.
    """

    papers: tuple[Paper, ...]
    problems: tuple[Problem, ...]
    records: int
    duplicates: int
    repairs: tuple[Repair, ...] = ()

    @property
    def count(self) -> int:
        """The number of unique papers."""
        return len(self.papers)


def _reporter(on_problem: ProblemHandler, on_repair: RepairHandler | None, strict: bool) -> Report:
    def report(item: Problem | Repair) -> None:
        if isinstance(item, Repair):
            if on_repair is not None:
                on_repair(item)
            return
        on_problem(item)
        if strict:
            raise InputError(item.message, path=item.path, line=item.line)

    return report


def _read_file(path: str, opened, format: str | None, report: Report) -> Iterator[Paper]:
    reason = binary_reason(opened.head)
    if reason:
        report(Problem(path, None, reason))
        return
    if not opened.head.removeprefix(b"\xef\xbb\xbf").strip() and len(opened.head) < SNIFF_BYTES:
        report(Problem(path, None, "empty file"))
        return
    name = format or detect_format(opened.head)
    if name == "json":
        yield from read_jsonarray(opened.stream, path, report)
    elif name == "atom":
        yield from read_atom(opened.stream, path, report)
    elif name in ("jsonl", "arxiv-snapshot"):
        yield from read_jsonlines(iter_lines(opened.stream), path, report, format=name)
    else:
        yield from read_dailypapers(iter_lines(opened.stream), path, report)


def iter_records(
    inputs: Iterable[PathLike],
    *,
    format: str | None = None,
    strict: bool = False,
    on_problem: ProblemHandler | None = None,
    on_repair: RepairHandler | None = None,
    progress: ProgressHandler | None = None,
) -> Iterator[Paper]:
    """Yield one single-source Paper per usable record of ``inputs``.

    Parameters
    ----------
    inputs : iterable of path-like
        Files and folders (walked recursively, hidden files skipped); files
        are read in order of their path.
    format : str, optional
        Read every file as this format instead of detecting it; one of
        :data:`FORMATS`.
    strict : bool
        Raise :class:`~claimgraph.errors.InputError` at the first problem.
    on_problem : callable, optional
        Called with each :class:`Problem` (a skipped file, line or record,
        or a file or folder that cannot be read).
    on_repair : callable, optional
        Called with each :class:`Repair` (a record kept after unsafe
        characters were removed from it).
    progress : callable, optional
        Called as ``progress(done_bytes, total_bytes)`` after each record and
        file, counting bytes read from disk.

    Raises
    ------
    InputError
        When an input path does not exist, or at the first problem when
        ``strict``.
    ConfigError
        When ``format`` is unknown.
    """
    check_format(format)
    counted = [0]

    def counting(problem: Problem) -> None:
        counted[0] += 1
        if on_problem is not None:
            on_problem(problem)

    report = _reporter(counting, on_repair, strict)
    files = expand_inputs(inputs, lambda path, reason: report(Problem(path, None, reason)))
    sizes = []
    for file in files:
        try:
            sizes.append(file.stat().st_size)
        except OSError:
            sizes.append(0)
    total = sum(sizes)
    done = 0
    for file, size in zip(files, sizes, strict=False):
        path = str(file)
        try:
            opened = open_input(file)
        except (OSError, EOFError, zlib.error) as exc:
            report(Problem(path, None, _describe(exc)))
            done += size
            continue
        before, found = counted[0], 0
        try:
            for paper in _read_file(path, opened, format, report):
                found += 1
                yield paper
                if progress is not None:
                    progress(done + opened.counter.count, total)
        except (OSError, EOFError, zlib.error) as exc:
            report(Problem(path, None, _describe(exc)))
        finally:
            opened.close()
        if found == 0 and counted[0] == before:
            report(Problem(path, None, "no paper records found"))
        done += size
        if progress is not None:
            progress(done, total)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, (gzip.BadGzipFile, EOFError, zlib.error)):
        return f"broken gzip file: {exc or 'it ends too early'}; rest of file skipped"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read: {exc.strerror}"
    return f"cannot read: {exc}"


def ingest(
    inputs: Iterable[PathLike],
    *,
    format: str | None = None,
    strict: bool = False,
    on_problem: ProblemHandler | None = None,
    on_repair: RepairHandler | None = None,
    progress: ProgressHandler | None = None,
) -> IngestResult:
    """Read ``inputs`` and return the deduplicated papers and what was skipped.

    Takes the same arguments as :func:`iter_records`.  The same id, arXiv
    id, or normalised title is one paper that keeps every :class:`Source`;
    its other fields come from the first source that has them.

    Examples
    --------
    >>> result = ingest(["seeds"])  # doctest: +SKIP
    >>> len(result.papers), result.records, result.duplicates  # doctest: +SKIP
    (221, 229, 8)
    """
    problems: list[Problem] = []
    repairs: list[Repair] = []

    def collect(problem: Problem) -> None:
        problems.append(problem)
        if on_problem is not None:
            on_problem(problem)

    def collect_repair(repair: Repair) -> None:
        repairs.append(repair)
        if on_repair is not None:
            on_repair(repair)

    dedup = Deduplicator()
    records = iter_records(
        inputs, format=format, strict=strict, on_problem=collect, on_repair=collect_repair, progress=progress
    )
    dedup.extend(records)
    return IngestResult(dedup.papers, tuple(problems), dedup.records, dedup.duplicates, tuple(repairs))
