"""The batch path (``analyse_many``, ``reageerwijzer classify``) gives exactly what one comment at a
time gives: labels, scores, flags, doubt, explanations, questions and details."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.nlp.corpus import read_examples
from app.nlp.features import doc_features, many_doc_features, many_span_features, sentences, span_features
from app.nlp.pipeline import MAX_CHARS, Assistant
from app.nlp.train import DEV, ROOT

SPECIAL = [
    "",
    "   ",
    "\n\n",
    "😡😡😡",
    "👍",
    "?!",
    ".",
    "Nep",
    "This shop is a scam, never again! Where is my refund?",
    "Slechte service. " * 400 + "Ik weet waar je woont, ik steek je neer.",
    "Ik ga jullie " + "echt " * 1200 + "vermoorden.",
    "x" * (MAX_CHARS + 1000),
    "Als je zegt 'vuile moslims', dan ben jij het probleem. Ik heb niks tegen Polen.",
    "Café “geweldig” ‘top’ 🙄 #fail @winkel € 12,50, bestelling 123456 op 3 mei om 14:30 uur",
    "Wat is mijn bestelnummer?\nWaar blijft het pakket?? Bel me op 06-12345678",
    "Top service weer, drie weken wachten 👏",
    "a\u2028b\u0085c\x00d",
]


@pytest.fixture(scope="module")
def assistant(shipped_assistant: Assistant) -> Assistant:
    return shipped_assistant


@pytest.fixture(scope="module")
def sample() -> list[str]:
    dev = [example.text for example in read_examples(DEV)]
    return dev[:: max(1, len(dev) // 150)] + SPECIAL


@pytest.mark.parametrize("explain", [True, False])
def test_batch_gives_what_one_at_a_time_gives(assistant: Assistant, sample: list[str], explain: bool) -> None:
    single = [assistant.analyse(text, explain=explain).to_dict() for text in sample]
    for batch_size in (64, 7):
        batched = [a.to_dict() for a in assistant.analyse_many(sample, explain=explain, batch_size=batch_size)]
        for text, one, many in zip(sample, single, batched, strict=True):
            assert many == one, text[:80]


def test_doc_text_is_the_text(assistant: Assistant, sample: list[str]) -> None:
    """The batch path sets Doc.text's cache to the text itself: spaCy keeps every character."""
    for text in sample:
        assert assistant.nlp.make_doc(text[:MAX_CHARS]).text == text[:MAX_CHARS]


def test_features_of_many_spans_are_those_of_each_span(assistant: Assistant, sample: list[str]) -> None:
    nlp = assistant.nlp
    for params in (assistant._textcat.model.attrs["feature_params"], assistant._flags.model.attrs["feature_params"]):
        docs = list(nlp.pipe(text[:MAX_CHARS] for text in sample))
        spans = [(doc, start, end) for doc in docs for start, end in sentences(doc)]
        fresh = list(nlp.pipe(text[:MAX_CHARS] for text in sample))  # no cached features
        alone = [doc_features(doc, params) for doc in fresh]
        for together, one in [
            *zip(many_doc_features(docs, params), alone, strict=True),
            *zip(many_span_features(spans, params), [span_features(d, s, e, params) for d, s, e in spans], strict=True),
        ]:
            for name in ("keys", "vals", "occ_feature", "occ_token", "occ_share"):
                a, b = getattr(together, name), getattr(one, name)
                assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), name


def test_classify_lines_are_the_single_analyses(assistant: Assistant, sample: list[str]) -> None:
    texts = [text for text in sample if text.strip()]  # classify refuses empty text
    lines = [json.dumps({"id": i, "text": text}, ensure_ascii=False) for i, text in enumerate(texts)]
    lines.insert(3, '{"id": "kapot", "text": "losse \\ud800 surrogaat"}')
    stdout = io.StringIO()
    assert main(["classify"], stdin=io.BytesIO("\n".join(lines).encode()), stdout=stdout) == 0
    rows = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert rows[3] == {"error": rows[3]["error"], "line": 4} and "surrogaat" in rows[3]["error"]
    del rows[3]
    assert len(rows) == len(texts)
    for i, (text, row) in enumerate(zip(texts, rows, strict=True)):
        assert row == {"id": i, **json.loads(json.dumps(assistant.analyse(text).to_dict()))}, text[:80]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_a_long_classify_run_by_forked_workers_writes_what_one_process_writes(
    sample: list[str], tmp_path: Path
) -> None:
    """Past CLASSIFY_FORK_AFTER batches, `classify` hands batches to forked workers (app.forkpool);
    the output is line for line what the same command writes in one process."""
    from app.cli import assist

    texts = [text for text in sample if text.strip()]
    count = assist.CLASSIFY_BATCH * (assist.CLASSIFY_FORK_AFTER + 3) + 7
    lines = [json.dumps({"id": i, "text": texts[i % len(texts)]}, ensure_ascii=False) for i in range(count)]
    lines.insert(assist.CLASSIFY_BATCH * (assist.CLASSIFY_FORK_AFTER + 1), "geen json")  # in a worker's batch
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines), encoding="utf-8")
    forked = subprocess.run(
        [sys.executable, "-m", "app", "classify", str(source)], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    stdout = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(assist, "workers_for", lambda *_args: 0)
        assert main(["classify", str(source)], stdout=stdout) == 0
    assert forked == stdout.getvalue() and forked.count("\n") == count + 1
