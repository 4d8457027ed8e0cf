"""The words that tell how a sentence reads (resources/phrase_cues.toml), read and checked once: whether a
sentence without a question mark asks, where a question ends, whether the writer asks for something today, a day
that comes back, a person named only for a likeness, and in English a booking that was lost and how far the
writer came. Each list is whole words in lower case; the code that uses it builds its pattern once, with
``words.alternation``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.domain.datafile import read_toml
from app.domain.schema import Strict, Texts, located, validate
from app.errors import DataFileError
from app.resources import resource_path


class _PhraseCuesModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    told_openers: Texts
    example_abbreviations: Texts
    today_wanting: Texts
    today_said: Texts
    today_coming: Texts
    today_english: Texts
    today_someone: Texts
    every: Texts
    day_parts: Texts
    likened_verbs: Texts
    likened_as: Texts
    came_far_verbs: Texts
    came_far_about: Texts
    came_far_units: Texts
    came_from_heads: Texts
    came_from_sports: Texts
    event_not_names: Texts
    extra_but: Texts
    extra_harms: Texts
    booked: Texts
    booking_missing: Texts
    booking_system: Texts
    booking_system_failed: Texts
    double_booked: Texts
    booking_channels: Texts
    english_how_when: Texts
    today_plain_wanting: Texts
    today_plain: Texts
    today_doing: Texts
    request_want: Texts
    request_filler: Texts
    request_article: Texts
    request_new: Texts
    status_ask: Texts
    status_whether: Texts
    status_ready: Texts
    status_left: Texts
    status_still: Texts
    status_done: Texts
    chase_must: Texts
    chase_again: Texts
    chase_doing: Texts
    handy_words: Texts
    rhetorical_who: Texts
    mocking_must: Texts
    cancelled: Texts
    cancelled_split: Texts
    cancelled_in_time: Texts
    cancelled_warned: Texts
    once_only_occasions: Texts
    open_as_ever: Texts
    no_closing: Texts
    diminutive_endings: Texts
    english_wanted: Texts
    english_wanted_end: Texts
    told_verbs: Texts
    told_by: Texts
    told_about: Texts
    parents_pairs: Texts
    grandparents_pairs: Texts
    came_along_with: Texts
    indefinite_dialect: Texts
    asked_fillers: Texts
    told_person: Texts
    told_person_later: Texts
    at_yours: Texts
    holiday_on: Texts
    echoed_determiners: Texts
    english_stay_kinds: Texts
    english_kin: Texts
    english_visit_words: Texts
    english_came_to_places: Texts
    english_group_nouns: Texts
    english_past_verbs: Texts
    wait_places: Texts
    wait_place_turns: Texts
    left_without: Texts
    held_verbs: Texts
    held_places: Texts
    held_for: Texts
    brought_in: Texts
    not_ideas: Texts
    parked: Texts
    english_not_gifts: Texts
    booked_places: Texts
    english_elsewhere: Texts
    english_own_days: Texts
    english_feast_days: Texts = Field(default_factory=list)
    cancelled_forced: Texts = Field(default_factory=list)
    cancelled_cannot: Texts = Field(default_factory=list)
    overran: Texts = Field(default_factory=list)
    walk_in: Texts = Field(default_factory=list)
    walk_in_full: Texts = Field(default_factory=list)
    discount_words: Texts = Field(default_factory=list)
    full_price: Texts = Field(default_factory=list)
    till: Texts = Field(default_factory=list)
    english_past: Texts
    english_praise_said: Texts
    english_portions: Texts
    english_deed_verbs: Texts
    english_deed_not_things: Texts
    fix_asked: Texts = Field(default_factory=list)
    not_fixed: Texts = Field(default_factory=list)
    new_since: Texts = Field(default_factory=list)
    come_back_asked: Texts = Field(default_factory=list)
    online_ways: Texts
    online_hassles: Texts
    set_aside: Texts = Field(default_factory=list)
    again_said: Texts = Field(default_factory=list)


@dataclass(frozen=True)
class PhraseCues:
    """resources/phrase_cues.toml: each list as a tuple of words in lower case, in the file's order."""

    told_openers: tuple[str, ...]  # 'want' in 'want jullie brood is top': tells, asks nothing
    example_abbreviations: tuple[str, ...]  # 'bv' in 'bv. één keer per kwartaal?'
    today_wanting: tuple[str, ...]  # 'wil' in 'ik wil dat er vandaag nog iemand komt'
    today_said: tuple[str, ...]  # 'vandaag nog'
    today_coming: tuple[str, ...]  # 'iemand' in 'vandaag nog iemand langs'
    today_english: tuple[str, ...]  # 'today' in 'can you come today?'
    today_someone: tuple[str, ...]  # 'someone' in 'someone today please'
    every: tuple[str, ...]  # 'elke' in 'Elke zondag dezelfde miserie'
    day_parts: tuple[str, ...]  # 'ochtend' in 'zaterdagochtend'
    likened_verbs: tuple[str, ...]  # 'lijk' in 'ik lijk op mijn moeder'
    likened_as: tuple[str, ...]  # 'eruit als' in 'zie eruit als m'n oma'
    came_far_verbs: tuple[str, ...]  # 'drove' in 'drove 40 minutes from Ghent'
    came_far_about: tuple[str, ...]  # 'almost' in 'travelled almost an hour'
    came_far_units: tuple[str, ...]  # 'minutes'
    came_from_heads: tuple[str, ...]  # 'loop' in 'Na de Beekse Zomerloop': the end of an event's own name
    came_from_sports: tuple[str, ...]  # 'fietstocht' in 'na onze fietstocht': a run, ride or match by its kind
    event_not_names: tuple[str, ...]  # 'kringloop' in 'bij de Kringloop gekocht': a shop, no public event
    extra_but: tuple[str, ...]  # 'al' in 'al kreeg ik er een schrammetje bij': a let-down, no gift
    extra_harms: tuple[str, ...]  # 'schram' in 'kreeg er een schrammetje bij': no gift either
    booked: tuple[str, ...]  # 'booked' in 'Booked a table ... no record of it'
    booking_missing: tuple[str, ...]  # 'no record'
    booking_system: tuple[str, ...]  # 'booking' in 'the booking system messed up'
    booking_system_failed: tuple[str, ...]  # 'messed up'
    double_booked: tuple[str, ...]  # 'double-booked'
    booking_channels: tuple[str, ...]  # 'website' in 'booked through your website': how, not what was booked
    english_how_when: tuple[str, ...]  # 'online' in 'booked a balayage online'
    today_plain_wanting: tuple[str, ...]  # 'wil' in 'ik wil dat iemand hier vandaag naar kijkt'
    today_plain: tuple[str, ...]  # 'vandaag' without 'nog'
    today_doing: tuple[str, ...]  # 'kijkt' in 'vandaag naar kijkt'
    request_want: tuple[str, ...]  # 'ik wil' in 'ik wil een nieuwe zadelpen'
    request_filler: tuple[str, ...]  # 'gewoon' in 'ik wil gewoon een nieuwe hak'
    request_article: tuple[str, ...]  # 'een', Flemish 'nen'
    request_new: tuple[str, ...]  # 'nieuwe'
    status_ask: tuple[str, ...]  # 'wanneer' in 'wanneer is mijn fiets klaar?'
    status_whether: tuple[str, ...]  # 'of da' in 'ik weet nog altijd niet of da in orde is'
    status_ready: tuple[str, ...]  # 'klaar', 'in orde'
    status_left: tuple[str, ...]  # 'binnengebracht': the thing is with the business
    status_still: tuple[str, ...]  # 'nog niets gehoord'
    status_done: tuple[str, ...]  # 'opgehaald', 'totaal €': the job is done and settled
    chase_must: tuple[str, ...]  # 'moet' in 'moet ik nu echt nog eens bellen?'
    chase_again: tuple[str, ...]  # 'nog eens'
    chase_doing: tuple[str, ...]  # 'bellen'
    handy_words: tuple[str, ...]  # 'handig' in 'zou het niet handig zijn om ...'
    rhetorical_who: tuple[str, ...]  # 'pakt' in 'Wie pakt de handschoen op?'
    mocking_must: tuple[str, ...]  # 'soms' in 'Moet ik soms lopen?'
    cancelled: tuple[str, ...]  # 'afgezegd'
    cancelled_split: tuple[str, ...]  # 'zegde' in 'zegde hem af'
    cancelled_in_time: tuple[str, ...]  # 'op voorhand' in 'op voorhand afgezegd'
    cancelled_warned: tuple[str, ...]  # 'verwittigd' in 'tijdig verwittigd'
    once_only_occasions: tuple[str, ...]  # 'bruiloft': a day that cannot be done again
    open_as_ever: tuple[str, ...]  # 'gewoon' in '29 december: gewoon open'
    no_closing: tuple[str, ...]  # 'geen zomerverlof' in 'Zomer 2035: geen zomerverlof': the period is not closed
    diminutive_endings: tuple[str, ...]  # 'tje' in 'kersttaartje'
    english_wanted: tuple[str, ...]  # 'need' in 'I need a cheap bike'
    english_wanted_end: tuple[str, ...]  # 'for' in 'a bike for my son'
    told_verbs: tuple[str, ...]  # 'zegt' in 'mijn zwager zegt dat de kabel los zat'
    told_by: tuple[str, ...]  # 'volgens' in 'volgens mijn buurman'
    told_about: tuple[str, ...]  # 'de' in 'zegt dat de kabel los zat'
    parents_pairs: tuple[str, ...]  # 'moeder en vader' in 'de diamanten bruiloft van ons moeder en vader'
    grandparents_pairs: tuple[str, ...]  # 'opa en oma' in 'de gouden bruiloft van opa en oma'
    came_along_with: tuple[str, ...]  # 'met' in 'gevierd met onze kinderen': who came along, not whose day
    indefinite_dialect: tuple[str, ...]  # 'nen' in 'nen ijstaart': 'een' as dialect and chat write it
    asked_fillers: tuple[str, ...]  # 'ook' in 'Doe je ook ...': between a verb and what it asks, no thing
    told_person: tuple[str, ...]  # 'zijn' in 'zegt dat zijn arm ...': the one who told is the one it is about
    told_person_later: tuple[str, ...]  # 'hij' in '... los zat. Hij is gevallen': the same, in a later sentence
    at_yours: tuple[str, ...]  # 'jullie' in 'Is het rustig bij jullie?': at the business, 'bij ons'
    holiday_on: tuple[str, ...]  # 'tijdens' in 'tijdens Pasen': a holiday named as the day something happens
    echoed_determiners: tuple[str, ...]  # 'nen' in 'nen appeltaart', besides topic_nouns.DETERMINERS
    english_stay_kinds: tuple[str, ...]  # 'hotel' in a profile's kind: 'your stay', not 'your visit'
    english_kin: tuple[str, ...]  # 'mum' in 'Mum took her time': the writer's own, no staff
    english_visit_words: tuple[str, ...]  # 'stopped' in 'stopped here for coffee': the writer was at the place
    english_came_to_places: tuple[str, ...]  # 'office' in 'came to our office'
    english_group_nouns: tuple[str, ...]  # 'colleagues' in 'the bikes of four colleagues'
    english_past_verbs: tuple[str, ...]  # 'brought' in 'my colleagues brought a galette': a verb, no thing
    wait_places: tuple[str, ...]  # 'op het terras' in 'op uw terras gaan zitten. 40 minuten gewacht'
    wait_place_turns: tuple[str, ...]  # 'vol' in 'op het terras zitten maar dat was vol, dus binnen'
    left_without: tuple[str, ...]  # 'zonder fiets' in 'Zonder fiets naar m'n werk is geen pretje'
    held_verbs: tuple[str, ...]  # 'staat' in 'Mijn fiets staat al 2 weken bij jullie'
    held_places: tuple[str, ...]  # 'bij jullie' in 'Mijn fiets staat al 2 weken bij jullie'
    held_for: tuple[str, ...]  # 'sinds' in 'mijn fiets die er sinds dinsdag staat': 'er' is the business then
    brought_in: tuple[str, ...]  # 'gebracht' in 'Fiets op 2 mei gebracht'
    not_ideas: tuple[str, ...]  # 'tot' in 'Mag ik een tip geven? Tot snel!': a closing, no idea
    parked: tuple[str, ...]  # 'parkeer' in '60 euro parkeerboete': a fine for parking (start of a word)
    english_not_gifts: tuple[str, ...]  # 'hand' in 'gave my son a free hand': an idiom, no extra given free
    booked_places: tuple[str, ...]  # 'raam' in 'We hadden aan het raam gereserveerd': where to sit
    english_elsewhere: tuple[str, ...]  # 'somewhere else' in 'The birthday next week will be somewhere else'
    english_own_days: tuple[str, ...]  # 'holiday' in 'our holiday starts next Saturday': only with 'my/our/...'
    english_feast_days: tuple[str, ...]  # "mother's day" in "Booked the Mother's Day brunch": everyone's day
    cancelled_forced: tuple[str, ...]  # 'annuleren' in 'Nu moeten we annuleren omdat ...': the writer had to cancel
    cancelled_cannot: tuple[str, ...]  # 'niet komen' in 'We kunnen niet komen, mijn vrouw ligt in het ziekenhuis'
    overran: tuple[str, ...]  # 'andere klanten bezig' in 'de kleur zat er nog op en ze was met andere klanten bezig'
    walk_in: tuple[str, ...]  # 'vrije inloop' in 'naar de vrije inloop gekomen en om 15u was het vol'
    walk_in_full: tuple[str, ...]  # 'vol voor vandaag' there: no place left for the writer
    discount_words: tuple[str, ...]  # 'korting' in '15% korting stond er op het bord': a discount announced
    full_price: tuple[str, ...]  # 'de volle prijs' in 'aan de kassa gewoon de volle prijs betaald': not given
    till: tuple[str, ...]  # 'kassa' there: paid at the till, not a discount that came later
    english_past: tuple[str, ...]  # 'were' in 'You were closed for the holiday on Monday': told, not coming
    english_praise_said: tuple[str, ...]  # 'amazing' in 'the boterkoek and the apple pie were AMAZING'
    english_portions: tuple[str, ...]  # 'slice' in 'a slice of pear tart': how much, the thing said after 'of'
    english_deed_verbs: tuple[str, ...]  # 'baked' in 'Femke baked a lemon tart for us': what staff made or saved
    english_deed_not_things: tuple[str, ...]  # 'day' in 'Femke made my day': no thing made
    fix_asked: tuple[str, ...]  # 'bijgewerkt' in 'kan da nog bijgewerkt worden?': the writer asks for it put right
    not_fixed: tuple[str, ...]  # 'lijk voorheen' in 'verspringen nog altijd lijk voorheen': the work did not help
    new_since: tuple[str, ...]  # 'die er eerst niet was' in 'een piep die er eerst niet was': it came with the work
    come_back_asked: tuple[str, ...]  # 'terugkomen' in 'Moet ik nu terugkomen?': whether to bring it back
    online_ways: tuple[str, ...]  # 'account' in 'account aanmaken, wachtwoord ... een drama': the online way in
    online_hassles: tuple[str, ...]  # 'drama' there: the writer finds that way too hard
    set_aside: tuple[str, ...]  # 'voor wie besteld heeft' in ''die zijn voor wie besteld heeft'': held for others
    again_said: tuple[str, ...]  # 'de derde keer' in 'Dit is al de derde keer deze maand': it happened before


def parse_phrase_cues(data: dict[str, Any], source: str = "<phrase_cues>") -> PhraseCues:
    """The lists of phrase_cues.toml, each entry stripped and in lower case; an entry may hold no '*' (a word is
    as written) and no line break."""
    model = validate(_PhraseCuesModel, data, source, located)
    lists = model.model_dump(exclude={"schema_version"})
    for name, words in lists.items():
        for i, word in enumerate(words):
            if "*" in word or "\n" in word:
                raise DataFileError(
                    source, f"een woord staat er zoals geschreven, zonder '*': {word!r}", f"{name}[{i}]"
                )
    return PhraseCues(**{name: tuple(" ".join(w.lower().split()) for w in words) for name, words in lists.items()})


@lru_cache(maxsize=1)
def phrase_cues(path: str | Path | None = None) -> PhraseCues:
    file = Path(path) if path else resource_path("phrase_cues.toml")
    return parse_phrase_cues(read_toml(file), str(file))


class LazyPattern:
    """A module's pattern built from a data file at first use, not at import: a broken file then raises its
    DataFileError where drafting turns it into the one-line message, not while a module is imported.
    ``build`` is a @cache function, so the file is read and the pattern compiled once. Every other attribute of
    re.Pattern (``match``, ``sub``, ``pattern``, ``flags`` …) is the built pattern's, so it stands in for one."""

    def __init__(self, build: Callable[[], re.Pattern[str]]) -> None:
        self._build = build

    def search(self, text: str) -> re.Match[str] | None:
        return self._build().search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._build().finditer(text)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_build":  # no build for copy/pickle probes, nor a loop before __init__
            raise AttributeError(name)
        return getattr(self._build(), name)
