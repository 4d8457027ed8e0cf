"""The kind of business a profile is (resources/kinds.toml), for drafts that fit it: the examples
in the slot for a complaint's proposal ('gratis bijwerken' at a hair salon, not 'opnieuw versturen')."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.profile import BusinessProfile
from app.domain.schema import Strict, Text, Texts, located, validate
from app.domain.textnorm import normalise
from app.domain.topics import shipped_topic_data
from app.errors import DataFileError
from app.resources import resource_path


class _DefaultModel(Strict):
    solution: Text
    booking: Text | None = None


class _KindModel(Strict):
    id: Text
    words: Texts
    solution: Text
    booking: Text | None = None
    services: list[Text] | None = None
    book_groups: bool = False
    alone: list[Text] = Field(
        default_factory=list
    )  # words of `words` that count only as a word of their own, never in a compound


class _KindsModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    default: _DefaultModel
    kinds: Annotated[list[_KindModel], Field(min_length=1)]


class BusinessKinds:
    """The kinds of business and what fits each; ``of(profile)`` finds a profile's kind."""

    def __init__(self, model: _KindsModel) -> None:
        self.default_solution = model.default.solution
        self.default_booking = model.default.booking or model.default.solution
        self.kinds = tuple(model.kinds)

    def of(self, profile: BusinessProfile) -> _KindModel | None:
        """The first kind one of whose words is a word of the profile's kind (or, failing that, of
        its name), also as the start or end of a compound ('rijwielhandel', 'eetcafé') unless the kind says it
        counts only alone ('salon': a 'nagelsalon' or an 'ijssalon' is no hair salon)."""
        for text in (profile.kind, profile.name):
            words = normalise(text).split()
            for kind in self.kinds:
                alone = {normalise(w) for w in kind.alone}
                keys = [(normalise(w), normalise(w) not in alone) for w in kind.words]
                if any(_names(w, k, compound) for w in words for k, compound in keys):
                    return kind
        return None

    def booking(self, profile: BusinessProfile) -> str:
        """The examples for the proposal slot when an appointment or booking went wrong ('een uitnodiging om alsnog
        aan te schuiven' at a restaurant, 'een nieuwe afspraak met voorrang' elsewhere)."""
        kind = self.of(profile)
        return kind.booking if kind is not None and kind.booking else self.default_booking

    def repairs(self, profile: BusinessProfile) -> bool:
        """Whether this kind of business repairs or maintains things (a bike shop, not a bakery)."""
        kind = self.of(profile)
        return kind is not None and bool({"reparatie", "onderhoud"} & set(kind.services or ()))

    def services(self, profile: BusinessProfile, found: tuple[str, ...]) -> tuple[str, ...]:
        """The services found in a comment that this kind of business delivers (all when unknown)."""
        kind = self.of(profile)
        if kind is None or kind.services is None:
            return found
        return tuple(s for s in found if s in kind.services)

    def books_groups(self, profile: BusinessProfile) -> bool:
        """Whether a group best books ahead at this kind of business (a restaurant, a café)."""
        kind = self.of(profile)
        return kind is not None and kind.book_groups

    def books_visits(self, profile: BusinessProfile) -> bool:
        """Whether a visit is booked ahead at this kind of business: a table (a restaurant) or an appointment for a
        treatment (a hair salon); not at a bakery, where 'nog plaats voor 40 broodjes' asks for no seat."""
        kind = self.of(profile)
        return kind is not None and (kind.book_groups or "behandeling" in (kind.services or ()))

    def solution(self, profile: BusinessProfile) -> str:
        """The examples for the proposal slot that fit this business."""
        kind = self.of(profile)
        return kind.solution if kind is not None else self.default_solution


def _names(word: str, key: str, compound: bool) -> bool:
    """Whether a word of a profile is this key of a kind: the same word, or (a key of four letters or more, in a
    compound) its start or end."""
    return word == key or (compound and len(key) >= 4 and (word.startswith(key) or word.endswith(key)))


def parse_kinds(data: dict[str, Any], source: str = "<kinds>") -> BusinessKinds:
    model = validate(_KindsModel, data, source, located)
    ids = [k.id for k in model.kinds]
    if len(set(ids)) != len(ids):
        raise DataFileError(source, "een soort bedrijf staat er twee keer in", "kinds")
    services = {c.id for c in shipped_topic_data().concepts if c.group == "service"}
    for i, kind in enumerate(model.kinds):
        unknown = sorted(set(kind.services or ()) - services)
        if unknown:
            raise DataFileError(source, f"onbekende dienst '{unknown[0]}' (zie topics.toml)", f"kinds[{i}]")
        loose = sorted(set(kind.alone) - set(kind.words))
        if loose:
            raise DataFileError(source, f"'{loose[0]}' in alone staat niet in words", f"kinds[{i}].alone")
    return BusinessKinds(model)


def load_kinds(path: str | Path | None = None) -> BusinessKinds:
    file = Path(path) if path else resource_path("kinds.toml")
    return parse_kinds(read_toml(file), str(file))


@lru_cache(maxsize=1)
def shipped_kinds() -> BusinessKinds:
    return load_kinds()
