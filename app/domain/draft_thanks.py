"""Drafts for praise and jokes: thank once for what the writer named, play on a joke."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import partial

from app.domain.draft_ages import with_age
from app.domain.draft_came_by import not_came_by
from app.domain.draft_commemoration import kept_moment
from app.domain.draft_counts import group_size
from app.domain.draft_cues import draft_cues
from app.domain.draft_events import denied, left_out, only_said_of
from app.domain.draft_habit import back_next_year, habit_day, return_period
from app.domain.draft_home import done_at_home
from app.domain.draft_loyal import loyal_said, person_key
from app.domain.draft_made_for import cause_said, owned_by, shaped_like, way_said
from app.domain.draft_names import affiliation, cosigners, signature_name
from app.domain.draft_occasion_ahead import occasion_ahead
from app.domain.draft_occasion_people import closing_key
from app.domain.draft_praise import (
    before_turn,
    exclaimed_only,
    named_first,
    own_described,
    their_thing,
    things_not_people,
    whose_thing,
    wished_to_us,
    without_occasion_things,
    without_places,
)
from app.domain.draft_praise_asked import not_asked
from app.domain.draft_praise_despite import held_against
from app.domain.draft_praise_diets import allergy_cared, diet_served, diets_met
from app.domain.draft_praise_done import done_praised
from app.domain.draft_praise_feast import for_feast, without_group
from app.domain.draft_praise_health import illness_behind, own_illness
from app.domain.draft_praise_held import broken_brought, lasted, part_gone_wrong, renewed_said, saved_said, service_done
from app.domain.draft_praise_likened import event_day, generations, likened, tasted_like_old
from app.domain.draft_praise_milestone import first_of, milestone
from app.domain.draft_praise_partner import partner_praised, partner_years
from app.domain.draft_praise_people import aid_said, writers_own
from app.domain.draft_praise_possible import made_possible, to_care, went_named_in
from app.domain.draft_praise_put_on import put_back_on
from app.domain.draft_praise_season_wish import season_wish
from app.domain.draft_praise_spent import praised_thing
from app.domain.draft_praise_with import made_with
from app.domain.draft_questions import wish_clause
from app.domain.draft_said_once import opens_with_said_word
from app.domain.draft_staff_plan import staff_plan
from app.domain.draft_text import Part
from app.domain.draft_thanks_occasion import ACHIEVEMENTS, VENUE_KINDS, ThanksOccasion
from app.domain.draft_thanks_people import ThanksPeople
from app.domain.draft_thanks_wish import ThanksWish
from app.domain.draft_wish_clause import labelled_wish
from app.domain.draft_wish_named import day_wished, is_pair
from app.domain.draft_wish_said import ours
from app.domain.draft_wishes import would_be
from app.domain.draft_wording import calm, one_en
from app.domain.replies import Platform, number
from app.domain.topics import Mention, TopicAnalysis, article_of, shipped_topic_data
from app.domain.words import possessive_alternation


def _naaste() -> tuple[str, ...]:
    """The words for the writer's people (resources/topics.toml 'naaste')."""
    known = shipped_topic_data().concept("naaste")
    return known.terms if known is not None else ()


# Occasions a question's reply names ('Leuk om te horen van uw bruiloft!'); not a birthday, whose age and
# owner are too often someone else's in a question ('Die van ons is 6 jaar oud', 'op haar verjaardag').
_NOTED = frozenset({"bruiloft", "verloving", "jubileum", "geboorte", "doop", "communie", "diploma", "kampioen"})
# Services done to the writer's own thing: the thanks is for the work ('mijn fiets gerepareerd').
_REPAIRS = frozenset({"reparatie", "onderhoud"})
# The writer's thing is new: bought, not repaired ('mijn nieuwe crosser', 'de gloednieuwe e-bike').
_NEW = re.compile(r"\b(?:gloed|spik(?:splinter)?|fonkel)?nieuwe?\b", re.I)
# Trouble the business got the writer out of (a thank-you for help with it).
_RESCUES = ("lekkage", "storing", "pech", "verstopping", "panne", "noodgeval", "inbraak", "stroomstoring")
# The troubles one counts ('geen enkele panne'), said back as the good news they are; not 'pech'.
_COUNTED_TROUBLES = ("lekkage", "storing", "verstopping", "panne", "inbraak", "stroomstoring")
# 'geen enkele mechanische panne', 'zonder één keer pech', 'nul storingen': a trouble that never came, no rescue
_DENIED = r"\b(?:geen|gene|nooit|zonder|nul|no|never|not)\s+(?:[\w'-]+\s+){0,2}?"


def _denied(trouble: str, text: str) -> bool:
    """Whether every time the text names a trouble it says there was none ('geen enkele mechanische panne')."""
    said = list(re.finditer(rf"\b{re.escape(trouble)}\w*", text, re.I))
    return bool(said) and all(re.search(rf"{_DENIED}$", text[: m.start()], re.I) for m in said)


def _no_part_gone_wrong(first: Mention | None, topics: TopicAnalysis, text: str) -> Mention | None:
    """The thing an occasion's thanks names: not a part that gave out on the day ('de ketting van de trouwtandem liep
    eraf': the chain was no success) but the whole it belongs to when that is a thing named ('de trouwtandem'),
    else none."""
    if first is None or (whole := part_gone_wrong(text, first.text)) is None:
        return first
    return next((p for p in topics.products if p.text.lower() == whole), None)


def _praised_words(topics: TopicAnalysis, first: Mention | None, text: str) -> set[str]:
    """The words of the things praised, and the first thing's when it tasted like the old days ('ze smaakten zoals
    vroeger': praise of the kermiskoeken, not only a line for the oma who said it)."""
    praised = {p.text for p in topics.praised}
    if first is not None and not first.guessed and tasted_like_old(text):
        praised.add(first.text.rsplit(" ", 1)[-1])
    return praised


class ThanksDrafting(ThanksPeople, ThanksWish, ThanksOccasion):
    def _rescued(self, topics: TopicAnalysis, text: str, *, brought: bool) -> str:
        """The trouble we helped with ('de lekkage'); a trouble named in passing ('nooit meer een panne', 'geen enkele
        panne') is no rescue. 'Zondagavond lekkage en Gert stond binnen het uur op de stoep', 'met een afgebroken
        derailleurpad aan de deur' (``brought``: nothing else praised): glad we could help with it."""
        rescued = next((f"{article_of(t)} {t}" for t in _RESCUES if t in topics.lemmas and not _denied(t, text)), "")
        return rescued or (broken_brought(text, self._poss) if brought else "")

    def _thanks_line(
        self, topics: TopicAnalysis, first: Mention | None, seed: str, suggestion: bool = False, text: str = ""
    ) -> tuple[str, bool]:
        """The thank-you sentence, and whether it names the occasion itself."""
        kind, ours = wished_to_us(text, self.tone.voice)
        if kind:  # 'Gefeliciteerd met jullie 50-jarig bestaan!': thanks for the wishes, and for what they are
            line = self._line("positive", f"thanks_{kind}", seed, {"onderwerp": ours})
            return self._with_years_thing(line, topics, ours, seed), True
        for_occasion = self._occasion_thanks(topics, _no_part_gone_wrong(first, topics, text), seed, text)
        if for_occasion is not None:
            return for_occasion
        praised = _praised_words(topics, first, text)
        theirs = their_thing(text, first.text) if first is not None and not first.guessed else ""
        # ('nieuwe bob': the word the writer praised, with their description)
        spent = praised_thing(first, topics, text)
        is_praised = spent or (first is not None and first.text.rsplit(" ", 1)[-1] in praised)
        # ('de oude Batavus van mijn vader helemaal opgeknapt': the person named only as whose it is, the thing stays)
        passing = first is not None and first.guessed and bool(topics.people) and topics.people[0] in topics.passing
        if first and not (is_praised or passing) and ((first.guessed and (topics.kin or topics.people)) or topics.kin):
            # 'gaf hem een lolly', 'liet hem eerst de föhn vasthouden': the child named is what the writer
            # thanks for, not the lolly or the föhn (unless that is what is praised)
            first = None
        marked = re.sub(rf"\b{re.escape(topics.people[0])}\b", "@", text, count=1) if topics.people else ""
        referred = not topics.kin and _REFERRED.search(marked)
        if (topics.kin or topics.people) and not first and not suggestion and not referred:
            # (in a suggestion the person is the reason for the idea: 'mijn vader krijgt zijn bord niet leeg')
            # 'de goede zorg voor onze Bolletje', 'de rustige aanpak van mijn dochter'; the feast is left to the wishes
            return self._person_thanks(topics, theirs, seed, text), not topics.occasion_words
        rescued = "" if spent else self._rescued(topics, text, brought=not (is_praised or topics.kin))
        if rescued:
            return self._line("positive", "thanks_rescue", seed, {"onderwerp": rescued}), True
        if topics.body and not first:
            # 'Dankzij Sanne loop ik na mijn knieblessure weer': glad the knee is better.
            return self._line("positive", "thanks_body", seed, {"onderwerp": f"{self._poss} {topics.body}"}), True
        if first:
            done = done_praised(text, self._poss)  # 'top dat jullie de fiets ophalen': the doing, not the bike
            subject = done or (self._subject(topics) if first is topics.products[0] else self._np(first))
            subject = (whose_thing(text, first.text, self._poss) if passing and not done else "") or subject
            event = next((p for p in topics.products[1:3] if p.own and not p.place and not p.wished), None)
            if first.guessed and first.text.endswith("ing") and len(first.text) > 7 and event and not done:
                # 'een fijne samenwerking bij onze modeshow': the work is praised, the writer's event says where
                subject = f"{self._np(first)} bij {self._np(event)}"
            look = self._look(first, subject, text, done, [p.text for p in topics.products])
            look += "" if done or topics.occasion else for_feast(look, topics.holiday, text)  # 'voor Koningsdag'
            values = {"product": look, "meervoud": number(first.plural and not done)}
            if first.own and _REPAIRS & set(topics.services) and not done:
                # 'Bram heeft mijn ketting gerepareerd': the praise is for the repair, not the chain; 'mijn nieuwe
                # crosser perfect afgesteld': a purchase set up, never 'weer in orde'
                head = re.escape(first.text.split()[-1])
                new = re.search(rf"{_NEW.pattern}\s+(?:[\w-]+\s+)?{head}\b", text, re.I)
                key = "thanks_new" if new or _NEW.search(subject) else "thanks_repair"
                return self._line("positive", key, seed, values), False
            values["product"] += f" {after}" if (after := service_done(topics.services, text, subject)) else ""
            line = self._line("positive", "thanks_product", seed, values)
            # '2.300 kilometer later: geen enkele panne': the trouble that never came, said as the good news it is
            never = next((t for t in _COUNTED_TROUBLES if t in topics.lemmas and _denied(t, text)), "")
            line = f"{line} {self._line('positive', 'no_trouble', seed, {'onderwerp': never})}" if never else line
            return line, False
        return self._line("positive", "thanks_general", seed), True

    def _wished_back(self, seed: str, text: str) -> list[Part]:
        """'Gelukkig nieuwjaar ook voor u!' for the season's wish the writer gives the business; [] without one (an
        English comment has its own drafts)."""
        wish, english = season_wish(text)
        if not wish or english:
            return []
        values = {"onderwerp": wish[:1].upper() + wish[1:]}
        return [Part("wish_back", self._line("positive", "wish_back", seed, values), False)]

    def _with_years_thing(self, line: str, topics: TopicAnalysis, ours: str, seed: str) -> str:
        """The thanks for wishes on the business's years with the thing the writer has come for all that time ('al
        sinds ik klein was voor een sneeuwbal'): 'Fijn dat de sneeuwbal na al die jaren nog zo in de smaak valt!';
        ``line`` as it is for other wishes or when the writer names no thing of the business."""
        thing = next((p for p in topics.products if not (p.wished or p.guessed or p.own or p.place)), None)
        if thing is None or "jarig" not in ours:
            return line
        values = {"product": self._np(thing), "meervoud": number(thing.plural)}
        return f"{line} {self._line('positive', 'years_thing', seed, values)}"

    def _person_thanks(self, topics: TopicAnalysis, theirs: str, seed: str, text: str) -> str:
        """The thanks for what the business did for the writer's naaste (or a fine time with them), with the first
        step the writer tells of."""
        person = topics.kin[0] if topics.kin else f"{self._poss} {topics.people[0]}"
        key = "thanks_company" if topics.company and not topics.kin else person_key(person, text)
        if theirs and topics.kin:  # 'Ons Jules mocht zelf zijn nieuwe fiets kiezen': the child and the bike
            key = "thanks_person_thing"
        line = self._line("positive", key, seed, {"persoon": person, "product": theirs})
        return self._with_milestone(line, seed, text)

    def _with_milestone(self, line: str, seed: str, text: str) -> str:
        """The thanks for a naaste with the first step the writer tells of ('fietst nu zonder zijwieltjes'): 'En dan
        nu al zonder zijwieltjes, wat knap!'; ``line`` as it is when the comment tells of none."""
        step = milestone(text)
        return f"{line} {self._line('positive', 'milestone', seed, {'onderwerp': step})}" if step else line

    def _look(self, first: Mention, subject: str, text: str, done: str, things: Sequence[str] = ()) -> str:
        """``subject`` with the look the thing was made in ('de taart in de vorm van je hond Bobby') or, said plainly,
        whose it was among the writer's people ('de koersfiets van je vader'); as it is for a doing praised."""
        if done:
            return subject
        if "vorm van" not in subject:
            subject += shaped_like(first.text, text, self._poss)
        if subject == self._np(first):  # 'de trouwtaart met speculoos en karamel'
            subject += made_with(first.text, text, things)
        return subject + owned_by(first.text, text, self._poss) if subject == self._np(first) else subject

    def _thanks(
        self,
        suggestion: bool,
        topics: TopicAnalysis,
        author: str,
        plat: Platform,
        seed: str,
        wish: str = "",
        text: str = "",
    ) -> list[Part]:
        """Thank once, congratulate or condole, greet the writer's people, answer a suggestion
        (``wish``: what it asks for, 'om ook op maandag open te zijn', named when known)."""
        topics = self._thanks_topics(suggestion, topics, author, text)
        praised = self._praised(topics, suggestion, text)
        wish = wish or (f"voor {topics.missed}" if suggestion and topics.missed else "")
        thanks, named_occasion = self._thanks_line(topics, praised[0] if praised else None, seed, suggestion, text)
        if not suggestion and not topics.occasion and (home := done_at_home(text, self._poss, _naaste())):
            # 'mijn moeder (92) thuis geknipt ... Koffie erbij': the visit is what is praised, not the coffee
            thanks = self._line("positive", "thanks_home", seed, {"persoon": home})
        parts = [Part("thanks", thanks, True, self._line("positive", "short", seed))]
        parts += self._healed(topics, thanks, seed, text)  # 'Na jaren knieklachten ... zonder pijn'
        parts += self._wished_back(seed, text)  # 'Gelukkig nieuwjaar aan ol de mensen van ...'
        if against := held_against(text):  # 'bleef perfect zitten ondanks die storm'
            parts.append(Part("despite", self._line("positive", "despite", seed, {"onderwerp": against}), False))
        # 'Klaar voor mijn bruiloft volgende week': a day still to come is wished well, not congratulated as past
        ahead = occasion_ahead(text, topics.occasion_words)
        extra = self._grief_or_congrats(topics, named_occasion, seed, ahead=ahead, said=thanks, text=text)
        extra = with_age(topics, extra, thanks, self._owner_or_empty(topics), self._line, seed, ahead, text)
        if extra is not None and extra.key == "condolence":
            parts.insert(0, extra)  # a loss is condoled before anything is thanked for
        elif extra is not None:
            parts.append(extra)
        if topics.loyal and topics.occasion != "rouw":  # 'ik kom nu al veertig jaar bij u': the years said back
            parts.append(Part("loyal", loyal_said(self._line, text, topics.loyal, seed), False))
        parts += self._held_and_brought(topics, seed, text, thanks)
        client = affiliation(author)
        if client and client.lower() in text.lower() and client.lower() not in self.profile.name.lower():
            # 'Femke Arts, Kinderopvang De Kroos' praising the work for 'Kinderopvang De Kroos': the client named
            heard = partial(opens_with_said_word, said=thanks)  # not 'fijn' twice
            line = self._line_unlike("positive", "client", seed, {"naam": client}, heard)
            parts.append(Part("client", line, False))
        if not suggestion and topics.occasion != "rouw" and (years := partner_years(text)):
            # 'Na 25 jaar fietsonderhoud voor onze verhuurvloot': the years of working together, said back
            parts.append(Part("partner", self._line("positive", "partner_years", seed, {"waarde": years}), False))
        elif not suggestion and topics.occasion != "rouw" and partner_praised(text):  # 'Zo'n lokale partner ...'
            parts.append(Part("partner", self._line("positive", "partner", seed), False))
        parts += self._people_lines(topics, author, " ".join(p.text for p in parts), seed, suggestion, text)
        parts += self._minus_point(topics, text, seed, wish if suggestion else None)
        if suggestion:
            wish = ours(wish or day_wished(text) or labelled_wish(text), self.tone.voice, self.tone.register)
            parts += self._suggestion(topics, wish, seed, text)
        if topics.occasion != "rouw":
            parts.append(self._closing_part(topics, text, plat, seed))
        return calm(one_en(parts if suggestion else self._moment_kept(parts, topics, seed, text)))

    def _moment_kept(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """A silence kept and praised ('4 mei ... Twee minuten alleen de Waal en een merel'): a quiet reply, thanks for
        the words, the moment said back and a closing without emoji or greetings; ``parts`` when it names none."""
        moment = kept_moment(text)
        if not moment:
            return parts
        thanks = self._line("positive", "thanks_moment", seed)
        return [
            Part("thanks", thanks, True, thanks),
            Part("moment", self._line("positive", "moment_kept", seed, {"onderwerp": moment}), False),
            Part("closing", self._line("positive", closing_key(topics, text), seed), False),
        ]

    def _thanks_topics(self, suggestion: bool, topics: TopicAnalysis, author: str, text: str) -> TopicAnalysis:
        """What a thanks may name: not a thing the suggestion only wishes for, a place, an occasion's things, a
        thing asked about, the writer's own people or the names the comment is signed with."""
        if suggestion:  # 'online boeken zou echt een gamechanger zijn': the gamechanger was not praised
            said = would_be(text)
            topics = before_turn(
                text, replace(topics, products=tuple(p for p in topics.products if p.text not in said))
            )
        kind = self.profile.kind
        topics = without_group(topics)  # 'met de racefietsclub ... het aspergemenu, top bereid': the club came along
        # the proposal ring is the writer's; 'Wat een kanjer!' and 'achter de toonbank' name no thing praised
        topics = without_occasion_things(without_places(text, exclaimed_only(text, topics)), kind)
        topics = not_asked(topics, text)  # '... Doen jullie ook mee aan de actie van de handelaarsvereniging?'
        topics = things_not_people(named_first(topics, text, self._poss), kind)  # 'mijn pony' at a salon
        # 'Net als vroeger bij mijn vader': no greeting to him; '... xx Truus' from 'truus_1950': she is the writer
        # 'Lieve Ayşe en Emre': the owners; 'in haar rolstoel': no thing made
        topics = writers_own(topics, signature_name(text, author), self.profile.name, self.profile.signers)
        if signed := cosigners(text, author):  # 'Anja en Corné': the writer's wife wrote it too, no one to tell
            topics = replace(topics, names=tuple(n for n in topics.names if n not in signed))
        return topics

    def _closing_part(self, topics: TopicAnalysis, text: str, plat: Platform, seed: str) -> Part:
        """The thank-you's last line: 'Tot de volgende keer!', 'Tot zondag!' for a habit ('Elke zondag na de Muur
        even langs'), 'Tot in de herfstvakantie!' for a return the writer names; an emoji where the platform has
        them."""
        closing = self._line("positive", closing_key(topics, text), seed)
        if day := habit_day(text):
            closing = self._line("positive", "closing_habit", seed, {"waarde": day})
        elif back := return_period(text, topics.holiday):
            closing = self._line("positive", "closing_return", seed, {"waarde": back})
        elif back_next_year(text):  # 'volgend jaar zijn we er terug!': 'Graag tot volgend jaar!'
            closing = self._line("positive", "closing_next_year", seed)
        if plat.emoji:
            closing += " " + self._line("positive", "emoji", seed)
        return Part("closing", closing, False)

    def _praised(self, topics: TopicAnalysis, suggestion: bool, text: str) -> list[Mention]:
        """The things a thank-you may name: not one wished for, the business itself, what is missed or a place."""
        kind = self.profile.kind
        # In a suggestion, someone else's thing ('mijn vader krijgt zijn bord nooit leeg') is the reason for
        # the idea, not what was praised; the writer's own with its description ('mijn nieuwe bob')
        praised = [
            own_described(_het_diminutive(p), text)
            for p in topics.products
            if not p.wished and not (suggestion and p.theirs)
        ]
        # 'Beste garage van de regio!' at a garage: the business itself, not a thing it made
        praised = [p for p in praised if not _the_business(p.text, kind)]
        praised = not_came_by(praised, text, self.profile)  # 'met de camper, ketting gebroken': the chain
        # what the writer says is missing ('waarom geen spelt krentenbollen??') is the wish, not the praise
        praised = [p for p in praised if p.text not in topics.missed.lower().split()]
        # A place ('in de serre' at a restaurant) is where it happened, not what is praised (elsewhere: if not alone)
        venue = any(k in self.profile.kind.lower() for k in VENUE_KINDS)
        # ... and never what the business added to an occasion with ('met de tuin iets bijdragen aan de bruiloft')
        if any(p.place for p in praised) and (venue or topics.occasion or not all(p.place for p in praised)):
            praised = [p for p in praised if not p.place]
        # 'zonder spiegel': left out, not praised; 'iedereen was content': how everyone was, no thing
        return [p for p in praised if not left_out(p.text, text) and not only_said_of(p.text, text)]

    def _held_and_brought(self, topics: TopicAnalysis, seed: str, text: str, thanks: str = "") -> list[Part]:
        """That the work still held ('Het zat om 3 uur 's nachts nog perfect') and that it was brought home
        ('gratis thuisgebracht'), as the writer said; nothing of the kind under a condolence."""
        if topics.occasion == "rouw":
            return []
        parts = []
        when, how = lasted(text)
        if when and not how:  # 'het hield stand tot na de openingsdans': until when, said back
            parts.append(Part("lasted", self._line("positive", "held_until", seed, {"onderwerp": when}), False))
        elif when:
            values = {"onderwerp": when[:1].upper() + when[1:], "waarde": how}
            parts.append(Part("lasted", self._line("positive", "lasted", seed, values), False))
        if behind := illness_behind(text).replace("mijn", self._poss, 1):  # 'Na mijn chemo ...': the moment
            parts.insert(0, Part("illness", self._line("positive", "own_recovery", seed, {"onderwerp": behind}), False))
        elif own_illness(text):  # 'toen ik hoorde dat ik chemo moest': strength wished first
            parts.insert(0, Part("illness", self._line("positive", "own_illness", seed), False))
        if topics.delivered:
            parts.append(Part("delivered", self._line("positive", "delivered", seed), False))
        if cause := cause_said(text):  # 'haar lange haar eraf voor Stichting Haarwensen'
            parts.append(Part("cause", self._line("positive", "cause", seed, {"onderwerp": cause}), False))
        if way := way_said(text):  # 'fixte mijn ketting terwijl ik op weg was naar Walibi'
            parts.append(Part("way", self._line("positive", "on_the_way", seed, {"onderwerp": way}), False))
        parts += self._ride(text, thanks, seed)
        # 'ik zat te wenen', 'de fiets van mijn vader (†2023)': no cheery 'daar doe ik het voor!' beside it
        moved = "_moved" if "†" in text or draft_cues().moved.search(text) else ""
        if saved := saved_said(text, self.tone.register):  # 'Wout heeft mijn Ronde-cyclo gered'
            parts.append(Part("saved", self._line("positive", f"saved{moved}", seed, {"onderwerp": saved}), False))
        renewed = renewed_said(text, self._poss)  # 'Merckx uit '88 rijdt als nieuw', unless the thanks named it
        # ('je oude Batavus weer rijklaar is' after 'je Batavus weer helemaal in orde': the name said, not twice;
        # but a writer in tears or who lost someone hears that it moved us, also when the thanks named the thing)
        named = [w for w in renewed.split(" weer ")[0].split() if w[:1].isupper()] or renewed.split()[1:2]
        if renewed and (moved or not any(re.search(rf"\b{re.escape(w)}\b", thanks, re.I) for w in named)):
            line = self._line("positive", f"renewed{moved}", seed, {"onderwerp": renewed})
            parts.append(Part("renewed", line, False))
        parts += self._details(seed, text, thanks)
        possible = made_possible(text, self.tone.register)  # 'zodat we zondag de Kempen Classic konden rijden'
        # (not a place the thanks already named: 'bijdragen aan je bruiloft' ... 'naar een bruiloft kon')
        if possible and not (thanks and went_named_in(possible, thanks)):
            key = "made_possible_care" if to_care(possible) else f"made_possible{moved}"  # 'naar het ziekenhuis'
            parts.append(Part("possible", self._line("positive", key, seed, {"onderwerp": possible}), False))
        if aid := aid_said(text, self._poss):  # 'ik kom met mijn rolstoel en er is altijd plek'
            parts.append(Part("aid", self._line("positive", "aid", seed, {"onderwerp": aid}), False))
        return parts + self._diets(topics, seed, text, thanks)

    def _details(self, seed: str, text: str, thanks: str) -> list[Part]:
        """The writer's own image of the place, the generations together and an old part put back on, said back
        (the part not when the thanks named it already: 'met het mandje iets bijdragen ...')."""
        part = put_back_on(text, self._poss)  # 'Wannes heeft zijn oude bel uit 1985 erop gezet'
        part = ("", "") if part[0] and re.search(rf"\b{re.escape(part[0].split()[-1])}\b", thanks, re.I) else part
        said = [
            ("likened", {"onderwerp": likened(text)}),  # "'t Es hier gewoon de Côte d'Azur van Oost-Vlaanderen"
            ("generations", {"onderwerp": generations(text)}),  # 'de 70ste van opa gevierd met drie generaties'
            ("first_of", {"onderwerp": first_of(text)}),  # 'Onze Mees (2) zijn allereerste knipbeurt'
            ("event_day", {"onderwerp": event_day(text)}),  # 'Super geholpen op de lichtjesdag van 18 oktober'
            ("put_back_on", {"onderwerp": part[0], "waarde": part[1]}),
        ]
        parts = [Part(k, self._line("positive", k, seed, values), False) for k, values in said if values["onderwerp"]]
        if tasted_like_old(text):  # 'ze smaakten zoals vroeger bij bakker Sus': the finest compliment, said so
            parts.insert(0, Part("tasted_old", self._line("positive", "tasted_old", seed), False))
        return parts

    def _diets(self, topics: TopicAnalysis, seed: str, text: str, thanks: str) -> list[Part]:
        """The diets and allergies a compliment says were met: one dish, all of them, or one allergy cared for (whose
        it is not said again when the thanks named them: 'Fijn dat het zo goed ging met uw dochter')."""
        parts = []
        if dish := diet_served(text):  # 'Gert dacht mee over een vegetarisch alternatief'
            parts.append(Part("diet", self._line("positive", "diet", seed, {"onderwerp": dish}), False))
        if diets_met(text):  # 'vegetarisch, halal en een glutenallergie: alles geregeld'; an allergy said by name
            key = "diets_allergy" if re.search(r"allergi", text, re.I) else "diets"  # ('drie allergieën')
            parts.append(Part("diets", self._line("positive", key, seed), False))
        allergy = allergy_cared(text, topics.people, self._poss)  # 'onze zoon heeft een notenallergie en ...'
        allergy = allergy.split(" van ")[0] if " van " in allergy and allergy.split(" van ")[1] in thanks else allergy
        if allergy:
            parts.append(Part("allergy", self._line("positive", "allergy_cared", seed, {"onderwerp": allergy}), False))
        return parts

    def _asides(self, text: str, flags: Iterable[str], topics: TopicAnalysis, seed: str) -> list[Part]:
        """What a question's reply says besides the answer: the writer's occasion ('Leuk om te horen van de
        bruiloft van je zoon!') and, for a question that is also a wish, the idea taken up."""
        parts = []
        # an occasion of someone the writer names ('de 75ste verjaardag van mijn moeder', 'het afscheid van
        # onze collega Hans') is noted too, not only the ones a question names for themselves
        noted = topics.occasion in _NOTED or (bool(topics.owner) and topics.occasion != "rouw")
        noted = noted and not denied(topics.occasion_words, text)  # 'dat ze geen diploma heeft?': no one's occasion
        occasion = self._occasion_phrase(topics) if noted else ""
        said = topics.occasion_words.split()[-1] if topics.occasion_words else ""
        if said and re.search(rf"\been\s+(?:\w+\s+)?{re.escape(said)}\b", text, re.I):
            # 'Ik heb vrijdag een bruiloft': someone else's, most likely; but a party a group books a place for ('een
            # zaal voor een communiefeest, we zijn met 45') is one the writer holds: noted, by its article
            hosted = group_size(text) and re.search(rf"\bvoor\s+een\s+(?:\w+\s+)?{re.escape(said)}\b", text, re.I)
            occasion = f"{article_of(said)} {topics.occasion_words}" if occasion and hosted else ""
        if occasion:
            # an achievement is congratulated ('Gefeliciteerd met het kampioenschap!'), an occasion noted
            key = "achievement_noted" if topics.occasion in ACHIEVEMENTS else "occasion_noted"
            parts.append(Part("occasion", self._line("positive", key, seed, {"gelegenheid": occasion}), False))
        plan, who = staff_plan(text)  # 'wij willen onze medewerkers een fietsplan aanbieden'
        if plan:
            line = self._line("positive", "staff_plan", seed, {"onderwerp": plan, "waarde": who})
            parts.append(Part("plan", line, False))
        if "suggestie" in flags:
            parts.append(self._idea(text, seed, topics.missed))
        return parts

    def _idea(self, text: str, seed: str, missed: str = "") -> Part:
        """A question that is also a wish, after its answer: the idea is taken up, named when known
        ('Leuk idee om op maandag ook open te zijn, daar denken we graag over na.'; ``missed``: what the
        writer says is missing, 'een kindermenu')."""
        wish = ours(wish_clause(text) or (f"voor {missed}" if missed else ""), self.tone.voice, self.tone.register)
        if not wish or is_pair(wish):
            return Part("idea", self._line("positive", "idea_noted_general", seed), False)
        return Part("idea", self._line("positive", "idea_noted", seed, {"wens": wish}), False)


# The writer's own person who only sent the writer here ('kwam ik hier via mijn vrouw', 'op aanraden van mijn
# zus'; the person marked '@'): the business did nothing for them to thank for.
_REFERRED = re.compile(
    rf"\b(?:via|dankzij|op\s+aanraden\s+van|door\s+een\s+tip\s+van)\s+(?:{possessive_alternation()})\s+@", re.I
)


def _the_business(thing: str, kind: str) -> bool:
    """Whether ``thing`` names the kind of business itself ('Beste garage van de Achterhoek' at a 'garage'; not
    'kaas' at a 'kaaswinkel', where it is what the business sells)."""
    return bool(thing) and kind.lower().strip() == thing


def _het_diminutive(thing: Mention) -> Mention:
    """'de kaartje' → 'het kaartje': a diminutive in the singular is a het-word, whatever its base word is."""
    if thing.plural or thing.article == "het" or not thing.text.isalpha() or len(thing.text) < 5:
        return thing
    return replace(thing, article="het") if thing.text.endswith(("tje", "pje", "kje", "je")) else thing
