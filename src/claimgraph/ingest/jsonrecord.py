"""Mapping one JSON object (JSON Lines, JSON array, arXiv snapshot) to a Paper.

Recognised fields (unknown fields are ignored):

=================  ==========================================================
``id``             the record's own id, kept as the paper id (an arXiv id,
                   ``2310.01234v2`` or ``hep-th/9901001``, without its
                   version); also ``paper_id``
``arxiv_id``       the arXiv id (the paper id when there is no ``id``)
``title``          the title, may be missing (``original_title`` wins when
                   present, so the JSON Lines output of ``claimgraph papers``
                   reads back)
``abstract``       the abstract; also ``summary`` (``original_abstract`` wins)
``authors``        a list of names, of ``{"name": ...}`` objects, or one
                   string ``"A, B and C"``; the snapshot's
                   ``authors_parsed`` (``[last, first, suffix]``) wins
``date``           also ``published``, ``publishedAt``; the arXiv snapshot's
                   first version date (``versions[0].created``), else its
                   ``update_date``
``url``            the paper's page; an arXiv URL also gives the arXiv id
``categories``     a list or a space-separated string (arXiv snapshot)
``upvotes``        an integer; ``author_count`` too
=================  ==========================================================

A Hugging Face API object with the paper nested under ``"paper"`` is read
from that nested object.
"""

from __future__ import annotations

from claimgraph.ingest.clean import Scrub
from claimgraph.ingest.model import Paper, Source
from claimgraph.ingest.paper_fields import RecordError, Report, build_paper, split_authors


def _first(obj: dict, *keys: str) -> object:
    for key in keys:
        value = obj.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _int_or_none(value: object, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise RecordError(f"{name} must be an integer")
    try:
        return int(value)
    except ValueError:
        raise RecordError(f"{name} must be an integer, not {value!r}") from None


def _categories(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(value.split())
    if isinstance(value, (list, tuple)):
        return tuple(str(item).strip() for item in value if str(item).strip())
    raise RecordError("categories must be a list or a string")


def _snapshot_date(obj: dict) -> object:
    versions = obj.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], dict):
        created = versions[0].get("created")
        if created:
            return created
    return obj.get("update_date")


def paper_from_object(obj: object, source: Source, report: Report | None = None) -> Paper:
    """Return the Paper described by one decoded JSON value.

    ``report`` is called with a :class:`~claimgraph.ingest.model.Repair` when
    unsafe characters were removed from the record.

    Raises
    ------
    RecordError
        When ``obj`` is not an object or is not a usable paper record.
    """
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object, found {type(obj).__name__}")
    nested = obj.get("paper")
    if isinstance(nested, dict):
        obj = {**{k: v for k, v in obj.items() if k != "paper"}, **nested}
    scrub = Scrub()
    # The snapshot's "authors_parsed" has LaTeX accents resolved; prefer it.
    authors = split_authors(scrub.value(_first(obj, "authors_parsed", "authors")))
    return build_paper(
        _first(obj, "original_title", "title"),
        _first(obj, "original_abstract", "abstract", "summary"),
        source,
        authors=authors,
        author_count=_int_or_none(_first(obj, "author_count", "num_authors"), "author_count"),
        date=_first(obj, "date", "published", "publishedAt") or _snapshot_date(obj),
        upvotes=_int_or_none(_first(obj, "upvotes"), "upvotes"),
        url=_first(obj, "url"),
        arxiv=_first(obj, "arxiv_id"),
        identifier=_first(obj, "id", "paper_id"),
        categories=_categories(scrub.value(_first(obj, "categories"))),
        report=report,
        scrub=scrub,
    )
