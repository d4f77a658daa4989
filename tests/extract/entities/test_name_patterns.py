import pytest

from claimgraph.extract.entities.name_cues import name_cues
from tests.extract.helpers import make_doc


def found(nlp, abstract, title=""):
    doc = make_doc(nlp, title, abstract)
    return {(s.text, s.label_, s._.evidence) for s in doc.spans["entities"]}


def test_title_name_before_colon(entity_nlp):
    result = found(entity_nlp, "Long sequence modeling matters.", title="CItruS: Chunked State Eviction")
    assert ("CItruS", "Method", "title") in result


def test_title_without_coined_name_gives_nothing(entity_nlp):
    result = found(entity_nlp, "Text.", title="Probing Natural Language Inference Models: A Study")
    assert not any(cue == "title" for _, _, cue in result)


def test_proposed_name_and_type_from_context(entity_nlp):
    result = found(entity_nlp, "We introduce FooBench, a benchmark of 500 tasks. We present QuaRot, a new method.")
    assert ("FooBench", "Dataset", "propose") in result
    assert ("QuaRot", "Method", "propose") in result


def test_dataset_heads_before_and_after(entity_nlp):
    result = found(entity_nlp, "We test on the Knesset Corpus and the SciQA dataset.")
    assert ("Knesset Corpus", "Dataset", "dataset-head") in result
    assert ("SciQA", "Dataset", "dataset-head") in result


def test_sized_model_shape(entity_nlp):
    assert ("Zorro-13B", "Model", "model-shape") in found(entity_nlp, "Our Zorro-13B model is strong.")


def test_generic_acronyms_are_not_names(entity_nlp):
    result = found(entity_nlp, "It outperforms LLMs and NLP systems on the AI benchmark.")
    assert result == set()


def test_multiword_names_after_naming_cues(entity_nlp):
    result = found(entity_nlp, "We summarize a framework, termed Internal Consistency, which explains it.")
    assert ("Internal Consistency", "Method", "naming") in result
    result = found(entity_nlp, "In this work, we propose Chain of Code (CoC), a simple extension.")
    assert ("Chain of Code", "Method", "propose") in result


def test_a_benchmark_shaped_name_keeps_its_count(entity_nlp):
    result = found(entity_nlp, "It reaches 50.3 on HealthBench-500 and 71.2 on MedEval-2K.")
    assert ("HealthBench-500", "Dataset", "dataset-head") in result
    assert ("MedEval-2K", "Dataset", "dataset-head") in result


def test_names_listed_as_examples_of_baselines(entity_nlp):
    result = found(entity_nlp, "FooNet outperforms strong baselines such as DrugGPT and QuuxFormer on MMLU.")
    assert {("DrugGPT", "head-name"), ("QuuxFormer", "head-name")} <= {(name, ev) for name, _, ev in result}
    result = found(entity_nlp, "It beats baselines like Random and Greedy.")
    assert not {name for name, _, evidence in result if evidence == "head-name"}  # plain words name no system


def test_plain_words_in_a_list_of_named_datasets(entity_nlp):
    result = found(entity_nlp, "Experiments on the TUM RGB-D, Arctic and OnePose datasets show it works.")
    assert ("Arctic", "Dataset", "dataset-head") in result
    result = found(entity_nlp, "Experiments on the TJ4DRadSet, Kodak and Tecnick datasets show it works.")
    assert ("TJ4DRadSet", "Dataset", "dataset-head") in result  # a coined name before plain words
    result = found(entity_nlp, "It works on the Dresden, Vision and Forchheim datasets.")
    assert ("Vision", "Dataset", "dataset-head") not in result  # no coined name: the plain words may be anything


def test_a_size_variant_with_its_patch_size_after_on_is_a_model(entity_nlp):
    result = found(entity_nlp, "Experiments on SiT-XL/2 and ImageNet show that it works.")
    assert ("SiT-XL/2", "Model", "model-shape") in result


def test_a_latex_percentage_before_on_is_a_score(entity_nlp):
    result = found(entity_nlp, "It reaches $76.0\\%$ on FinanceMath and $86.9%$ on ESGenius.")
    assert {("FinanceMath", "Dataset", "dataset-head"), ("ESGenius", "Dataset", "dataset-head")} <= result


def test_a_stoplisted_acronym_glued_to_a_code_opens_a_name(entity_nlp):
    result = found(entity_nlp, "Results on datasets including AI-TOD and UAVDT show that it works.")
    assert ("AI-TOD", "Dataset", "head-name") in result
    result = found(entity_nlp, "We study AI-generated images and AI-Driven Agents with it.")
    assert not {name for name, _, _ in result if name.startswith("AI")}


def test_names_listed_in_brackets_after_a_type_word(entity_nlp):
    result = found(entity_nlp, "FooNet significantly outperformed baseline models (DrugGPT and DrugGen).")
    assert {("DrugGPT", "Model", "head-name"), ("DrugGen", "Model", "head-name")} <= result
    result = found(entity_nlp, "The rise of text-to-image diffusion models (T2I DMs) and vision models (ViTs).")
    assert not {name for name, _, evidence in result if evidence == "head-name"}  # abbreviations, no lists


def test_a_capitalised_naming_word_inside_a_title_names_nothing(entity_nlp):
    result = found(entity_nlp, "We compare models.", title="Evaluating Named Entity Recognition Models for News")
    assert not {name for name, _, evidence in result if evidence == "naming"}


def test_a_quoted_name_leaves_the_punctuation_inside_the_quotes_out(entity_nlp):
    result = found(
        entity_nlp,
        'We present "Mediom," a multilingual, multimodal idiom corpus of Thai idioms. '
        "We propose \u201cHIDE,\u201d a hinting-based idiom explanation framework. "
        'We also release "Sequence Search." Mediom and HIDE help.',
    )
    labels = {text: label for text, label, _ in result}
    assert labels == {"Mediom": "Dataset", "HIDE": "Method", "Sequence Search": "Method"}  # no "Mediom,"


def test_multiword_names_stop_at_the_title_end(entity_nlp):
    result = found(entity_nlp, "Recent work is strong.", title="We Present Named Entity Recognition in Medicine")
    assert all(not text.endswith("Recent") for text, _, _ in result)


def test_coined_name_after_a_type_word(entity_nlp):
    result = found(
        entity_nlp, "Using it, our multi-agent framework OMNE won. We build a new dataset, HardEdit, of cases."
    )
    assert ("OMNE", "Method", "head-name") in result
    assert ("HardEdit", "Dataset") in {(text, label) for text, label, _ in result}


def test_title_phrase_ending_in_a_method_word(entity_nlp):
    result = found(
        entity_nlp, "Models depend on order.", title="Set-Based Prompting: Provably Solving Order Dependency"
    )
    assert ("Set-Based Prompting", "Method", "title") in result
    result = found(entity_nlp, "Edits matter.", title="The Butterfly Effect of Model Editing: Few Edits Break Models")
    assert not any(cue == "title" for _, _, cue in result)


def test_task_phrases_in_task_context(entity_nlp):
    result = found(entity_nlp, "We evaluate on dialogue understanding tasks and improve reasoning.")
    assert ("dialogue understanding", "Task", "task-phrase") not in result  # "understanding" is too generic
    result = found(entity_nlp, "We evaluate on cross-lingual entity detection tasks.")
    assert ("cross-lingual entity detection", "Task", "task-phrase") in result


def test_type_from_the_appositive_head_noun(entity_nlp):
    result = found(
        entity_nlp,
        "We propose JudgeFit, an iterative refinement procedure for VLMs. "
        "We construct Quadruped3D, a large-scale pseudo-3D dataset of animals. "
        "We also propose LungScore, an interpretable metric that compares outputs. "
        "We introduce GeoFlow, a flow-matching model conditioned on geometry. "
        "We introduce SnapMoGen, a new text-motion dataset featuring long captions.",
    )
    labels = {text: label for text, label, _ in result}
    assert labels["JudgeFit"] == "Method"
    assert labels["Quadruped3D"] == "Dataset"
    assert labels["LungScore"] == "Metric"
    assert labels["GeoFlow"] == "Model"
    assert labels["SnapMoGen"] == "Dataset"


def test_type_from_the_title_phrase_after_the_colon(entity_nlp):
    result = found(entity_nlp, "We study scenes.", title="PhysScene: A Scene Graph Dataset for Physics")
    assert ("PhysScene", "Dataset") in {(text, label) for text, label, _ in result}


def test_appositive_needs_a_noun_phrase(entity_nlp):
    # "X, which accelerates LLM decoding": a relative clause, not a description of X
    result = found(entity_nlp, "We propose ZapDec, which accelerates LLM decoding.")
    assert ("ZapDec", "Method") in {(text, label) for text, label, _ in result}
    # a title phrase starting with a verb says nothing about the type
    result = found(entity_nlp, "Text.", title="FooSpec: Uncovering Expertise within Large Language Models")
    assert ("FooSpec", "Model") not in {(text, label) for text, label, _ in result}
    # a sized model shape is a Model even when called a "system"
    result = found(entity_nlp, "We present Meerkat-7B, a novel medical AI system with 7 billion parameters.")
    assert ("Meerkat-7B", "Model") in {(text, label) for text, label, _ in result}


def test_a_list_of_coined_names_is_not_one_name(entity_nlp):
    result = found(entity_nlp, "To bridge the gap, we construct MATH-P-Simple and MATH-P-Hard via perturbation.")
    texts = {text for text, _, _ in result}
    assert "MATH-P-Simple" in texts
    assert "MATH-P-Simple and MATH-P-Hard" not in texts
    # plain capitalised words on both sides of "and" stay one name
    result = found(entity_nlp, "We propose Search and Learn, a framework for agents.")
    assert "Search and Learn" in {text for text, _, _ in result}


def test_a_dataset_phrase_after_a_or_an_describes_instead_of_naming(entity_nlp):
    result = found(entity_nlp, "We release a Scene Graph Dataset and evaluate on the Knesset Corpus.")
    texts = {text for text, _, _ in result}
    assert "Scene Graph Dataset" not in texts
    assert "Knesset Corpus" in texts
    result = found(entity_nlp, "First, a Maritime Simulated Visibility Dataset (MSVD) is built.")
    assert "Maritime Simulated Visibility Dataset" in {text for text, _, _ in result}


def test_appositive_reads_over_hyphen_compounds(entity_nlp):
    result = found(
        entity_nlp, "We study video.", title="VideoEspresso: A Large-Scale Chain-of-Thought Dataset for Video Reasoning"
    )
    assert ("VideoEspresso", "Dataset") in {(text, label) for text, label, _ in result}


def test_latex_markup_is_no_part_of_a_name(entity_nlp):
    result = found(
        entity_nlp, "We propose \\textbf{Brain3D}, a framework for decoding. We present \\emph{FooNet}, a new model."
    )
    assert ("Brain3D", "Method", "propose") in result
    assert ("FooNet", "Model", "propose") in result
    assert not any("\\" in text or "{" in text for text, _, _ in result)


def test_markup_inside_a_word_gives_no_name(entity_nlp):
    result = found(entity_nlp, "We introduce a \\textbf{Light}weight \\textbf{4}D\\textbf{GS} model for scenes.")
    assert {text for text, _, _ in result} & {"Light", "GS", "D"} == set()


def test_hyphenated_names_with_connectors_are_whole(entity_nlp):
    result = found(
        entity_nlp, "We propose Autonomy-of-Experts, a new paradigm. We propose Sim-to-Real Transfer Learning."
    )
    texts = {text for text, _, _ in result}
    assert {"Autonomy-of-Experts", "Sim-to-Real Transfer Learning"} <= texts
    assert not texts & {"Autonomy", "Sim", "Real"}


def test_dataset_name_with_lowercase_connectors(entity_nlp):
    result = found(entity_nlp, "We evaluate on the Labeled Faces in the Wild benchmark and more.")
    assert ("Labeled Faces in the Wild", "Dataset", "dataset-head") in result
    result = found(
        entity_nlp, "Experiments on ImageNet and the CIFAR-10 dataset. We use Wikipedia for the Pile dataset."
    )
    texts = {text for text, _, _ in result}
    assert "CIFAR-10" in texts
    assert not any(" and " in text or " for " in text for text in texts)


def test_a_size_before_a_dataset_head_is_no_name(entity_nlp):
    result = found(entity_nlp, "Text.", title="The Pile: An 800GB Dataset of Diverse Text")
    assert not any(text.startswith("GB") for text, _, _ in result)


def test_title_name_drops_a_leading_article(entity_nlp):
    title = "A Joint Many-Task Model: Growing a Neural Network for Multiple NLP Tasks"
    result = found(entity_nlp, "We introduce a joint many-task model.", title=title)
    assert ("Joint Many-Task Model", "title") in {(text, cue) for text, _, cue in result}
    result = found(entity_nlp, "A-IDE routes scans to experts.", title="A-IDE: Agent-Integrated Denoising Experts")
    assert ("A-IDE", "title") in {(text, cue) for text, _, cue in result}


def test_coined_name_before_a_model_head_or_in_parentheses_after_a_type_word(entity_nlp):
    result = found(entity_nlp, "The model improves over the baseline DictaBERT model on all tasks.")
    assert ("DictaBERT", "Model", "head-name") in result
    result = found(entity_nlp, "This study introduces a specialized benchmark (LIConBench) on long inputs.")
    assert ("LIConBench", "Dataset", "head-name") in result
    result = found(entity_nlp, "We pre-train a language model (TRLM-Ba) in reverse order.")
    assert ("TRLM-Ba", "Model", "head-name") in result


def test_short_acronyms_compounds_and_described_datasets_before_a_head_are_no_names(entity_nlp):
    result = found(entity_nlp, "We use the EMA model and a GPT-style model. It features an RGB-D dataset of frames.")
    assert {text for text, _, cue in result if cue == "head-name"} == set()


def test_examples_after_a_type_word_take_its_type(entity_nlp):
    result = found(
        entity_nlp, "We compare with debiasing methods such as PriDe. We use benchmarks including FooBench and BarQA."
    )
    assert ("PriDe", "Method", "head-name") in result
    assert {("FooBench", "Dataset"), ("BarQA", "Dataset")} <= {(text, label) for text, label, _ in result}
    result = found(entity_nlp, "We study problems such as FooBar and reasoning like BazQux.")
    assert not {"FooBar", "BazQux"} & {text for text, _, _ in result}


def test_a_quoted_name_after_a_propose_verb(entity_nlp):
    result = found(entity_nlp, 'In this paper, we present "I am a Strange Dataset", a new dataset for this question.')
    assert ("I am a Strange Dataset", "Dataset", "propose") in result
    result = found(entity_nlp, 'We present "a simple trick" that helps.')
    assert not any("trick" in text for text, _, _ in result)


def test_a_hyphen_glued_verb_is_no_propose_cue(entity_nlp):
    title = "Diff-MM: Exploring Pre-trained Text-to-Image Generation Model for Unified Multi-modal Object Tracking"
    result = found(entity_nlp, "Multi-modal tracking is hard.", title=title)
    assert not any(cue == "propose" for _, _, cue in result)


def test_the_type_is_read_past_a_short_form_but_not_from_an_infinitive(entity_nlp):
    result = found(entity_nlp, "We introduce Foo Compressed Bench Set (FCBS), a collection of curated tasks.")
    assert ("Foo Compressed Bench Set", "Dataset", "propose") in result
    result = found(entity_nlp, "It introduces PKAN Additive Attention (PAA) to model spatial dependencies.")
    assert ("PKAN Additive Attention", "Method", "propose") in result


def test_no_name_with_brackets_or_cut_by_markup(entity_nlp):
    result = found(entity_nlp, "We present a deep learning (DL)-based framework for forecasting.")
    assert not any(")" in text for text, _, _ in result)
    result = found(
        entity_nlp, "We propose \\underline{\\textbf{G}}eography-knowledge \\underline{\\textbf{E}}nhanced Recognition."
    )
    assert {text for text, _, _ in result} & {"G", "E"} == set()


def _typed(nlp, abstract, title=""):
    return {(text, label) for text, label, _ in found(nlp, abstract, title)}


def test_a_naming_cue_takes_the_type_of_the_phrase_before_it(entity_nlp):
    result = _typed(entity_nlp, "We build a large benchmark dataset, termed HARDVS 2.0, which bridges gaps.")
    assert ("HARDVS 2.0", "Dataset") in result
    result = _typed(
        entity_nlp, "We assemble a large-scale dataset for multi-modal pretraining, called ImageNeXt, today."
    )
    assert ("ImageNeXt", "Dataset") in result
    result = _typed(entity_nlp, "We propose a heat conduction framework for activity recognition, termed MMHCO-HAR.")
    assert ("MMHCO-HAR", "Method") in result
    # no article in reach, or no head noun in the phrase: the default guess
    assert ("FooLoss", "Method") in _typed(entity_nlp, "The model is trained with a loss termed FooLoss.")


def test_named_head_type_is_pure():
    from claimgraph.extract.entities.name_patterns import named_head_type
    from tests.extract.helpers import blank

    cues = name_cues()
    doc = blank()("we construct a benchmark , named IRBlurUAV , containing images")
    assert named_head_type(doc, 5, cues) == "Dataset"
    doc = blank()("the resulting algorithm , named SELM , works")
    assert named_head_type(doc, 4, cues) == "Method"
    doc = blank()("trained on data called FooSet")
    assert named_head_type(doc, 3, cues) is None


def test_an_appositive_stops_at_a_participle_after_its_head(entity_nlp):
    result = _typed(entity_nlp, "We present TPC-268, the first plant counting benchmark incorporating plant taxonomy.")
    assert ("TPC-268", "Dataset") in result
    # "-based" inside a compound and an "-ing" word before a head noun are no stops
    result = _typed(entity_nlp, "We propose DuET, a Task Arithmetic-based model merging framework that works.")
    assert ("DuET", "Method") in result
    result = _typed(entity_nlp, "We introduce HoloPart, a novel diffusion-based model, to complete parts.")
    assert ("HoloPart", "Model") in result


def test_a_coined_name_typed_by_the_phrase_after_it(entity_nlp):
    result = _typed(entity_nlp, "We study the use of TabPFN, a transformer-based tabular foundation model, here.")
    assert ("TabPFN", "Model") in result
    assert ("FooBench", "Dataset") in _typed(entity_nlp, "FooBench is a benchmark of 500 tasks.")
    # no describing phrase with a head noun, or no coined name: nothing
    assert _typed(entity_nlp, "In ZetaRun, the results improve.") == set()
    assert _typed(entity_nlp, "In summary, a model helps.") == set()


def test_dataset_names_listed_before_a_plural_head(entity_nlp):
    result = _typed(entity_nlp, "Experiments on the FashionIQ and CIRR benchmark datasets show it.")
    assert {("FashionIQ", "Dataset"), ("CIRR", "Dataset")} <= result
    # short acronyms (modalities), a piece of a hyphenated name, or a singular head: no list
    result = _typed(entity_nlp, "We collect MRI and CT datasets for it.")
    assert ("MRI", "Dataset") not in result
    result = _typed(entity_nlp, "Results on View-of-Delft and TJ4DRadSet datasets improve.")
    assert ("Delft", "Dataset") not in result
    assert ("TJ4DRadSet", "Dataset") in result
    result = _typed(entity_nlp, "We train ZetaNet and the FooSet dataset.")
    assert ("ZetaNet", "Dataset") not in result


def test_a_dataset_name_keeps_a_lowercase_word_glued_into_it(entity_nlp):
    result = _typed(entity_nlp, "Experiments on the BEHAVE and Human-object Interaction datasets show it.")
    assert ("Human-object Interaction", "Dataset") in result
    assert ("Interaction", "Dataset") not in result
    result = _typed(entity_nlp, "Self-adaptive Dataset Construction for Safety", title="")
    assert ("Self-adaptive Dataset", "Dataset") not in result


def test_the_task_of_a_name_is_a_task():
    from claimgraph.extract.entities.name_patterns import typed_guess
    from tests.extract.helpers import blank

    cues = name_cues()
    doc = blank()("we study the task of ZetaFeed where models help")
    assert typed_guess(doc, 5, 6, cues) == ("Task", True)
    doc = blank()("we study the use of ZetaFeed where it helps")
    assert typed_guess(doc, 5, 6, cues) == ("Method", False)


def test_a_name_ending_in_llm_is_only_weakly_a_model(entity_nlp):
    result = _typed(entity_nlp, "We propose FuseGPT, a novel methodology to recycle blocks.", title="FuseGPT: Fusion")
    assert ("FuseGPT", "Method") in result
    assert ("FuseGPT", "Model") not in result
    assert ("ZetaLLM", "Model") in _typed(entity_nlp, "We propose ZetaLLM for reasoning.")


def test_title_phrases_with_not_or_and_are_no_names(entity_nlp):
    result = found(entity_nlp, "We propose a method.", title="Not Like Transformers: Drop the Beat")
    assert not any(cue == "title" for _, _, cue in result)
    result = found(entity_nlp, "We propose a method.", title="Concurrent Image Understanding and Generation: Jumps")
    assert not any(cue == "title" for _, _, cue in result)
    result = found(entity_nlp, "We propose a method.", title="Set-Based Prompting: Provably Solving Order")
    assert ("Set-Based Prompting", "Method", "title") in result


def test_a_capitalised_stop_word_glued_into_a_name_continues_it(entity_nlp):
    result = _typed(entity_nlp, "To fix it, we propose Cross-Task In-Context Manipulation, a method for robots.")
    assert ("Cross-Task In-Context Manipulation", "Method") in result
    assert ("Cross-Task", "Method") not in result


def test_names_after_evaluated_on_are_datasets(entity_nlp):
    result = _typed(entity_nlp, "Extensive experiments on HICO-DET and ZetaSet-2 show gains.")
    assert {("HICO-DET", "Dataset"), ("ZetaSet-2", "Dataset")} <= result
    result = _typed(entity_nlp, "The model is fine-tuned on OAIZIB-CM, SKI-10 and SKM-TEA.")
    assert {("OAIZIB-CM", "Dataset"), ("SKI-10", "Dataset"), ("SKM-TEA", "Dataset")} <= result
    # no evaluation word before "on", a model-shaped name, or a modifier: nothing
    assert ("ZetaSet", "Dataset") not in _typed(entity_nlp, "We build on ZetaSet for speed.")
    assert ("FooLM-7B", "Dataset") not in _typed(entity_nlp, "Experiments on FooLM-7B show gains.")
    assert ("RL", "Dataset") not in _typed(entity_nlp, "Experiments on RL-trained models show gains.")


@pytest.mark.parametrize(
    ("abstract", "acronym"),
    [
        (
            "Magma creates new state-of-the-art results on UI navigation and robotic manipulation tasks.",
            "UI",
        ),
        (
            "FocusNet reaches a dice of 82.09% on the NBI and 93.42% on WLI modality, demonstrating its robustness.",
            "WLI",
        ),
        (
            "Experiments show that it achieves state-of-the-art performance on HCC diagnosis and captioning tasks.",
            "HCC",
        ),
        ("We introduce OSReward, a benchmark that evaluates VLM judges on CUA trajectories.", "CUA"),
    ],
)
def test_a_short_acronym_modifying_a_noun_after_on_is_no_dataset(entity_nlp, abstract, acronym):
    assert (acronym, "Dataset") not in _typed(entity_nlp, abstract)


@pytest.mark.parametrize(
    ("abstract", "dataset"),
    [
        # a verb after the dataset: the name is the whole object of "on"
        ("Experimental results on MVTec and MPDD demonstrate the superior FSAD performance.", "MPDD"),
        ("Cross-dataset evaluation on CelebDF and DFDC reveals catastrophic failure.", "DFDC"),
        # the phrase reaches a dataset head: the acronym names the datasets
        ("Extensive experiments on TCGA breast, lung, and kidney cancer datasets demonstrate gains.", "TCGA"),
        ("Extensive experiments on DTU reconstruction benchmarks demonstrate that it works.", "DTU"),
    ],
)
def test_a_short_acronym_after_on_stays_a_dataset_before_a_verb_or_a_dataset_head(entity_nlp, abstract, dataset):
    assert (dataset, "Dataset") in _typed(entity_nlp, abstract)


def test_a_coined_word_ending_like_a_benchmark_is_a_dataset(entity_nlp):
    result = _typed(entity_nlp, "ZetaBench shows it, and TallyQA too.")
    assert {("ZetaBench", "Dataset"), ("TallyQA", "Dataset")} <= result
    result = _typed(entity_nlp, "See https://github.com/x/ZetaBench for code.")
    assert not any("github" in text for text, _ in result)


def test_task_head_nouns_type_names(entity_nlp):
    assert ("NER", "Task") in _typed(entity_nlp, "It helps on tasks such as NER and POS tagging.")
    assert ("GUI", "Task") not in _typed(entity_nlp, "It helps on tasks such as GUI control.")
    assert ("ZetaReg", "Task") in _typed(entity_nlp, "Our study shows ZetaReg is a fundamental task in vision.")


def test_names_after_an_evaluation_verb_and_on_are_datasets(entity_nlp):
    assert ("CyberGym", "Dataset") in _typed(entity_nlp, "We evaluate ZetaMind on CyberGym using 260 tasks.")
    # punctuation between the verb and "on": no
    assert ("CyberGym", "Dataset") not in _typed(entity_nlp, "We evaluate it, building on CyberGym for speed.")


def test_a_spaced_version_continues_a_name(entity_nlp):
    result = _typed(entity_nlp, "We introduce OpenZeta V1, a large-scale benchmark dataset aimed at grounding.")
    assert ("OpenZeta V1", "Dataset") in result
    assert ("OpenZeta", "Dataset") not in result


def test_a_sized_name_before_a_dataset_head_is_a_dataset(entity_nlp):
    assert ("ZetaChapters-7M", "Dataset") in _typed(entity_nlp, "It wins on the recent ZetaChapters-7M benchmark.")
    assert ("ZetaLM-7B", "Model") in _typed(entity_nlp, "It wins with ZetaLM-7B today.")


def test_an_appositive_reads_through_coordinated_modifiers(entity_nlp):
    result = _typed(entity_nlp, "We introduce ZETA2TABLE, a more realistic and challenging benchmark for tables.")
    assert ("ZETA2TABLE", "Dataset") in result
    result = _typed(entity_nlp, "We introduce ZetaNet, a fast and accurate detection of things.")
    assert ("ZetaNet", "Method") in result


def test_a_naming_cue_without_an_article_reads_the_word_before_it(entity_nlp):
    assert ("ZetaData", "Dataset") in _typed(
        entity_nlp, 'We collect "imperfectly-paired" dataset called ZetaData, of images.'
    )


def test_curated_and_counted_names_are_datasets(entity_nlp):
    assert ("ZetaPass-20K", "Dataset") in _typed(entity_nlp, "To train it, we curate ZetaPass-20K spanning real data.")
    assert ("ZetaSet", "Dataset") in _typed(entity_nlp, "We curate ZetaSet spanning real data.")
    assert ("ZetaNet", "Method") in _typed(entity_nlp, "We develop ZetaNet spanning real data.")
    # what the text says wins over the count
    assert ("Zeta-200K", "Model") in _typed(entity_nlp, "We introduce Zeta-200K, a model for us.")


def test_a_head_word_after_a_preposition_does_not_type_the_name(entity_nlp):
    result = _typed(entity_nlp, "It achieves a speed up over ZetaTorch on a benchmark of 100 kernels.")
    assert ("ZetaTorch", "Dataset") not in result


def test_a_multiword_name_ending_in_a_metric_word_is_a_metric(entity_nlp):
    assert ("Zeta Distance", "Metric") in _typed(
        entity_nlp, "Recent studies have proposed the Zeta Distance as a measure."
    )


def test_a_dataset_phrase_in_a_subtitle_or_inside_a_compound_is_no_name(entity_nlp):
    result = _typed(entity_nlp, "We study it.", title="STRIDE-QA: Visual Question Answering Dataset for Driving")
    assert ("Visual Question Answering Dataset", "Dataset") not in result
    assert ("STRIDE-QA", "Dataset") in result
    result = _typed(entity_nlp, "We study it.", title="FinZeta: An End-to-End Benchmark for Agents")
    assert ("End Benchmark", "Dataset") not in result
    result = _typed(entity_nlp, "We evaluate on the Kolektor Surface Defect Dataset today.")
    assert ("Kolektor Surface Defect Dataset", "Dataset") in result


def test_a_known_model_in_an_example_list_types_the_others(entity_nlp):
    result = _typed(entity_nlp, "We use architectures such as BERT, ZetaNet-121 and ZetaNetB0.")
    assert {("ZetaNet-121", "Model"), ("ZetaNetB0", "Model")} <= result
    result = _typed(entity_nlp, "We use debiasing methods such as PriDe and ZetaFix.")
    assert {("PriDe", "Method"), ("ZetaFix", "Method")} <= result


def test_a_title_name_before_benchmarking_is_a_dataset(entity_nlp):
    result = _typed(entity_nlp, "We study it.", title="ZetaOCR V2: Benchmarking Large Multimodal Models for Text")
    assert ("ZetaOCR V2", "Dataset") in result
    result = _typed(entity_nlp, "We study it.", title="ZetaOCR: Improving Large Multimodal Models for Text")
    assert ("ZetaOCR", "Dataset") not in result


def test_title_case_task_names_in_the_title(entity_nlp):
    def tasks(title):
        return {text for text, label in _typed(entity_nlp, "We study it.", title=title) if label == "Task"}

    assert tasks("ZetaRus: Chunked State Eviction for Long Sequence Modeling") == {"Long Sequence Modeling"}
    assert tasks("Strategy Matters for Implicature Resolution by LLMs") == {"Implicature Resolution"}
    assert tasks("ZetaSM: Scene Motifs for Multi-Scale Indoor Scene Generation") == {"Indoor Scene Generation"}
    # a gerund or a quality word is no part of the task; a phrase that goes on is no task name
    assert tasks("Zeta: Rethinking Human Pose Forecasting") == {"Human Pose Forecasting"}
    assert tasks("Zeta: Unified Multimodal Understanding") == {"Multimodal Understanding"}
    assert tasks("A Detection Framework for Robots") == set()


def test_a_name_before_a_plural_dataset_head_is_a_kind_unless_listed_or_after_the(entity_nlp):
    for text, name in [
        ("Experiments on five public VQA benchmarks show gains.", "VQA"),
        ("Existing MCP benchmarks are small.", "MCP"),
        ("We adapt English benchmarks to many languages.", "English"),
        ("Extensive experiments on three OpenRE datasets show gains.", "OpenRE"),
    ]:
        assert not any(t == name and label == "Dataset" for t, label, _ in found(entity_nlp, text)), text
    result = found(entity_nlp, "We test on the FooNet and BarSet datasets and the Cambridge Landmarks datasets.")
    assert {("FooNet", "Dataset"), ("BarSet", "Dataset"), ("Cambridge Landmarks", "Dataset")} <= {
        (t, label) for t, label, _ in result
    }


def test_a_name_after_a_and_describing_words_describes_a_dataset(entity_nlp):
    for text, name in [
        ("We collect a small-scale BdSL dataset of signs.", "BdSL"),
        ("It runs on a private coronary DSA dataset here.", "DSA"),
    ]:
        assert not any(t == name and label == "Dataset" for t, label, _ in found(entity_nlp, text)), text
    result = found(entity_nlp, "We use a sub-set of the USC-75 rtMRI dataset here.")
    assert ("USC-75 rtMRI", "Dataset", "dataset-head") in result  # "of" ends the description
    result = found(entity_nlp, "We release a Maritime Visibility Dataset (MVD) here.")
    assert any(t == "Maritime Visibility Dataset" and label == "Dataset" for t, label, _ in result)


def test_a_quoted_name_after_an_article_is_the_quoted_words(entity_nlp):
    result = found(entity_nlp, 'To go further, we introduce the "Misery Game Show", a novel gamified framework.')
    assert "Misery Game Show" in {t for t, _, _ in result}
    assert not any(t.startswith(("the", '"')) for t, _, _ in result)


def test_a_title_long_form_runs_over_a_hyphenated_last_word(abbreviation_nlp):
    doc = make_doc(
        abbreviation_nlp, "SAMM2D: Scale-Aware Multi-Modal 2D Dual-Encoder for Aneurysm Screening", "We test it."
    )
    assert ("Scale-Aware Multi-Modal 2D Dual-Encoder", "SAMM2D") in {(a.text, b.text) for a, b in doc._.abbreviations}


def test_the_task_of_a_lowercase_phrase_names_a_task(entity_nlp):
    result = found(entity_nlp, "We study the task of learning permutations on binary inputs.")
    assert ("learning permutations", "Task", "task-phrase") in result
    result = found(entity_nlp, "This paper addresses the problem of legal text summarization for courts.")
    assert ("legal text summarization", "Task", "task-phrase") in result
    result = found(entity_nlp, "We move to the task of high-fidelity surface reconstruction here.")
    assert ("surface reconstruction", "Task", "task-phrase") in result
    # a problem that is a difficulty, a bare noun, or no "the" before: no task
    for text in [
        "We explore the problem of data contamination in RL.",
        "We study the task of hallucination in LLMs.",
        "This is a task of learning permutations on inputs.",
    ]:
        assert not any(label == "Task" for _, label, _ in found(entity_nlp, text)), text


def test_the_task_of_names_no_description_or_coordinated_modifier(entity_nlp):
    # right after a subject verb or a comma, a phrase in -ing says what the task named before it does
    for text, phrase in [
        ("Slide retrieval is the task of ranking slides for a spoken query.", "ranking slides"),
        ("Table filling, the task of completing missing cells, needs context.", "completing missing cells"),
        # a phrase that stops at "and" before the head word modifies that head
        ("We tackle the task of paired video and speech recognition in one model.", "paired video"),
    ]:
        assert not any(text_ == phrase for text_, _, _ in found(entity_nlp, text)), text
    # elsewhere the phrase after "the task of" still names the task
    result = found(entity_nlp, "Our model handles the task of ranking slides for spoken queries.")
    assert ("ranking slides", "Task", "task-phrase") in result
    result = found(entity_nlp, "We tackle the task of speech recognition and translation jointly.")
    assert ("speech recognition", "Task", "task-phrase") in result


def test_an_appositive_types_a_name_through_long_compounds_short_forms_and_participles(entity_nlp):
    for text, name in [
        ("We also release SlideMaster, a 7B open-source model fine-tuned with improved data.", "SlideMaster"),
        ("This paper presents CHURRO, a 3B-parameter open-weight VLM specialized for text recognition.", "CHURRO"),
        ("We introduce CheXficient, a chest X-ray (CXR) foundation model that prioritizes samples.", "CheXficient"),
        (
            "We introduce LongCat-Flash-Omni, a state-of-the-art open-source omni-modal model with 9B parameters.",
            "LongCat-Flash-Omni",
        ),
    ]:
        assert (name, "Model") in {(t, label) for t, label, _ in found(entity_nlp, text)}, text


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # judged: the head noun before a short form that participles follow ("a ... model (VLM) designed to")
        (
            "We present GLM-4.1V-Thinking, a vision-language model (VLM) designed to advance reasoning.",
            "GLM-4.1V-Thinking",
            "Model",
        ),
        # judged: a Title Case description whose short form a dataset noun follows
        (
            "We introduce ChatAnime, the first Emotionally Supportive Role-Playing (ESRP) dataset.",
            "ChatAnime",
            "Dataset",
        ),
        # judged: an empty pair of braces (a LaTeX macro's) between the name and its apposition
        ("We introduce REVEAL{}, a diagnostic benchmark that probes weaknesses of video models.", "REVEAL", "Dataset"),
        # a suffix after the short form makes the model a modifier: the head is what follows
        (
            "We propose DynaMesh-Rater, a novel large multimodal model (LMM) based approach that assesses meshes.",
            "DynaMesh-Rater",
            "Method",
        ),
    ],
)
def test_an_appositive_types_a_name_around_a_short_form(entity_nlp, text, name, label):
    assert (name, label) in {(t, found_label) for t, found_label, _ in found(entity_nlp, text)}


def test_an_appositive_does_not_read_past_a_named_long_form(entity_nlp):
    text = "At the core of Vidu4D is our proposed Dynamic Gaussian Surfels (DGS) technique for surfaces."
    from claimgraph.extract.entities.name_patterns import appositive_type

    doc = make_doc(entity_nlp, "", text)
    end = [t.i for t in doc if t.text == "Vidu4D"][0] + 1
    assert appositive_type(doc, end, name_cues()) is None


def test_a_bench_name_described_as_a_framework_is_a_dataset(entity_nlp):
    text = "We introduce XTC-Bench, a scene-graph-grounded evaluation framework that measures consistency."
    assert ("XTC-Bench", "Dataset") in {(t, label) for t, label, _ in found(entity_nlp, text)}


def test_a_head_word_ending_a_compound_modifier_does_not_close_the_appositive(entity_nlp):
    result = found(
        entity_nlp,
        "Its capabilities remain underexplored.",
        title="ReasonMed: A 370K Multi-Agent Generated Dataset for Reasoning",
    )
    assert ("ReasonMed", "Dataset") in {(t, label) for t, label, _ in result}


def test_dimensions_are_no_proposed_name(entity_nlp):
    result = found(entity_nlp, "We propose a robust 2D-3D alignment framework (MCA) for retrieval.")
    assert not any(t == "2D-3D" for t, _, _ in result)


def test_a_comma_after_a_plural_head_ends_its_phrase(entity_nlp):
    text = "In evaluations across multiple models, AlphaApollo delivers consistent gains."
    assert not any(t == "AlphaApollo" and label == "Model" for t, label, _ in found(entity_nlp, text))
    text = "We build a new corpus, FooCorpus, of legal texts."
    assert ("FooCorpus", "Dataset") in {(t, label) for t, label, _ in found(entity_nlp, text)}


def test_an_appositive_stops_at_a_verb_after_its_noun(entity_nlp):
    text = "To address this, we propose BadDepth, the first backdoor attack targeting MDE models."
    assert not any(t == "BadDepth" and label == "Model" for t, label, _ in found(entity_nlp, text))
    text = "We present Foo3D, a unified multimodal understanding and generation model for scenes."
    assert ("Foo3D", "Model") in {(t, label) for t, label, _ in found(entity_nlp, text)}


def test_a_name_with_a_digit_after_describing_words_stays_a_dataset(entity_nlp):
    result = found(entity_nlp, "Experiments on an augmented UAV123 dataset with occlusions show gains.")
    assert ("UAV123", "Dataset", "dataset-head") in result


def test_models_built_with_a_name_do_not_make_it_a_model(entity_nlp):
    text = "We propose the NormFormer architecture. Code to train NormFormer models is available."
    assert ("NormFormer", "Model") not in {(t, label) for t, label, _ in found(entity_nlp, text)}


def _names(nlp, abstract, title=""):
    return {(t, label) for t, label, _ in found(nlp, abstract, title)}


def test_a_lowercase_phrase_the_authors_introduce_names_their_method(entity_nlp):
    names = _names(entity_nlp, "We propose a novel keyframe selection strategy for long videos.")
    assert ("keyframe selection strategy", "Method") in names
    names = _names(entity_nlp, "We introduce a simple yet effective rule-metric mixed reward mechanism.")
    assert ("rule-metric mixed reward mechanism", "Method") in names
    names = _names(entity_nlp, "We propose a novel cycle consistency loss that aligns the views.")
    assert ("cycle consistency loss", "Method") in names


def test_a_proposed_phrase_needs_an_article_three_words_and_a_noun_before_its_head(entity_nlp):
    for text in (
        "We propose a training strategy for small models.",  # two words: a kind of training
        "We propose a practical adaptive strategy.",  # quality words, no noun before the head
        "We propose a multi-view transformer-based scheme.",  # a kind compound before the head
        "The proposed method consistently outperforms existing approaches.",  # no article after the verb
        "We propose a unified evaluation framework.",  # framework is no head of this rule
        "We propose a fusion strategy that is adaptive.",
    ):
        assert not any(label == "Method" and " " in t for t, label in _names(entity_nlp, text)), text
    assert ("transformer-based fusion scheme", "Method") in _names(
        entity_nlp, "We propose a transformer-based fusion scheme."
    )
    assert not _names(entity_nlp, "We propose a novel data-efficient scheme.")
    names = _names(entity_nlp, "We devise a novel low-rank adaptation strategy for proofs.")  # a known method
    assert ("low-rank adaptation", "Method") in names and ("low-rank adaptation strategy", "Method") not in names
    assert not _names(entity_nlp, "We present an effective hybrid adaptive scheme.")


def test_a_title_case_run_after_via_in_the_title_names_the_method(entity_nlp):
    names = _names(
        entity_nlp, "We study it.", "Robust Audio-Visual Segmentation via Audio-Guided Visual Convergent Alignment"
    )
    assert ("Audio-Guided Visual Convergent Alignment", "Method") in names
    title = "Keypoint Detection via Feature Pyramids and Consistency-Based Implicit Matching"
    assert ("Consistency-Based Implicit Matching", "Method") in _names(entity_nlp, "We study it.", title)
    title = "Adaptive Tokenisation Via Temporal Redundancy Masking And Latent Inpainting"
    names = _names(entity_nlp, "We study it.", title)
    assert ("Temporal Redundancy Masking", "Method") in names and ("Latent Inpainting", "Method") in names


def test_a_title_run_that_names_no_method_is_left_alone(entity_nlp):
    for title in (
        "Better Answers via Large Language Models",  # a model head word
        "Efficient Inference via Pruning",  # one word
        "Text-to-SQL via Agentic Training",  # a generic process word
        "Anomaly Detection via Point Cloud Data",  # no method word at the end
        "Saliency via Simple Object Detection",  # a task head word
        "Boosting Experts via Cartesian Product Routing in Mixture-of-Experts",  # the phrase goes on
        "Faithful Chain-of-Thought via Causal Importance",  # a quantity the method reads
        "Anti-Self-Distillation for Reasoning RL via Pointwise Mutual Information",
    ):
        names = _names(entity_nlp, "We study it.", title)
        assert not any(label == "Method" and " " in t for t, label in names), (title, names)
    assert not any(cue == "title" for _, _, cue in found(entity_nlp, "We use robust fusion via better alignment."))


def test_a_described_member_does_not_end_a_list_of_method_examples(entity_nlp):
    result = found(entity_nlp, "FooNet outperforms prior approaches such as end-to-end generation and Prox-C.")
    assert ("Prox-C", "head-name") in {(name, ev) for name, _, ev in result}
    result = found(entity_nlp, "FooNet outperforms methods such as pruning and distillation.")
    assert not {name for name, _, evidence in result if evidence == "head-name"}  # plain phrases name nothing
