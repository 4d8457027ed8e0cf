"""The words that pick a draft's line and tell how a wait or a journey is told (resources/draft_cues.toml), each
list made one pattern of whole words once: a minus point in praise, a thing that broke, someone seriously ill or
nervous, an occasion past or ahead; a wait still going on or over, what others did meanwhile, a journey, an
order placed ahead."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.schema import Ident, Strict, Texts, located, validate
from app.domain.textnorm import normalise
from app.domain.words import MINE, OURS, alternation, possessive_alternation, stop_words
from app.errors import DataFileError
from app.resources import resource_path


class _CuesModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    minus_point: Texts
    broken: Texts
    ill: Texts
    nervous: Texts
    past: Texts
    ahead: Texts
    ahead_units: Texts
    ongoing: Texts
    over: Texts
    left_with: Texts
    feasts: Texts
    meanwhile: Texts
    travelled: Texts
    ordered: Texts
    fetch: Texts
    range_lead: Texts
    range_you: Texts
    range_you_in_verb: Texts
    range_named_verb: Texts
    range_not: Texts
    range_rule: Texts
    range_rule_end: Texts
    look_up: Texts
    range_fit: Texts
    range_fit_units: Texts
    range_fit_own: Texts
    range_fit_people: Texts
    range_uses: Texts
    guarantee_asked: Texts
    things_general: Texts
    origin_asked: Texts
    moved: Texts
    causes: Texts
    green: Texts
    not_words: Texts
    no_lead: Texts
    not_a_no: Texts
    month_span: Texts
    closed: Texts
    bought_where: Texts
    bought: Texts
    bought_here: Texts
    bought_english: Texts
    long_span: Texts
    closing: Texts
    closed_english: Texts
    closed_value: Texts
    month_whole: Texts
    other_shop: Texts
    sold_here: Texts
    sold: Texts
    held: Texts
    writer_self: Texts
    arm_of_body: Texts
    closed_not: Texts
    feast_other_time: Texts
    other_made: Texts
    on_trip: Texts
    closing_down: Texts
    closing_down_not: Texts
    notice_down: Texts
    not_received: Texts
    short_asked: Texts
    refund_refused: Texts
    roadworks: Texts
    sold_off: Texts
    long_span_days: dict[Ident, Annotated[int, Field(ge=1, le=366)]] = Field(min_length=1)
    long_span_other_days: Annotated[int, Field(ge=1, le=366)]
    long_span_partly_days: Annotated[int, Field(ge=1, le=366)]


@dataclass(frozen=True)
class DraftCues:
    """resources/draft_cues.toml as patterns (case-insensitive, whole words)."""

    minus_point: re.Pattern[str]  # 'alleen jammer dat', 'helaas'
    broken: re.Pattern[str]  # 'Mijn ketting is gebroken'
    ill: re.Pattern[str]  # 'begint aan chemo'
    nervous: re.Pattern[str]  # 'doodsbang voor de kapper'
    past: re.Pattern[str]  # 'afgelopen zaterdag'
    ahead: re.Pattern[str]  # 'trouwt in juni', 'over drie weken'
    ongoing: re.Pattern[str]  # 'nog steeds niet klaar'
    over: re.Pattern[str]  # 'een uur gewacht'
    left_with: re.Pattern[str]  # 'staat' in 'Mijn fiets staat hier al 3 weken'
    feasts: re.Pattern[str]  # 'Sinterklaas', 'kerstavond': a feast of everyone a complaint names
    meanwhile: re.Pattern[str]  # 'terwijl de stagiaire ...'
    travelled: re.Pattern[str]  # 'anderhalf uur gereden'
    ordered: re.Pattern[str]  # 'taart besteld'
    fetch: re.Pattern[str]  # 'een banketletter halen'
    range_lead: re.Pattern[str]  # 'hoi', 'vraagje' before 'verkopen jullie ...?'
    range_you: re.Pattern[str]  # 'jullie' in 'Verkopen jullie ook ...?'
    range_you_in_verb: re.Pattern[str]  # 'hest' in 'Hest ook racefietsen?': the verb holds the 'je'
    range_named_verb: re.Pattern[str]  # 'heeft' in 'Heeft De Schaapskooi een zaal?': the business by name
    range_not: re.Pattern[str]  # 'zijn' in 'Zijn jullie dan dicht?': open or not, no range
    range_rule: re.Pattern[str]  # 'mag' in 'Mag de hond mee?'
    range_rule_end: re.Pattern[str]  # 'mee' after 'de hond' in 'Mag de hond mee?'
    look_up: re.Pattern[str]  # 'bestelling', 'klaar': a question the business must look up
    range_fit: re.Pattern[str]  # 'brede', 'zwaar': a size of what the writer needs, whether it fits
    range_fit_units: re.Pattern[str]  # 'kilo' in '30 kilo': a measure with its number
    range_fit_own: re.Pattern[str]  # 'krullend haar': the writer's own a service must suit
    range_fit_people: re.Pattern[str]  # 'kinderen' in 'voor 2 kinderen': how many it is for
    range_uses: re.Pattern[str]  # 'werkt' in 'Werkt u met shampoo zonder sulfaten?': what the business uses
    origin_asked: re.Pattern[str]  # 'brouwerij', 'streek': where a thing comes from
    guarantee_asked: re.Pattern[str]  # 'garanderen': a promise asked, which no profile field makes
    things_general: re.Pattern[str]  # 'spullen': all things at once
    things_general_words: frozenset[str]  # the same words, one by one
    moved: re.Pattern[str]  # 'ik zat te wenen', 'mijn vader zaliger': a loss or tears, no cheer next to it
    cause: re.Pattern[str]  # 'voor Stichting Haarwensen', 'aan het goede doel': a good cause the work was for
    green: re.Pattern[str]  # 'knipafval', 'duurzaam ondernemen': how the business spares the environment
    fetched: re.Pattern[str]  # 'nog een banketletter halen': the thing (group 'thing') after its 'lead'
    not_words: frozenset[str]  # 'geen', 'niet': a rumour or a profile value that says what is not so
    no_lead: re.Pattern[str]  # 'Nee', 'Helaas': a FAQ answer that opens with no
    not_a_no: re.Pattern[str]  # 'geen probleem': a 'geen' that says yes
    month_span: re.Pattern[str]  # 'hele' in 'de hele oktober dicht': a rumour of a month closed
    on_trip: re.Pattern[str]  # 'op vakantie', 'op fietsvakantie', 'on holiday': the writer is away from home
    closing_down: re.Pattern[str]  # 'definitief', 'stopt ermee', 'pensioen': a rumour that the business stops
    closing_down_not: re.Pattern[str]  # 'stoppen met het bakken', 'overgenomen': a rumour about something else
    notice_down: re.Pattern[str]  # 'pensioen', 'uitverkoop': what a notice about stopping for good or a sale says
    not_received: re.Pattern[str]  # 'gekregen' in 'geen mail gekregen': a message not received, not no device
    short_asked: re.Pattern[str]  # 'kort antwoord is genoeg', 'quick answer': no closing question after the answer
    refund_refused: re.Pattern[str]  # 'we kregen niks terug': no money back, the owner decides on it
    roadworks: re.Pattern[str]  # 'de straat gaat dicht voor rioleringswerken': the way there, not the shop
    sold_off: re.Pattern[str]  # 'Ilse verkoopt de zaak aan een keten': only the owner can say, call us
    closed: re.Pattern[str]  # 'dicht', 'gesloten', 'toe'
    bought_where: re.Pattern[str]  # 'niet bij hem', 'elders': a rumour that only what was bought here is served
    bought: re.Pattern[str]  # 'gekocht', 'aangeschaft'
    bought_here: re.Pattern[str]  # 'bij hem' in 'alleen als je het bij hem gekocht hebt'
    bought_english: re.Pattern[str]  # 'bought elsewhere', 'not bought here'
    long_span: re.Pattern[str]  # 'een hele maand' in 'na nieuwjaar een hele maand dicht': a long closing
    closing: re.Pattern[str]  # 'sluiten', 'dichtgaan' (not 'dichtbij'): closed, said as a verb
    closed_english: re.Pattern[str]  # 'closed', 'shut'
    closed_value: re.Pattern[str]  # 'niet open' in a profile value, besides `closed`
    month_whole: re.Pattern[str]  # 'heel' in 'heel januari toe': a whole month, as long as long_span 'maand'
    other_shop: re.Pattern[str]  # 'andere winkels' in 'e-bikes van andere winkels': bought elsewhere
    sold_here: re.Pattern[str]  # 'zelf' in 'alleen nog wat ze zelf verkopen'
    sold: re.Pattern[str]  # 'verkopen', 'verkocht'
    held: re.Pattern[str]  # 'cadeaubon', 'strippenkaart': what the writer holds of the business's, still to use
    writer_self: re.Pattern[str]  # 'wij' in 'Wij waren heel januari op reis': the writer's own time
    arm_of_body: re.Pattern[str]  # 'onder' in 'onderarm': a body word, not 'arm' as 'low in'
    feast_other_time: frozenset[str]  # 'na' in 'na kerst': before a feast, another time than the feast itself
    shut: re.Pattern[str]  # closed, closing or closed_english, not right after a word of closed_not: closed_said
    long_span_days: tuple[tuple[str, int], ...]  # ('maand', 28): a long_span with 'maand' in it is 28 days
    long_span_other_days: int  # any other long_span ('wekenlang'): 14 days
    long_span_partly_days: int  # a closing this long in a rumoured long one makes the rumour partly right (7)
    other_made: re.Pattern[str]  # 'vreemde' in "'vreemde' e-bikes doet hij niks meer aan": bought elsewhere


def words_pattern(words: Sequence[str]) -> str:
    r"""The entries as one group of whole words: '\b(?:b\s+c|d\w*|a)\b' ('alleen wel' → 'alleen\s+wel', 'minpunt*' →
    'minpunt\w*', '*bang' → '\w*bang')."""
    return r"\b(?:" + alternation(tuple(w.strip().lower() for w in words), spaced=True, stars=True) + r")\b"


def parse_draft_cues(data: dict[str, Any], source: str = "<draft_cues>") -> DraftCues:
    """The lists of draft_cues.toml made patterns; an entry is words and may only start or end with '*'."""
    model = validate(_CuesModel, data, source, located)
    days = {"long_span_days", "long_span_other_days", "long_span_partly_days"}
    lists = model.model_dump(exclude={"schema_version", *days})
    for name, words in lists.items():
        for i, word in enumerate(words):
            if "*" in word.strip().strip("*") or word.strip("* ") == "":
                raise DataFileError(
                    source, f"'*' mag alleen aan het begin of eind van een woord staan: {word!r}", f"{name}[{i}]"
                )
    own = {"ahead_units", "causes", "not_words", "closed_not", "feast_other_time"}
    patterns = {name: re.compile(words_pattern(words), re.I) for name, words in lists.items() if name not in own}
    units = alternation(tuple(u.strip().lower() for u in model.ahead_units))
    patterns["ahead"] = re.compile(rf"{words_pattern(model.ahead)}|\bover\s+\w+\s+(?:{units})\b", re.I)
    patterns["fetched"] = re.compile(_FETCH_LEAD + r"(?:komen\s+)?" + patterns["fetch"].pattern, re.I)
    causes = alternation(tuple(c.strip().lower() for c in model.causes), spaced=True)
    patterns["cause"] = re.compile(
        rf"\b(?:voor|aan|naar)\s+(?P<doel>(?:de\s+)?(?i:{causes})\s+[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){{0,2}}"
        r"|het\s+goede\s+doel)"
    )
    patterns["shut"] = _shut(patterns, model.closed_not)
    return DraftCues(
        **patterns,
        not_words=frozenset(w.strip().lower() for w in model.not_words),
        things_general_words=frozenset(w.strip().lower() for w in model.things_general),
        feast_other_time=frozenset(
            normalise(w) for w in model.feast_other_time
        ),  # as the text is read: 'vóór' → 'voor'
        long_span_days=tuple(model.long_span_days.items()),
        long_span_other_days=model.long_span_other_days,
        long_span_partly_days=model.long_span_partly_days,
    )


def _shut(patterns: dict[str, re.Pattern[str]], denials: Sequence[str]) -> re.Pattern[str]:
    """Closed as the writer says it ('dicht', 'gesloten', Flemish 'toe', 'sluiten', 'dichtgaan', English 'closed'),
    not right after a word that denies it (``closed_not``: 'niet dicht', 'not closed') nor the 'toe' of 'tot nu
    toe'."""
    said = "|".join(patterns[name].pattern for name in ("closed", "closing", "closed_english"))
    denied = "".join(rf"(?<!\b{re.escape(w.strip().lower())}\s)" for w in denials)
    return re.compile(rf"{denied}(?:(?<!\bnu\s)|(?!toe\b))(?:{said})", re.I)


def closed_said(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the text (or its part from ``start`` to ``end``) says closed: 'volledig toe', 'we sluiten',
    'closed for weeks'; not 'niet dicht', 'nooit gesloten', 'not closed', 'tot nu toe'."""
    return draft_cues().shut.search(text, start, len(text) if end is None else end) is not None


# What a writer comes to fetch: an article or possessive, the thing (one or two words), the verb of `fetch`.
_FETCH_LEAD = (
    rf"\b(?P<lead>een|de|het|die|{possessive_alternation()}|wat)\s+(?P<thing>[^\W\d_][\w-]+(?:\s+[^\W\d_][\w-]+)??)\s+"
)


@lru_cache(maxsize=1)
def draft_cues(path: str | Path | None = None) -> DraftCues:
    file = Path(path) if path else resource_path("draft_cues.toml")
    return parse_draft_cues(read_toml(file), str(file))


# The writer's ('mijn', 'een', 'wat') said as the reader's ('je banketletter'); 'de taart' stays.
_THEIRS = MINE | OURS | {"een", "wat"}


def fetched_thing(text: str, poss: str) -> str:
    """The thing the writer says they come to fetch or buy ('Wil nog een banketletter halen' → 'je banketletter',
    'de taart ophalen' → 'de taart'), with the reader's possessive (``poss``) for theirs; '' when none is said."""
    found = draft_cues().fetched.search(text)
    # 'de taart wat eerder halen': 'wat eerder' is no thing
    if found is None or any(w.lower() in stop_words() for w in found.group("thing").split()):
        return ""
    lead = found.group("lead").lower()
    return f"{poss if lead in _THEIRS else lead} {found.group('thing')}"
