"""What stands right before the name that opens an item of a list ("we propose two detectors: ZorbDet and
QuuxDet", "three modules: (1) the X Injector, (2) a Y module"): past an article, the list's opener (a colon,
"namely"), a word that joins items (",", ";", "and") or the close of a list marker ("(2)", "ii)").

The stages that read such lists (the entity stage's counted proposal lists, the long forms listed after a
proposal, the proposes relation's announced and numbered lists) share these readings; each says itself which of
them opens an item in its list (a marker alone, or only after a joining word; a joining word in a numbered list)."""

from __future__ import annotations

from claimgraph.extract.pipeline.token_table import TokenTable

#: Words that may stand between a list item's opener and its name ("(2) a Y module", ", the X Injector").
ITEM_ARTICLES = frozenset({"a", "an", "the"})


def past_article(tokens: TokenTable, start: int, floor: int) -> int:
    """The token right before the name at ``start``, past an article that stands after token ``floor`` (the
    list's opener, or 0 where it is not known yet): ``start - 2`` after "the/a/an", else ``start - 1``."""
    j = start - 1
    return j - 1 if j > floor and tokens.lower[j] in ITEM_ARTICLES else j


def joins_items(tokens: TokenTable, j: int) -> bool:
    """Whether token ``j`` joins two items of a list: ",", ";" or "and"."""
    return tokens.text[j] in (",", ";") or tokens.lower[j] == "and"


def closes_marker(tokens: TokenTable, j: int, markers: frozenset[str] | None = None) -> bool:
    """Whether token ``j`` closes a list marker ("(2)", "2)", "(ii)"): ")" after one of ``markers`` or, with no
    ``markers``, after any number or word of at most three characters; False out of the text."""
    if not 1 <= j < len(tokens) or tokens.text[j] != ")":
        return False
    if markers is not None:
        return tokens.lower[j - 1] in markers
    return len(tokens.text[j - 1]) <= 3 and tokens.text[j - 1].isalnum()


def before_marker(tokens: TokenTable, j: int) -> int:
    """The token before the list marker whose ")" is token ``j``: before its "(" ("(2)") or, without one, before
    its number ("2)")."""
    return j - 3 if j >= 2 and tokens.text[j - 2] == "(" else j - 2
