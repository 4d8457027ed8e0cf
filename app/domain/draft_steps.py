"""The step a safety reply names to show the business is in control, per kind of hazard (resources/harm.toml
[[step]], validated when loaded): 'Rijd er niet meer op' and how the bike gets to the shop after brakes that failed,
what happens to the product and its label after an allergen in a bakery, what is checked after food poisoning, what
changes in disinfecting after a cut in a salon. A fact the owner must confirm stays in a [vul in: …] slot."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import ConfigDict, Field

from app.domain.datafile import read_toml
from app.domain.draft_kinds import shipped_kinds
from app.domain.profile import BusinessProfile
from app.domain.replies import _check_sentence
from app.domain.schema import Strict, Text, Texts, located, validate
from app.domain.topics import shipped_topic_data
from app.domain.words import alternation
from app.errors import DataFileError
from app.resources import resource_path


class _LineModel(Strict):
    text: Text
    unless: list[Text] = Field(default_factory=list)
    other: Text | None = None  # the line when someone else of the writer's rode or was hurt


class _StepModel(Strict):
    concepts: Texts
    kinds: list[Text] = Field(default_factory=list)
    when: list[Text] = Field(default_factory=list)
    lines: Annotated[list[_LineModel], Field(min_length=1)]


class _StepsModel(Strict):
    # the rules and lists of harm.toml are read by app/nlp/topic_harm.py; here only the steps
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)
    step: list[_StepModel] = Field(default_factory=list)


@dataclass(frozen=True)
class Line:
    text: str  # a template with {r:je|u} and {v:ik|we}
    unless: tuple[str, ...]  # words that tell the draft says this step already
    other: str = ""  # the line when it happened to someone else of the writer's ('onze Jana'), if it differs


@dataclass(frozen=True)
class Step:
    concepts: frozenset[str]
    kinds: frozenset[str]
    when: re.Pattern[str] | None
    lines: tuple[Line, ...]

    def fits(self, concept: str, kind: str, text: str) -> bool:
        """Whether this step is the one for a hazard of ``concept`` at a business of ``kind`` ('' when unknown)."""
        if concept not in self.concepts or (self.kinds and kind not in self.kinds):
            return False
        return self.when is None or self.when.search(text) is not None

    def said(self, draft: str, other: bool = False) -> tuple[str, ...]:
        """The lines (templates) the draft does not say yet; each line's ``other`` form when ``other`` (it
        happened to someone else of the writer's) and the line has one."""
        low = draft.lower()
        kept = (line for line in self.lines if not any(u.lower() in low for u in line.unless))
        return tuple(line.other if other and line.other else line.text for line in kept)


def parse_steps(data: dict[str, Any], source: str = "<harm>") -> tuple[Step, ...]:
    """The [[step]] tables, checked: known safety concepts and kinds of business, sentences with only {r:…|…} and
    {v:…|…} forms and [vul in: …] slots."""
    model = validate(_StepsModel, data, source, located)
    concepts = {c.id for c in shipped_topic_data().concepts if c.group == "safety"}
    kinds = {k.id for k in shipped_kinds().kinds}
    steps = []
    for i, raw in enumerate(model.step):
        where = f"step[{i}]"
        unknown = sorted(set(raw.concepts) - concepts) or sorted(set(raw.kinds) - kinds)
        if unknown:
            raise DataFileError(source, f"onbekend veiligheidsconcept of soort zaak: {unknown[0]}", where)
        for line in raw.lines:
            for sentence in (line.text, *((line.other,) if line.other else ())):
                _check_sentence(source, where, sentence, frozenset())
        when = re.compile(rf"(?<!\w)(?:{alternation(tuple(raw.when), stars=True)})(?!\w)", re.I) if raw.when else None
        lines = tuple(Line(line.text, tuple(line.unless), line.other or "") for line in raw.lines)
        steps.append(Step(frozenset(raw.concepts), frozenset(raw.kinds), when, lines))
    return tuple(steps)


@lru_cache(maxsize=1)
def shipped_steps() -> tuple[Step, ...]:
    path = resource_path("harm.toml")
    return parse_steps(read_toml(Path(path)), str(path))


def step_for(
    concepts: tuple[str, ...], profile: BusinessProfile, text: str, draft: str, other: bool = False
) -> tuple[str, ...]:
    """The templates of the step for a hazard of ``concepts`` (the draft's own concept first, then the comment's
    other safety concepts; per concept the first step in the data) at this business that ``draft`` does not say
    yet, in their form for someone else of the writer's when ``other``; () for none."""
    kind = shipped_kinds().of(profile)
    fitting = (s for c in concepts for s in shipped_steps() if s.fits(c, kind.id if kind else "", text))
    step = next(fitting, None)
    return step.said(draft, other) if step is not None else ()
