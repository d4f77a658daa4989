"""Dataset names around a dataset head word (cue ``dataset-head``): "the Pile dataset", "Knesset Corpus",
"the benchmark BigBench Hard", "the FashionIQ and CIRR benchmark datasets", "three datasets (MORPH Album 2,
CACD-VS and FG-NET)"."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import LIST_JOINS, looks_coined, plain_list_member
from claimgraph.extract.entities.name_shapes import (
    glued_capitalised_stop,
    glued_extent,
    hyphen_glued,
    is_capitalised,
    is_coined,
    is_year_word,
    name_end,
    spaced_acronym_prefix,
)
from claimgraph.extract.pipeline.sentences import in_title
from claimgraph.extract.pipeline.token_table import table


def benchmark_shaped(text: str, cues: NameCues) -> bool:
    """Whether ``text`` is one coined word ending like a benchmark ("StreamingBench", "TallyQA"), also before a
    count or year ("HealthBench-500"; ``dataset_number_suffix``)."""
    base = cues.dataset_number_suffix.sub("", text)
    return base.endswith(cues.dataset_name_endings) and len(base) > 4 and is_coined(base) and base.isalnum()


def verb_use(doc: Doc, head: int, cues: NameCues, author_words: frozenset[str]) -> bool:
    """Whether a dataset head word is used as a verb: "we benchmark X", "to benchmark X", "systematically
    benchmark X"."""
    if head == 0 or doc[head].lower_ not in cues.evaluation_verbs:
        return False
    before = doc[head - 1].lower_
    return before in author_words or before == "to" or (before.endswith("ly") and doc[head - 1].is_alpha)


def _plural_head(doc: Doc, head: int, cues: NameCues) -> bool:
    """Whether the dataset head word is plural ("datasets") or followed by a plural one ("benchmark datasets")."""
    following = doc[head + 1] if head + 1 < len(doc) else None
    return doc[head].lower_.endswith(("s", "ora")) or (
        following is not None and following.text in cues.dataset_heads and following.lower_.endswith("s")
    )


def _kind_of_datasets(doc: Doc, start: int, head: int, cues: NameCues) -> bool:
    """Whether a name before a plural dataset head says what kind of datasets they are, not which one
    ("three OpenRE datasets", "existing MCP benchmarks", "on public VQA benchmarks"): only a list ("MNIST
    and SVHN datasets") or "the" ("the Cambridge Landmarks datasets") makes it a name."""
    if not _plural_head(doc, head, cues) or start == 0:
        return False
    return doc[start - 1].text not in cues.plural_head_name_openers


def _coordinated_before(doc: Doc, start: int, cues: NameCues):
    """Coined names listed before a name and a plural dataset head ("the FashionIQ and CIRR benchmark
    datasets", "on MNIST, SVHN and CIFAR-10 datasets"); an article ends the list ("X and the Y dataset").
    A plain capitalised word is a member too when a coined name is in the list ("the Dresden, Vision,
    Forchheim, and Socrates datasets" has none: "the TUM RGB-D, Arctic and OnePose datasets" has)."""
    members, plain = [], []
    coined_list = is_coined(doc[start].text)
    for _ in range(6):
        index = start - 1
        while index >= 0 and doc[index].text in LIST_JOINS and not doc[index].is_sent_start:
            index -= 1
        if index == start - 1 or index < 0 or doc[index + 1].is_sent_start:
            break
        token = doc[index]
        coined = is_coined(token.text) and looks_coined(token.text)
        glued = index > 0 and doc[index - 1].text == "-" and not doc[index - 1].whitespace_
        if not coined and glued:  # "UCF-Crime and XD-Violence datasets", not "View-of-Delft"
            coined = is_coined(doc[glued_extent(doc, index, index + 1, cues)[0] : index + 1].text)
        if not coined and plain_list_member(doc, index) and not doc[index].is_sent_start and not glued:
            plain.append((index, index + 1))  # "the TUM RGB-D, 7-Scenes, Arctic and OnePose datasets"
            start = index
            continue
        if not coined or (token.text in cues.acronym_stoplist and not glued) or "$" in token.text:
            break  # "MRI and CT datasets": short acronyms name modalities as often as datasets
        start = glued_extent(doc, index, index + 1, cues)[0]
        if start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
            break  # "View-of-Delft": a piece of a longer name
        start = prefixed_start(doc, start, cues)  # "the MSD Task01 and BraTS 2021 datasets"
        if doc[start].is_sent_start and start != index:
            break
        members.append((start, index + 1))
        coined_list = True
    if coined_list:
        members += plain
    for member_start, member_end in sorted(members, reverse=True):
        yield member_start, member_end, "dataset-head", "Dataset"


def prefixed_start(doc: Doc, start: int, cues: NameCues) -> int:
    """The start of a dataset name with its spaced acronym ("T2I CompBench", "MSD Task01"), unless the
    acronym is a lexicon name of a model, method or dataset of its own."""
    if not spaced_acronym_prefix(doc, start, cues):
        return start
    named = any(span.start <= start - 1 < span.end and span.label_ != "Task" for span in doc.spans.get(CANDIDATES, []))
    return start if named else start - 1


def _subtitle(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """Whether a dataset phrase stands after the title's colon, where it describes the name before the
    colon ("STRIDE-QA: Visual Question Answering Dataset for ..."), unless an abbreviation follows."""
    if not in_title(doc, start) or (end < len(doc) and doc[end].text == "("):
        return False
    if any(is_coined(token.text) for token in doc[start:end]):
        return False  # "...: MM-Retinal-Reason Dataset and ...": a coined name, not a description
    return any(token.text == ":" for token in doc[max(0, start - 8) : start])


def described(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """Whether ``doc[start:end]`` follows "a/an" and so describes a dataset instead of naming it.

    "A Large-Scale Multimodal Dataset for ...", "a Scene Graph Dataset",
    also after lowercase words ("a small-scale BdSL dataset");
    not when an abbreviation follows ("a Maritime Simulated Visibility
    Dataset (MSVD)": the abbreviation makes it a name).
    """
    if end < len(doc) and doc[end].text == "(":
        return False
    for index in range(start - 1, max(-1, start - 6), -1):
        token = doc[index]
        if token.text in cues.indefinite_articles:
            # "an augmented UAV123 dataset": a name with a digit is a name, whatever describes it
            return index == start - 1 or not any(ch.isdigit() for ch in doc[start:end].text)
        if not (token.text == "-" or (token.is_lower and not token.is_stop)) or token.is_sent_start:
            return False  # "a small-scale BdSL dataset", "a private coronary DSA dataset": words describing it
    return False


def _name_connectors_before(doc: Doc, index: int, cues: NameCues) -> int:
    """How many lowercase connectors ("in the", "of") end at ``index`` between capitalised name words (0: none).

    "Labeled Faces in the Wild", "Common Objects in Context"; the words on
    both sides must be plain capitalised words ("ImageNet and the CIFAR-10
    dataset" is a list), the one before not at the start of the sentence.
    """
    gap = 0
    while gap < 2 and index - gap >= 0 and doc[index - gap].text in cues.dataset_name_connectors:
        gap += 1
    before = index - gap
    plain = (
        before >= 0
        and not doc[before].is_sent_start
        and is_capitalised(doc[before])
        and not is_coined(doc[before].text)
    )
    after = doc[index + 1]
    if gap == 0 or not plain or not (is_capitalised(after) and not is_coined(after.text)):
        return 0
    return gap


def dataset_around(doc: Doc, head: int, cues: NameCues, author_words: frozenset[str]):
    head_token = doc[head]
    # "X dataset" / "X Corpus": the name ends right before the head word.
    start = head - 1
    while start >= 0:
        if is_coined(doc[start].text) or is_capitalised(doc[start]) or doc[start].like_num or doc[start].text == "-":
            if doc[start].is_sent_start:
                break
            start -= 1
        elif start < head - 1 and (gap := _name_connectors_before(doc, start, cues)):
            start -= gap  # "Labeled Faces in the Wild dataset": lowercase connectors inside the name
        elif _glued_lowercase_part(doc, start, cues):
            start -= 1  # "Human-object Interaction dataset": a lowercase word glued into the name
        else:
            break
    start += 1
    while start < head and (
        doc[start].text == "-" or doc[start].like_num or (doc[start].is_stop and not glued_capitalised_stop(doc, start))
    ):
        start += 1
    quantity = start > 0 and doc[start - 1].like_num and not doc[start - 1].whitespace_  # "800GB Dataset"
    if start < head and not quantity and not doc[start].is_sent_start and doc[start].text not in cues.acronym_stoplist:
        end = head + 1 if head_token.text[:1].isupper() else head
        inside_compound = doc[start - 1].text == "-" and not doc[start - 1].whitespace_  # "An End-to-End Benchmark"
        if (
            end > start
            and not inside_compound
            and not described(doc, start, end, cues)
            and not _subtitle(doc, start, end, cues)
            and not _kind_of_datasets(doc, start, head, cues)
        ):
            yield start, end, "dataset-head", "Dataset"
            if _plural_head(doc, head, cues):
                yield from _coordinated_before(doc, start, cues)
    # "the benchmark X" / "datasets such as X"; not the verb ("we benchmark DINOv3 across ...")
    after = head + 1
    if after < len(doc) and doc[after].text not in {"(", ","} and not verb_use(doc, head, cues, author_words):
        end = name_end(doc, after, cues, allow_plain=False)
        if end > after:
            listed = head > 0 and doc[head - 1].lower_ in {",", "and", "or", "namely"}
            if head_token.text[:1].isupper() and listed and not in_title(doc, head):
                after = head  # "PolyU, CFPose, and Benchmark 2D/3D": a capitalised head word in a list starts the name
            yield after, end, "dataset-head", "Dataset"


def _glued_lowercase_part(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether lowercase token ``index`` ends a hyphen compound that starts with a capitalised word
    ("object" in "Human-object Interaction")."""
    token = doc[index]
    return (
        token.is_alpha
        and token.is_lower
        and hyphen_glued(table(doc), index)
        and is_capitalised(doc[index - 2])
        and not is_coined(doc[index - 2].text)  # "TREESYNTH-balanced datasets": a modifier of the name
        and not doc[index - 2].is_sent_start  # "Self-adaptive Dataset Construction ..." (a title's first word)
        and token.lower_ not in cues.suffix_stoplist
        and not token.is_sent_start
        and not doc[index - 1].is_sent_start
    )


def parenthesised_list(doc: Doc, head: int, cues: NameCues):
    """Names listed in parentheses after a plural dataset head: "three datasets (MORPH Album 2, CACD-VS
    and FG-NET)", "benchmarks (e.g., S3DIS or ScanNet)". Every member must be a name ("datasets (quite
    hard)", "(21M samples)" give none)."""
    if head + 2 >= len(doc) or doc[head + 1].text != "(" or not _plural_head(doc, head, cues):
        return
    index = head + 2
    while index < len(doc) and doc[index].lower_ in cues.list_openers:
        index += 1
    items = []
    while index < len(doc) and len(items) < 8 and not doc[index].is_sent_start:
        end = name_end(doc, index, cues, allow_plain=True, multiword=True)
        if end == index or "$" in doc[index:end].text:
            return
        items.append((index, end))
        index = end
        while index < len(doc) and doc[index].lower_ in {",", ";", "and", "or"}:
            index += 1
        if index < len(doc) and doc[index].text == ")":
            for start, stop in items:
                yield start, stop, "dataset-head", "Dataset"
            return
        if index == end:
            return


def challenge_name(doc: Doc, head: int, cues: NameCues):
    """The benchmark of a competition named by a capitalised run with a year before a challenge head word
    ("Evaluated on the NTIRE 2025 T2I Quality Assessment Challenge Track 1", "the Gleason 2019 Challenge public
    dataset", "AIM 2025 Low-light RAW Video Denoising Challenge"): a Dataset. The run holds capitalised or
    coined words, numbers and hyphen-glued parts ("Low-light"); a year that opens it is no part of the name
    ("The 2024 Global Deepfake Image Detection Challenge"), and without a year the run names nothing. A head
    followed by its topic ("Challenge on ...") is left alone: the name goes on past it."""
    if head == 0 or doc[head].is_sent_start or not doc[head - 1].whitespace_:
        return
    if head + 1 < len(doc) and doc[head + 1].lower_ in cues.challenge_topic_words:
        return  # "NTIRE 2026 Challenge on Video Saliency Prediction": the name goes on with its topic
    start, has_year = head, False
    index = head - 1
    while index >= 0 and head - index <= 10:
        token = doc[index]
        glued = index + 1 < head and doc[index + 1].text == "-" and not token.whitespace_
        if token.text == "-" and not token.whitespace_ and index > 0 and not doc[index - 1].whitespace_:
            pass  # "Low" "-" "light"
        elif is_year_word(token.text):
            has_year = True
        elif token.is_stop and not glued:
            break
        elif not (is_capitalised(token) or is_coined(token.text) or token.like_num or (glued and token.is_alpha)):
            if not (token.is_alpha and token.is_lower and index > 0 and doc[index - 1].text == "-"):
                break
        start = index
        if token.is_sent_start:
            break
        index -= 1
    while start < head and (is_year_word(doc[start].text) or doc[start].text == "-"):
        start += 1  # "The 2024 Global ... Challenge"
    if has_year and head - start >= 1:
        yield start, head + 1, "dataset-head", "Dataset"
