"""Turn the public data in ``shared/data`` into files the training reads.

- Multilingual HateCheck, Dutch training half (Röttger et al. 2022, CC BY 4.0):
  every functional test case becomes a *partial* example. Hateful cases are
  ``beledigend`` with ``haat`` (threats also ``bedreiging``); abuse of an
  individual or a non-protected group is ``beledigend`` without ``haat``; the
  non-hateful contrasts (profanity, counter-speech, negated hate, neutral and
  positive mentions of a group, hostility to objects) only say "not
  ``beledigend``, no ``haat``, no ``bedreiging``" and leave the other labels
  open: they teach where abuse ends without pretending to be shop comments.
  The mapping is :data:`HATECHECK_MAPPING`, written down in nl_model/README.md.
- Pattern's Dutch sentiment lexicon (De Smedt & Daelemans 2012, PDDL): the
  adjectives whose senses lean clearly positive or negative become two word
  lists in ``nl_model/lexicons`` that the classifiers count as features.

The outputs are committed, so training needs nothing outside the repository.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.categories import CATEGORIES, FLAGS
from app.errors import DataFileError
from app.nlp.corpus import json_records

# functionality -> (cats, flags): values 1.0/0.0 for what the case says; labels not named stay unknown.
# Hateful cases leave 'bedreiging' open: the spelling and reference variants are built from every
# template, threats included ("Ik ga die vrouwen echt gewoonvermoorden", "Ik wil ze ter plekke doden").
_HATE = ({"beledigend": 1.0}, {"haat": 1.0, "suggestie": 0.0})
_THREAT = ({"beledigend": 1.0}, {"haat": 1.0, "bedreiging": 1.0, "suggestie": 0.0})
_NOT_ABUSE = ({"beledigend": 0.0}, {"haat": 0.0, "bedreiging": 0.0, "suggestie": 0.0})
_ABUSE_NO_HATE = ({"beledigend": 1.0}, {"haat": 0.0, "suggestie": 0.0})
HATECHECK_MAPPING: dict[str, tuple[dict[str, float], dict[str, float]]] = {
    "derog_neg_emote_h": _HATE,
    "derog_neg_attrib_h": _HATE,
    "derog_dehum_h": _HATE,
    "derog_impl_h": _HATE,
    "threat_dir_h": _THREAT,
    "threat_norm_h": _THREAT,
    "slur_h": _HATE,
    "profanity_h": _HATE,
    "ref_subs_clause_h": _HATE,
    "ref_subs_sent_h": _HATE,
    "negate_pos_h": _HATE,
    "phrase_question_h": _HATE,
    "phrase_opinion_h": _HATE,
    "spell_char_swap_h": _HATE,
    "spell_char_del_h": _HATE,
    "spell_space_del_h": _HATE,
    "spell_space_add_h": _HATE,
    "spell_leet_h": _HATE,
    "target_indiv_nh": _ABUSE_NO_HATE,
    "target_group_nh": _ABUSE_NO_HATE,
    "profanity_nh": _NOT_ABUSE,
    "negate_neg_nh": _NOT_ABUSE,
    "ident_neutral_nh": _NOT_ABUSE,
    "ident_pos_nh": ({"positief": 1.0}, _NOT_ABUSE[1]),  # "Ik hou van …", "… zijn geweldig": praise
    "counter_quote_nh": _NOT_ABUSE,
    "counter_ref_nh": _NOT_ABUSE,
    "target_obj_nh": ({"klacht": 1.0}, _NOT_ABUSE[1]),  # "Ik walg van deze broodjes": about a thing
}

PATTERN_THRESHOLD = 0.3  # mean polarity at or beyond which an adjective counts as clearly positive/negative


@dataclass(frozen=True)
class PartialExample:
    """A training text whose labels are only partly known."""

    text: str
    cats: dict[str, float]
    flags: dict[str, float]
    source: str = ""
    weight: float = 1.0
    extra: dict[str, str] = field(default_factory=dict)


def hatecheck_examples(csv_path: Path) -> list[PartialExample]:
    examples: list[PartialExample] = []
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            functionality = row.get("functionality", "")
            text = (row.get("test_case") or "").strip()
            if functionality not in HATECHECK_MAPPING:
                raise DataFileError(str(csv_path), f"onbekende functionaliteit {functionality!r}", f"regel {number}")
            if not text:
                continue
            cats, flags = HATECHECK_MAPPING[functionality]
            template = str(row.get("templ_id") or "").split(".")[0]
            extra = {"template": template} if template else {}
            examples.append(PartialExample(text, dict(cats), dict(flags), f"hatecheck:{functionality}", extra=extra))
    return examples


def write_partial(path: Path, examples: list[PartialExample]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for ex in examples:
            record: dict[str, object] = {"text": ex.text, "cats": ex.cats, "flags": ex.flags, "source": ex.source}
            if ex.extra.get("template"):
                record["template"] = ex.extra["template"]
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_partial(path: Path) -> list[PartialExample]:
    """Read and validate a partial-label file (see :func:`write_partial`)."""
    examples: list[PartialExample] = []
    for where, data, text in json_records(path):
        cats, flags = data.get("cats"), data.get("flags")
        if not isinstance(cats, dict) or any(k not in CATEGORIES or v not in (0.0, 1.0) for k, v in cats.items()):
            raise DataFileError(str(path), f"ongeldige 'cats' {cats!r}", where)
        if sum(1 for v in cats.values() if v == 1.0) > 1:
            raise DataFileError(str(path), "meer dan één categorie op 1", where)
        if not isinstance(flags, dict) or any(k not in FLAGS or v not in (0.0, 1.0) for k, v in flags.items()):
            raise DataFileError(str(path), f"ongeldige 'flags' {flags!r}", where)
        template = str(data.get("template", ""))
        extra = {"template": template} if template else {}
        examples.append(PartialExample(text, cats, flags, str(data.get("source", "")), extra=extra))
    return examples


def pattern_lexicons(xml_path: Path, threshold: float = PATTERN_THRESHOLD) -> tuple[list[str], list[str]]:
    """(positive, negative) adjectives: mean polarity over a word's senses at or beyond the threshold."""
    try:
        root = ET.parse(xml_path).getroot()
    except ET.ParseError as exc:
        raise DataFileError(str(xml_path), f"geen geldige XML ({exc})") from None
    polarities: dict[str, list[float]] = defaultdict(list)
    for word in root.iter("word"):
        form = (word.get("form") or "").strip().lower()
        try:
            polarity = float(word.get("polarity", "0"))
        except ValueError:
            continue
        if form and " " not in form:
            polarities[form].append(polarity)
    positive, negative = [], []
    for form, values in sorted(polarities.items()):
        mean = sum(values) / len(values)
        if mean >= threshold:
            positive.append(form)
        elif mean <= -threshold:
            negative.append(form)
    return positive, negative


def write_lexicon(path: Path, words: list[str], header: str) -> None:
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    path.write_text("\n".join([*lines, *words]) + "\n", encoding="utf-8", newline="\n")
