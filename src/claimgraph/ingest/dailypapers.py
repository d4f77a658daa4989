"""Reader for Hugging Face "Daily Papers" page dumps (plain text).

A dump is the text of a listing page: some page chrome, then for every paper
its title and its abstract, optionally followed by a metadata block::

    • 6 authors
    ·
    Mar 1, 2024

Three layouts occur and are all read:

* paragraphs separated by blank lines: a title paragraph, an abstract
  paragraph (lines of one paragraph are joined with spaces, so a wrapped
  abstract is one abstract);
* the same with the metadata block after each abstract; the date line may end
  in the upvote count (``Sep 20, 2023 1``); a date with a year becomes ISO
  ``2023-09-20``, a date without one (``Feb 23``) is kept as written;
* a compact layout without blank lines, one title or abstract per line, where
  the first title is glued to the chrome word ``Subscribe``.  A paragraph is
  read line by line when one of its lines, other than the last, is longer
  than :data:`WRAP_WIDTH` characters (wrapped text never is).

Page chrome (``new``, ``Subscribe``, ``Daily Papers``, the "Get trending
papers" lines, ``byAK and the research community``, a bare page date such as
``Mar 14``) is never a title or an abstract.  Titles and abstracts alternate;
a title-shaped line followed by an abstract where an abstract was expected
means the previous title had no abstract (reported, and reading resyncs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimgraph.ingest.model import Paper, Problem, Source
from claimgraph.ingest.paper_fields import MONTH_PATTERN, RecordError, Report, build_paper
from claimgraph.ingest.sources import Line

FORMAT = "dailypapers"

#: A line longer than this inside a paragraph is a whole title or abstract.
WRAP_WIDTH = 200
#: Longest text that can be a title; longer text where a title is expected
#: is reported as an abstract without a title.
MAX_TITLE_CHARS = 300

CHROME = frozenset(
    {
        "new",
        "subscribe",
        "daily papers",
        "get trending papers in your email inbox!",
        "get trending papers in your email inbox once a day!",
        "byak and the research community",
    }
)
_GLUED_PREFIXES = ("Subscribe", "Daily Papers", "byAK and the research community")
_AUTHORS = re.compile(r"^[•·*\-]?\s*(\d+)\s+authors?$", re.IGNORECASE)
_SEPARATOR = re.compile(r"^[·•]$")
_DATE = re.compile(
    rf"^({MONTH_PATTERN}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)(?:\s+(\d+))?$",
    re.IGNORECASE,
)


@dataclass
class _Unit:
    """A title, abstract, chrome or metadata piece with its first line."""

    text: str
    line: int
    kind: str  # "content", "authors", "separator", "date", "chrome"
    error: str | None = None


def _classify(text: str) -> str:
    folded = " ".join(text.split()).casefold()
    if folded in CHROME:
        return "chrome"
    if _AUTHORS.match(folded):
        return "authors"
    if _SEPARATOR.match(folded):
        return "separator"
    if _DATE.match(" ".join(text.split())):
        return "date"
    return "content"


def _paragraph_units(lines: list[Line]) -> Iterator[_Unit]:
    """Split one blank-line separated paragraph into units."""
    pending: list[Line] = []

    def flush() -> Iterator[_Unit]:
        if not pending:
            return
        long_inside = any(len(line.text) > WRAP_WIDTH for line in pending[:-1])
        groups = [[line] for line in pending] if long_inside else [list(pending)]
        for group in groups:
            error = next((line.error for line in group if line.error), None)
            text = "\n".join(line.text for line in group)
            yield _Unit(text, group[0].number, "content", error)
        pending.clear()

    for line in lines:
        kind = _classify(line.text)
        if kind == "content":
            pending.append(line)
            continue
        yield from flush()
        yield _Unit(line.text, line.number, kind, line.error)
    yield from flush()


def _units(lines: Iterator[Line]) -> list[_Unit]:
    units: list[_Unit] = []
    paragraph: list[Line] = []
    for line in lines:
        if line.text.strip():
            paragraph.append(line)
        elif paragraph:
            units.extend(_paragraph_units(paragraph))
            paragraph = []
    units.extend(_paragraph_units(paragraph))
    _unglue_header(units)
    return units


def _unglue_header(units: list[_Unit]) -> None:
    """Strip chrome glued to the front of the first content unit."""
    for unit in units:
        if unit.kind != "content":
            continue
        stripped = unit.text.lstrip()
        for prefix in _GLUED_PREFIXES:
            rest = stripped[len(prefix) :]
            glued = rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in ("(", '"', "'", "[")
            if stripped.startswith(prefix) and glued:
                unit.text = rest
                break
        return


def _title_shaped(text: str) -> bool:
    text = text.strip()
    return len(text) <= MAX_TITLE_CHARS and not text.endswith(".")


def read_dailypapers(lines: Iterator[Line], path: str, report: Report) -> Iterator[Paper]:
    """Yield one Paper per title/abstract pair of a Daily Papers dump.

    Parameters
    ----------
    lines : iterator of Line
        The decoded lines of the file.
    path : str
        The file name used in sources and problems.
    report : callable
        Called with a :class:`Problem` for every skipped record, and with a
        :class:`~claimgraph.ingest.model.Repair` for a record that lost unsafe
        characters.
    """
    units = _units(lines)
    for unit in units:
        if unit.error:
            report(Problem(path, unit.line, unit.error))
    next_content: list[_Unit | None] = [None] * len(units)
    upcoming: _Unit | None = None
    for index in range(len(units) - 1, -1, -1):
        next_content[index] = upcoming
        if units[index].kind == "content":
            upcoming = units[index]
    title: _Unit | None = None
    abstract: _Unit | None = None
    meta: dict[str, object] = {}

    def finish() -> Iterator[Paper]:
        nonlocal title, abstract, meta
        if title is not None and abstract is None:
            report(Problem(path, title.line, f"title without an abstract: {title.text.strip()[:80]!r}"))
        elif title is not None and abstract is not None and not (title.error or abstract.error):
            try:
                yield build_paper(
                    title.text,
                    abstract.text,
                    Source(path, title.line, FORMAT),
                    author_count=meta.get("author_count"),  # type: ignore[arg-type]
                    date=meta.get("date"),
                    upvotes=meta.get("upvotes"),  # type: ignore[arg-type]
                    report=report,
                )
            except RecordError as exc:
                report(Problem(path, title.line, str(exc)))
        title, abstract, meta = None, None, {}

    for index, unit in enumerate(units):
        if unit.kind == "chrome":
            continue
        if unit.kind != "content":
            if title is not None and abstract is None:
                yield from finish()  # metadata right after a title: no abstract
            elif abstract is not None:
                _add_meta(meta, unit)
            continue  # metadata before any paper: the page date
        if title is None:
            if len(unit.text.strip()) > MAX_TITLE_CHARS:
                message = (
                    f"text of {len(unit.text):,} characters where a title was expected (an abstract without a title?)"
                )
                report(Problem(path, unit.line, message))
                continue
            title = unit
        elif abstract is None:
            following = units[index + 1] if index + 1 < len(units) else None
            after = next_content[index]
            if (
                _title_shaped(unit.text)
                and following is not None
                and following.kind == "content"
                and after is not None
                and not _title_shaped(after.text)
            ):
                yield from finish()
                title = unit
            else:
                abstract = unit
        else:
            yield from finish()
            title = unit
    yield from finish()


def _add_meta(meta: dict[str, object], unit: _Unit) -> None:
    text = " ".join(unit.text.split())
    if unit.kind == "authors":
        match = _AUTHORS.match(text)
        if match:
            meta["author_count"] = int(match.group(1))
    elif unit.kind == "date":
        match = _DATE.match(text)
        if match:
            meta["date"] = match.group(1)
            if match.group(2):
                meta["upvotes"] = int(match.group(2))
