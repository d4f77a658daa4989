"""Session 22: a coined Title Case name with its abbreviation proposed in the passive ("a Local Nearest Centroid
Classifier (LocalNCC) is devised", "a Dual Temperature Scaling (DTS) strategy is devised") is proposed
(relations/proposes/parts.py ``_passive_proposals``, cue ``passive_proposal_verbs``). Session 26: so is a
lowercase phrase ending in a method head word that opens its clause ("Third, a dynamic appearance feature
updating strategy is introduced"; entities/name_patterns/proposed.py ``passive_phrase``), as a part that names no
contribution."""

import pytest

from tests.extract.helpers import proposed


@pytest.fixture(scope="module")
def nlp(abbreviation_proposes_nlp):
    return abbreviation_proposes_nlp


@pytest.mark.parametrize(
    "text,name",
    [
        # recent-dev: "..., based on which a Local Nearest Centroid Classifier (LocalNCC) is devised to yield ..."
        (
            "Based on the memory bank, a Local Nearest Centroid Classifier (LocalNCC) is devised to yield predictions.",
            "Local Nearest Centroid Classifier",
        ),
        # t3k: "Complementing this training-time optimization, a Dual Temperature Scaling (DTS) strategy is devised"
        (
            "Complementing this optimization, a Dual Temperature Scaling (DTS) strategy is devised for calibration.",
            "Dual Temperature Scaling",
        ),
        # t3k: "Specifically, a Multi-Scale Generator (MSG) is designed to construct a three-level pyramidal ..."
        ("Specifically, a Multi-Scale Generator (MSG) is designed to construct a pyramid.", "Multi-Scale Generator"),
    ],
)
def test_a_coined_name_proposed_in_the_passive_is_proposed(nlp, text, name):
    assert name in proposed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # prior work
        "Recently, a Local Nearest Centroid Classifier (LocalNCC) is proposed for few-shot learning.",
        # no abbreviation: not clearly a coined name
        "Specifically, a Multi-Scale Generator is designed to construct a pyramid.",
        # the definite article: a known thing
        "Specifically, the Multi-Scale Generator (MSG) is designed to construct a pyramid.",
        # another verb
        "Specifically, a Multi-Scale Generator (MSG) is trained to construct a pyramid.",
    ],
)
def test_no_passive_proposal(nlp, text):
    assert proposed(nlp, text) == []


@pytest.mark.parametrize(
    "text,name",
    [
        # t3k: "In addition, an adaptive mask strategy is designed to accommodate subjects of varying scales"
        (
            "We propose FooNet for parsing. In addition, a dynamic token pruning strategy is designed to save time.",
            "dynamic token pruning strategy",
        ),
        # recent-dev: "Third, a dynamic appearance feature updating strategy is introduced, adjusting ..."
        (
            "We propose FooNet for parsing. Second, a soft label smoothing loss is introduced, adjusting targets.",
            "soft label smoothing loss",
        ),
        # t3k: "Additionally, a novel feature interaction fusion network is also designed to resolve ..."
        (
            "We propose FooNet. Additionally, a novel cross-scale token mixing block is also designed.",
            "cross-scale token mixing block",
        ),
        # an adverb between "is" and the verb, and the phrase opening the sentence
        (
            "We propose FooNet. A cross-scale feature mixing block is then proposed for fusion.",
            "cross-scale feature mixing block",
        ),
    ],
)
def test_a_lowercase_part_proposed_in_the_passive_is_proposed(entity_nlp, text, name):
    assert name in proposed(entity_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # prior work before it
        "We propose FooNet. Recently, a dynamic token pruning strategy was proposed for speed.",
        "We propose FooNet. In prior work, a dynamic token pruning strategy is proposed for speed.",
        # another verb: the strategy is used, not introduced
        "We propose FooNet. In addition, a dynamic token pruning strategy is used to save time.",
        # a phrase that does not open the clause
        "We propose FooNet. The results show that a dynamic token pruning strategy is proposed by many.",
        # a kind word, no name: two words, or a quality word before the head
        "We propose FooNet. In addition, a pruning strategy is designed to save time.",
        "We propose FooNet. In addition, a token pruning practical strategy is designed to save time.",
    ],
)
def test_no_lowercase_passive_proposal(entity_nlp, text):
    assert [name for name in proposed(entity_nlp, text) if name != "FooNet"] == []


def test_a_passive_part_names_no_contribution(entity_nlp):
    # parts alone: the paper's contribution stays unnamed ("our method" stands for no part)
    from claimgraph.extract.pipeline.extensions import only_announced_parts
    from tests.extract.helpers import make_doc

    doc = make_doc(entity_nlp, "", "Specifically, a dynamic token pruning strategy is introduced to save time.")
    assert [s.text for s in doc._.proposes] == ["dynamic token pruning strategy"]
    assert only_announced_parts(doc._.proposes)
