"""Answers from the FAQ: the entry that best answers a comment's questions, fitted to what was asked
(app.domain.draft_faq_fitted), and the entry about booking ahead for a question whether to reserve or walk in
(app.domain.draft_faq_booking)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from app.domain import draft_asked as ask
from app.domain.draft_asked import ahead_parts, bare_price, free_from, misses_head, misses_thing
from app.domain.draft_counts import counts_said, group_size
from app.domain.draft_days import holiday_names, names_in
from app.domain.draft_deals import deal_elsewhere
from app.domain.draft_fact_score import FACT_FIELDS, asked_words, checked, implied_words, score_all, sources
from app.domain.draft_fact_words import fact_words, synonyms
from app.domain.draft_facts import WEAK_MATCH, asks_faq_topic, key_words, match_faq, verb_words, words_named
from app.domain.draft_faq_booking import FaqBooking
from app.domain.draft_faq_fitted import FaqFitting
from app.domain.draft_faq_shapes import yes_left_out
from app.domain.draft_order_deadline import order_deadline
from app.domain.draft_own_range import asks_own_range
from app.domain.draft_people_groups import for_group_unnamed, thing_unnamed
from app.domain.draft_pointed import pointed_back
from app.domain.draft_price_faq import asks_price, price_entry, price_for_other, priced_words, prices_other
from app.domain.draft_questions import last_clause
from app.domain.draft_questions_about import asked_about, own_subject
from app.domain.draft_rumour import RumourDrafting
from app.domain.draft_same_words import same_words
from app.domain.draft_thing_kinds import (
    denied_conditions,
    diets_asked,
    diets_told,
    other_compound,
    other_kind,
    quality_unasked,
)
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_LEAD, YES_NO_LEAD, says_no, without_yes
from app.domain.draft_yes_lead import fit_open_question as _fit_open_question
from app.domain.textnorm import normalise, sentences
from app.domain.topics import TopicAnalysis
from app.domain.words import word_set

# A sentence of its own: it has a subject ('we leveren ...', 'u krijgt ...', 'onze taarten ...').
_OWN_SENTENCE = re.compile(r"\b(?:ik|we|wij|u|je|jij|jullie|onze|ons|mijn|het|er|dat|die)\b", re.I)

# Verbs that ask, not what is asked ('Kan ik een bakfiets huren?' asks about renting).
_MODALS = word_set(
    "kan kun kunt kunnen mag mogen moet moeten wil wilt willen zal zult zullen is zijn ben bent heb hebt hebben"
)


# Verbs that ask whether a thing is done at all ('Doen jullie ook iets met krullen?'), naming no way of doing it.
_DOING = word_set("doe doet doen")


# A question that points back at what was said before it ('Kan dat allemaal bij jullie?', 'Lukt dit?').
# How closely the comment must match a FAQ entry (two of three key words) for a question of no words of its own
# beside another to ask about it ('zaal voor het lentefeest ... Kan da bij u?' ~ 'communie- of lentefeest vieren?').
_CLOSE = 0.6
# ('da' is the Flemish 'dat': 'Kan da bij u?')
# The town of an address after its postcode: '9041 AC Berlikum', '3581 Beverlo'.
_TOWN = re.compile(r"\b\d{4}(?:\s?[A-Z]{2})?\s+(?P<town>[^\W\d_][^\d,;]*)$")


def own_town(address: str) -> str:
    """The town of the business's address ('Hellingstraat 7, 9041 AC Berlikum' → 'Berlikum'); '' when none."""
    found = _TOWN.search(address.strip().rstrip("."))
    return found.group("town").strip() if found else ""


_POINTS_BACK = re.compile(r"\b(?:dat|da|dit|het|daar\w*|allemaal|that|this|it)\b", re.I)


class FaqAnswers(RumourDrafting, FaqFitting, FaqBooking):
    def _faq_aside(self, topics: TopicAnalysis, asked: tuple[str, ...], text: str) -> set[str]:
        """The words that do not say what a comment asks the FAQ about: who it is for and when ('mijn zus komt
        volgende week') do not dilute what it is about ('coeliakie' ~ 'glutenvrij brood'), unless said in the question
        itself ('zijn jullie donderdag open?': the day is what is asked); a condition denied asks for nothing free of
        it ('geen coeliakie, gewoon intolerantie'), nor its synonym."""
        aside = {*topics.people, *fact_words().time_words, *normalise(topics.holiday).split()}  # 'met Koningsdag'
        denied = denied_conditions(text)
        aside |= denied | {synonyms()[w] for w in denied if w in synonyms()}
        return aside - set(self._lemmas_of(" ".join(asked)))

    def _faq_candidates(
        self, topics: TopicAnalysis, asked: tuple[str, ...], about: list[str], group: tuple[str, ...]
    ) -> list[tuple[str, float, str] | None]:
        """The FAQ matches to choose from: for the comment's words, for its first question alone, for a question in
        kind ('hoelang van te voren?'), by the scorer for the first of two questions, for a thing only named."""
        found = [match_faq((*about, *group), self.profile, self._lemmas_of, " ".join(asked))]
        found += [
            match_faq((*self._lemmas_of(q), *diets_asked(q), *group), self.profile, self._lemmas_of, q)
            for q in asked[:1]
            if not bare_price(q, self._lemmas_of)  # 'Wat kost dat voor een dag?' prices what was said before it
        ]
        found.append(ask.in_kind(asked, self.profile.faq, about, self._lemmas_of))
        # of two questions, the first by the scorer alone ('haar wassen of doen jullie dat?' ~ '... met schoon haar')
        found += [checked(None, asked[0], *self._by)] if len(asked) > 1 else []
        found.append(self._only_named(topics, asked))  # 'doen jullie ook iets met krullen?'
        return found

    def _faq_for(self, topics: TopicAnalysis, asked: tuple[str, ...], text: str = "") -> tuple[str, float, str] | None:
        """The best FAQ match for the whole comment or for its first question sentence alone (so
        that 'Mijn zoon heeft moeite met wiskunde' does not dilute 'Doen jullie examentraining?')."""
        if not self.profile.faq:
            return None
        # 'Kunnen we met 25 man komen?', 'We zijn met 23 personen. Kan dat?': a group, said anywhere
        group = ("groep",) if group_size(" ".join((*asked, text))) else ()
        aside = self._faq_aside(topics, asked, text)
        faq_said = " ".join(f"{f.question} {f.answer}" for f in self.profile.faq)
        # the occasion the comment tells of counts ('mijn moeder wordt 75' ~ 'Kunnen jullie iets doen voor een jarige?')
        said = (*topics.lemmas, topics.allergen, topics.occasion)
        # (the business's own town is where the writer lives or came to, not what they ask about: 'Net verhuisd naar
        # Berlikum' is no question about knipping 'in Berlikum en de dorpen eromheen')
        town = set(self._lemmas_of(own_town(self.profile.value("address")))) if asked else set()
        about = [w for w in free_from(said, faq_said) if w and w not in aside and w not in town]
        # what someone does not eat asks for the diet ('iets zonder vlees' ~ 'vegetarisch worstenbroodje')
        about += sorted(diets_asked(" ".join((*asked, text))) - set(about))
        found = self._faq_candidates(topics, asked, about, group)
        best = max((f for f in found if f), key=lambda f: f[1], default=None)
        best = self._checked(best, asked, text)
        # 'glutenvrij brood?' is not answered by 'Is jullie brood biologisch?', 'een slagroomtaart?' not by 'fototaart'
        priced = asks_price(" ".join(asked))  # 'wat kost een bakfiets?' is not priced by a list of other bikes
        if best and (
            other_kind(" ".join(asked), best[2])
            or other_compound(" ".join(asked), f"{best[2]} {best[0]}", priced=priced)
        ):
            return None
        own = own_subject(asked, self._poss)  # 'Mag onze hond mee?' is not answered by the children's menu
        own = "" if own and self._own_elsewhere(asked, best) else own
        weak = best and best[1] >= 0.5 and own and misses_thing(own, f"{best[2]} {best[0]}", self._lemmas_of)
        weak = weak or (best is not None and best[1] >= 0.5 and self._range_missed(asked, best))
        entry = next((f for f in self.profile.faq if best and f.question.strip() == best[2]), None)
        things = [p.text for p in topics.products]  # 'mijn dochter ... haar bruidskapsel' asks no children's price
        person = entry is not None and ask.rests_on_person(about, topics.owner, entry, things, self._lemmas_of)
        # 'Kan de papa ook een knipbeurt krijgen?' ~ 'Wat kost een kinderknipbeurt?': for a child, not for him
        grown = entry is not None and ask.for_grown_up(asked, entry, self._lemmas_of)
        # 'Wat kost een knipbeurt?' ~ 'Wat kost een kinderknipbeurt?': for a group the writer does not name
        grown = grown or (entry is not None and for_group_unnamed(text or " ".join(asked), topics.people, entry))
        weak = weak or ((person or grown) and best is not None and best[1] >= 0.5)
        # 'knipt u ook een patroon in de zijkant voor mijn zoon?' ~ 'Knipt u ook kinderen?': met only in the people
        weak = weak or (
            entry is not None and any(thing_unnamed(q, entry, topics.people, *self._by_poss) for q in asked)
        )
        # 'Maken jullie pralines zonder suiker?' is not answered by 'Kan ik pralines laten versturen?'
        # (the first question's thing: a second one's 'glutenvrije optie' does not make the first one's answer weak)
        without = best is not None and self._misses_without(asked, best)
        weak = weak or without or (best is not None and self._field_rather(topics, asked, best))
        weak = weak or (best is not None and bool(group) and self._group_only(asked, best[2], about, text))
        weak = weak or (best is not None and bool(group) and priced and self._group_not_day(topics, about, best))
        # 'Kunnen wij bij u komen eten?' ~ 'Hebben jullie vegetarische gerechten?' only on the dish, not its kind
        unasked = best is not None and not topics.allergen and quality_unasked(" ".join((*asked, text)), best[2])
        weak = weak or (unasked and best is not None and best[1] <= WEAK_MATCH)
        if best and topics.allergen and self._asks_allergen(topics.allergen, best[2]):
            # 'Mijn zoon heeft een pinda-allergie. Zijn jullie speltbollen veilig?' ~ 'Zitten er noten in ...?'
            return (best[0], max(best[1], 0.5), best[2])
        # 'Mijn dochter heeft een pinda-allergie, is dat een probleem?' ~ 'Kunnen jullie rekening houden met
        # allergieën?', not the children's menu her being a child matched (it may hold the very allergen)
        general = self._allergy_entry(topics) if self._rests_on_person(topics, (*asked, *group), best) else None
        return general or ((best[0], WEAK_MATCH - 0.05, best[2]) if best and weak else best)

    def _thing_missed(self, asked: tuple[str, ...], said: str) -> bool:
        """Whether the first question asks whether the business has, sells or does a thing it names ('Verhuurt u ook
        een fietskar voor een hond?') and ``said`` names it nowhere (draft_asked.misses_head)."""
        first = next(iter(sentences(asked[0])), "") if asked else ""  # ('een tandem? wat kost dat?': the first)
        ranged = asked_about((first,), self._poss) if first and asks_own_range(first) else ""
        return bool(ranged) and misses_head(ranged, said, self._lemmas_of)

    def _range_missed(self, asked: tuple[str, ...], best: tuple[str, float, str]) -> bool:
        """Whether the first question asks for a thing of the business's range that the entry ``best`` does not name
        ('Verhuurt u ook een fietskar voor een hond?' ~ the bike prices it shares the renting with), and its FAQ
        question asks about nothing a later question names ('iets halal? en is uw keuken vegetarisch-vriendelijk?'
        ~ 'Hebben jullie vegetarische gerechten?' answers the second)."""
        if not self._thing_missed(asked, f"{best[2]} {best[0]}"):
            return False
        later = [ask.PRICE_ASKED.sub(" ", q) for q in asked[1:]]  # (what it costs is no thing the entry asks about)
        return all(misses_thing(q, best[2], self._lemmas_of) for q in later if key_words(q, self._lemmas_of))

    @property
    def _by_poss(self) -> tuple[Callable[[str], Iterable[str]], str]:
        """The lemmas and the writer's possessive, as draft_people_groups.thing_unnamed takes them."""
        return self._lemmas_of, self._poss

    def _own_elsewhere(self, asked: tuple[str, ...], best: tuple[str, float, str] | None) -> bool:
        """Whether, of several questions, the one about the writer's own ('mag ons hond mee op 't terras?') clearly
        matches another FAQ entry than ``best`` on its own: then ``best`` answers another question of the comment
        ('Hebt ge een kindermenu?'), which the own subject does not make weak."""
        own_q = next((q for q in asked if own_subject((q,), self._poss)), "")
        if len(asked) < 2 or best is None or not own_q:
            return False
        alone = match_faq(self._lemmas_of(own_q), self.profile, self._lemmas_of, own_q)
        return alone is not None and alone[1] >= 0.5 and alone[2] != best[2]

    def _checked(
        self, best: tuple[str, float, str] | None, asked: tuple[str, ...], text: str
    ) -> tuple[str, float, str] | None:
        """The match checked by what the questions ask (app.domain.draft_fact_score.checked); a match dropped for
        holding none of their words is kept when one of them asks nothing of its own and so asks about what the
        comment said before it ('ongeveer 50 man. Kan da bij u? En is er plaats om te parkeren?': the first asks
        the room the comment matched, the second the parking)."""
        kept = checked(best, " ".join(asked), *self._by, text)
        if kept is not None or best is None or len(asked) < 2 or best[1] < _CLOSE:
            return kept
        bare = self._bare_question(asked)
        return checked(best, bare, *self._by, text) if bare else None

    def _bare_question(self, asked: tuple[str, ...]) -> str:
        """The question of no words of its own that points back ('Kan da bij u?', 'Kan dat allemaal bij jullie?'): it
        asks about all that was said before it; '' when no question does."""
        return next((q for q in asked if not asked_words(q, self._lemmas_of) and _POINTS_BACK.search(q)), "")

    def _misses_without(self, asked: tuple[str, ...], best: tuple[str, float, str]) -> bool:
        """Whether the first question, or one right after it that only adds a free-from ('een vegan kerststronk? of
        zonder lactose?'), asks for a thing without something the FAQ entry ``best`` nowhere names, or the first asks
        the price of a thing that entry does not price (app.domain.draft_price_faq.prices_other), or the questions ask
        no price and that price entry shares one word of them alone (price_for_other)."""
        # (not a question of its own, with a subject or a verb of its own: 'En gebruik je producten zonder parfum?',
        # 'En is die ook lactosevrij te maken?' asks more of the thing the entry answers, a place for it follows)
        free = (q for q in asked[1:2] if re.match(r"\W*(?:of|or|en)\s", q, re.I) and _elliptic(q))
        if any(ask.misses_without(q, f"{best[2]} {best[0]}", self._lemmas_of) for q in (*asked[:1], *free)):
            return True
        # 'opsteekkapsels ..., hoeveel kost da?' is not answered by the price of a damessnit
        entry = next((f for f in self.profile.faq if f.question.strip() == best[2]), None)
        # ... and 'knip jij ook krullen droog?' is not answered by the price list of 'Wat kost knippen?'
        if entry is not None and price_for_other(" ".join(asked), entry, self._lemmas_of):
            return True
        return entry is not None and any(prices_other(q, entry, self._lemmas_of) for q in asked[:1])

    def _only_named(self, topics: TopicAnalysis, asked: tuple[str, ...]) -> tuple[str, float, str] | None:
        """The FAQ entry whose question names all that one question asks, when no other entry or field names any of
        it and the question asks about no profile field: 'doen jullie ook iets met krullen?' ~ 'Knippen jullie
        krullend haar droog?'; None otherwise."""
        if len(asked) != 1 or topics.subjects:
            return None
        words = asked_words(asked[0], self._lemmas_of)
        scored = score_all(words, sources(self.profile, self._lemmas_of))
        if not scored or scored[0].source.field or scored[0].matched != words:
            return None
        # asked with a verb of its own the entry does not name: 'Verkopen jullie banden?' ~ 'Wat kost band plakken?'
        verbs = [v for v in verb_words(asked[0]) if normalise(v) not in _MODALS | _DOING]
        if any(not any(similar(v, k) for k in scored[0].source.asks | scored[0].source.verbs) for v in verbs):
            return None
        if any(s.score > 0 for s in scored[1:]):
            return None
        return (scored[0].source.answer, WEAK_MATCH + 0.05, scored[0].source.question)

    def _field_rather(self, topics: TopicAnalysis, asked: tuple[str, ...], faq: tuple[str, float, str]) -> bool:
        """Whether a FAQ entry only matched on what is said around the questions, while they ask about something a
        fact field of the profile fills in: 'Mijn moeder zit in een rolstoel. Kan zij naar binnen en naar de wc? We
        komen met de kleinkinderen' asks about access (the accessibility field), not about a children's party. A
        question of no words of its own ('Kan dat allemaal bij jullie?') asks about all that was said before."""
        words = asked_words(" ".join(asked), self._lemmas_of)  # 'allemaal', 'eens' ask nothing
        if (not words and _POINTS_BACK.search(" ".join(asked))) or (faq[1] >= _CLOSE and self._bare_question(asked)):
            return False  # ('50 man. Kan da bij u? En is er plaats om te parkeren?': the first asks about the 50)
        entry = key_words(f"{faq[2]} {faq[0]}", self._lemmas_of)
        if any(similar(w, e) for w in words for e in entry):
            return False
        fields = {q.field for q in self.t.question_topics if q.id in topics.subjects}
        return any(self.profile.value(f).strip() for f in fields & set(FACT_FIELDS))

    def _group_only(self, asked: tuple[str, ...], faq_question: str, about: list[str], text: str = "") -> bool:
        """Whether a FAQ entry found on the group the comment counts answers nothing the first question asks about the
        range: 'Verkopen jullie wildpaté in potjes? Voor het kerstpakket van 25 collega's' asks about no group. Not an
        entry the comment finds without its group, the people it counts left out too ('ons bureau (22 medewerkers)
        ... het jaarlijkse onderhoud van onze e-bikes' finds the e-bike repair entry on its own words; '30 collega's'
        finds the group entry on 'collega' alone, which is the group)."""
        if not asked or not asks_own_range(asked[0]):
            return False
        counted = set(self._lemmas_of(counts_said(" ".join((*asked, text)))))
        plain = match_faq(tuple(w for w in about if w not in counted), self.profile, self._lemmas_of)
        # (only where the profile has no entry for a group to give instead: 'ons team (ca. 35 personen) ... hebben
        # jullie daar ruimte voor?' asks the room of the group entry, not the Christmas menu found on its words)
        groups = match_faq(("groep",), self.profile, self._lemmas_of)
        if plain is not None and plain[2] == faq_question and plain[1] >= WEAK_MATCH and groups is None:
            return False
        # what the FAQ's question implies counts as named: 'eten maken voor onze bruiloft' ~ 'catering voor een feest'
        faq_words = " ".join((faq_question, *sorted(implied_words(faq_question, self._lemmas_of))))
        return not words_named(self._lemmas_of(asked[0]), faq_words, self._lemmas_of)

    def _group_not_day(self, topics: TopicAnalysis, about: list[str], best: tuple[str, float, str]) -> bool:
        """Whether a FAQ entry was found only on the party the comment counts while the comment, asking a price, is
        about a holiday the entry does not name: 'met 9 volwassenen en 3 kinderen op tweede kerstdag brunchen, wat
        kost dat?' asks that day's brunch, not the hall for company parties ('Kan ik een bedrijfsfeest houden?')."""
        names = holiday_names(topics.holiday) if topics.holiday else set()
        if not names or names_in(names, normalise(f"{best[2]} {best[0]}")):
            return False
        plain = match_faq(tuple(about), self.profile, self._lemmas_of)
        return plain is None or plain[2] != best[2] or plain[1] < WEAK_MATCH

    def _rests_on_person(
        self, topics: TopicAnalysis, asked: tuple[str, ...], best: tuple[str, float, str] | None
    ) -> bool:
        """Whether, with an allergy named, the best match names none of what the comment is about ('met een groep van
        12'; 'groep' added to ``asked`` for 'met 10 man') besides who the writer speaks of ('mijn dochter ... is dat
        een probleem?' ~ 'Hebben jullie een kindermenu?'), or there is none."""
        if not topics.allergen:
            return False
        if best is None:  # 'Mijn zoon heeft een notenallergie. Kan dat?': a question that only points back
            return any(_POINTS_BACK.search(q) and len(q.split()) <= 8 for q in asked)
        people = set(self._lemmas_of(" ".join(topics.people)))
        own = [w for w in (*self._lemmas_of(" ".join(asked)), *topics.lemmas) if w not in people]
        return not words_named(own, best[2], self._lemmas_of)

    def _allergy_entry(self, topics: TopicAnalysis) -> tuple[str, float, str] | None:
        """The FAQ entry that asks about the writer's allergen or about allergies in general ('Kunnen jullie rekening
        houden met allergieën?'), as a clear match; None when the profile has none or the writer denies it."""
        if denied_conditions(" ".join(topics.lemmas)):
            return None  # 'last van tarwe (geen coeliakie, gewoon intolerantie)': the writer said precisely what
        for item in self.profile.faq:
            asks = set(self._lemmas_of(item.question))
            if self._asks_allergen(topics.allergen, item.question) or any(a.startswith("allerg") for a in asks):
                return (item.answer, 0.5, item.question.strip())
        return None

    def _asks_allergen(self, allergen: str, faq_question: str) -> bool:
        """Whether a FAQ question asks about the writer's allergen, as said or by its synonym ('pinda' ~ 'noten')."""
        wanted = set(same_words(self._lemmas_of(allergen)))
        asks = set(same_words(self._lemmas_of(faq_question)))
        # or what is free of it ('gluten' ~ 'Hebben jullie glutenvrije pizza?')
        free = {f"{w}vrij" for w in (*wanted, normalise(allergen))}
        return bool(wanted) and bool(wanted & asks or any(a.startswith(tuple(free)) for a in asks))

    def _pointed_said(self, topics: TopicAnalysis, asked: tuple[str, ...], said: str, seed: str) -> str:
        """'Ze zit in een rolstoel. Kan dat allemaal?': the answer and the profile field for the other need."""
        for pt in (q for q in self.t.question_topics if q.id in ask.pointed(topics.subjects, asked)):
            value = self.profile.value(pt.field).strip().rstrip(".")
            said = f"{said} {self._field_said(pt, value, 'answer', seed)}" if value and value not in said else said
        return said

    def _faq_besides(
        self, topics: TopicAnalysis, asked: tuple[str, ...], text: str = "", day: str = "", told: str = ""
    ) -> list[str]:
        """The FAQ answers (two at most) that clearly match what a question asks besides its day: 'op
        tweede kerstdag met 23 personen, iets voor de kleintjes?' → the group and the children's menu.
        ``day``: the holiday asked about, whose own question is left to the day's answer (:meth:`_faq_rest`);
        ``told``: the day's answer, which may name the thing asked already ('open vanaf 7.00 voor communiekapsels'
        answers 'Doe je communiekapsels op zaterdag 13 mei?': no price list besides, unless a price is asked)."""
        # 'En tot wanneer kan ik nog een bûche bestellen?': the order deadline the profile gives for it, not another
        # entry on the bûche ('zonder alcohol'); the FAQ answers the other questions
        dated = {q: d for q in asked if (d := order_deadline(q, self.profile, self._lemmas_of))}
        if dated:
            others = tuple(q for q in asked if q not in dated)
            more = self._faq_besides(topics, others, text, day, told) if others else []
            return list(dict.fromkeys([*dated.values(), *more]))[:2]
        found: list[tuple[set[str], str]] = []
        own = set(self._lemmas_of(told)) if told and not ask.PRICE_ASKED.search(" ".join(asked)) else set()
        told_already = False  # (then no other entry for the rest of the questions either: the day's answer is it)
        # only what the questions ask: '24 dec open? wil nog even knippen' asks no price of knippen
        lemmas = (*self._lemmas_of(" ".join(asked)), *(("groep",) if group_size(" ".join((*asked, text))) else ()))
        if topics.allergen:  # 'mijn dochter heeft een pinda-allergie': who has it asks for no children's menu
            people = set(self._lemmas_of(" ".join(topics.people)))
            lemmas = tuple(w for w in lemmas if w not in people)
        for item in self.profile.faq:
            match = match_faq(lemmas, replace(self.profile, faq=[item]), self._lemmas_of, " ".join(asked))
            # 'iets suikervrijs?' is not answered by 'de kerststol is er ook zonder spijs'
            free = any(ask.misses_without(q, f"{item.question} {item.answer}", self._lemmas_of) for q in asked)
            free = free or other_compound(" ".join(asked), f"{item.question} {item.answer}")  # 'slagroomtaart'
            free = free or deal_elsewhere(asked, item.question)  # 'e-bike huren?' ~ 'Repareren jullie e-bikes?'
            # 'een patroon in de zijkant voor mijn zoon?' is not answered by the children's price
            free = free or any(thing_unnamed(q, item, topics.people, *self._by_poss) for q in asked)
            if match and match[1] >= WEAK_MATCH and asks_faq_topic(lemmas, item.question, self._lemmas_of) and not free:
                # after the day's answer without its yes, and named when that leaves no sentence of its own
                said = yes_left_out(_fit_open_question(ahead_parts(match[0], asked), asked), item.question)
                named = words_named(lemmas, item.question, self._lemmas_of)
                # (the verb a question asks with, 'Doe je ...', 'Kun je ...', names no thing)
                thing = named - set(fact_words().joined_verbs) - set(fact_words().auxiliaries)
                if thing and thing <= own:
                    told_already = True
                    continue
                found.append((named, self._thing_first(said, (match[0], match[1], item.question), asked)))
        # 'glutenvrij kerstbrood?' is answered by the gluten-free entry, not also by how long the kerstbrood keeps
        besides = [said for named, said in found if not any(named < other for other, _ in found)][:2]
        besides = besides if besides or told_already else self._faq_rest(topics, asked, text, day)
        diet = self._diet_told(text, " ".join((*besides, told)))  # 'Er zitten ook twee vegetariërs bij'
        return [*besides, diet][:3] if diet else besides

    def _diet_told(self, text: str, said: str) -> str:
        """The answer, without its yes, of the one FAQ entry whose question names a diet the comment names by the
        people who keep it ('We zijn met 14 ... Er zitten ook twee vegetariërs bij' ~ 'Hebben jullie een vegetarisch
        kerstmenu?'), when what the draft says does not name it yet; '' otherwise."""
        diets = diets_told(text)
        if not diets or any(d in said.lower() for d in diets):
            return ""
        hits = [f for f in self.profile.faq if any(d in f.question.lower() for d in diets)]
        return without_yes(hits[0].answer.strip()) if len(hits) == 1 else ""

    def _faq_rest(self, topics: TopicAnalysis, asked: tuple[str, ...], text: str, day: str = "") -> list[str]:
        """The answer to the questions besides the one about a day, by the same matching a question of its own gets
        ('open op 2 jan?? moet mn noren geslepen hebben, hoe lang duurt het en wat kost het' ~ 'Slijp je ook
        schaatsen?'); [] when every question asks about the day or hours, or no entry clearly answers the rest.
        A question that names the holiday ``day`` is about the day too ('Wat kost knippen voor de kinderen? Kan dat
        ook in de herfstvakantie?': the price is the rest)."""
        names = holiday_names(day) if day else set()
        rest = tuple(
            q for q in asked if not ask.HOURS_WORDS.search(q) and not (names and names_in(names, normalise(q)))
        )
        if not rest or len(rest) == len(asked):
            return []
        found = self._faq_for(topics, rest, text)
        if found is None or found[1] < WEAK_MATCH:
            return []
        said = _fit_open_question(ahead_parts(found[0], rest), rest)
        # ('Minstens vijf dagen op voorhand', of its price part without: the thing asked about named first)
        return [self._thing_first(said, found, rest) if said != _fit_open_question(found[0], rest) else said]

    def _faq_yes(self, topics: TopicAnalysis, asked: tuple[str, ...], wish: str = "") -> str:
        """The FAQ answer that says yes to what a suggestion asks for ('Kan ik online een afspraak
        maken?' → 'Via www...'), without its yes; '' when no FAQ entry clearly answers it or says no.
        ``wish``: the tip as read ('om de vegetarische gerechten op het krijtbord te zetten'), what must fit."""
        faq = self._faq_wished(topics, asked, wish)
        return without_yes(faq) if faq and YES_LEAD.match(faq) else ""

    def _faq_no(self, topics: TopicAnalysis, asked: tuple[str, ...], wish: str = "") -> str:
        """The FAQ answer that says no to what a suggestion asks for ('kunnen jullie ook glutenvrij bakken?' ~
        'Nee. In onze bakkerij werken we overal met tarwebloem, ...'), without its no: the reason it cannot be, said
        honestly; '' when no FAQ entry clearly answers it or it says yes."""
        faq = self._faq_wished(topics, asked, wish)
        lead = re.match(r"^\s*(?:nee|neen)\b\s*[.,;:!]?\s*", faq or "", re.I)
        if not faq or lead is None or not says_no(faq):
            return ""
        rest = faq[lead.end() :].strip()
        return f"{rest[:1].lower()}{rest[1:]}" if len(rest.split()) >= 4 else ""

    def _faq_wished(self, topics: TopicAnalysis, asked: tuple[str, ...], wish: str) -> str:
        """The FAQ answer that clearly answers what a suggestion asks for, yes or no; '' for none."""
        faq = self._faq_for(topics, asked)
        if faq is None or faq[1] < WEAK_MATCH or (not YES_NO_LEAD.match(faq[0]) and not says_no(faq[0])):
            return ""
        # what the wish names, when it is put as a question: 'zijn fiets nodig heeft. Idee: hang een lijstje
        # op?' asks for a list, not for the bikes to rent
        wished = tuple(self._lemmas_of(" ".join(last_clause(q) for q in asked))) if asked else topics.lemmas
        if wish and not asked:  # 'zet de vegetarische gerechten ook op het krijtbord': the board, not the dishes
            wished = tuple(self._lemmas_of(wish))
        if not asks_faq_topic(wished, faq[2], self._lemmas_of, whole=True):
            return ""  # 'kleinere stukjes kaas' asks for no 'kaasplank'
        entry = set(self._lemmas_of(f"{faq[2]} {faq[0]}"))
        if wish and any(set(self._lemmas_of(p.text)) - entry for p in topics.products if p.text in wish):
            return ""  # the dishes exist, the board the tip is about is not in the entry
        return faq[0]

    def _priced(
        self, faq: tuple[str, float, str] | None, asked: tuple[str, ...], topics: TopicAnalysis | None = None
    ) -> tuple[str, float, str] | None:
        """The FAQ entry that gives the price the first question asks ('wat betaal je voor een elektrische fiets
        voor een hele dag?' ~ 'Wat kost een e-bike huren?'), in place of a match that answers no price question
        ('Moet ik een waarborg betalen?'); the match as it is otherwise. Not an entry for a group the comment does
        not name ('Wat kost een knipbeurt?' ~ 'Wat kost een kinderknipbeurt?')."""
        entry = price_entry(asked[0], self.profile, self._lemmas_of) if asked else None
        people = topics.people if topics is not None else ()
        if entry is not None and for_group_unnamed(" ".join(asked), people, entry):
            entry = None
        if entry is None or (faq is not None and faq[1] >= 0.5 and asks_price(faq[2])):
            return faq
        # a match that names as much of what is priced stays ('een knipbeurt voor mijn zoontje' ~ 'Knippen jullie
        # ook kinderen? Ja, ... voor € 16')
        matched = next((f for f in self.profile.faq if faq is not None and f.question.strip() == faq[2]), None)
        kept = matched is not None and priced_words(asked[0], matched, self._lemmas_of) >= priced_words(
            asked[0], entry, self._lemmas_of
        )
        if faq is not None and faq[1] >= 0.5 and kept:
            return faq
        return (entry.answer.strip(), max(faq[1] if faq else 0.0, 0.5), entry.question.strip())

    def _pointed_faq(
        self, faq: tuple[str, float, str] | None, asked: tuple[str, ...], text: str
    ) -> tuple[str, float, str] | None:
        """The FAQ entry a first question that points back ('Kan u daar ook komen knippen?') asks about: the one
        entry whose whole topic the sentence pointed at names ('Mijn grootmoeder zit in een woonzorgcentrum ...' ~
        'Komt u ook in het woonzorgcentrum?'), in place of the match on the whole comment; that match otherwise."""
        said = pointed_back(asked[0], text) if asked else ""
        lemmas = self._lemmas_of(said.removesuffix(last_clause(asked[0]))) if said else ()
        # and asks with the verb the question does ('Komt u ook in ...?' ~ 'Kan u daar ook komen knippen?')
        clause = normalise(last_clause(asked[0])).split() if asked else []
        named = [
            f
            for f in self.profile.faq
            if lemmas
            and asks_faq_topic(lemmas, f.question, self._lemmas_of, whole=True)
            and any(similar(v.removesuffix("t"), w) for v in verb_words(f.question) if v not in _MODALS for w in clause)
        ]
        if len(named) != 1 or (faq is not None and faq[2] == named[0].question.strip()):
            return faq
        return (named[0].answer.strip(), max(faq[1] if faq else 0.0, 0.5), named[0].question.strip())


# The words a follow-up that only adds a free-from holds at most ('of zonder lactose?', 'en zonder noten dan?').
_ELLIPTIC_WORDS = 4


def _elliptic(question: str) -> bool:
    """Whether a follow-up question only adds something to the one before it, without a verb or subject of its own:
    led by the free-from ('En zonder suiker, kan dat ook?'), or short ('of zonder lactose?') and no pronoun ('En
    gebruik je ...?')."""
    words = normalise(question).split()
    pronouns = {*fact_words().subject_pronouns, "ge", "gij"}  # Flemish 'hedde gij', 'kunt ge'
    # ('En zonder suiker, kan dat ook?': the free-from leads, what follows only points back)
    led = len(words) > 1 and (words[1] in {"zonder", "met"} or re.fullmatch(r"\w+vrij\w*", words[1]) is not None)
    return led or (len(words) <= _ELLIPTIC_WORDS and not any(w in pronouns for w in words))
