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

Unicode is not normalised and nothing else is touched, so every character of
the cleaned text comes from a known place in the original:
:func:`clean_with_offsets` returns that map.
"""

from __future__ import annotations

import html
import re

_TOKEN = re.compile(
    r"(?P<ws>\s+)"
    r"|(?P<quote>``|'')"
    r"|(?P<esc>\\[%&_#$])"
    r"|(?P<ent>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
)


def clean_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """Clean ``text`` and map every cleaned character back to the original.

    Parameters
    ----------
    text : str
        The text as given.

    Returns
    -------
    cleaned : str
        The cleaned text (see the module docstring).
    offsets : tuple of int
        ``len(cleaned) + 1`` numbers: ``offsets[i]`` is the index in ``text``
        where the character ``cleaned[i]`` comes from, and the last number is
        the end of the last cleaned character's source, so the cleaned span
        ``[s, e)`` comes from ``text[offsets[s]:offsets[e]]`` whenever ``e`` is
        greater than ``s``.

    Examples
    --------
    >>> clean_with_offsets("a \\n ``b''")
    ('a "b"', (0, 1, 4, 6, 7, 9))
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(chars: str, start: int, end: int) -> None:
        for char in chars:
            out.append(char)
            starts.append(start)
            ends.append(end)

    pos = 0
    for match in _TOKEN.finditer(text):
        for index in range(pos, match.start()):
            emit(text[index], index, index + 1)
        pos = match.end()
        kind = match.lastgroup
        if kind == "quote":
            replacement = '"'
        elif kind == "esc":
            replacement = match.group()[1]
        elif kind == "ent":
            replacement = html.unescape(match.group())
        else:
            replacement = " "
        if replacement.isspace():
            if out and out[-1] != " ":
                emit(" ", match.start(), match.end())
            continue
        emit(replacement, match.start(), match.end())
    for index in range(pos, len(text)):
        emit(text[index], index, index + 1)
    while out and out[-1] == " ":
        out.pop()
        starts.pop()
        ends.pop()
    return "".join(out), tuple(starts) + (ends[-1] if ends else 0,)


def clean_text(text: str) -> str:
    """Return the cleaned form of ``text`` (see the module docstring).

    Examples
    --------
    >>> clean_text("studies prefixed with ``Self-''  such as\\nSelf-Refine (100\\\\%)")
    'studies prefixed with "Self-" such as Self-Refine (100%)'
    >>> clean_text("R&amp;D &lt;3")
    'R&D <3'
    """
    cleaned = " ".join(text.split())  # str.split and the \s of _TOKEN agree on whitespace
    if any(char in cleaned for char in "`'\\&"):
        cleaned = " ".join(_SPECIAL.sub(_replace, cleaned).split())
    return cleaned


_SPECIAL = re.compile(_TOKEN.pattern.split("|", 1)[1])


def _replace(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if kind == "quote":
        return '"'
    if kind == "esc":
        return match.group()[1]
    if kind == "ent":
        replacement = html.unescape(match.group())
        return " " if replacement.isspace() else replacement
    return " "
