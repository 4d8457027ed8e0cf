"""Judge the shipped pipeline: dev report, calibration, probes, TF-IDF baseline, speed and memory.

    python nl_model/evaluate.py [--no-speed]

- Dev: macro-F1 per label, flag F1, expected calibration error (ECE) and the
  'unsure' share, next to a TF-IDF + logistic regression baseline trained on
  the same train split (scikit-learn is a dev-only dependency: ``.[test]``).
- Probes (``nl_model/probes/probes.jsonl``): comments written apart from the
  corpus, per kind (review sentences, sarcasm, counter-speech, threats in long
  text, English, emoji, ...). Probes that are near-duplicates of a training
  comment are left out and counted.
- Speed: ``reageerwijzer classify`` as a whole process on 15,000 comments with
  the default output, and one comment at a time as the window does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy

from app.domain.categories import CATEGORIES, FLAGS
from app.nlp.calibration import ece
from app.nlp.corpus import Example, near_duplicate_pairs, read_examples
from app.nlp.metrics import Report, multi_label_report, single_label_report
from app.nlp.train import DEV, MODEL_DIR, OUTPUT, ROOT, TRAIN

PROBES = MODEL_DIR / "probes" / "probes.jsonl"
# Probe kinds where only "not beledigend" is asked (the label may be anything else).
NOT_ABUSE_PROBES = frozenset({"tegenspraak", "groep_neutraal", "scheldwoord_nadruk"})
SPEED_COMMENTS = 15_000
# The baseline's category macro-F1, with the hash of the train and dev files it was computed on;
# written by every evaluation, so a test can compare against it without refitting (about a minute).
BASELINE_RECORD = MODEL_DIR / "corpus" / "baseline.json"


def _rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def baseline(train: list[Example], dev: list[Example], balanced: bool = False) -> tuple[Report, Report]:
    try:
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise SystemExit("scikit-learn ontbreekt: pip install -e '.[test]'") from None
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, lowercase=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, lowercase=True)
    x_train = hstack(
        [words.fit_transform([e.text for e in train]), chars.fit_transform([e.text for e in train])]
    ).tocsr()
    x_dev = hstack([words.transform([e.text for e in dev]), chars.transform([e.text for e in dev])]).tocsr()
    clf = LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced" if balanced else None)
    clf.fit(x_train, [e.label for e in train])
    labels = single_label_report([e.label for e in dev], list(clf.predict(x_dev)), CATEGORIES)
    flag_pred: list[set[str]] = [set() for _ in dev]
    for flag in FLAGS:
        y = [flag in e.flags for e in train]
        model = LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced").fit(x_train, y)
        for i, hit in enumerate(model.predict(x_dev)):
            if hit:
                flag_pred[i].add(flag)
    flags = multi_label_report([set(e.flags) for e in dev], flag_pred, FLAGS)
    return labels, flags


def probe_report(assistant: Any, train: list[Example], path: Path = PROBES) -> tuple[dict[str, tuple[int, int]], int]:
    """{kind: (right, total)} over the probes that share no near-duplicate with train, and how many were left out."""
    probes = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    leaks = {i for i, _ in near_duplicate_pairs([p["text"] for p in probes], [e.text for e in train])}
    results = assistant.analyse_many([p["text"] for p in probes], explain=False)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i, (probe, analysis) in enumerate(zip(probes, results, strict=True)):
        if i in leaks:
            continue
        kind = probe["probe"]
        if "bedreiging" in probe.get("flags", []) and kind == "dreiging":
            right = "bedreiging" in analysis.flags
        elif kind in NOT_ABUSE_PROBES:
            right = analysis.label != "beledigend"
        else:
            right = analysis.label == probe["label"]
        counts[kind][0] += int(right)
        counts[kind][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(counts.items())}, len(leaks)


def speed(texts: list[str]) -> tuple[float, float, float]:
    """A whole `reageerwijzer classify` process on SPEED_COMMENTS comments: (comments per second
    wall-clock, comments per second of processor time, peak memory in MB). Processor time does
    not depend on what else the machine is doing; wall-clock does."""
    import resource

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for i in range(SPEED_COMMENTS):
                handle.write(json.dumps({"text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
        # VmHWM, not ru_maxrss: the latter survives exec and would report this (larger) parent.
        code = (
            "import sys; from app.cli import main; rc = main(['classify', sys.argv[1]]); "
            "sys.stderr.write(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')) "
            "if sys.platform == 'linux' else ''); sys.exit(rc)"
        )
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code, str(source)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            check=True,
        )
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rss = next((int(line.split()[1]) / 1024 for line in done.stderr.splitlines() if line.startswith("VmHWM")), 0.0)
    return SPEED_COMMENTS / seconds, SPEED_COMMENTS / max(cpu, 1e-9), rss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Beoordeel de meegeleverde pipeline.")
    parser.add_argument("--no-speed", action="store_true", help="sla de snelheidsmeting over")
    parser.add_argument("--model", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    from app.nlp.pipeline import Assistant
    from app.nlp.train import evaluate

    train, dev = read_examples(TRAIN), read_examples(DEV)
    rss_before = _rss_mb()
    started = time.perf_counter()
    assistant = Assistant.load(args.model)
    load_s = time.perf_counter() - started
    rss_after = _rss_mb()
    scores: dict[str, Any] = evaluate(assistant.nlp, dev)
    print(f"pipeline {assistant.model_version}; dev {len(dev)} reacties, train {len(train)}")
    print(scores["labels"].format("\nDev — categorieën (spaCy-pipeline)"))
    print(scores["flags"].format("\nDev — vlaggen (spaCy-pipeline)"))
    _print_calibration(assistant, dev)
    diff = _print_baseline(train, dev, scores)
    if PROBES.exists():
        _print_probes(assistant, train)
    _print_latency(assistant, dev, load_s, rss_before, rss_after)
    if not args.no_speed:
        per_second, per_cpu_second, rss = speed([e.text for e in train + dev])
        print(
            f"reageerwijzer classify, heel proces, {SPEED_COMMENTS} reacties met standaarduitvoer: "
            f"{per_second:.0f} reacties/s (klok; {per_cpu_second:.0f} per processorseconde), piekgeheugen {rss:.0f} MB"
        )
    return 0 if diff > 0 else 1


def _print_calibration(assistant: Any, dev: list[Example]) -> None:
    """Print how well the scores on dev are calibrated and how often the assistant is unsure."""
    from app.nlp.train import score_arrays

    cats, _ = score_arrays(assistant.nlp, [e.text for e in dev])
    gold = [CATEGORIES.index(e.label) for e in dev]
    conf = cats.max(axis=1)
    correct = cats.argmax(axis=1) == numpy.asarray(gold)
    unsure = conf < assistant.uncertain_below
    meta = assistant.nlp.meta.get("reageerwijzer", {}).get("calibration", {})
    print(
        f"\nKalibratie: ECE op dev {ece(cats, gold):.3f} (temperatuur {meta.get('temperature', '?')}, "
        f"op dev gekozen; kruisgevalideerd over twee helften {meta.get('ece_dev_crossfit', '?')})"
    )
    print(
        f"Twijfel (score onder {assistant.uncertain_below:.3f}): {unsure.mean():.0%} van dev; juist als zeker "
        f"{correct[~unsure].mean():.1%}, juist bij twijfel {correct[unsure].mean() if unsure.any() else 0:.1%}; "
        f"juiste label bij twijfel in de twee kandidaten: "
        f"{_top2(cats[unsure], [g for g, u in zip(gold, unsure, strict=True) if u]):.1%}"
    )


def _corpus_key(train_path: Path, dev_path: Path) -> str:
    digest = hashlib.sha256()
    for path in (train_path, dev_path):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def baseline_label_f1(
    train_path: Path = TRAIN, dev_path: Path = DEV, record: Path = BASELINE_RECORD, write: bool = False
) -> float:
    """The TF-IDF baseline's category macro-F1 on dev: read from ``record`` when that was computed on
    exactly these train and dev files, else fitted afresh (and recorded when ``write``)."""
    key = _corpus_key(train_path, dev_path)
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        if data["corpus_sha256"] == key:
            return float(data["labels_macro_f1"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    labels, _ = baseline(read_examples(train_path), read_examples(dev_path))
    if write:
        _write_record(record, key, labels.macro_f1)
    return float(labels.macro_f1)


def _write_record(record: Path, key: str, macro_f1: float) -> None:
    text = json.dumps({"corpus_sha256": key, "labels_macro_f1": round(float(macro_f1), 6)}, indent=2) + "\n"
    record.write_text(text, encoding="utf-8")


def _print_baseline(train: list[Example], dev: list[Example], scores: dict[str, Any]) -> float:
    """Print the TF-IDF baseline next to the pipeline; the pipeline's lead in category macro-F1."""
    base_labels, base_flags = baseline(train, dev)
    _write_record(BASELINE_RECORD, _corpus_key(TRAIN, DEV), base_labels.macro_f1)
    print(base_labels.format("\nDev — categorieën (baseline TF-IDF + logistische regressie)"))
    print(base_flags.format("\nDev — vlaggen (baseline)"))
    diff = float(scores["labels"].macro_f1 - base_labels.macro_f1)
    print(
        f"\nmacro-F1 categorieën: spaCy {scores['labels'].macro_f1:.3f} vs baseline {base_labels.macro_f1:.3f} "
        f"({diff:+.3f}); vlaggen spaCy {scores['flags'].macro_f1:.3f} vs baseline {base_flags.macro_f1:.3f}"
    )
    balanced = baseline(train, dev, balanced=True)[0].macro_f1
    print(
        f"dezelfde baseline met gebalanceerde klassegewichten: categorieën {balanced:.3f} "
        f"(spaCy {float(scores['labels'].macro_f1 - balanced):+.3f})"
    )
    return diff


def _print_probes(assistant: Any, train: list[Example]) -> None:
    """Print the share of each kind of probe the assistant gets right."""
    probes, left_out = probe_report(assistant, train)
    right = sum(r for r, _ in probes.values())
    total = sum(n for _, n in probes.values())
    print(f"\nProeven ({PROBES.relative_to(ROOT)}; {left_out} weggelaten als bijna-dubbel van train)")
    for kind, (r, n) in probes.items():
        print(f"  {kind:22s} {r / n:6.1%}  ({r}/{n})")
    print(f"  {'alles':22s} {right / total:6.1%}  ({right}/{total})")


def _print_latency(assistant: Any, dev: list[Example], load_s: float, rss_before: float, rss_after: float) -> None:
    """Print the load time, the memory and how long one comment with explanation takes."""
    single = []
    for example in dev[:300]:
        t0 = time.perf_counter()
        assistant.analyse(example.text)
        single.append((time.perf_counter() - t0) * 1000)
    print(
        f"\nLaden {load_s:.2f} s, geheugen +{rss_after - rss_before:.0f} MB (RSS {rss_after:.0f} MB); "
        f"één reactie met uitleg (zoals in het venster): mediaan {statistics.median(single):.1f} ms, "
        f"p95 {sorted(single)[int(len(single) * 0.95)]:.1f} ms"
    )


def _top2(probs: numpy.ndarray, gold: list[int]) -> float:
    if not gold:
        return 1.0
    top2 = numpy.argsort(-probs, axis=1)[:, :2]
    return float(numpy.mean([g in row for g, row in zip(gold, top2, strict=True)]))


if __name__ == "__main__":
    sys.exit(main())
