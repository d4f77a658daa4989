"""Stable paper ids and the title normalisation used for deduplication.

A paper's id is, in this order: the id its record gives (an arXiv id loses its
version and ``arXiv:`` prefix; any other id is kept as given), the arXiv id of
its URL, or ``h-`` and 12 hex digits of a hash of its normalised title (of its
abstract when it has no title).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_ARXIV_NEW = re.compile(r"^(?:arxiv:)?(\d{4}\.\d{4,5})(?:v\d+)?$", re.IGNORECASE)
_ARXIV_OLD = re.compile(r"^(?:arxiv:)?([a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$", re.IGNORECASE)
_TITLE_HASH = re.compile(r"^h-[0-9a-f]{12}$")
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:\.pdf)?(?:[?#].*)?$", re.IGNORECASE)


def normalize_title(title: str) -> str:
    """Return the key under which two titles count as the same paper.

    Unicode-compatibility folding, case folding, and every run of characters
    that are not letters or digits turned into one space.

    Examples
    --------
    >>> normalize_title("Orca 2:  Teaching Small Language Models How to Reason")
    'orca 2 teaching small language models how to reason'
    """
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", folded.casefold()).strip()


def arxiv_id(value: str | None) -> str | None:
    """Extract a version-less arXiv id from an id or an arXiv URL, or None.

    Examples
    --------
    >>> arxiv_id("http://arxiv.org/abs/2310.01234v2")
    '2310.01234'
    >>> arxiv_id("hep-th/9901001v1")
    'hep-th/9901001'
    >>> arxiv_id("not an id") is None
    True
    """
    if not value:
        return None
    value = value.strip()
    url = _ARXIV_URL.search(value)
    if url:
        value = url.group(1)
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        match = pattern.match(value)
        if match:
            return match.group(1)
    return None


def paper_id(title: str, arxiv: str | None = None, *, given: str | None = None, abstract: str = "") -> str:
    """Return the stable id of a paper (see the module docstring).

    Parameters
    ----------
    title : str
        The cleaned title (may be empty).
    arxiv : str, optional
        The arXiv id known from the record's id or URL.
    given : str, optional
        The record's own id, when it is not an arXiv id.
    abstract : str
        The cleaned abstract, hashed when the title is empty.

    Examples
    --------
    >>> paper_id("Anything", "2401.00001")
    '2401.00001'
    >>> paper_id("Anything", "2401.00001", given="t1")
    't1'
    >>> paper_id("Orca 2: Teaching Small Language Models How to Reason")
    'h-2584cb2ab056'
    """
    if given:
        return given
    if arxiv:
        return arxiv
    key = normalize_title(title) if title else "abstract:" + normalize_title(abstract)
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return f"h-{digest[:12]}"


def given_id(value: object) -> str | None:
    """Return a record's own id as text (whitespace collapsed), or None when it gives none.

    Examples
    --------
    >>> given_id("  t 1 "), given_id(17), given_id(""), given_id(True)
    ('t 1', '17', None, None)
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return " ".join(str(value).split()) or None


def is_title_hash(identifier: str) -> bool:
    """Return True when ``identifier`` has the shape of a hash id (``h-`` and 12 hex digits)."""
    return _TITLE_HASH.match(identifier) is not None
