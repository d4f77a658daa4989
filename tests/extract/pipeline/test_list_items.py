"""The shared readings of what stands before a list item's name (pipeline/list_items.py), read by the entity
stage's counted proposal lists, the long forms listed after a proposal and the proposes relation's lists.
Hand-written sentences, positive and negative."""

from claimgraph.extract.pipeline.list_items import before_marker, closes_marker, joins_items, past_article
from claimgraph.extract.pipeline.token_table import table
from tests.extract.helpers import blank


def _tokens(text: str):
    tokens = table(blank()(text))
    return tokens, tokens.text


def test_past_article_steps_over_an_article_after_the_floor():
    tokens, words = _tokens("We add two parts: the Zorb Gate and Quux Loop.")
    colon = words.index(":")
    assert past_article(tokens, words.index("Zorb"), colon) == colon
    assert past_article(tokens, words.index("Quux"), colon) == words.index("and")


def test_past_article_keeps_an_article_at_or_before_the_floor():
    tokens, words = _tokens("A Zorb Gate helps.")
    assert past_article(tokens, 1, 0) == 0  # the article is the floor itself
    tokens, words = _tokens("We add modules: an Quux Loop.")
    colon = words.index(":")
    assert past_article(tokens, words.index("Quux"), colon + 1) == colon + 1


def test_joins_items_reads_commas_semicolons_and_and():
    tokens, words = _tokens("Zorb, Quux; Flim and Blorp or Snark")
    assert joins_items(tokens, words.index(","))
    assert joins_items(tokens, words.index(";"))
    assert joins_items(tokens, words.index("and"))
    assert not joins_items(tokens, words.index("or"))
    assert not joins_items(tokens, words.index("Quux"))


def test_closes_marker_by_shape_or_by_the_given_markers():
    tokens, words = _tokens("modules: (1) Zorb, (ii) Quux, 7) Flim, (Blorp) Snark, (four) Gate")
    close = [j for j, w in enumerate(words) if w == ")"]
    assert [closes_marker(tokens, j) for j in close] == [True, True, True, False, False]
    markers = frozenset({"1", "ii"})
    assert [closes_marker(tokens, j, markers) for j in close] == [True, True, False, False, False]
    assert not closes_marker(tokens, words.index("Zorb"))
    assert not closes_marker(tokens, 0) and not closes_marker(tokens, len(words))


def test_before_marker_steps_over_its_parenthesis_when_there_is_one():
    tokens, words = _tokens("modules: (1) Zorb and 2) Quux")
    close = [j for j, w in enumerate(words) if w == ")"]
    assert before_marker(tokens, close[0]) == words.index(":")
    assert before_marker(tokens, close[1]) == words.index("and")
