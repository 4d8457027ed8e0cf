"""The public data: HateCheck mapping, partial labels, Pattern lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import DataFileError
from app.nlp.public_data import (
    HATECHECK_MAPPING,
    hatecheck_examples,
    pattern_lexicons,
    read_partial,
    write_partial,
)

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "nl_model" / "corpus" / "hatecheck_nl_train.jsonl"


def test_mapping_says_where_abuse_ends() -> None:
    for functionality in ("counter_quote_nh", "counter_ref_nh", "ident_neutral_nh", "negate_neg_nh", "profanity_nh"):
        cats, flags = HATECHECK_MAPPING[functionality]
        assert cats == {"beledigend": 0.0} and flags["haat"] == 0.0
    assert HATECHECK_MAPPING["ident_pos_nh"][0] == {"positief": 1.0}
    assert HATECHECK_MAPPING["target_obj_nh"][0] == {"klacht": 1.0}
    for functionality in ("threat_dir_h", "threat_norm_h"):
        assert HATECHECK_MAPPING[functionality][1]["bedreiging"] == 1.0
    # Hateful cases leave 'bedreiging' open: spelling variants of threat templates are hateful cases too.
    assert HATECHECK_MAPPING["slur_h"] == ({"beledigend": 1.0}, {"haat": 1.0, "suggestie": 0.0})
    assert "bedreiging" not in HATECHECK_MAPPING["spell_space_del_h"][1]
    assert HATECHECK_MAPPING["target_indiv_nh"][1]["haat"] == 0.0


def test_convert_and_read_back(tmp_path: Path) -> None:
    source = tmp_path / "hc.csv"
    source.write_text(
        "functionality,test_case,label_gold,templ_id\n"
        "slur_h,Jij bent een stuk tuig van het ergste soort.,hateful,124.0\n"
        'counter_quote_nh,"""Die mensen zijn tuig"" zeggen is walgelijk.",non-hateful,532\n',
        encoding="utf-8",
    )
    examples = hatecheck_examples(source)
    assert [e.cats for e in examples] == [{"beledigend": 1.0}, {"beledigend": 0.0}]
    assert [e.extra for e in examples] == [{"template": "124"}, {"template": "532"}]
    out = tmp_path / "out.jsonl"
    write_partial(out, examples)
    assert read_partial(out) == examples


def test_unknown_functionality_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "hc.csv"
    source.write_text("functionality,test_case\nsomething_new,tekst\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="regel 2"):
        hatecheck_examples(source)


def test_bad_partial_line_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "cats": {"beledigend": 1.0, "klacht": 1.0}, "flags": {}}\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="meer dan één"):
        read_partial(bad)


def test_committed_hatecheck_file_is_train_only_and_valid() -> None:
    examples = read_partial(COMMITTED)
    assert len(examples) > 1500
    from app.nlp.corpus import read_examples
    from app.nlp.train import DEV

    dev = {e.text for e in read_examples(DEV)}
    assert not dev & {e.text for e in examples}


def test_pattern_lexicon(tmp_path: Path) -> None:
    xml = tmp_path / "s.xml"
    xml.write_text(
        '<sentiment><word form="prachtig" polarity="0.9"/><word form="prachtig" polarity="0.7"/>'
        '<word form="vies" polarity="-0.8"/><word form="gewoon" polarity="0.1"/></sentiment>',
        encoding="utf-8",
    )
    assert pattern_lexicons(xml) == (["prachtig"], ["vies"])
    broken = tmp_path / "b.xml"
    broken.write_text("<sentiment>", encoding="utf-8")
    with pytest.raises(DataFileError):
        pattern_lexicons(broken)


def test_partial_draw_takes_a_few_cases_per_template_and_rotates() -> None:
    from app.nlp.public_data import PartialExample
    from app.nlp.train import PartialDraw

    hate = [PartialExample(f"h{i}", {"beledigend": 1.0}, {}, "hc:x", extra={"template": "2"}) for i in range(7)]
    fine = [PartialExample(f"n{i}", {"beledigend": 0.0}, {}, "hc:y", extra={"template": "4"}) for i in range(7)]
    draw = PartialDraw(hate + fine, per_template=2, not_abuse_repeat=3)
    first, second = draw.epoch(0), draw.epoch(1)
    assert sum(1 for i in first if i < 7) == 2 and sum(1 for i in first if i >= 7) == 6
    assert set(first) != set(second)
    assert sorted(PartialDraw(hate, per_template=0, not_abuse_repeat=3).epoch(0)) == list(range(7))


def test_own_contrast_sentences_are_train_only_and_valid() -> None:
    from app.nlp.corpus import near_duplicate_pairs, read_examples
    from app.nlp.train import DEV, PARTIAL

    own = [path for path in PARTIAL if path != COMMITTED]
    assert own
    for path in own:
        examples = read_partial(path)
        assert examples and all(not e.extra.get("template") for e in examples)
        dev = [e.text for e in read_examples(DEV)]
        assert not near_duplicate_pairs([e.text for e in examples], dev)


def test_own_sentences_are_shown_once_per_epoch() -> None:
    from app.nlp.public_data import PartialExample
    from app.nlp.train import PartialDraw

    own = [PartialExample(f"n{i}", {"beledigend": 0.0}, {}, "eigen") for i in range(4)]
    assert sorted(PartialDraw(own, per_template=1, not_abuse_repeat=3).epoch(0)) == list(range(4))
