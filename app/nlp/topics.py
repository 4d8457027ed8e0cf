"""What a comment is about, found with spaCy's Matcher and PhraseMatcher.

The shipped pipeline has no lemmatizer, so tokens get a lightweight lemma of
our own (app.nlp.topic_words). Compounds count through their last part
('notenallergie' → allergie, 'eenhoorntaart' → taart); a thing the lexicon does
not know is found by its place after an article (app.nlp.topic_nouns). The
result is a :class:`app.domain.topics.TopicAnalysis`; safety always beats other
topics. The parts: topic_match (concept hits and corrections), topic_products,
topic_occasion, topic_people, topic_names (which capitalised words are names), topic_things (the things,
in the order the drafts name them).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any, TypedDict

from app.domain.draft_counts import bill_words
from app.domain.draft_dialects import dutch_of
from app.domain.draft_feast_days import feast_day_named
from app.domain.topics import Mention, TopicAnalysis, TopicData, shipped_topic_data
from app.nlp import topic_names, topic_owner, topic_people
from app.nlp.topic_after_match import _HAIR, _allergy_first, _counted, _eaten, _found_in_it, _in_question, _kin, _names
from app.nlp.topic_allergen import AllergenFinder
from app.nlp.topic_broken import BrokenPartFinder
from app.nlp.topic_failed import FailureFinder
from app.nlp.topic_focus import nouns_named, occasion_words
from app.nlp.topic_happened import (
    allergy_as_need,
    infection_not_allergy,
    infection_said,
    pain_as_feeling,
    worn_not_failed,
)
from app.nlp.topic_harm import Harm, HarmFinder
from app.nlp.topic_hearsay import HearsayFinder
from app.nlp.topic_judged import JudgementFinder
from app.nlp.topic_leave import own_leave
from app.nlp.topic_loyalty import loyalty
from app.nlp.topic_match import (
    Matches,
    criticism,
    drop_names,
    drop_separable_falls,
    duration,
    how_long_until,
    ill_after_meal,
    lasting,
    not_working,
    own_lateness,
    still_not_there,
    unanswered_apart,
    warning_lights,
)
from app.nlp.topic_matchers import _amount_for_matcher, _gone_matcher, _sum_back_matcher
from app.nlp.topic_moved import drop_writer_moved
from app.nlp.topic_new_part import drop_new_parts
from app.nlp.topic_occasion import OccasionFinder, upcoming
from app.nlp.topic_occasion_facts import occasion_ages
from app.nlp.topic_occasion_owner import parents_day_owner
from app.nlp.topic_order import (
    past_example,
    whose,
)
from app.nlp.topic_others import others_occasion
from app.nlp.topic_pieces import pieces_not_broken
from app.nlp.topic_praise import PraiseFinder
from app.nlp.topic_praised import praised_things
from app.nlp.topic_products import ProductFinder
from app.nlp.topic_promised import promised
from app.nlp.topic_punch import punch
from app.nlp.topic_things import first_things, not_things, ordered, things
from app.nlp.topic_tried import channels_not_tried, counted_tries, machine_answered
from app.nlp.topic_waited import asked_where_it_stayed, others_waited
from app.nlp.topic_wished import missed
from app.nlp.topic_words import lemma, plain, stem, unshout

__all__ = ["MAX_TEXT", "TopicFinder", "analyse_topics", "lemma", "topic_finder"]

MAX_TEXT = 5_000  # longer comments are read up to here
# The passes that correct what the word lists found, in order.
_CORRECTIONS = (
    drop_names,
    drop_new_parts,
    drop_separable_falls,
    drop_writer_moved,
    still_not_there,
    how_long_until,
    not_working,
    pieces_not_broken,
    ill_after_meal,
    unanswered_apart,
    channels_not_tried,
    machine_answered,
    counted_tries,
    asked_where_it_stayed,
    warning_lights,
    own_lateness,
    lasting,
    others_waited,
    worn_not_failed,
    infection_not_allergy,
    allergy_as_need,
    pain_as_feeling,
)


class _NamedThings(TypedDict):
    infection: str
    nouns: tuple[str, ...]
    own_leave: bool
    failed: Mention | None


class _PraiseParts(TypedDict):
    group: str
    missed: str
    crew: str
    loyal: str
    ages: tuple[tuple[str, str], ...]
    ungreeted: tuple[str, ...]
    delivered: bool
    punch: Mention | None


class TopicFinder:
    """Builds the matchers once; :meth:`analyse` is cheap per comment."""

    def __init__(self, data: TopicData | None = None) -> None:
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        self.data = data or shipped_topic_data()
        self.nlp = spacy.blank("nl")
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.surface = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.stems = PhraseMatcher(self.nlp.vocab, attr="NORM")  # 'betaal' ~ 'betalen': see topic_words.stem
        self.unless = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for concept in self.data.concepts:
            surface_terms = [self.nlp.make_doc(plain(term)) for term in concept.terms]
            # Holiday names match only as written ('pasen' is not 'pas').
            if concept.group != "holiday":
                self.phrases.add(concept.id, [self._doc(term) for term in concept.terms])
            # a person is a noun, met by its lemma: no verb stem ('maand' stems to 'man', 'mijn droge maand')
            if concept.group not in {"holiday", "person"}:
                self.stems.add(concept.id, [self._doc(term) for term in concept.terms])
            self.surface.add(concept.id, surface_terms)
            if concept.unless:
                self.unless.add(concept.id, [self.nlp.make_doc(plain(u)) for u in concept.unless])
        self._subjects = {c.id for c in self.data.concepts if c.group == "subject"}
        self._occasion_words = occasion_words(self.data)
        self._term_owners: dict[str, set[str]] = {}
        for concept in self.data.concepts:
            for term in concept.terms:
                if " " not in term and concept.group != "holiday":
                    self._term_owners.setdefault(lemma(term, self.data.lemmas), set()).add(concept.id)
        # 'rolt die jongen met z'n ogen', 'rolde ze meteen met haar ogen': rolling eyes, with words between
        self.eyes = Matcher(self.nlp.vocab)
        rolls = {"LOWER": {"IN": ["rolt", "rolde", "rolden", "rollen", "draaide", "draait"]}}
        self.eyes.add("personeel", [[rolls, {"IS_PUNCT": False, "OP": "{0,5}"}, {"LOWER": "ogen"}]])
        self.gone = _gone_matcher(self.nlp.vocab)
        # 'Op de factuur staan veertien menu's te veel', 'op de kassabon twee koffie teveel': billed too much, also
        # with the things between the bill and 'te veel' (not past a comma or a full stop)
        bill: dict[str, Any] = {"LOWER": {"IN": list(bill_words())}}  # properties.toml billed: 'op de factuur'
        within: dict[str, Any] = {"ORTH": {"NOT_IN": [".", "!", "?", ",", ";"]}, "OP": "{0,14}"}
        self.billed = Matcher(self.nlp.vocab)
        too_much = [[bill, within, {"LOWER": "te"}, {"LOWER": "veel"}], [bill, within, {"LOWER": "teveel"}]]
        self.billed.add("teveel", too_much)
        self.sum_back = _sum_back_matcher(self.nlp.vocab)
        self.amount_for = _amount_for_matcher(self.nlp.vocab)
        self.products = ProductFinder(self.data, self.nlp)
        self.occasions = OccasionFinder(self.data, self.nlp)
        self.judgements = JudgementFinder(self.data, self.nlp)
        self.praise = PraiseFinder(self.products.product)
        self.allergens = AllergenFinder(self.nlp)
        self.broken = BrokenPartFinder(self.nlp)
        self.hearsay = HearsayFinder(self.nlp)
        self.harm = HarmFinder(self.nlp)
        self.failures = FailureFinder(self.data, self.nlp)
        # Token positions a judged thing cannot be: a person, an occasion, a time, a part of the body.
        self._not_judged = {c.id for c in self.data.concepts if c.group in {"person", "occasion", "time", "body"}}
        self._qualities = {c.id for c in self.data.concepts if c.topic == "kwaliteit" and c.group == "problem"}

    def _doc(self, text: str) -> Any:
        doc = self.nlp.make_doc(text)
        for token in doc:
            token.lemma_ = lemma(token.text, self.data.lemmas)
            token.norm_ = stem(token.lemma_)
        return doc

    def _marks(self, m: Matches) -> dict[str, bool]:
        """What the comment is besides its topic: about a closure, a legal step, violence, hearsay."""
        return {
            "closure": bool(m.found(self.data, "closure")),
            "legal": bool(m.found(self.data, "legal")),
            "violence": bool(m.found(self.data, "violence")),
            "hearsay": self.hearsay.found(m.doc),
        }

    def _named_things(self, m: Matches, products: list[Mention]) -> _NamedThings:
        """An infection someone caught, the nouns named (what a question asks about: app.nlp.topic_focus) and the
        thing a failure clause is about ('het stuur zat los': app.nlp.topic_failed)."""
        return _NamedThings(
            infection=infection_said(m.doc),
            nouns=nouns_named(m, self.data, self._occasion_words),
            own_leave=own_leave(m.doc),
            failed=self.failures.thing(m.doc, self._blocked(m), products),
        )

    def _praise_parts(self, m: Matches, products: list[Mention]) -> _PraiseParts:
        """The writer's group, what a wish misses, the crew praised, how long the writer has been coming, the ages
        and wedding years celebrated ('mama werd 80'; also a complaint's), the writer's people not to greet, whether
        it was brought home ('gratis thuisgebracht'), what a joke turns on."""
        said = m.doc.text.lower()
        return _PraiseParts(
            group=_counted(self.praise.group(m.doc)),
            missed=missed(m.doc, self.data.products),
            crew=self.praise.crew(m.doc),
            loyal=loyalty(m.doc),
            ages=occasion_ages(self.occasions, m),  # app.nlp.topic_occasion_facts
            ungreeted=topic_people.ungreeted(m, self.data),
            delivered=any(w in said for w in self.praise.words.delivered),
            punch=punch(m.doc, [p.text for p in products if not p.guessed]),  # what a joke's last line turns on
        )

    def _match(self, text: str) -> Matches:
        m = Matches(self._doc(text[:MAX_TEXT]))
        for matcher in (self.phrases, self.surface):
            for match_id, start, end in matcher(m.doc):
                m.add(self.nlp.vocab.strings[match_id], start, end)
        for match_id, start, end in self.stems(m.doc):
            concept = self.nlp.vocab.strings[match_id]
            # A word that is another concept's own term is that concept, not a stem of this one
            # ('duur' is a price, 'duurde' a wait: they share the stem 'duur').
            owners = self._term_owners.get(m.doc[start].lemma_, set()) if end - start == 1 else set()
            if owners and concept not in owners:
                continue
            # A conjugated verb names a profile subject only when asked ('Hoe betaal je?'), not in a
            # statement ('je betaalt 40 euro', 'betaalt je geld nooit terug').
            if concept not in self._subjects or _in_question(m.doc, start):
                m.add(concept, start, end)
        for match_id, _start, end in self.billed(m.doc):
            m.add(self.nlp.vocab.strings[match_id], end - 2, end)  # the words 'te veel' themselves
        for match_id, start, end in self.sum_back(m.doc):
            m.add(self.nlp.vocab.strings[match_id], start, end)
        for match_id, start, end in self.amount_for(m.doc):
            # held up in disbelief, its sentence a question or a cry ('€12,50 voor een band plakken??'), not a sum
            # told before what went wrong ('€95 voor een beurt en de versnelling slaat nog steeds over.')
            stop = next((t.text for t in m.doc[end:] if t.text[:1] in {".", "!", "?"}), "")
            if stop[:1] in {"?", "!"}:
                m.add(self.nlp.vocab.strings[match_id], start, end)
        for match_id, start, end in self.unless(m.doc):
            m.drop(self.nlp.vocab.strings[match_id], start, end)
        for match_id, start, end in self.gone(m.doc):
            if any(self.products.product(t.text, t.lemma_) for t in m.doc[start:end]):  # a thing sold, not 'zin'
                m.add(self.nlp.vocab.strings[match_id], start, end)
        for match_id, start, end in self.eyes(m.doc, as_spans=False):
            near = {m.doc[k].lower_ for k in (start - 1, start + 1) if 0 <= k < len(m.doc)}
            if not near & {"ik", "we", "wij"}:  # 'ik rolde met mijn ogen': the writer, not staff
                m.add(self.nlp.vocab.strings[match_id], start, end)
        self.occasions.mark_compounds(m)  # 'de communietaart': the occasion in a compound (app.nlp.topic_occasion)
        return m

    def _things(self, m: Matches, products: list[Mention], lemmas: list[str]) -> list[Mention]:
        """The things the comment names (app.nlp.topic_things); their lemmas are added to ``lemmas``."""
        return things(m, self.data, self.praise.words.give, products, lemmas)

    def _no_dialect_words(self, products: Iterable[Mention]) -> list[Mention]:
        """``products`` without a word a dialect uses for something that is no product ('joar' is 'jaar', 'olders'
        'ouders'); a dialect's word for a thing sold stays ('taort' is 'taart')."""
        sold = set(self.data.products)
        return [p for p in products if not (said := dutch_of(p.text)) or said & sold]

    def _things_not_people(self, m: Matches) -> None:
        """'Scheve pony', 'een verf-ongelukje met mijn pony': a judged thing or, in a comment about hair,
        the fringe, or an animal served with a side ('het konijn met pruimen'), not the writer's animal."""
        hair = any(t.lemma_.startswith(_HAIR) or t.lower_.startswith(_HAIR) for t in m.doc)
        fringes = {t.i for t in m.doc if t.lower_ == "pony"} if hair else set()
        # 'Het konijn met pruimen was juist zoals ons moeder het maakte': a dish, not the writer's pet
        for i in self.judgements.judged_things(m.doc) | fringes | topic_owner.served_animals(m.doc):
            for concept in self._not_judged & {c.id for c in self.data.concepts if c.group == "person"}:
                m.drop(concept, i, i + 1)

    def _judged(self, m: Matches) -> tuple[tuple[str, str], ...]:
        """The things judged negatively, not counting persons, occasions, times or parts of the body."""
        # a quality word inside a phrase the word lists say is no problem ('per stuk', 'ben er kapot van')
        unsaid = frozenset(
            i
            for match_id, start, end in self.unless(m.doc)
            if self.nlp.vocab.strings[match_id] in self._qualities
            for i in range(start, end)
        )
        return self.judgements.judged(m.doc, self._blocked(m), unsaid)

    def _blocked(self, m: Matches) -> set[int]:
        """Token positions a judged or failed thing cannot be: a person, an occasion, a time, a part of the body."""
        return {i for c in self._not_judged for s, e in m.spans.get(c, []) for i in range(s, e)}

    def _occasion(self, m: Matches) -> tuple[str, str, str]:
        """The occasion, its words and whose it is; a first time done is an achievement ('Mijn eerste 200
        gegooid!!', app.nlp.topic_praise)."""
        occasion, words, owner = self.occasions.occasion(m)
        if not occasion:
            occasion, words = self.praise.first_time(m.doc)
        return occasion, words, owner

    def _named(self, m: Matches) -> tuple[str, ...]:
        """Names in the comment, with staff named in lower case or by their role ('femke die ...', 'Joost, de
        gastheer,', app.nlp.topic_praise)."""
        names = topic_names.names(m.doc, self.products.product)
        return names + self.praise.staff(m.doc, names)

    def _harm(self, m: Matches) -> tuple[Matches, Harm]:
        """Harm told without the obvious word (app.nlp.topic_harm), marked in ``m`` after the corrections."""
        return m, self.harm.find(m.doc)

    def _named_and_lemmas(self, m: Matches) -> tuple[list[Mention], list[str]]:
        """The things named, before the filters of who acts and of dialect words, and the lemmas: every lemma of a
        text but the one the corrections may add (``_found_in_it``)."""
        self._things_not_people(m)
        products, lemmas = self.products.collect(m)
        for match_id, start, end in self.unless(m.doc):  # also for compound heads ('knipbeurt' is no 'beurt')
            m.drop(self.nlp.vocab.strings[match_id], start, end)
        return self._things(m, products, lemmas), lemmas

    def _prepared(self, text: str) -> tuple[Matches, Harm, list[Mention], list[str]]:
        """The matches of a text after the corrections, the harm told, the things named and the lemmas."""
        return self._prepared_matches(self._match(unshout(text)))

    def _prepared_matches(self, found: Matches) -> tuple[Matches, Harm, list[Mention], list[str]]:
        """``_prepared`` from the text's first matches (``_match``)."""
        m, harm = self._harm(found)
        named, lemmas = self._named_and_lemmas(m)
        products = self._no_dialect_words(self.praise.not_heroes(m.doc, topic_names.not_acting(m.doc, named)))
        for correction in (*_CORRECTIONS, harm.mark):  # harm last: when the word lists, corrected, find none
            correction(m)
        lemmas.extend(_found_in_it(m))
        return m, harm, products, lemmas

    def lemmas(self, text: str) -> tuple[str, ...]:
        """``analyse(text).lemmas``, without the rest of the analysis: the steps of ``_prepared`` that add lemmas. The
        harm found and the corrections after it only add 'haar' (``_found_in_it``), so a text without the word
        'haar' skips them, as it skips the filters of the things named (a fifth of the drafting time was the lemmas
        of profile and FAQ texts)."""
        m = self._match(unshout(text))
        if any(t.lower_ == "haar" for t in m.doc):
            return tuple(dict.fromkeys(self._prepared_matches(m)[3]))
        return tuple(dict.fromkeys(self._named_and_lemmas(m)[1]))

    def analyse(self, text: str) -> TopicAnalysis:
        m, harm, products, lemmas = self._prepared(text)
        safety, problems = m.found(self.data, "safety"), m.found(self.data, "problem")
        _allergy_first(safety)
        main = safety[0] if safety else (problems[0] if problems else None)
        judged = self._judged(m)
        products = first_things(m, self.data, self.broken, main, judged, products)
        products = past_example(asked := self.judgements.asked(m.doc), products)
        occasion, occasion_words, owner = self._occasion(m)
        kin = _kin(m, products)
        owner = parents_day_owner(occasion, owner or topic_owner.occasion_owner(m, self.data, kin, occasion))
        people = topic_people.people(m, [s for c in safety for s, _ in m.spans.get(c.id, [])])
        products, people = _eaten(m, safety, whose(m.doc, not_things(m, products, harm.found), people), people)
        return TopicAnalysis(
            safety=tuple(c.id for c in safety),
            allergen=self.allergens.allergen(m.doc) if any(c.id == "allergie" for c in safety) else "",
            problems=tuple(c.id for c in problems),
            topic=main.topic if main else None,
            concept=main.id if main else None,
            products=ordered(m, self.data, harm, products, occasion),
            services=tuple(c.id for c in m.found(self.data, "service")),
            occasion=occasion,
            occasion_words=occasion_words,
            people=people,
            passing=topic_people.in_passing(m, owner),
            company=bool(people) and topic_people.company(m, people[0]),
            recipient=topic_people.recipient(m),
            owner=owner,
            owner_name=topic_owner.owner_name(m, owner, kin),
            **others_occasion(m, occasion, owner),  # 'de uitvaart van de buurman', 'het jubileum van de fanfare'
            named_people=topic_owner.named_people(m, kin),
            names=tuple(n for n in _names(m, self._named(m), products, owner) if n not in kin),
            kin=kin,
            body=topic_people.body(m, self.data),
            times=tuple(dict.fromkeys(m.doc[s:e].text.lower() for s, e in sorted(m.spans.get("tijd", [])))),
            duration=duration(m.doc),
            holiday=feast_day_named(m.doc.text) or topic_people.holiday(m),  # 'de maandag na Pasen'
            tried=tuple(c.id for c in m.found(self.data, "channel")) if m.hits["geen_antwoord"] else (),
            subjects=tuple(c.id for c in m.found(self.data, "subject")),
            **self._marks(m),
            urgent=bool(m.found(self.data, "urgency")) or upcoming(m, self.data),
            lemmas=tuple(dict.fromkeys(lemmas)),
            judged=judged,
            asked=asked,
            measure=self.judgements.measure(m.doc),
            promised=promised(m.doc, m.spans.get("tijd", [])),
            **criticism(m, problems, products),
            praised=praised_things(
                m.doc, tuple(self._no_dialect_words(self.praise.praised(m.doc, m.taken()))), products
            ),
            **self._praise_parts(m, products),
            **harm.said(),  # what was found in the food, the part that gave way, the advice after a hazard
            **self._named_things(m, products),
        )


@lru_cache(maxsize=1)
def topic_finder() -> TopicFinder:
    return TopicFinder()


class _TopicAnalyser:
    """``analyse_topics(text)``: what a comment is about (products, occasion, safety, problem, channels tried ...);
    ``analyse_topics.lemmas(text)``: its lemmas alone, the same as ``analyse_topics(text).lemmas`` without the rest
    of the analysis (drafting asks for the lemmas of every FAQ entry and profile field: app.domain.draft_base)."""

    def __init__(self) -> None:
        self._whole: set[str] = set()  # texts analysed whole lately: their lemmas are read from the analysis

    def __call__(self, text: str) -> TopicAnalysis:
        if len(self._whole) >= _analysed.cache_parameters()["maxsize"]:
            self._whole.clear()
        self._whole.add(text or "")
        return _analysed(text or "")

    def lemmas(self, text: str) -> tuple[str, ...]:
        return _analysed(text or "").lemmas if (text or "") in self._whole else _lemmas(text or "")


analyse_topics = _TopicAnalyser()


@lru_cache(maxsize=2048)
def _analysed(text: str) -> TopicAnalysis:
    """One analysis per text: drafting asks again for the same comment and its sentences; the
    result is frozen, so sharing it is safe."""
    return topic_finder().analyse(text)


@lru_cache(maxsize=4096)
def _lemmas(text: str) -> tuple[str, ...]:
    """The lemmas of a text, as its analysis gives them (frozen, so sharing them is safe)."""
    return topic_finder().lemmas(text)
