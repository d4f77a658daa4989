"""The shared reading of a passive verb after its subject (pipeline/passive.py), read by the entity stage's
passive phrases and the proposes and uses relations. Hand-written word lists, positive and negative."""

from claimgraph.extract.pipeline.passive import passive_participle

ADVERBS = frozenset({"then", "also"})


def test_is_or_are_and_a_participle_right_after():
    words = ("a", "zorb", "module", "is", "proposed", "to", "fuse")
    assert passive_participle(words, 3, ADVERBS) == 4
    assert passive_participle(("gates", "are", "designed"), 1, ADVERBS) == 2


def test_no_participle_without_is_or_are_or_without_ed():
    assert passive_participle(("a", "module", "was", "proposed"), 2, ADVERBS) == -1
    assert passive_participle(("a", "module", "is", "proposing"), 2, ADVERBS) == -1
    assert passive_participle(("a", "module", "is", "a", "gate"), 2, ADVERBS) == -1
    assert passive_participle(("a", "module", "is"), 2, ADVERBS) == -1
    assert passive_participle(("a", "module"), 2, ADVERBS) == -1


def test_at_most_the_given_number_of_skip_words():
    assert passive_participle(("it", "is", "then", "proposed"), 1, ADVERBS) == 3
    assert passive_participle(("it", "is", "then", "also", "proposed"), 1, ADVERBS) == -1
    assert passive_participle(("it", "is", "then", "also", "proposed"), 1, ADVERBS, most=None) == 4
    assert passive_participle(("it", "is", "then", "proposed"), 1, ()) == -1
    assert passive_participle(("it", "is", "then"), 1, ADVERBS) == -1


def test_ly_adverbs_only_when_asked():
    words = ("it", "is", "effectively", "employed")
    assert passive_participle(words, 1, ADVERBS) == -1
    assert passive_participle(words, 1, ADVERBS, most=None, ly_adverbs=True) == 3
    words = ("it", "is", "then", "carefully", "designed")
    assert passive_participle(words, 1, ADVERBS, most=None, ly_adverbs=True) == 4
