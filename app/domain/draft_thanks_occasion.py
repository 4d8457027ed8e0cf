"""The occasion a praising comment tells, in the thank-you: congratulations for a birthday, wedding or diploma (with
the years when said), condolences for a loss, and thanks for the business's part in the day (what it made, a photo
on what it made, the team that helped)."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.draft_ages import age_key, no_age_wished
from app.domain.draft_base import shared_occasion
from app.domain.draft_events import birthday_age, career_ended, married_years, turned
from app.domain.draft_fact_words import fact_words
from app.domain.draft_made_for import owned_by, shaped_like
from app.domain.draft_occasion_people import baby_named, birth_party, retirement_party, room_celebrated
from app.domain.draft_praise import of_made
from app.domain.draft_praise_done import counted_done
from app.domain.draft_praise_held import broken_brought
from app.domain.draft_praise_people import plain_name
from app.domain.draft_praise_spent import praised_thing
from app.domain.draft_tasted import tasted
from app.domain.draft_text import Part
from app.domain.draft_thanks_said import ThanksSaidBack
from app.domain.replies import Tone, number, pick, render
from app.domain.topics import Mention, TopicAnalysis, shipped_topic_data
from app.domain.words import RECORDS

CONGRATULATE = frozenset(
    {"verjaardag", "bruiloft", "verloving", "jubileum", "diploma", "geboorte", "communie", "baan", "prestatie", "doop"}
    | {"kampioen", "abraham", "sarah"}
)
# Occasions the writer achieved (with the business's help), not celebrated with what was bought
# (so is a birth itself, as opposed to a maternity party: see _occasion_thanks).
ACHIEVEMENTS = frozenset({"diploma", "baan", "prestatie", "optreden", "kampioen"})
# Places where people celebrate on the spot ('fijn dat u uw jubileum bij ons vierde').
VENUE_KINDS = (
    *("restaurant", "café", "cafe", "eetcafé", "brasserie", "bistro", "lunchroom", "zaal", "hotel", "pannenkoek"),
    *("b&b", "bed & breakfast", "camping", "strandtent", "bowling", "escape", "sauna", "pizzeria", "ijssalon"),
)


def _recorded(thing: str) -> bool:
    """Whether the thing is a record of the day ('de foto's', 'het filmpje'), not what a business made for it."""
    words = thing.lower().split()
    head = re.sub(r"(?:'s|’s|s|je|pje|tje)$", "", words[-1])
    # ('de taart en de foto': the cake is the work, said with the photo on it)
    return not {"en", "met", "&"} & set(words) and any(head.endswith(r) for r in RECORDS)


def bearing(topics: TopicAnalysis, record: str, text: str) -> Mention | None:
    """The thing a photo or print is on ('de taart met hun trouwfoto erop', 'shirts met onze foto'): the work the
    business made; None when the record is on nothing named."""
    for thing in topics.products:
        if thing.text == record or _recorded(thing.text) or thing.wished:
            continue
        on = rf"\b{re.escape(thing.text)}\s+(?:met|with)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(record)}\b"
        if re.search(on, text, re.I):
            return thing
    # 'de taart voor ons 50-jarig huwelijk ... Kees had ons trouwfoto d'r op gezet': the record put on what was named
    # before it, when one thing was
    put = rf"\b{re.escape(record)}\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:erop|derop|(?:d['’]r|er)\s*(?:\w+\s+){{0,2}}?op)\b"
    said = text.lower()
    before = [
        t
        for t in topics.products
        if t.text != record
        and not _recorded(t.text)
        and not t.wished
        and 0 <= said.find(t.text.lower()) < said.find(record.lower())
    ]
    return before[0] if len(before) == 1 and re.search(put, text, re.I) else None


# A party said as held: 'gevierd', 'afscheidsfeestje' (not a drink or a reception alone: 'afscheid ... borrel').
_CELEBRATED = re.compile(r"\b(?:gevierd|vierden|vierde|vieren|\w*feest\w*)\b", re.I)


class ThanksOccasion(ThanksSaidBack):
    """Congratulations, condolences and the thanks for the business's part in an occasion."""

    def _occasion_thanks(
        self, topics: TopicAnalysis, first: Mention | None, seed: str, text: str = ""
    ) -> tuple[str, bool] | None:
        """The thank-you for a grief or an occasion ('dat u uw 80ste verjaardag bij ons vierde'), if any."""
        occasion, first = self._occasion_helped(topics, first, text)
        kind = self.profile.kind.lower()
        # ('ne taart in de vorm van zijn oude Vespa': the thing with the look it was made in)
        product = self._np(first) if first else ""
        product += shaped_like(first.text, text, self._poss) if first and "vorm van" not in product else ""
        # ('de oude koersfiets van mijn vader opgeknapt voor de 18de verjaardag van onze zoon': whose it was)
        product += owned_by(first.text, text, self._poss) if first and " van " not in f" {product} " else ""
        values = {"gelegenheid": occasion, "product": product, "meervoud": number(bool(first and first.plural))}
        here = "etentje" in topics.services or any(k in kind for k in VENUE_KINDS)
        if topics.occasion == "rouw":
            theirs = next((p for p in topics.products if p.theirs and not p.wished), None) if topics.people else None
            if theirs is not None:
                # 'naar het woonzorgcentrum gekomen om mijn mama haar haar te doen voor de begrafenis van papa': what
                # was done for the writer's person, and whose it was (not where it was done)
                product = f"{self._np(theirs)} van {self._person(topics, topics.people[0])}"
                values["product"] = product
            if product:
                return self._line("positive", "thanks_grief", seed, values), False
            return self._line("positive", "thanks_grief_general", seed), True
        if not occasion or (topics.occasion_words == "geboorte" and here):
            return None  # a restaurant did not help with the birth itself: plain thanks, congratulations after it
        if topics.occasion in ACHIEVEMENTS or topics.occasion_words == "geboorte":
            # a diploma is earned, not served: 'bijdragen aan je diploma'; a birth the business helped with
            # 'de vlechten zaten nog perfect': what helped is named ('met de vlechten ... bijdragen')
            # ... and so did the broken thing the writer came with ('met een kapotte ketting voor de deur, zondag
            # de toertocht'): the repair made the day possible ('met de ketting ... bijdragen')
            helped = (
                first is not None
                and first is topics.products[0]
                and bool(topics.praised or first.text in broken_brought(text, self._poss))
            )
            # ('23 fietsen hersteld' at the tour's stop: the work counted is what helped, 'de 23 herstelde fietsen')
            counted = counted_done(text)
            values = {**values, "product": counted} if counted else values
            key = "thanks_achievement_product" if helped or counted else "thanks_occasion"
            return self._team_line(topics, text, key, seed, values), True
        dish = re.split(r"\s+(?:en|bij)\s+", first.text)[0] if first is not None else ""
        served = first is not None and (of_made(first) or tasted(text, dish) or praised_thing(first, topics, text))
        if first and not first.occasion and not ((first.place or (first.guessed and not served)) and here):
            # what they had names it best ('het ontbijt op je jubileum'); a guessed noun at a venue ('de serre')
            # may only be where it was celebrated, unless it is praised ('de hertenstoof was zalig', 'perfect')
            return self._team_line(topics, text, "thanks_occasion_product", seed, values), True
        if here:
            room = room_celebrated(text, self.tone.voice)  # 'gevierd in jullie zaal boven': 'in onze zaal'
            key = "thanks_occasion_room" if room else "thanks_occasion_here"
            return self._line("positive", key, seed, {**values, "waarde": room}), True
        if not first:
            return self._team_line(topics, text, "thanks_occasion", seed, values), True
        return None

    def _occasion_helped(self, topics: TopicAnalysis, first: Mention | None, text: str) -> tuple[str, Mention | None]:
        """The occasion a business helped with, as the thanks says it, and the thing it helped with, if any."""
        occasion = self._occasion_phrase(topics)
        if topics.occasion_words == "geboorte" and occasion:
            occasion = birth_party(topics, occasion, text)  # not the birth: 'de kraamvisite voor Sem'
        if occasion and "pensioen" in topics.occasion_words.split():
            occasion = retirement_party(occasion, text) or ""  # 'aan het pensioenfeest van je moeke', not 'je pensioen'
        if occasion and topics.occasion == "afscheid" and _CELEBRATED.search(text):
            # 'het afscheid van mijn man Jan gevierd': its party ('het afscheidsfeest van uw man Jan'), which reads as
            # no funeral beside the congratulations
            occasion = re.sub(r"\bafscheid\b", "afscheidsfeest", occasion, count=1)
        if first is not None and _recorded(first.text) and not any(r in self.profile.kind.lower() for r in RECORDS):
            # 'ze zag er prachtig uit op de foto's': the photos show the work, they are none of it; 'de taart met hun
            # trouwfoto erop': the thing the photo is on is the work
            first = bearing(topics, first.text, text)
        return occasion, first

    def _team_line(self, topics: TopicAnalysis, text: str, key: str, seed: str, values: dict[str, str]) -> str:
        """What the business helped with, said for the team ('Mooi dat we met de band iets mochten bijdragen')
        when a colleague the writer named did the work, not the one who signs ('Stagiair Mees had de band
        geplakt', 'Fenna heeft mijn haar opgestoken' to a salon Lotte signs for)."""
        own = {plain_name(s) for s in self.profile.signers} | {plain_name(w) for w in self.profile.name.split()}
        signers = {plain_name(s) for s in self.profile.signers}
        # ('Jolien en stagiaire Femke hebben ...': the signer did it too)
        signer_did = bool(signers & {plain_name(w) for w in re.findall(r"\w+", text)})
        other = bool({plain_name(n) for n in topics.names} - own) and not signer_did
        tone = Tone(self.tone.register, "wij", self.tone.plural) if other and self.tone.voice == "ik" else self.tone
        lines = tuple(self.t.lines("positive", key))
        if " met " in values.get("product", ""):  # 'met de haren met witte bloemetjes erin': not two 'met' in a row
            lines = tuple(line for line in lines if "met {product}" not in line) or lines
        return render(pick(lines, seed, f"positive.{key}"), tone, values)

    def _years_congrats(self, topics: TopicAnalysis, seed: str) -> Part | None:
        """'Onze 25ste trouwverjaardag', 'voor mijn 60ste verjaardag', named in the thanks: the years said back with
        the wishes ('25 jaar samen ...', '60 jaar: ...'); None without years."""
        years = married_years(topics.occasion_words)
        age = "" if years else birthday_age(topics.occasion_words)
        if not years and not age:
            return None
        key = "congrats_married" if years else age_key("congrats_age", age)
        return Part("congrats", self._line("positive", key, seed, {"waarde": years or age}), False)

    def _grief_or_congrats(
        self,
        topics: TopicAnalysis,
        named_occasion: bool,
        seed: str,
        *,
        ahead: bool = False,
        said: str = "",
        text: str = "",
    ) -> Part | None:
        """Condolences for a grief, congratulations for an occasion (``ahead``: still to come, 'alvast'); ``said``:
        the draft so far, whose person is not named a second time; ``text``: the comment (a farewell after years
        of work is a career ended, congratulated)."""
        named_person = bool(topics.owner) and self._owner(topics) in said
        if topics.occasion == "rouw":
            return self._condolence(topics, seed)
        occasion = self._occasion_phrase(_day_of_thing(topics))  # 'onze trouwtaart': congratulated on the wedding
        # a retirement is congratulated ('En je man nog van harte gefeliciteerd!'), a farewell as such is not
        # ... not the farewell of someone else's ('afscheid genomen van onze pastoor, na 31 jaar'): that is a loss
        career = topics.occasion == "afscheid" and career_ended(text) and not topics.others_occasion
        retired = "pensioen" in topics.occasion_words or career
        if (
            topics.occasion not in CONGRATULATE
            and not retired
            and not no_age_wished(topics, text)
            and (age := turned(text))
        ):
            # 'Moederdag gevierd met mama, die dit jaar 80 werd': her age said back with the wishes
            return Part("congrats", self._line("positive", age_key("congrats_age", age), seed, {"waarde": age}), False)
        if not occasion or (topics.occasion not in CONGRATULATE and not retired):
            return None
        if topics.occasion_words == "geboorte" and (baby := baby_named(topics) or self._owner_or_empty(topics)):
            # the parents (or grandparents) are congratulated on the child, not the baby: 'gefeliciteerd met Sem!'
            return Part("congrats", self._line("positive", "congrats", seed, {"persoon": f" met {baby}"}), False)
        if topics.owner and not shared_occasion(topics) and named_occasion:
            # 'het jubileum van mijn ouders', named in the thanks: not 'gefeliciteerd met je ouders', but
            # congratulations passed on; not named yet, the occasion is ('gefeliciteerd met de verjaardag van je vrouw')
            # 'de bruiloft van uw dochter' said in the thanks already: not 'uw dochter' again
            key = "congrats_named_ahead" if ahead else "congrats_named"
            # 'ons pap werd 75', his birthday named already: the age said back with the wishes ('75 jaar: ...')
            age = birthday_age(topics.occasion_words) if named_person and not ahead else ""
            # (a name without an age, 'het afscheid van Roelie', is said again: 'gefeliciteerd' alone reads as to
            # the writer)
            if not named_person or (topics.owner[:1].isupper() and not age):
                key = "congrats_owner_ahead" if ahead else "congrats_owner"
            values = {"waarde": age} if age else {"persoon": self._owner(topics)}
            key = age_key("congrats_age", age) if age else key
            return Part("congrats", self._line("positive", key, seed, values), False)
        with_whom = ""
        said_with_thing = not named_occasion and occasion.lower() in said.lower()  # 'over de e-bike voor het pensioen'
        if said_with_thing and (owned := self._owner_congrats(topics, ahead, seed)):
            return owned
        if not named_occasion and occasion.lower() not in said.lower():
            with_whom = f" met {occasion}"
        key = "congrats_ahead" if ahead else "congrats"
        if ahead and not with_whom:  # the day named already: one short wish ('Geniet alvast van de voorpret!')
            key = "congrats_named_ahead"
        if not with_whom and not ahead and (years := self._years_congrats(topics, seed)):
            return years
        return Part("congrats", self._line("positive", key, seed, {"persoon": with_whom}), False)

    def _owner_congrats(self, topics: TopicAnalysis, ahead: bool, seed: str) -> Part | None:
        """The one whose day it is congratulated, the day named already ('En Albert nog van harte gefeliciteerd',
        'je man Albert' said already: 'Albert'); None when the day is the writer's own or shared."""
        if not topics.owner or shared_occasion(topics):
            return None
        owner = self._owner(topics)
        values = {"persoon": topics.kin[0] if len(topics.kin) == 1 and topics.kin[0] in owner else owner}
        return Part(
            "congrats", self._line("positive", f"congrats_owner{'_ahead' if ahead else ''}", seed, values), False
        )

    def _condolence(self, topics: TopicAnalysis, seed: str) -> Part:
        """Condolences for the loss of whom the writer names, or in general."""
        if topics.owner:
            person = self._owner(topics)
        elif (topics.kin or topics.people) and not topics.others_occasion:
            # 'het inslapen van onze oude kater Max' → 'het verlies van Max'; 'mijn overleden moeder'
            person = topics.kin[0] if topics.kin else f"{self._poss} {topics.people[0]}"
        else:
            return Part("condolence", self._line("positive", "condolence_general", seed), True)
        return Part("condolence", self._line("positive", "condolence", seed, {"persoon": person}), True)

    def _owner_or_empty(self, topics: TopicAnalysis) -> str:
        """Whose birth it is when the writer said so ('mijn kleindochter' → 'je kleindochter'), else ''."""
        return self._owner(topics) if topics.owner else ""


def _day_of_thing(topics: TopicAnalysis) -> TopicAnalysis:
    """``topics`` with the day itself as the occasion's words when the writer named it only by a thing made for it
    ('onze trouwtaart' → 'bruiloft'): congratulations are on the wedding, never 'met uw trouwtaart'; unchanged for an
    achievement named by its event ('je toertocht') or an occasion said as such."""
    concept = shipped_topic_data().concept(topics.occasion)
    if concept is None or not concept.say or topics.occasion in fact_words().achieved:
        return topics
    words = topics.occasion_words.lower()
    named_by_thing = any(p.occasion and p.text.lower() == words for p in topics.products)
    return replace(topics, occasion_words=concept.say) if named_by_thing else topics
