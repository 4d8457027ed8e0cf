"""Train the pipeline from nl_model/config.cfg and the corpus, evaluate it, write it.

    python nl_model/train.py            # retrain, evaluate on dev, write nl_model/pipeline
    python nl_model/train.py --check    # only say whether the shipped pipeline is current

Both text classifiers are trained in one loop, each on its own labels: spaCy's
exclusive ``textcat`` refuses examples whose ``cats`` hold more than one 1.0, so
the flags (a separate multi-label component) get their own examples.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.training import Example as SpacyExample
from spacy.util import compounding, fix_random_seed, load_config, load_model_from_config, minibatch, registry

import app.nlp.components  # noqa: F401 - registers the factories
from app.domain.categories import CATEGORIES, FLAGS
from app.nlp.calibration import CalibrationReport, calibrate
from app.nlp.corpus import Example, files_hash, read_examples
from app.nlp.features import TEMPLATED, has_words, many_doc_features, sentences
from app.nlp.metrics import multi_label_report, single_label_report
from app.nlp.public_data import PartialExample, read_partial

ROOT = Path(__file__).resolve().parent.parent.parent
MODEL_DIR = ROOT / "nl_model"
CONFIG = MODEL_DIR / "config.cfg"
TRAIN = MODEL_DIR / "corpus" / "train.jsonl"
DEV = MODEL_DIR / "corpus" / "dev.jsonl"
OUTPUT = MODEL_DIR / "pipeline"
LEXICONS = MODEL_DIR / "lexicons"
PIPELINE_NAME = "reageerwijzer_nl"
PIPELINE_VERSION = "1.1.0"
REHEARSAL_FILE = "rehearsal.jsonl"
REHEARSAL_SIZE = 2000
REHEARSAL_SEED = 7


# HateCheck (nl_model/import_data.py) and our own hand-written contrast sentences ("not beledigend").
PARTIAL = [MODEL_DIR / "corpus" / "hatecheck_nl_train.jsonl", MODEL_DIR / "corpus" / "grenzen_algemeen.jsonl"]
CODE = [
    *(
        ROOT / "app" / "nlp" / name
        for name in ("components.py", "features.py", "calibration.py", "tfidf_view.py", "train.py")
    ),
    ROOT / "app" / "domain" / "textnorm.py",  # word_form: every token's NORM
]


def source_hash() -> str:
    """Fingerprint of everything the trained pipeline is built from."""
    return files_hash([CONFIG, TRAIN, DEV, *PARTIAL, *CODE, *sorted(LEXICONS.glob("*.txt"))])


def _doc(nlp: spacy.Language, text: str) -> Any:
    return nlp.get_pipe("rw_lexicon")(nlp.get_pipe("rw_normalizer")(nlp.make_doc(text)))


def _examples(nlp: spacy.Language, data: list[Example], labels: tuple[str, ...], key: str) -> list[SpacyExample]:
    result = []
    for ex in data:
        positive = {ex.label} if key == "label" else set(ex.flags)
        cats = {label: float(label in positive) for label in labels}
        result.append(SpacyExample.from_dict(_doc(nlp, ex.text), {"cats": cats}))
    return result


def _partial_examples(nlp: spacy.Language, data: list[PartialExample], key: str) -> list[tuple[int, SpacyExample]]:
    """(index in data, example) of the partial cases that say something about this component."""
    result = []
    for i, ex in enumerate(data):
        cats = ex.cats if key == "label" else ex.flags
        if cats:
            doc = _doc(nlp, ex.text)
            doc.user_data[TEMPLATED] = key == "label"
            result.append((i, SpacyExample.from_dict(doc, {"cats": dict(cats)})))
    return result


def _indexed(target: list[SpacyExample], extra: list[tuple[int, SpacyExample]]) -> dict[int, int]:
    """Append the examples of partial cases to ``target``; {partial index: index in target}."""
    found = {}
    for i, example in extra:
        found[i] = len(target)
        target.append(example)
    return found


def _is_template_contrast(example: PartialExample) -> bool:
    """A templated case (HateCheck) that only says "not beledigend"; our own sentences have no template."""
    return bool(example.extra.get("template")) and example.cats == {"beledigend": 0.0}


class PartialDraw:
    """Which partial (HateCheck) cases each epoch shows.

    A HateCheck template is one sentence with the group swapped (seven to ten cases); to the category
    model, which masks group words, they are the same example, so a whole template would weigh seven
    to ten times as much as one hand-written comment and the model learns the template's function
    words ("een", "duidelijk") instead of what makes a sentence hateful. With ``per_template`` set,
    each epoch shows that many cases of every template, a different few each epoch (the flag model,
    which sees the group words, still meets all of them). The "not beledigend" contrast cases are
    outnumbered by the hateful ones that share their group words: they get ``not_abuse_repeat``
    times as many. Partial cases without a template (our own sentences) are shown once per epoch."""

    def __init__(self, partial: list[PartialExample], per_template: int, not_abuse_repeat: int) -> None:
        self.groups: dict[tuple[str, str], list[int]] = {}
        for i, ex in enumerate(partial):
            template = ex.extra.get("template") or f"#{i}"
            self.groups.setdefault((ex.source, template), []).append(i)
        self.per_template = per_template
        self.repeat = {
            key: max(1, not_abuse_repeat) if _is_template_contrast(partial[members[0]]) else 1
            for key, members in self.groups.items()
        }

    def epoch(self, epoch: int) -> list[int]:
        chosen: list[int] = []
        for key, members in self.groups.items():
            repeat = self.repeat[key]
            if self.per_template <= 0:
                chosen.extend(members * repeat)
                continue
            take = self.per_template * repeat
            start = epoch * take
            chosen.extend(members[(start + j) % len(members)] for j in range(take))
        return chosen


def _sentence_negatives(nlp: spacy.Language, data: list[Example]) -> list[SpacyExample]:
    """Each sentence of a comment without flags is one more example without flags."""
    result = []
    for ex in data:
        if ex.flags:
            continue
        doc = nlp.make_doc(ex.text)
        spans = sentences(doc)
        if len(spans) < 2:
            continue
        for start, end in spans:
            span = doc[start:end]
            if has_words(span) and sum(1 for t in span if not t.is_punct) >= 3:
                cats = {flag: 0.0 for flag in FLAGS}
                result.append(SpacyExample.from_dict(_doc(nlp, span.text), {"cats": cats}))
    return result


def _config(seed: int | None, overrides: dict[str, Any] | None) -> Any:
    """The training config from nl_model/config.cfg with ``overrides`` and an optional other seed."""
    overrides = {"initialize.components.rw_lexicon.lexicon_dir": str(LEXICONS), **(overrides or {})}
    config = load_config(CONFIG, overrides=overrides, interpolate=True)
    if seed is not None:
        config["system"]["seed"] = seed
        config["training"]["seed"] = seed
    return config


def training_partial() -> list[str]:
    """The partial-label files the config trains on (paths relative to the repository)."""
    return [str(name) for name in _config(None, None)["training"].get("partial", [])]


@dataclass
class _TrainingSet:
    """The examples of both classifiers and the order in which the flags see their base."""

    size: int
    cat_examples: list[SpacyExample]
    flag_examples: list[SpacyExample]
    flag_base: list[int]
    partial_cats: dict[int, int]
    partial_flags: dict[int, int]


def _training_set(
    nlp: spacy.Language, train_data: list[Example], partial: list[PartialExample], training: Any
) -> _TrainingSet:
    cat_examples = _examples(nlp, train_data, CATEGORIES, "label")
    flag_examples = _examples(nlp, train_data, FLAGS, "flags")
    # Flags are rare: show flagged comments to the flag classifier more often.
    oversample = int(training.get("flag_oversample", 1))
    flag_base = [i for i, ex in enumerate(train_data) for _ in range(oversample if ex.flags else 1)]
    if training.get("sentence_negatives", False):
        negatives = _sentence_negatives(nlp, train_data)
        flag_base += range(len(flag_examples), len(flag_examples) + len(negatives))
        flag_examples += negatives
    partial_cats = _indexed(cat_examples, _partial_examples(nlp, partial, "label"))
    partial_flags = _indexed(flag_examples, _partial_examples(nlp, partial, "flags"))
    return _TrainingSet(len(train_data), cat_examples, flag_examples, flag_base, partial_cats, partial_flags)


def _train_epoch(
    nlp: spacy.Language, data: _TrainingSet, chosen: list[int], rng: random.Random, optimizer: Any, training: Any
) -> dict[str, float]:
    """One pass of both classifiers over their shuffled examples; the losses."""
    order = list(range(data.size)) + [data.partial_cats[i] for i in chosen if i in data.partial_cats]
    flag_order = data.flag_base + sorted(data.partial_flags.values())  # all of them, once: they differ in group
    rng.shuffle(order)
    rng.shuffle(flag_order)
    losses: dict[str, float] = {}
    dropout = float(training["dropout"])
    textcat, flags = nlp.get_pipe("textcat"), nlp.get_pipe("flags")
    for pipe, examples, indices in ((textcat, data.cat_examples, order), (flags, data.flag_examples, flag_order)):
        sizes = compounding(
            float(training["batch_start"]), float(training["batch_stop"]), float(training["batch_compound"])
        )
        for batch in minibatch(indices, size=sizes):
            pipe.update([examples[i] for i in batch], drop=dropout, sgd=optimizer, losses=losses)
    return losses


def train(
    seed: int | None = None, log: Any = print, overrides: dict[str, Any] | None = None
) -> tuple[spacy.Language, dict[Any, Any], dict[str, Any]]:
    config = _config(seed, overrides)
    training = config["training"]
    fix_random_seed(int(training["seed"]))
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    train_data = read_examples(TRAIN)
    partial: list[PartialExample] = []
    for name in training.get("partial", []):
        partial.extend(read_partial(ROOT / name))
    nlp.get_pipe("rw_lexicon").initialize(lexicon_dir=str(LEXICONS))
    data = _training_set(nlp, train_data, partial, training)
    draw = PartialDraw(
        partial,
        per_template=int(training.get("partial_per_template", 0)),
        not_abuse_repeat=int(training.get("not_abuse_repeat", 1)),
    )
    nlp.initialize(lambda: data.cat_examples)
    optimizer = registry.resolve({"optimizer": config["training"]["optimizer"]})["optimizer"]
    log(
        f"{len(train_data)} reacties + {len(partial)} gedeeltelijk gelabelde (HateCheck en eigen grensgevallen); "
        f"{len(data.flag_examples)} voorbeelden voor de vlaggen"
    )
    rng = random.Random(int(training["seed"]))
    for epoch in range(int(training["max_epochs"])):
        started = time.perf_counter()
        losses = _train_epoch(nlp, data, draw.epoch(epoch), rng, optimizer, training)
        log(
            f"epoch {epoch + 1:2d}: verlies textcat {losses.get('textcat', 0):.3f}, "
            f"flags {losses.get('flags', 0):.3f} ({time.perf_counter() - started:.1f} s)"
        )
    fit_tfidf_view(nlp, train_data)
    meta = {
        "seed": int(training["seed"]),
        "epochs": int(training["max_epochs"]),
        "train_size": len(train_data),
        "partial_size": len(partial),
    }
    return nlp, optimizer.averages or {}, meta


def fit_tfidf_view(nlp: spacy.Language, data: list[Example]) -> None:
    """Fit the TF-IDF view (app/nlp/tfidf_view.py) on the category features of the training comments.
    Not on the partly labelled HateCheck and general sentences: the view is not used on comments
    that name a group, which is what those sentences are about (a try with them in the view, each
    "not beledigend" case labelled as the category model read it: non-hateful HateCheck cases called
    beledigend 33 → 38 %)."""
    readers = [name for name in nlp.pipe_names if name in ("rw_normalizer", "rw_lexicon")]
    off = [n for n in nlp.pipe_names if n not in readers]
    docs = list(nlp.pipe([ex.text for ex in data], batch_size=256, disable=off))
    params = nlp.get_pipe("textcat").model.attrs["feature_params"]
    nlp.get_pipe("rw_tfidf").fit(many_doc_features(docs, params), [ex.label for ex in data], CATEGORIES)


def score_arrays(nlp: spacy.Language, texts: list[str]) -> tuple[numpy.ndarray, numpy.ndarray]:
    """(category scores, flag scores) of the pipeline for texts, in CATEGORIES / FLAGS order."""
    docs = list(nlp.pipe(texts, batch_size=256))
    cats = numpy.asarray([[doc.cats.get(c, 0.0) for c in CATEGORIES] for doc in docs], dtype="float64")
    flags = numpy.asarray([[doc.cats.get(f, 0.0) for f in FLAGS] for doc in docs], dtype="float64")
    return cats, flags


def flag_thresholds(nlp: spacy.Language) -> dict[str, float]:
    settings = nlp.get_pipe("rw_calibrate").settings
    return {f: float(settings.get("flag_thresholds", {}).get(f, 0.5)) for f in FLAGS}


def evaluate(nlp: spacy.Language, data: list[Example]) -> dict[str, Any]:
    cats, flag_scores = score_arrays(nlp, [ex.text for ex in data])
    thresholds = flag_thresholds(nlp)
    pred_labels = [CATEGORIES[int(i)] for i in cats.argmax(axis=1)]
    pred_flags = [{f for j, f in enumerate(FLAGS) if row[j] >= thresholds[f]} for row in flag_scores]
    labels = single_label_report([ex.label for ex in data], pred_labels, CATEGORIES)
    flags = multi_label_report([set(ex.flags) for ex in data], pred_flags, FLAGS)
    return {"labels": labels, "flags": flags}


def fit_calibration(nlp: spacy.Language, dev: list[Example]) -> CalibrationReport:
    """Fit temperature, 'unsure' threshold and flag thresholds on dev and store them in the pipeline."""
    component = nlp.get_pipe("rw_calibrate")
    component.settings = {"temperature": 1.0, "uncertain_below": 0.5, "flag_thresholds": {}}
    cats, flag_scores = score_arrays(nlp, [ex.text for ex in dev])
    gold = [CATEGORIES.index(ex.label) for ex in dev]
    truth = numpy.asarray([[f in ex.flags for f in FLAGS] for ex in dev], dtype=bool)
    counts = Counter(ex.label for ex in read_examples(TRAIN))
    share = numpy.asarray([counts[c] for c in CATEGORIES], dtype=float)
    report = calibrate(cats, gold, flag_scores, truth, FLAGS, share / share.sum(), component.prior_weight)
    component.settings = {
        "temperature": report.temperature,
        "label_bias": dict(zip(CATEGORIES, report.label_bias, strict=True)),
        "uncertain_below": report.uncertain_below,
        "flag_thresholds": report.flag_thresholds,
    }
    return report


def write_pipeline(
    nlp: spacy.Language, scores: dict[str, Any], meta_extra: dict[str, Any], output: Path = OUTPUT
) -> None:
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta["version"] = PIPELINE_VERSION
    nlp.meta["description"] = "Reageerwijzer: Nederlandse categorieën en vlaggen voor reacties op sociale media"
    nlp.meta["reageerwijzer"] = {
        "source_hash": source_hash(),
        "corpus_hash": files_hash([TRAIN, DEV]),
        "trained_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "dev_macro_f1": round(scores["labels"].macro_f1, 4),
        "dev_accuracy": round(scores["labels"].accuracy, 4),
        "dev_flags_macro_f1": round(scores["flags"].macro_f1, 4),
        **meta_extra,
    }
    # The shipped config names the lexicons as in the repository, not as on the machine that trained.
    nlp.config["initialize"]["components"]["rw_lexicon"]["lexicon_dir"] = LEXICONS.relative_to(ROOT).as_posix()
    tmp = Path(tempfile.mkdtemp(prefix="pipeline-", dir=output.parent))
    try:
        nlp.to_disk(tmp)
        write_rehearsal(tmp / REHEARSAL_FILE)
        if output.exists():
            shutil.rmtree(output)
        tmp.rename(output)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def write_rehearsal(path: Path, size: int = REHEARSAL_SIZE) -> None:
    """A fixed, label-stratified sample of the training corpus, shipped inside the pipeline:
    what ``reageerwijzer learn`` rehearses so an adapted pipeline does not forget."""
    data = read_examples(TRAIN)
    rng = random.Random(REHEARSAL_SEED)
    by_label = {c: [e for e in data if e.label == c] for c in CATEGORIES}
    sample: list[Example] = []
    for label in CATEGORIES:
        share = round(size * len(by_label[label]) / max(1, len(data)))
        sample.extend(rng.sample(by_label[label], min(share, len(by_label[label]))))
    rng.shuffle(sample)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for ex in sample:
            handle.write(json.dumps({"text": ex.text, "label": ex.label, "flags": list(ex.flags)}, ensure_ascii=False))
            handle.write("\n")


def shipped_is_current(path: Path = OUTPUT) -> tuple[bool, str]:
    meta_file = path / "meta.json"
    if not meta_file.exists():
        return False, f"{path} bevat geen getrainde pipeline"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    stored = meta.get("reageerwijzer", {}).get("source_hash")
    current = source_hash()
    if stored != current:
        return False, f"corpus, config of componenten zijn gewijzigd (pipeline {str(stored)[:12]}, bron {current[:12]})"
    return True, f"pipeline is actueel ({current[:12]})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train en evalueer de Reageerwijzer-pipeline.")
    parser.add_argument(
        "--check", action="store_true", help="alleen controleren of de meegeleverde pipeline actueel is"
    )
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if args.check:
        ok, message = shipped_is_current(args.output)
        print(message)
        return 0 if ok else 1
    started = time.perf_counter()
    nlp, averages, meta = train(args.seed)
    seconds = time.perf_counter() - started
    # Evaluate and save the averaged weights, as spaCy's own training does.
    dev = read_examples(DEV)
    with nlp.use_params(averages):
        report = fit_calibration(nlp, dev)
        print(report.format())
        scores = evaluate(nlp, dev)
        print(scores["labels"].format("\nDev — categorieën (spaCy-pipeline)"))
        print(scores["flags"].format("\nDev — vlaggen (spaCy-pipeline)"))
        calibration = {
            "temperature": report.temperature,
            "prior_weight": report.prior_weight,
            "uncertain_below": report.uncertain_below,
            "ece_dev": round(report.ece_calibrated, 4),
            "ece_dev_crossfit": round(report.ece_crossfit, 4),
        }
        extra = {**meta, "train_seconds": round(seconds, 1), "calibration": calibration}
        write_pipeline(nlp, scores, extra, args.output)
    print(f"\npipeline geschreven naar {args.output} (training {seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
