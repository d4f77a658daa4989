"""Reader for arXiv API Atom feeds, with a hardened streaming XML parser.

The feed is parsed with :mod:`defusedxml`'s SAX parser with DTDs, entity
declarations and external references all forbidden, so a "billion laughs" or
an external-entity file is refused instead of expanded or fetched.  Entries
are handed on one at a time (the feed is never built as a tree).

Per ``<entry>``: ``id`` (an arXiv abs URL, giving the arXiv id), ``title``,
``summary`` (the abstract), ``author/name``, ``published`` (else
``updated``), the ``alternate`` link (else ``id``) as the url, and
``category/@term``.  A document whose root is not an Atom ``<feed>`` is
reported as not a feed.
"""

from __future__ import annotations

import xml.sax
import xml.sax.expatreader
from collections.abc import Iterator
from typing import BinaryIO

from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)
from defusedxml.expatreader import DefusedExpatParser

from claimgraph.ingest.model import Paper, Problem, Source
from claimgraph.ingest.paper_fields import RecordError, Report, build_paper

FORMAT = "atom"
ATOM = "http://www.w3.org/2005/Atom"
CHUNK = 1 << 16
_TEXT_FIELDS = frozenset({"id", "title", "summary", "published", "updated", "name"})


class _NotAFeed(Exception):
    pass


class _Handler(xml.sax.handler.ContentHandler):
    """Collects finished entries as plain dicts, with their first line."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[int, dict]] = []
        self._locator = None
        self._depth = 0
        self._entry: dict | None = None
        self._entry_line = 0
        self._field: str | None = None
        self._text: list[str] = []

    def setDocumentLocator(self, locator) -> None:  # noqa: N802 - SAX API
        self._locator = locator

    def _line(self) -> int:
        return self._locator.getLineNumber() if self._locator else 0

    def startElementNS(self, name, qname, attrs) -> None:  # noqa: N802 - SAX API
        uri, local = name
        self._depth += 1
        if self._depth == 1:
            if (uri, local) != (ATOM, "feed"):
                shown = f"{{{uri}}}{local}" if uri else local
                raise _NotAFeed(f"XML document is not an Atom feed (root element <{shown}>)")
            return
        if uri == ATOM and local == "entry" and self._entry is None:
            self._entry = {"authors": [], "categories": [], "link": None}
            self._entry_line = self._line()
            return
        if self._entry is None:
            return
        if uri == ATOM and local in _TEXT_FIELDS:
            self._field = local
            self._text = []
        elif uri == ATOM and local == "link":
            rel = attrs.get((None, "rel"), "alternate")
            if rel == "alternate" and self._entry["link"] is None:
                self._entry["link"] = attrs.get((None, "href"))
        elif local == "category":
            term = attrs.get((None, "term"))
            if term and term not in self._entry["categories"]:
                self._entry["categories"].append(term)

    def characters(self, content: str) -> None:
        if self._field is not None:
            self._text.append(content)

    def endElementNS(self, name, qname) -> None:  # noqa: N802 - SAX API
        uri, local = name
        self._depth -= 1
        if self._entry is None:
            return
        if uri == ATOM and local == "entry":
            self.entries.append((self._entry_line, self._entry))
            self._entry = None
        elif self._field == local and uri == ATOM:
            text = "".join(self._text)
            if local == "name":
                self._entry["authors"].append(text.strip())
            else:
                self._entry.setdefault(local, text)
            self._field = None


def _paper(entry: dict, source: Source, report: Report) -> Paper:
    authors = tuple(" ".join(name.split()) for name in entry["authors"] if name.strip())
    identifier = entry.get("id", "").strip()
    return build_paper(
        entry.get("title"),
        entry.get("summary"),
        source,
        authors=authors,
        date=entry.get("published") or entry.get("updated"),
        url=entry["link"] or identifier or None,
        identifier=identifier,
        categories=tuple(entry["categories"]),
        report=report,
    )


def _unsafe(exc: DefusedXmlException) -> str:
    if isinstance(exc, DTDForbidden):
        return "a document type declaration (DTD) is not allowed"
    if isinstance(exc, EntitiesForbidden):
        return f"entity declaration {exc.name!r} is not allowed"
    if isinstance(exc, ExternalReferenceForbidden):
        return "external references are not allowed"
    return type(exc).__name__


def read_atom(stream: BinaryIO, path: str, report: Report) -> Iterator[Paper]:
    """Yield one Paper per usable ``<entry>`` of an Atom feed.

    Parameters
    ----------
    stream : binary file
        The file content (decompressed).
    path : str
        The file name used in sources and problems.
    report : callable
        Called with a :class:`Problem` for every skipped entry, for a document
        that is not a feed, and for malformed or forbidden XML (which ends
        the file); with a :class:`~claimgraph.ingest.model.Repair` for an
        entry that lost unsafe characters.
    """
    handler = _Handler()
    parser = DefusedExpatParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.setContentHandler(handler)
    handler.setDocumentLocator(xml.sax.expatreader.ExpatLocator(parser))
    record = 0
    try:
        while True:
            data = stream.read(CHUNK)
            if data:
                parser.feed(data)
            else:
                parser.close()
            for line, entry in handler.entries:
                record += 1
                try:
                    yield _paper(entry, Source(path, line, FORMAT), report)
                except RecordError as exc:
                    report(Problem(path, line, f"entry {record}: {exc}"))
            handler.entries.clear()
            if not data:
                return
    except _NotAFeed as exc:
        report(Problem(path, 1, str(exc)))
    except DefusedXmlException as exc:
        report(Problem(path, handler._line() or None, f"refused unsafe XML: {_unsafe(exc)}"))
    except xml.sax.SAXParseException as exc:
        report(Problem(path, exc.getLineNumber(), f"invalid XML: {exc.getMessage()}"))
    except LookupError as exc:  # an XML declaration naming an encoding Python does not know
        report(Problem(path, 1, f"invalid XML: {exc}"))
