"""Turning one raw record (any format) into a :class:`Paper`, with checks.

Every reader ends in :func:`build_paper`, so the rules for a usable record are
the same everywhere: an abstract that is not empty after cleanup (the title may
be empty: many corpora have none), and no field longer than
:data:`MAX_FIELD_CHARS` characters.  Every text of the record loses its unsafe
characters (:class:`~claimgraph.ingest.clean.Scrub`), and a record that had
any is reported as a :class:`~claimgraph.ingest.model.Repair`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime
from email.utils import parsedate_to_datetime

from claimgraph.ingest.clean import Scrub, clean_text
from claimgraph.ingest.ids import arxiv_id as parse_arxiv_id
from claimgraph.ingest.ids import given_id, paper_id
from claimgraph.ingest.model import Paper, Problem, Repair, Source

#: Receives what a reader has to say: a skipped record (Problem) or a repaired one (Repair).
Report = Callable[[Problem | Repair], None]

#: Longest title, abstract or other text field accepted, in characters.  A
#: longer record (a runaway line, a whole document pasted as an abstract) is
#: skipped with a message; real abstracts are a few thousand characters.
MAX_FIELD_CHARS = 100_000

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
MONTH_PATTERN = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_MONTH_DAY_YEAR = re.compile(rf"^({MONTH_PATTERN})\.?\s+(\d{{1,2}}),\s*(\d{{4}})$", re.IGNORECASE)
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")


class RecordError(ValueError):
    """A record that cannot become a paper; the message says why."""


def normalize_date(value: object) -> str | None:
    """Return a date as ISO ``yyyy-mm-dd`` when it has a year, else as written.

    Understood: ISO dates and timestamps (``2024-03-01``,
    ``2024-03-01T12:00:00Z``), ``Mar 1, 2024``, and e-mail style dates
    (``Mon, 2 Apr 2007 19:18:42 GMT``, as in the arXiv snapshot's versions).
    A date without a year (``Jun 16`` on a Daily Papers page) is kept as
    written, because guessing the year would invent data.  Empty gives None.

    Examples
    --------
    >>> normalize_date("Sep 20, 2023")
    '2023-09-20'
    >>> normalize_date("Mon, 2 Apr 2007 19:18:42 GMT")
    '2007-04-02'
    >>> normalize_date("Jun 16")
    'Jun 16'
    """
    if value is None:
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    iso = _ISO_PREFIX.match(text)
    if iso:
        return "-".join(iso.groups())
    match = _MONTH_DAY_YEAR.match(text)
    if match:
        month = _MONTHS[match.group(1).lower()]
        try:
            return datetime(int(match.group(3)), month, int(match.group(2))).date().isoformat()
        except ValueError:
            return text
    if re.search(r"\d{4}", text) and re.search(r"\d{1,2}:\d{2}", text):
        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return text
    return text


def split_authors(value: object) -> tuple[str, ...]:
    """Return author names from a list (of names or ``{"name": ...}``) or a string.

    A string is split at commas, semicolons, ``and`` and ``&``, as in the arXiv
    snapshot (``"A. Smith, B. Jones and C. Doe"``).
    """
    if value is None:
        return ()
    if isinstance(value, str):
        items: Iterable[object] = _AUTHOR_SPLIT.split(value)
    elif isinstance(value, (list, tuple)):
        items = value
    else:
        raise RecordError(f"authors must be a list or a string, not {type(value).__name__}")
    names = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, (list, tuple)):  # arXiv "authors_parsed": [last, first, suffix]
            item = " ".join(str(part) for part in (*item[1:2], *item[:1], *item[2:]) if part)
        if item is None:
            continue
        name = " ".join(clean_text(str(item)).split())
        if name:
            names.append(name)
    return tuple(names)


def text_field(value: object, name: str) -> str:
    """Return a text field as given, checking type and size (None gives "")."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RecordError(f"{name} must be text, not {type(value).__name__}")
    if len(value) > MAX_FIELD_CHARS:
        raise RecordError(f"{name} is too long ({len(value):,} characters; the limit is {MAX_FIELD_CHARS:,})")
    return value


def build_paper(
    title: object,
    abstract: object,
    source: Source,
    *,
    authors: tuple[str, ...] = (),
    author_count: int | None = None,
    date: object = None,
    upvotes: int | None = None,
    url: object = None,
    arxiv: object = None,
    identifier: object = None,
    categories: tuple[str, ...] = (),
    report: Report | None = None,
    scrub: Scrub | None = None,
) -> Paper:
    """Check and clean one record and return it as a single-source Paper.

    Parameters
    ----------
    arxiv : str, optional
        A field that holds the record's arXiv id (or an arXiv URL).
    identifier : str or int, optional
        The record's own id: kept as the paper id (an arXiv id without its
        version); a hash of the title is the id only when there is none.
    report : callable, optional
        Called with a :class:`Repair` when unsafe characters were removed.
    scrub : Scrub, optional
        A scrub that already cleaned parts of the record (its counts go on).

    Raises
    ------
    RecordError
        When the abstract is missing or empty after cleanup, a field is not
        text, or a field is longer than :data:`MAX_FIELD_CHARS`.
    """
    scrub = Scrub() if scrub is None else scrub
    original_title = scrub.text(text_field(title, "title"))
    original_abstract = scrub.text(text_field(abstract, "abstract"))
    clean_title = clean_text(original_title, scrub)
    clean_abstract = clean_text(original_abstract, scrub)
    if not clean_abstract:
        if not clean_title:
            raise RecordError("record has no title and no abstract")
        raise RecordError(f"record has no abstract (title: {clean_title[:80]!r})")
    url_text = scrub.text(text_field(url, "url")).strip() or None
    own = given_id(identifier)
    own = scrub.text(own) if own else None
    known_arxiv = None
    for candidate in (arxiv, own, url_text):
        if isinstance(candidate, str) and not known_arxiv:
            known_arxiv = parse_arxiv_id(scrub.text(candidate))
    if own and parse_arxiv_id(own):
        own = None  # an arXiv id: the paper's id is its version-less form
    if url_text is None and known_arxiv:
        url_text = f"https://arxiv.org/abs/{known_arxiv}"
    if author_count is None and authors:
        author_count = len(authors)
    paper = Paper(
        id=paper_id(clean_title, known_arxiv, given=own, abstract=clean_abstract),
        title=clean_title,
        abstract=clean_abstract,
        original_title=original_title,
        original_abstract=original_abstract,
        authors=tuple(name for name in (" ".join(scrub.text(name).split()) for name in authors) if name),
        author_count=author_count,
        date=normalize_date(scrub.text(date) if isinstance(date, str) else date),
        upvotes=upvotes,
        url=url_text,
        arxiv_id=known_arxiv,
        categories=tuple(item for item in (scrub.text(item) for item in categories) if item),
        sources=(source,),
    )
    if scrub and report is not None:
        report(Repair(source.path, source.line, scrub.describe()))
    return paper
