"""Learn from the owner's own decisions: an adapted pipeline per history, on this computer.

Every handled case is a labelled example: the owner's path through the
flowchart says which category the comment was (the labels of the answers along
the path, from the flowchart data), and where the path passed a question about
a flag it says whether that flag was there. Cases where the owner overruled the
assistant count double. The shipped pipeline is trained further on those
examples, mixed with a sample of the shipped training corpus (rehearsal, so it
does not forget what it knew), and written next to the history as
``<history>.model/``. Nothing leaves the computer.

No Qt here; the window runs :func:`learn` in the background.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, cast

from app.domain.categories import CATEGORIES, FLAGS
from app.domain.flowchart import Flowchart
from app.errors import ReageerwijzerError

MIN_EXAMPLES = 20
MIN_CATEGORIES = 2
OVERRULED_WEIGHT = 2  # an example where the owner chose otherwise than the assistant is shown twice
EPOCHS = 4
LEARN_RATE = 0.001
FOLDS = 5
REHEARSAL_MIN = 400
REHEARSAL_PER_EXAMPLE = 4
EXCLUDED_SETTING = "niet_leren"  # store setting: ids of cases the owner does not want to learn from
MODEL_SUFFIX = ".model"
PREVIOUS_SUFFIX = ".model.vorige"
REHEARSAL_FILE = "rehearsal.jsonl"


class SettingsStore(Protocol):
    """What the marks need of a history (CaseStore has it)."""

    def get_setting(self, key: str, default: Any = None) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...


class HistoryStore(SettingsStore, Protocol):
    """What learning needs of a history (CaseStore has it)."""

    def iter_all(self, batch: int = 1000) -> Iterable[Any]: ...


def excluded_ids(store: SettingsStore) -> set[int]:
    """Ids of the cases the owner marked 'niet gebruiken om te leren'."""
    value = store.get_setting(EXCLUDED_SETTING, []) or []
    return {int(v) for v in value if isinstance(v, int) or (isinstance(v, str) and v.isdigit())}


def mark_excluded(store: SettingsStore, case_id: int, excluded: bool) -> None:
    """Mark a case as not to learn from (or undo that mark)."""
    ids = excluded_ids(store)
    ids = ids | {case_id} if excluded else ids - {case_id}
    store.set_setting(EXCLUDED_SETTING, sorted(ids))


class LearnError(ReageerwijzerError):
    """Learning cannot start or the adapted pipeline cannot be used."""


@dataclass(frozen=True)
class OwnerExample:
    text: str
    label: str
    flags: dict[str, float] = field(default_factory=dict)  # only the flags the path confirmed (1) or denied (0)
    weight: int = 1
    case_id: int | None = None


def examples_from_cases(cases: Iterable[Any], flow: Flowchart, excluded: Iterable[int] = ()) -> list[OwnerExample]:
    """The owner's handled cases as examples. Unfinished cases, cases whose path does not pin
    one category, and excluded cases are skipped."""
    skip = set(excluded)
    result: list[OwnerExample] = []
    for case in cases:
        if case.id in skip or case.session is not None or not case.path or not str(case.text).strip():
            continue
        labels = set(CATEGORIES)
        flags: dict[str, float] = {}
        predicted = set(case.prediction.flags) if case.prediction else set()
        overruled = False
        try:
            for step in case.path:
                node = flow.node(step.node_id)
                chosen = node.answer(step.answer_id)
                overruled = overruled or step.against_suggestion
                if chosen.labels:
                    labels &= set(chosen.labels)
                for other in node.answers:
                    for flag in set(other.flags) - set(chosen.flags):
                        flags.setdefault(flag, 0.0)
                for flag in chosen.flags:
                    if len(chosen.flags) == 1 or flag in predicted:
                        flags[flag] = 1.0
        except (KeyError, ValueError):
            continue  # a path from an older flowchart
        if len(labels) != 1:
            continue
        label = next(iter(labels))
        result.append(
            OwnerExample(case.text, label, flags, OVERRULED_WEIGHT if overruled else 1, getattr(case, "id", None))
        )
    return result


def history_examples(store: HistoryStore) -> list[OwnerExample]:
    """The examples of one history: its handled cases, read along the shipped flowchart,
    without the cases the owner marked 'niet gebruiken om te leren'."""
    from app.domain.flowchart import shipped_flowchart

    return examples_from_cases(store.iter_all(), shipped_flowchart(), excluded_ids(store))


def examples_hash(examples: Sequence[OwnerExample]) -> str:
    digest = hashlib.sha256()
    for ex in examples:
        digest.update(json.dumps([ex.text, ex.label, sorted(ex.flags.items()), ex.weight]).encode())
    return digest.hexdigest()


def model_dir(history: Path) -> Path:
    return history.with_name(history.name + MODEL_SUFFIX)


def previous_dir(history: Path) -> Path:
    return history.with_name(history.name + PREVIOUS_SUFFIX)


@dataclass(frozen=True)
class Score:
    right: int
    total: int
    per_label: dict[str, tuple[int, int]]

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass(frozen=True)
class LearnResult:
    path: Path
    examples: int
    categories: dict[str, int]
    before: Score
    after: Score
    seconds: float
    meta: dict[str, Any]

    def summary(self) -> str:
        lines = [
            f"Bijgeleerd van {self.examples} eigen zaken in {self.seconds:.0f} s; opgeslagen in {self.path}.",
            f"Op je eigen zaken (kruisgevalideerd, {FOLDS} delen): {self.before.accuracy:.0%} → "
            f"{self.after.accuracy:.0%} juist.",
        ]
        for label in CATEGORIES:
            if label in self.before.per_label:
                (r0, n), (r1, _) = self.before.per_label[label], self.after.per_label[label]
                lines.append(f"  {label:12s} {r0 / n:5.0%} → {r1 / n:5.0%}  ({n} zaken)")
        return "\n".join(lines)


def check_enough(examples: Sequence[OwnerExample]) -> None:
    counts = {label: sum(1 for e in examples if e.label == label) for label in CATEGORIES}
    present = [label for label, n in counts.items() if n]
    if len(examples) < MIN_EXAMPLES or len(present) < MIN_CATEGORIES:
        raise LearnError(
            f"Te weinig om van te leren: {len(examples)} bruikbare zaken in {len(present)} categorie(ën). "
            f"Nodig: minstens {MIN_EXAMPLES} zaken in minstens {MIN_CATEGORIES} categorieën."
        )


def _rehearsal(base: Path, wanted: int, seed: int) -> list[tuple[str, str, tuple[str, ...]]]:
    """A sample of the shipped training corpus, saved inside the shipped pipeline."""
    file = base / REHEARSAL_FILE
    if not file.exists():
        raise LearnError(f"De meegeleverde pipeline in {base} heeft geen oefenvoorbeelden ({REHEARSAL_FILE}).")
    rows = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    rng.shuffle(rows)
    return [(r["text"], r["label"], tuple(r.get("flags", []))) for r in rows[:wanted]]


def _train(base: Path, examples: Sequence[OwnerExample], seed: int) -> Any:
    """The shipped pipeline trained further on the owner's examples plus rehearsal."""
    import spacy
    from spacy.pipeline import TrainablePipe
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed  # type: ignore[attr-defined]  # not in spacy.util's __all__
    from thinc.api import Adam

    import app.nlp.components  # noqa: F401 - registers the factories

    fix_random_seed(seed)
    nlp = spacy.load(base)
    normalizer, lexicon = nlp.get_pipe("rw_normalizer"), nlp.get_pipe("rw_lexicon")

    def doc(text: str) -> Any:
        return lexicon(normalizer(nlp.make_doc(text)))

    rehearsal = _rehearsal(base, max(REHEARSAL_MIN, REHEARSAL_PER_EXAMPLE * len(examples)), seed)
    cat_examples: list[Any] = []
    flag_examples: list[Any] = []
    for ex in examples:
        d = doc(ex.text)
        for _ in range(ex.weight):
            cat_examples.append(SpacyExample.from_dict(d, {"cats": {c: float(c == ex.label) for c in CATEGORIES}}))
            if ex.flags:
                flag_examples.append(SpacyExample.from_dict(d, {"cats": dict(ex.flags)}))
    for text, label, flags in rehearsal:
        d = doc(text)
        cat_examples.append(SpacyExample.from_dict(d, {"cats": {c: float(c == label) for c in CATEGORIES}}))
        flag_examples.append(SpacyExample.from_dict(d, {"cats": {f: float(f in flags) for f in FLAGS}}))
    textcat = cast(TrainablePipe, nlp.get_pipe("textcat"))
    flag_pipe = cast(TrainablePipe, nlp.get_pipe("flags"))
    optimizer = Adam(LEARN_RATE)
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(cat_examples)
        rng.shuffle(flag_examples)
        for i in range(0, len(cat_examples), 32):
            textcat.update(cat_examples[i : i + 32], sgd=optimizer, drop=0.1)
        for i in range(0, len(flag_examples), 32):
            flag_pipe.update(flag_examples[i : i + 32], sgd=optimizer, drop=0.1)
    return nlp


def _predict(nlp: Any, texts: Sequence[str]) -> list[str]:
    return [max(CATEGORIES, key=lambda c: doc.cats.get(c, 0.0)) for doc in nlp.pipe(texts)]


def _score(gold: Sequence[str], pred: Sequence[str]) -> Score:
    per: dict[str, list[int]] = {}
    for g, p in zip(gold, pred, strict=True):
        per.setdefault(g, [0, 0])
        per[g][0] += int(g == p)
        per[g][1] += 1
    return Score(sum(v[0] for v in per.values()), len(gold), {k: (v[0], v[1]) for k, v in per.items()})


def _cross_validate(
    base: Path, examples: Sequence[OwnerExample], seed: int, report: Callable[[str, float], None]
) -> list[str]:
    """The label each example gets from a pipeline adapted on the other folds."""
    predicted: list[str] = [""] * len(examples)
    for fold in range(FOLDS):
        report(f"Kruisvalidatie {fold + 1} van {FOLDS}", fold / (FOLDS + 1))
        train = [e for i, e in enumerate(examples) if i % FOLDS != fold]
        held = [i for i in range(len(examples)) if i % FOLDS == fold]
        if not held:
            continue
        nlp = _train(base, train, seed)
        for i, label in zip(held, _predict(nlp, [examples[i].text for i in held]), strict=True):
            predicted[i] = label
    return predicted


def _swap_in(nlp: Any, history: Path) -> Path:
    """Write ``nlp`` to a temporary folder and rename it into place, keeping the one it replaces
    as the previous pipeline; an interruption leaves the current pipeline untouched."""
    target = model_dir(history)
    tmp = Path(tempfile.mkdtemp(prefix=target.name + ".nieuw-", dir=target.parent))
    try:
        nlp.to_disk(tmp)
        previous = previous_dir(history)
        if target.exists():
            if previous.exists():
                shutil.rmtree(previous)
            target.rename(previous)
        tmp.rename(target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def learn(
    history: Path,
    examples: Sequence[OwnerExample],
    base: Path,
    seed: int = 17,
    progress: Callable[[str, float], None] | None = None,
) -> LearnResult:
    """Cross-validate, train on everything, and swap the adapted pipeline into place.

    The new pipeline is written to a temporary folder next to the history and
    renamed into place; the one it replaces is kept as ``<history>.model.vorige``
    (for undo). An interruption leaves the previous pipeline untouched.
    """
    check_enough(examples)
    started = time.perf_counter()
    report = progress or (lambda _message, _share: None)

    import spacy

    import app.nlp.components  # noqa: F401

    base_nlp = spacy.load(base)
    gold = [e.label for e in examples]
    before = _score(gold, _predict(base_nlp, [e.text for e in examples]))
    after = _score(gold, _cross_validate(base, examples, seed, report))
    report("Bijleren op alle zaken", FOLDS / (FOLDS + 1))
    nlp = _train(base, examples, seed)
    base_meta = base_nlp.meta
    base_extra = base_meta.get("reageerwijzer", {})
    categories = {c: gold.count(c) for c in CATEGORIES if c in gold}
    adapted = {
        "base_version": str(base_meta.get("version", "")),
        "base_source_hash": str(base_extra.get("source_hash", "")),
        "examples": len(examples),
        "examples_hash": examples_hash(examples),
        "categories": categories,
        "created_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "cv_accuracy_before": round(before.accuracy, 4),
        "cv_accuracy_after": round(after.accuracy, 4),
    }
    nlp.meta["reageerwijzer"] = {**base_extra, "adapted": adapted}
    target = _swap_in(nlp, history)
    report("Klaar", 1.0)
    return LearnResult(target, len(examples), categories, before, after, time.perf_counter() - started, adapted)


def adapted_meta(history: Path) -> dict[str, Any] | None:
    """What the adapted pipeline of a history says about itself (meta 'adapted'), or None when
    there is none or its meta cannot be read."""
    try:
        meta = json.loads((model_dir(history) / "meta.json").read_text(encoding="utf-8"))
        adapted = meta["reageerwijzer"]["adapted"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return adapted if isinstance(adapted, dict) else None


def adapted_for(history: Path, shipped_source_hash: str) -> tuple[Path | None, str]:
    """The adapted pipeline of a history when there is one and it fits the shipped pipeline;
    otherwise (None, reason) — the reason is empty when there simply is none."""
    folder = model_dir(history)
    if not folder.exists():
        return None, ""
    adapted = adapted_meta(history)
    if adapted is None:
        return None, f"De eigen assistent in {folder} is onleesbaar; de meegeleverde wordt gebruikt."
    if adapted.get("base_source_hash") != shipped_source_hash:
        return None, (
            f"De eigen assistent in {folder} hoort bij een andere versie van de meegeleverde assistent; "
            "de meegeleverde wordt gebruikt. Leer opnieuw bij om hem bij te werken."
        )
    return folder, ""


def undo(history: Path) -> str:
    """Go back one step: the previous adapted pipeline if there is one, else the shipped one."""
    target, previous = model_dir(history), previous_dir(history)
    if previous.exists():
        if target.exists():
            shutil.rmtree(target)
        previous.rename(target)
        return "De vorige eigen assistent is teruggezet."
    if target.exists():
        shutil.rmtree(target)
        return "Terug naar de meegeleverde assistent."
    return "Er was geen eigen assistent; de meegeleverde wordt al gebruikt."
