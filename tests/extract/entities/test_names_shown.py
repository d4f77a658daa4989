"""The name shown for the paper's method and the type of its names (misreadings of a judged fact
sample): a long form that is a sentence, a verb phrase or half expanded yields to its short form; a long form
never runs over a comma clause; a lexicon name the paper introduces as its own method takes the type the text
gives it; metrics at a cutoff and names ending in "score" are metrics; distribution settings (OOD, ID) and a
lowercase word glued to a name are no names. Hand-written cases with negatives."""

import pytest

from claimgraph.extract.from_doc import group_entities
from tests.extract.helpers import entity_pipeline, entity_set, make_doc, shown


@pytest.fixture(scope="module")
def full_nlp():
    """Abbreviations, the packaged lexicons and proposes."""
    return entity_pipeline(abbreviations=True, proposes=True, lexicon=None)


def proposed(nlp, abstract, title=""):
    """The texts of the entities the paper proposes, as shown."""
    doc = make_doc(nlp, title, abstract)
    _, text_of_start = group_entities(doc)
    return [text_of_start.get(span.start, span.text) for span in doc._.proposes]


# --- a long form that is no name: the short form names the work -----------------------------------------------


def test_a_long_form_that_opens_with_a_verb_and_its_object_yields_to_its_short_form(full_nlp):
    # realabs 2603.19759 and 2512.02860
    title = "Growing Networks with Autonomous Pruning"
    text = "This paper introduces Growing Networks with Autonomous Pruning (GNAP) for image classification."
    names = shown(full_nlp, text, title)
    assert "GNAP" in names and "Growing Networks with Autonomous Pruning" not in names
    assert proposed(full_nlp, text, title) == ["GNAP"]
    title = "RFOP: Rethinking Fusion and Orthogonal Projection for Face-Voice Association"
    names = shown(full_nlp, "Our method ranked 3rd in the challenge.", title)
    assert "Rethinking Fusion and Orthogonal Projection" not in names


@pytest.mark.parametrize(
    ("title", "text", "short", "long_form"),
    [
        # realabs 2602.04315: the long form is the title's subtitle
        (
            "GeneralVLA: Generalizable Vision-Language-Action Models with Knowledge-Guided Trajectory Planning",
            "In this work, we propose GeneralVLA (Generalizable Vision-Language-Action Models with Knowledge-Guided "
            "Trajectory Planning), a hierarchical model.",
            "GeneralVLA",
            "Generalizable Vision-Language-Action Models with Knowledge-Guided Trajectory Planning",
        ),
    ],
)
def test_a_long_form_that_is_the_title_yields_to_its_coined_short_form(full_nlp, title, text, short, long_form):
    names = shown(full_nlp, text, title)
    assert short in names and long_form not in names


def test_a_long_form_that_is_not_the_whole_title_stays_shown(full_nlp):
    # realabs 2602.24208: one entity (the blend SenCache pairs with its long form), shown by its long form
    title = "SenCache: Accelerating Diffusion Model Inference via Sensitivity-Aware Caching"
    names = shown(full_nlp, "We propose Sensitivity-Aware Caching (SenCache), a policy.", title)
    assert "Sensitivity-Aware Caching" in names and "SenCache" not in names
    title = "RSVQA: Remote Sensing Visual Question Answering"  # an all-capital acronym keeps the long form
    names = shown(full_nlp, "We propose a Remote Sensing Visual Question Answering (RSVQA) method.", title)
    assert "RSVQA" not in names
    title = "Reward Reasoning Models"  # a plural acronym too
    names = shown(full_nlp, "We introduce Reward Reasoning Models (RRMs), which reason.", title)
    assert "RRMs" not in names
    title = "Writing in the Margins: Better Inference Pattern for Long Context Retrieval"  # the title's own name
    names = shown(full_nlp, "We introduce Writing in the Margins (WiM), an inference pattern.", title)
    assert "Writing in the Margins" in names and "WiM" not in names


@pytest.mark.parametrize(
    "long_form",
    [
        "Sliding Tile Attention",  # a participle before its head noun
        "Pruning and Clustering-Based Token Reduction",  # gerund nouns joined right away
        "Thinking with Camera",  # a gerund noun and its preposition
    ],
)
def test_a_long_form_that_opens_with_a_gerund_noun_stays_the_name(full_nlp, long_form):
    short = "".join(word[0] for word in long_form.replace("-", " ").split() if word[0].isupper())
    text = f"We propose {long_form} ({short}), a method for fast video models."
    assert long_form in shown(full_nlp, text)


@pytest.mark.parametrize(
    ("text", "short", "long_form"),
    [
        # realabs 2504.00470: the method was shown as "Less input is More faithful for Attribution"
        (
            "We propose a novel attribution mechanism, LiMA (Less input is More faithful for Attribution), which "
            "selects subsets. LiMA outperforms the naive greedy search.",
            "LiMA",
            "Less input is More faithful for Attribution",
        ),
        # realabs 2605.16937: "Dynamic Extreme VIew Synthesis-GRPO (DEVIS-GRPO)" was shown by its long form
        (
            "We propose Dynamic Extreme VIew Synthesis-GRPO (DEVIS-GRPO), a GRPO-based framework for trajectory-"
            "controlled video generation.",
            "DEVIS-GRPO",
            "Dynamic Extreme VIew Synthesis-GRPO",
        ),
        # a judged fact showed "Spatial Video-Audio Contrastive": the long form modifies the noun after "(SF)"
        (
            "We design a Spatial Video-Audio Contrastive (SVAC) learning strategy to align the video encoder with "
            "the audio. SVAC helps.",
            "SVAC",
            "Spatial Video-Audio Contrastive",
        ),
        (
            "We further introduce a Conditional Supervised Contrastive (CSC) objective, which compacts the "
            "representations.",
            "CSC",
            "Conditional Supervised Contrastive",
        ),
    ],
)
def test_a_long_form_that_is_a_sentence_or_half_expanded_yields_to_its_short_form(full_nlp, text, short, long_form):
    names = shown(full_nlp, text)
    assert short in names and long_form not in names


@pytest.mark.parametrize(
    ("text", "long_form"),
    [
        (
            "We propose Dynamic Extreme View Synthesis (DEVS), a framework for video generation.",
            "Dynamic Extreme View Synthesis",
        ),
        # "Sibling" is no verb: the long form names the method
        (
            "We introduce Sibling Contrastive Learning with Hierarchical Prompt Tuning (SCLHPT) for text "
            "classification.",
            "Sibling Contrastive Learning with Hierarchical Prompt Tuning",
        ),
        # a long form ending in its own head noun stays, whatever the noun after the short form
        (
            "We add a Hybrid Token Fusion (HTF) module to the encoder.",
            "Hybrid Token Fusion",
        ),
        # a noun after a preposition, an acronym: no adjective
        (
            "We propose the Arithmetic Progression of Interval (API) method to partition the axis.",
            "Arithmetic Progression of Interval",
        ),
        ("We introduce the Saliency-LiDAR (SALL) method, which aggregates attributions.", "Saliency-LiDAR"),
        ("We propose the Cross-View Content (CVC) module to fuse features.", "Cross-View Content"),  # a noun in -ent
        # an adjective long form with no head noun after the short form stays (nothing better to show)
        (
            "We propose Spatial Video-Audio Contrastive (SVAC) to align the video encoder with the audio.",
            "Spatial Video-Audio Contrastive",
        ),
    ],
)
def test_a_fully_expanded_long_form_stays_the_name(full_nlp, text, long_form):
    assert long_form in shown(full_nlp, text)


# --- a long form never runs over a comma clause ----------------------------------------------------------------


def test_a_long_form_does_not_run_over_a_comma_clause(full_nlp):
    # realabs 2510.12670: the method was "to multispectral inputs, as well as a Temporal Transformer model"
    text = (
        "TEC includes efficient image-based variants adapted to multispectral inputs, as well as a Temporal "
        "Transformer model (TEC-TT) that leverages dependencies across time."
    )
    assert not any("," in name for name in shown(full_nlp, text))


def test_a_long_form_listing_capitalised_parts_after_commas_stays(full_nlp):
    text = "We study Vision, Language, and Action (VLA) models for robots."
    pairs = [(lf.text, sf.text) for lf, sf in make_doc(full_nlp, "", text)._.abbreviations]
    assert pairs == [("Vision, Language, and Action", "VLA")]


# --- the paper's own method keeps the type the text gives it ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # realabs 2601.22703: DAVIS (a video dataset in the lexicon) is the paper's post-hoc technique
        (
            "We introduce DAVIS, a simple and broadly applicable post-hoc technique that enriches feature vectors. "
            "Extensive evaluations show DAVIS sets a new benchmark across diverse architectures.",
            "Method",
        ),
        # the dataset the paper evaluates on stays a dataset
        ("We introduce FooNet, a simple technique. We evaluate FooNet on DAVIS and YouTube-VOS.", "Dataset"),
    ],
)
def test_a_lexicon_dataset_name_takes_the_type_the_paper_gives_it(full_nlp, text, label):
    assert shown(full_nlp, text)["DAVIS"] == label


def test_a_lexicon_dataset_name_named_as_an_architecture_is_a_method(full_nlp):
    # realabs 2507.22316: LAMA-Net (grown from the LAMA probe of the lexicon) is the paper's network
    text = "LAMA directly yields an interpretable neural network architecture called LAMA-Net."
    assert ("LAMA-Net", "Dataset") not in entity_set(full_nlp, text)


# --- metrics and settings -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name at a cutoff
        (
            "It improves over prior methods by 2.70% on mAP@3+tgt, and 2.1% on mR@3.",
            {("mAP@3+tgt", "Metric"), ("mR@3", "Metric")},
        ),
        # realabs 2503.09279: "VDCSCORE" (a coined name ending in "score" after "on") was a benchmark
        ("We set new state-of-the-art performance on VDCSCORE in a dimension-balanced way.", {("VDCSCORE", "Metric")}),
    ],
)
def test_a_name_at_a_cutoff_or_ending_in_score_is_a_metric(full_nlp, text, expected):
    assert entity_set(full_nlp, text) == expected


def test_a_score_name_the_paper_calls_a_benchmark_stays_a_dataset(full_nlp):
    text = "Experiments on the FooScore benchmark show gains. We also report results on FooScore."
    assert ("FooScore", "Dataset") in entity_set(full_nlp, text)
    assert ("WorldScore", "Dataset") in entity_set(full_nlp, "Mirage attains strong performance on WorldScore.")


def test_distribution_settings_are_no_datasets(full_nlp):
    text = "Our model achieves substantial improvements on both in-domain (ID) and out-of-domain (OOD) tasks."
    names = {name for name, _ in entity_set(full_nlp, text)}
    assert not names & {"ID", "OOD"}
    text = "C3R outperforms existing baselines on both ID and OOD tasks."
    assert not {name for name, _ in entity_set(full_nlp, text)} & {"ID", "OOD"}


# --- a lowercase word glued to a name ----------------------------------------------------------------------------


def test_a_frequent_word_glued_to_a_name_is_no_name(full_nlp):
    # realabs 2606.16601: "large-scale models likeQwen3-VL" (the source lost a space)
    text = "It achieves competitive performance compared to large-scale models likeQwen3-VL (235B parameters)."
    assert not any(name.startswith("like") for name, _ in entity_set(full_nlp, text))


@pytest.mark.parametrize("name", ["openPangu", "mBERT", "iPhone", "highD"])
def test_a_coined_lowercase_prefix_stays_part_of_the_name(full_nlp, name):
    text = f"We fine-tune {name} on our data and compare it with strong baselines."
    assert any(found == name for found, _ in entity_set(full_nlp, text))


def test_a_name_glued_to_a_setting_acronym_stays(full_nlp):
    text = "We introduce ID-Adapter-G, a module that injects facial features."
    assert any(name == "ID-Adapter-G" for name, _ in entity_set(full_nlp, text))


def test_no_part_of_a_verb_phrase_long_form_is_proposed_in_its_place(full_nlp):
    # realabs 2604.27918: "Talking Avatar" was proposed instead of TAVR
    text = (
        "We introduce Talking Avatar generation from Video Reference (TAVR), a novel framework that leverages "
        "cross-scene video inputs. TAVR integrates a token selection module."
    )
    assert proposed(full_nlp, text) == ["TAVR"]
    assert "Talking Avatar" not in shown(full_nlp, text)


def test_a_lexicon_task_phrase_the_paper_introduces_stays_a_task(full_nlp):
    # realabs 2506.03131: the paradigm works in image synthesis, a task, whatever "a novel ... paradigm" says
    text = "We introduce native-resolution image synthesis, a novel generative modeling paradigm for images."
    assert ("image synthesis", "Method") not in entity_set(full_nlp, text)


def test_a_score_name_with_its_own_metric_stays_a_dataset(full_nlp):
    text = "We run experiments on JumpScore. Our model reaches 74.9 JumpScore mAP, surpassing prior models."
    assert ("JumpScore", "Dataset") in entity_set(full_nlp, text)


def test_a_long_form_after_a_naming_cue_is_the_authors_name(full_nlp):
    """A judged fact showed "Video Promotion" for "dubbed the Video Promotion attack (ViPro)": a naming cue
    introduces the pair like a propose verb, so its long form is typed and shown whole, with its short form."""
    text = (
        "We pioneer the first attack against T2VR to promote videos adversarially, dubbed the Video Promotion "
        "attack (ViPro). Overall, ViPro surpasses other baselines."
    )
    names = shown(full_nlp, text, "Adversarial Video Promotion Against Text-to-Video Retrieval")
    assert names.get("Video Promotion attack") == "Method" and "Video Promotion" not in names
    # no cue and no head word: an untyped pair stays no entity ("field of view (FOV)")
    assert "Video Promotion attack" not in shown(full_nlp, "The Video Promotion attack (ViPro) is rare.")


def test_an_ing_head_word_inside_a_describing_phrase_is_no_verb(full_nlp):
    """A judged fact typed "SAIL-Embedding, an omni-modal embedding foundation model" a Method: "embedding" was
    read as a verb ending the phrase; a method head word in -ing is a noun there. A verb still ends it."""
    text = "In this work, we introduce SAIL-Embedding, an omni-modal embedding foundation model that works."
    assert shown(full_nlp, text).get("SAIL-Embedding") == "Model"
    text = "We introduce BadMDE, the first backdoor attack targeting depth estimation models."
    assert shown(full_nlp, text).get("BadMDE") != "Model"


def test_a_team_is_no_name(full_nlp):
    """A judged fact showed "Team" as a method using Meta-Llama-3-8B-Instruct: the authors' team is no name."""
    names = shown(full_nlp, "We propose a system named Team that prompts Meta-Llama-3-8B-Instruct.")
    assert "Team" not in names and "Meta-Llama-3-8B-Instruct" in names


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a judged fact showed EXAONE 3.5, "a family of models", as a Method
        (
            "This technical report introduces the EXAONE 3.5 instruction-tuned language models. The EXAONE 3.5 "
            "language models are offered in three configurations.",
            "EXAONE 3.5",
            "Model",
        ),
        ("We release our Ministral 3 models under an open license.", "Ministral 3", "Model"),
        # a kind or a class of models, and a compound modifier, are no family name
        ("The GNN models and the Transformer models are compared.", "Transformer", "Method"),
        ("We study the FooNet-based models on ImageNet.", "FooNet", None),
        # a verb between the name and the head: the name is the subject, no family
        ("We propose SHIFT, a steering method. Our SHIFT equips LLMs with gate-modulated steering.", "SHIFT", "Method"),
    ],
)
def test_a_family_named_before_plural_models_is_a_model(full_nlp, text, name, label):
    assert shown(full_nlp, text).get(name) == label
