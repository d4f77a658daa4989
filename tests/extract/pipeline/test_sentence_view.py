"""The clause look-back shared by the claim, number and relation rules."""

from claimgraph.extract.pipeline.sentence_view import cue_before, past_abbreviation, sentence_views

WORDS = ("we", "fine-tune", "it", ",", "inspired", "by", "X", ",", "using", "Y")
CUES = frozenset({"inspired"})
STOPS = (",", ";", ":")


def test_a_cue_in_the_same_clause_is_found():
    assert cue_before(WORDS, WORDS.index("X"), CUES, STOPS)


def test_a_stop_word_ends_the_clause():
    assert not cue_before(WORDS, WORDS.index("using"), CUES, STOPS)


def test_reach_bounds_the_look_back():
    at = WORDS.index("X")  # "inspired" is two words before
    assert cue_before(WORDS, at, CUES, STOPS, reach=2)
    assert not cue_before(WORDS, at, CUES, STOPS, reach=1)


def test_nothing_before_the_first_word():
    assert not cue_before(WORDS, 0, frozenset({"we"}), STOPS)


def test_past_abbreviation_skips_one_parenthesised_word():
    words = ("a", "Generative", "Adversarial", "Network", "(", "GAN", ")", "framework", "(", "ours")
    assert past_abbreviation(words, 4) == 7
    assert past_abbreviation(words, 3) == 3  # no "(" there
    assert past_abbreviation(words, 8) == 8  # no ")" closes it
    assert past_abbreviation(words, 5) == 5


def test_release_context_drops_the_paper_caches_and_keeps_the_views():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimgraph.extract.pipeline.sentence_view import CONTEXT_CACHE, PAPER_FACTS_CACHE, release_context

    doc = Doc(Vocab(), words=["We", "propose", "FooNet", "."])
    views = sentence_views(doc)
    doc.user_data.update({CONTEXT_CACHE: object(), PAPER_FACTS_CACHE: (False, None), "cg_title_end": 0})
    release_context(doc)
    assert CONTEXT_CACHE not in doc.user_data and PAPER_FACTS_CACHE not in doc.user_data
    assert doc.user_data["cg_title_end"] == 0
    assert sentence_views(doc) is views  # the relation stage reads the views the claim stage built


def test_the_paper_facts_of_uses_are_kept_per_document():
    from claimgraph.extract.pipeline import shared_pipeline
    from claimgraph.extract.pipeline.sentence_view import PAPER_FACTS_CACHE

    texts = ["We propose FooNet, a method for parsing. FooNet builds on BERT.", "We study parsing with BERT."]
    first, second = shared_pipeline().pipe(texts)
    component, main, tool = first.user_data[PAPER_FACTS_CACHE]
    assert component is False and main.text == "FooNet" and main.doc is first
    assert tool is False  # no "our framework leverages FooNet": FooNet is the paper's, not a tool
    assert PAPER_FACTS_CACHE not in second.user_data  # nothing proposed: nothing to read once
