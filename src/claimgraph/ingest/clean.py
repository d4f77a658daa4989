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
  ``&#39;`` reads ``'``;
* characters no text should hold are removed or replaced, as by :class:`Scrub`.

Unicode is not normalised and nothing else is touched.

:class:`Scrub` is the one rule for unsafe characters, applied to every string
of a record as it is read (the original texts included), and counted:

* control characters other than whitespace (C0 and C1: NUL, ESC, DEL, the
  CSI byte ``\\x9b`` ...) and the non-characters U+FFFE and U+FFFF are
  removed: they could drive a terminal and are not allowed in XML;
* a lone surrogate (``"\\ud800"`` in JSON) cannot be encoded as UTF-8 and is
  replaced by U+FFFD, the replacement character.

Whitespace controls (tab, line breaks, ``\\x1c``-``\\x1f``) are not removed:
cleaning turns them into spaces.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

#: Removed: non-whitespace control characters and the non-characters U+FFFE, U+FFFF.
UNSAFE_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff]")
#: Replaced by U+FFFD: lone surrogates, which no UTF-8 text can hold.
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNSAFE = re.compile(f"{UNSAFE_CONTROL.pattern}|{LONE_SURROGATE.pattern}")


@dataclass(slots=True)
class Scrub:
    """Removes unsafe characters from texts and counts what it removed and replaced.

    Examples
    --------
    >>> scrub = Scrub()
    >>> scrub.text("A\\x1b[31m red\\x00 title \\ud800")
    'A[31m red title �'
    >>> scrub.removed, scrub.replaced
    (2, 1)
    """

    removed: int = 0
    replaced: int = 0

    def text(self, value: str) -> str:
        """Return ``value`` without control characters and with lone surrogates replaced."""
        if not _UNSAFE.search(value):
            return value
        value, self.replaced = _count_sub(LONE_SURROGATE, "\ufffd", value, self.replaced)
        value, self.removed = _count_sub(UNSAFE_CONTROL, "", value, self.removed)
        return value

    def value(self, value: object) -> object:
        """Return a decoded JSON value (or any nesting of dicts and lists) with every string value scrubbed.

        Dict keys are left as they are: only values are read as text.
        """
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {key: self.value(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.value(item) for item in value)
        return value

    def __bool__(self) -> bool:
        return bool(self.removed or self.replaced)

    def describe(self) -> str:
        """Say what was changed, e.g. ``2 control characters removed, 1 lone surrogate replaced by U+FFFD``."""
        parts = []
        if self.removed:
            parts.append(f"{self.removed} control character{'s' if self.removed != 1 else ''} removed")
        if self.replaced:
            parts.append(f"{self.replaced} lone surrogate{'s' if self.replaced != 1 else ''} replaced by U+FFFD")
        return ", ".join(parts)


def _count_sub(pattern: re.Pattern[str], replacement: str, value: str, count: int) -> tuple[str, int]:
    value, found = pattern.subn(replacement, value)
    return value, count + found


_SPECIAL = re.compile(
    r"(?P<quote>``|'')"
    r"|(?P<esc>\\[%&_#$])"
    r"|(?P<ent>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
)


def clean_text(text: str, scrub: Scrub | None = None) -> str:
    """Return the cleaned form of ``text`` (see the module docstring).

    ``scrub`` counts the unsafe characters removed or replaced (also those
    an HTML reference such as ``&#27;`` decodes to).

    Examples
    --------
    >>> clean_text("studies prefixed with ``Self-''  such as\\nSelf-Refine (100\\\\%)")
    'studies prefixed with "Self-" such as Self-Refine (100%)'
    >>> clean_text("R&amp;D &lt;3 &#27;[0m")
    'R&D <3 [0m'
    """
    scrub = Scrub() if scrub is None else scrub

    def replace(match: re.Match[str]) -> str:
        kind = match.lastgroup
        if kind == "quote":
            return '"'
        if kind == "esc":
            return match.group()[1]
        replacement = scrub.text(html.unescape(match.group()))
        return " " if replacement.isspace() else replacement

    cleaned = " ".join(scrub.text(text).split())
    if any(char in cleaned for char in "`'\\&"):
        cleaned = " ".join(_SPECIAL.sub(replace, cleaned).split())
    return cleaned
