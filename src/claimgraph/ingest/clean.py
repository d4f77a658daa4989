"""Text cleanup that keeps meaning: pure functions, no NLP.

What :func:`clean_text` changes, and nothing else:

* every run of whitespace (spaces, tabs, line breaks, no-break spaces) becomes
  one space, and leading and trailing whitespace is removed, so cleaned text
  never contains a newline;
* LaTeX-style quotes become plain ASCII double quotes: ``````Self-''`` reads
  ``"Self-"``.  Every ```````` and every ``''`` is replaced, paired or not
  (the seed abstracts also close ```````` with ``"``); plain ASCII quotes
  match what the rest of the corpus uses;
* LaTeX escapes of special characters lose their backslash: ``100\\%`` reads
  ``100%`` (also ``\\&``, ``\\_``, ``\\#``, ``\\$``);
* HTML character references are unescaped: ``&amp;`` reads ``&``,
  ``&#39;`` reads ``'``.

Unicode is not normalised and nothing else is touched.
"""

from __future__ import annotations

import html
import re

_SPECIAL = re.compile(
    r"(?P<quote>``|'')"
    r"|(?P<esc>\\[%&_#$])"
    r"|(?P<ent>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
)


def _replace(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if kind == "quote":
        return '"'
    if kind == "esc":
        return match.group()[1]
    replacement = html.unescape(match.group())
    return " " if replacement.isspace() else replacement


def clean_text(text: str) -> str:
    """Return the cleaned form of ``text`` (see the module docstring).

    Examples
    --------
    >>> clean_text("studies prefixed with ``Self-''  such as\\nSelf-Refine (100\\\\%)")
    'studies prefixed with "Self-" such as Self-Refine (100%)'
    >>> clean_text("R&amp;D &lt;3")
    'R&D <3'
    """
    cleaned = " ".join(text.split())
    if any(char in cleaned for char in "`'\\&"):
        cleaned = " ".join(_SPECIAL.sub(_replace, cleaned).split())
    return cleaned
