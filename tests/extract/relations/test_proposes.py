import pytest

from tests.extract.helpers import proposed


def test_author_proposal_verbs(entity_nlp):
    assert proposed(entity_nlp, "In this paper, we introduce QuaRot, a rotation method.") == ["QuaRot"]


def test_other_peoples_proposals_are_not_ours(entity_nlp):
    assert proposed(entity_nlp, "Prior work introduced QuaRot for pruning.") == []


def test_title_name_is_proposed(entity_nlp):
    assert proposed(entity_nlp, "It evicts states.", title="CItruS: Chunked State Eviction") == ["CItruS"]


def test_naming_cue(entity_nlp):
    assert proposed(entity_nlp, "Our approach, dubbed FlexiQ, prunes heads.") == ["FlexiQ"]


def test_only_methods_models_datasets(entity_nlp):
    assert proposed(entity_nlp, "We propose to study question answering.") == []


def test_our_type_word_name_is_proposed(entity_nlp):
    assert proposed(entity_nlp, "Using memory, our multi-agent framework OMNE won first place.") == ["OMNE"]


def test_lexicon_name_before_title_colon_is_proposed(entity_nlp):
    assert proposed(entity_nlp, "We train it.", title="LLaMA: Open Models") == ["LLaMA"]


def test_generic_step_after_a_relative_clause_is_not_proposed(entity_nlp):
    # issue #17: a generic step ("supervised fine-tuning") credited as a proposal of the PuzzleBen paper
    text = (
        "In this work, we introduce self-reinforcement, which begins with LoRA "
        "on a small collection of annotated questions."
    )
    assert proposed(entity_nlp, text) == []


def test_name_after_a_preposition_is_not_the_proposed_object(entity_nlp):
    text = "This study presents a comprehensive benchmark comparing LoRA and QuaRot on medical images."
    assert proposed(entity_nlp, text) == []


def test_proposal_right_after_the_verb_still_counts(entity_nlp):
    assert proposed(entity_nlp, "We propose QuaRot, which rotates weights to remove outliers.") == ["QuaRot"]


def test_coordinated_propose_verb_shares_the_authors_subject(entity_nlp):
    text = "Specifically, we devise a pipeline for constructing self-correction data and propose QuaRot for it."
    assert proposed(entity_nlp, text) == ["QuaRot"]


def test_name_inside_a_hyphenated_modifier_is_not_proposed(entity_nlp):
    # "a novel Mamba-based visual tracking framework" proposes the framework, not Mamba
    text = "In this paper, we propose a novel Mamba-based tracking framework that adopts a state space model."
    assert "Mamba" not in proposed(entity_nlp, text)


def test_a_name_based_on_another_is_still_proposed(entity_nlp):
    assert proposed(entity_nlp, "We propose QuaRot based on rotations of the weights.") == ["QuaRot"]


def test_name_before_a_hyphenated_modifier_is_skipped_for_the_next_name(entity_nlp):
    text = "In this paper, we introduce a LoRA-style method QuaRot for pruning."
    assert proposed(entity_nlp, text) == ["QuaRot"]


def test_a_hyphenated_name_itself_is_still_proposed(entity_nlp):
    assert proposed(entity_nlp, "We introduce Mamba, a tracker.") == ["Mamba"]


def test_established_name_before_a_kind_noun_is_not_proposed(entity_nlp):
    # "we introduce a self-supervised learning framework for VQA" proposed "self-supervised learning"
    text = "To bridge this gap, we introduce a chain-of-thought framework for video quality assessment."
    assert proposed(entity_nlp, text) == []


def test_kind_noun_after_an_established_name_moves_to_the_coined_name(entity_nlp):
    text = "We propose a low-rank adaptation method, QuaRot, for pruning."
    assert proposed(entity_nlp, text) == ["QuaRot"]


def test_coined_name_before_a_kind_noun_is_still_proposed(entity_nlp):
    assert proposed(entity_nlp, "We introduce the QuaRot framework for pruning.") == ["QuaRot"]


def test_name_with_its_abbreviation_before_a_hyphenated_modifier_is_not_proposed(entity_nlp):
    # "a Vision Transformer (ViT)-based semantic communication framework" proposed ViT
    text = "This paper presents a low-rank adaptation (LoRA)-based communication framework for images."
    assert proposed(entity_nlp, text) == []


def test_propose_verb_used_as_a_noun_proposes_nothing(entity_nlp):
    # "Central to our design is a block-wise SSM scanning scheme" proposed SSM
    assert proposed(entity_nlp, "Central to our design is a block-wise LoRA scanning scheme.") == []
    assert proposed(entity_nlp, "We design QuaRot, a rotation scheme.") == ["QuaRot"]


# naming verbs, fragments of longer descriptions, studies, titles


def test_authors_naming_their_contribution_propose_it(entity_nlp):
    text = "We then propose a procedure for it, which we call low-rank adaptation."
    assert proposed(entity_nlp, text) == ["low-rank adaptation"]


def test_call_for_is_no_naming(entity_nlp):
    assert proposed(entity_nlp, "We call for more research on LoRA.") == []


@pytest.mark.parametrize(
    "text",
    [
        # judged: "grounding-aware reinforcement learning" proposed "reinforcement learning"
        "We propose a grounding-aware LoRA for retrieval.",
        "We introduce a residual LoRA with gates.",
        # realabs: "we introduce Tenengrad gradient detection to extract ..."
        "We introduce LoRA gradient detection to extract features.",
    ],
)
def test_established_name_inside_a_longer_description_is_not_proposed(entity_nlp, text):
    assert proposed(entity_nlp, text) == []


@pytest.mark.parametrize("text", ["We propose LoRA, a low-rank method.", "We introduce LoRA for adapting models."])
def test_established_name_that_is_the_whole_object_is_still_proposed(entity_nlp, text):
    assert proposed(entity_nlp, text) == ["LoRA"]


def test_tail_of_a_glued_name_is_not_proposed(entity_nlp):
    # realabs: "We introduce infty-RoPE, a unified inference ..." proposed RoPE
    assert proposed(entity_nlp, "We introduce infty-LoRA, a unified method.") == []


def test_training_an_established_model_is_not_proposing_it(entity_nlp):
    assert proposed(entity_nlp, "We train BERT on GSM8K.") == []
    assert proposed(entity_nlp, "We pretrain QuaRot-7B, a new model, on GSM8K.") == ["QuaRot-7B"]


def test_names_after_a_study_noun_are_studied_not_proposed(entity_nlp):
    assert proposed(entity_nlp, "We present a comprehensive survey of QuaRot-7B and other models.") == []
    assert proposed(entity_nlp, "We present QuaRot-7B and other models.") == ["QuaRot-7B"]


def test_title_name_of_a_survey_is_a_topic(entity_nlp):
    assert proposed(entity_nlp, "It rotates.", title="QuaRot: A Survey of Rotation Methods") == []
    assert proposed(entity_nlp, "It rotates.", title="QuaRot: Rotation for Quantization") == ["QuaRot"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Beyond Motion Primitives", []),  # a slogan
        ("Towards Motion Primitives", []),  # a goal (the goal openers of names.json)
        ("Motion Primitives Learning", ["Motion Primitives Learning"]),
    ],
)
def test_title_slogan_is_not_a_coined_name(entity_nlp, phrase, expected):
    title = f"{phrase}: Activity Recognition"
    assert proposed(entity_nlp, f"{phrase} is our aim.", title=title) == expected


def test_our_rule_stops_at_a_preposition(entity_nlp):
    # realabs: "applying our method to the TianXi-Action-7B model" proposed TianXi-Action-7B
    assert proposed(entity_nlp, "Applying our method to the QuaRot model boosts accuracy.") == []
    assert proposed(entity_nlp, "Applying our model QuaRot-7B to the task boosts accuracy.") == ["QuaRot-7B"]


def test_our_rule_stops_at_a_verb(entity_nlp):
    # realabs 2509.13631: "Our framework leverages the FLOWER framework" proposed the outside FLOWER library
    assert proposed(entity_nlp, "Our framework leverages the QuaRot framework with RAY.") == []
    assert proposed(entity_nlp, "Our framework uses QuaRot for scheduling.") == []
    assert proposed(entity_nlp, "Our framework QuaRot leverages scheduling.") == ["QuaRot"]


def test_components_after_a_participle_are_not_proposed(entity_nlp):
    assert proposed(entity_nlp, "We propose a strategy combining LoRA with a new augmentation.") == []


def test_names_listed_after_a_proposed_name_are_proposed(entity_nlp):
    # dev: "we construct MATH-P-Simple and MATH-P-Hard via simple perturbation ..."
    text = "To bridge the gap, we construct QuaRot-7B and QuaRot-13B via simple perturbation."
    assert proposed(entity_nlp, text) == ["QuaRot-7B", "QuaRot-13B"]


def test_a_listed_name_after_another_verb_is_not_proposed(entity_nlp):
    assert proposed(entity_nlp, "We propose QuaRot-7B and evaluate it against QuaRot-13B.") == ["QuaRot-7B"]


def test_a_name_introduced_as_a_task_is_not_proposed(entity_nlp):
    # gold: "LoGU: Long-form Generation with ..." + "we introduce the task of ... (LoGU)"
    text = "In this work, we introduce the task of uncertain generation, QuaRot-7B."
    assert proposed(entity_nlp, "It rotates.", title="QuaRot-7B: Uncertain Generation") == ["QuaRot-7B"]
    assert set(proposed(entity_nlp, text, title="QuaRot-7B: Uncertain Generation")) == {"QuaRot-7B"}
    text = "In this work, we introduce the task of uncertain generation QuaRot-7B."
    assert proposed(entity_nlp, text, title="QuaRot-7B: Uncertain Generation") == []
    text = "We study a family of problems we term QuaRot-7B."
    assert proposed(entity_nlp, text) == []


def test_an_established_name_after_a_proposed_action_is_not_proposed(entity_nlp):
    # realabs: "we directly propose freezing the most critical parameter matrices in the Vision Transformer"
    assert proposed(entity_nlp, "We propose freezing the critical matrices in the LoRA, for continual learning.") == []
    assert proposed(entity_nlp, "We propose the LoRA, for continual learning.") == ["LoRA"]


@pytest.mark.parametrize(
    "text",
    [
        "We focus on the recently released benchmark, QuaBench, and reach 81% accuracy.",
        "We revisit the recently proposed QuaRot method and show that one loss suffices.",
        "To address this, we previously introduced QuaRot, a rotation method.",
        "We use a recently introduced QuaRot detector for 48 landmarks.",
    ],
)
def test_a_proposal_verb_after_an_adverb_of_earlier_work_names_earlier_work(entity_nlp, text):
    assert proposed(entity_nlp, text) == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("We introduce QuaBench, a newly collected benchmark of 5k images.", "QuaBench"),
        ("Experiments on our newly introduced QuaBench show large gains.", "QuaBench"),
        ("We recently noticed a gap and propose QuaRot, a rotation method.", "QuaRot"),
    ],
)
def test_a_new_or_distant_adverb_keeps_the_proposal(entity_nlp, text, name):
    assert proposed(entity_nlp, text) == [name]


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "We introduce a logical prompting strategy that fuses chain-of-thought reasoning with question "
            "decomposition, termed CoVQD.",
            "CoVQD",
        ),
        ("We propose a mutually causal semantic distillation network (termed MSDN++) to learn features.", "MSDN++"),
        # a description ending in a kind noun, a comma, then the name: the description is the name's kind
        ("We propose a novel safety alignment strategy, FooCKU, which prunes gradients.", "FooCKU"),
        ("We propose a training-free token pruning strategy, FooPrune, which drops tokens.", "FooPrune"),
    ],
)
def test_a_lower_case_description_gives_way_to_the_name_given_later(entity_nlp, text, name):
    assert proposed(entity_nlp, text) == [name]


@pytest.mark.parametrize(
    "text,description",
    [
        (
            "We introduce a logical prompting strategy for retrieval. It is termed CoVQD by the community.",
            "logical prompting strategy",
        ),
        # a description that the comma and the name do not follow right away stays
        (
            "We propose a token pruning strategy and a routing module, FooRoute, for fast inference.",
            "token pruning strategy",
        ),
    ],
)
def test_a_description_named_in_another_sentence_stays_proposed(entity_nlp, text, description):
    assert description in proposed(entity_nlp, text)


@pytest.mark.parametrize(
    "title",
    [
        "MEGC2026: Micro-Expression Grand Challenge on Visual Question Answering",
        "SIS-Challenge: Event-based Instance Segmentation at CVPR",
    ],
)
def test_a_title_name_of_a_challenge_is_no_proposal(entity_nlp, title):
    assert proposed(entity_nlp, "It summarises the submissions.", title=title) == []


@pytest.mark.parametrize(
    "title,name",
    [
        ("QuaBench: A Challenge Benchmark for Visual Reasoning", "QuaBench"),
        ("Orbis: Overcoming Challenges of Long-Horizon Prediction in Driving World Models", "Orbis"),
    ],
)
def test_a_title_name_beside_the_word_challenge_may_still_be_proposed(entity_nlp, title, name):
    assert name in proposed(entity_nlp, "It predicts long horizons.", title=title)
