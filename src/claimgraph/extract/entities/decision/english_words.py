"""What an English word is, by its ending and by how often English uses it (``wordfreq`` Zipf frequencies):
the adjective endings that tell a modifier from a head noun (:data:`ADJECTIVE_ENDINGS`,
:data:`MODIFIER_ENDINGS`), and past participles and verbs in -ing whose stem is an English word
(:func:`verb_in_ed`, :func:`verb_in_ing`), which describe something rather than name it, adverbs in -ly
(:func:`adverb_in_ly`), which open a verb phrase before a verb, and common adjectives (:func:`english_adjective`:
"Bayesian", "Massive"), which modify the word after them rather than name something."""

from __future__ import annotations

from claimgraph.extract.lexicons import english_zipf

ADJECTIVE_ENDINGS = ("ed", "al", "ive", "ous", "ic", "able", "ible", "ent", "ant", "ar")
#: The adjective endings that nouns rarely share: "-ent", "-ant" and "-ar" end many nouns too ("Content",
#: "Assistant", "Radar"), which a long form may end in before the head word of a longer name.
MODIFIER_ENDINGS = tuple(ending for ending in ADJECTIVE_ENDINGS if ending not in ("ent", "ant", "ar"))

#: Zipf frequency (``wordfreq``, English) from which the stem of a word in -ing is a verb ("grow" 4.7, "rethink"
#: 3.0; "sibl" and "str" are no words)
VERB_STEM_ZIPF = 2.5
#: The endings of adjectives made from a name ("Bayesian", "Euclidean"), besides :data:`MODIFIER_ENDINGS`
PROPER_ADJECTIVE_ENDINGS = ("ian", "ean")
#: Zipf frequency from which a capitalised word with an adjective ending is an English adjective ("Bayesian"
#: 2.9, "Exponential" 3.3, "Spatial" 3.8), not a coined name ("Mistral" 2.6, "Mondrian" 2.4)
ADJECTIVE_NAME_ZIPF = 2.8
#: Zipf frequency from which any capitalised word after "a/an" and before a lower-case word is an English word
#: modifying that word ("a Hybrid architecture" 4.1, "an Editor agent" 4.4), not a coined name ("a Medusa head" 2.6)
ARTICLE_MODIFIER_ZIPF = 3.5


def adjective_shaped(word: str) -> bool:
    """Whether ``word`` (any case) ends like an adjective (:data:`MODIFIER_ENDINGS`, :data:`PROPER_ADJECTIVE_ENDINGS`:
    "Bayesian", "Phenotypic", "Spatial", "Massive")."""
    return word.lower().endswith(MODIFIER_ENDINGS + PROPER_ADJECTIVE_ENDINGS)


def english_adjective(word: str) -> bool:
    """Whether ``word`` (any case) is a common English adjective by its ending and frequency ("Bayesian",
    "Exponential", "Massive", "Spatial"; not "Mistral", "Mondrian", "Medusa")."""
    return adjective_shaped(word) and english_zipf(word.lower()) >= ADJECTIVE_NAME_ZIPF


def common_english_word(word: str) -> bool:
    """Whether ``word`` (any case) is a common English word, at least :data:`ARTICLE_MODIFIER_ZIPF`."""
    return english_zipf(word.lower()) >= ARTICLE_MODIFIER_ZIPF


def verb_in_ed(word: str) -> bool:
    """Whether ``word`` is an English past participle: a word in its own right whose stem, without "-ed" or
    "-d", is one too ("shaped", "focused", "protected", "stained"; not "biomed", "embed")."""
    if len(word) < 6 or not word.endswith("ed") or english_zipf(word) < VERB_STEM_ZIPF:
        return False
    return any(english_zipf(stem) >= VERB_STEM_ZIPF for stem in (word[:-2], word[:-1]))


def verb_in_ing(word: str) -> bool:
    """Whether ``word`` is a verb in -ing: the word without "-ing" (or with an "e" back, or with a doubled
    consonant undone) is an English word ("rethinking", "growing", "recognizing", "running"; not "sibling",
    "string")."""
    if len(word) < 6 or not word.endswith("ing"):
        return False
    stem = word[:-3]
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return any(len(form) > 2 and english_zipf(form) >= VERB_STEM_ZIPF for form in stems)


def adverb_in_ly(word: str) -> bool:
    """Whether ``word`` is an English adverb in -ly made from a word in its own right ("jointly",
    "explicitly", "adaptively"; not "early", "family", "only": too short, or no word without "-ly")."""
    if len(word) < 7 or not word.endswith("ly") or not word.islower():
        return False
    return english_zipf(word) >= VERB_STEM_ZIPF and english_zipf(word[:-2]) >= VERB_STEM_ZIPF
