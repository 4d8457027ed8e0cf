"""A rumour or a wrong claim about the business set straight with the profile's facts (closed days, holidays,
the fields the claim names)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from app.domain import draft_asked as ask
from app.domain.draft_bikes import bikes_put
from app.domain.draft_claims import claim_of, hearsay_of, named_claim, stated_claim
from app.domain.draft_cues import draft_cues
from app.domain.draft_days import about_hours, day_terms, holiday_names, hours_on
from app.domain.draft_event_day import event_of
from app.domain.draft_facts import key_words, verb_words
from app.domain.draft_faq_covers import faq_covers
from app.domain.draft_harm_now import accused
from app.domain.draft_holiday_answers import HolidayAnswers
from app.domain.draft_leave_rumour import closure_values, leave_of_rumour, seen_closing
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_places import capitalised_names, come_to_names
from app.domain.draft_question_register import claim_in_register
from app.domain.draft_rumour_accused import spared
from app.domain.draft_rumour_booked_day import booked_day
from app.domain.draft_rumour_calls import calling_denied, online_faq, only_online
from app.domain.draft_rumour_cues import (
    asks_us,
    asks_whether_true,
    free_contradicted,
    going_shut,
    moving_said,
    says_closed,
    without_regret,
)
from app.domain.draft_rumour_denies import denies, rumour_denies, still_there
from app.domain.draft_rumour_moved import moved_from, moving_line
from app.domain.draft_rumour_person import person_hurt
from app.domain.draft_rumour_product import product_held
from app.domain.draft_rumour_season_note import season_note
from app.domain.draft_rumour_teller import named_by_teller_only
from app.domain.draft_rumour_works import works_reach
from app.domain.draft_same_words import same_words
from app.domain.draft_text import Part
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_LEAD, without_yes
from app.domain.replies import open_slots
from app.domain.textnorm import normalise, sentences
from app.domain.topics import TopicAnalysis, shipped_topic_data
from app.domain.words import alternation

# 'You' in the je register (with Flemish 'ge', 'gij') and in the u register.
_JE_WORDS = ("je", "jij", "jou", "jouw", "ge", "gij")
_U_WORDS = ("u", "uw")


@lru_cache(maxsize=64)
def _on_holiday(name: str) -> re.Pattern[str]:
    """'op Koningsdag', 'met de kerst', 'tijdens Pasen' (phrase_cues.toml ``holiday_on``): a holiday named as the day
    something happens, compiled once per name."""
    return re.compile(rf"\b(?:{alternation(phrase_cues().holiday_on)})\s+(?:de\s+)?{re.escape(name)}\b")


class AnswerRumour(HolidayAnswers):
    """The rumour set straight: what it claims, checked against the profile, and the correction said back
    (AnswerDrafting builds on it)."""

    def _season_rumour(self, topics: TopicAnalysis, text: str, seed: str) -> str:
        """The hours for the months a rumour names ('in de winter geen verhuur meer'), after 'Dat klopt niet' when it
        denies; '' for a rumour that the business stops ('na deze winter weg'): the hours do not say that."""
        season = "" if topics.closure else self._season_open(text, seed)
        # ('van november tot maart geen fietsen huren' ~ 'Verhuur van november tot maart op reservatie.')
        note = (
            "" if topics.closure or season else season_note(text, self.profile.value("opening_hours"), self._lemmas_of)
        )
        season = season or (f"{note[:1].upper()}{note[1:]}." if note else "")
        if season and rumour_denies(text):
            return self._line("rumour", "fact_wrong", seed, {"feit": season})
        return season

    def _fields_named(self, text: str, topics: TopicAnalysis) -> tuple[str, ...]:
        """The profile fields a text names by a word resources/synonyms.toml gives them ('Bezorgt u ook in
        Zeist?', 'geen pinbetalingen meer'), besides the subjects the topic finder found."""
        named = set(same_words(self._lemmas_of(text))) if text.strip() else set()
        # a name the field holds ('Kom je ook naar Geldermalsen?' ~ '... Buren en Geldermalsen; voorrijden ...')
        names = come_to_names(text)
        named |= {q.id for q in self.t.question_topics if names & capitalised_names(self.profile.value(q.field))}
        named |= {q.id for q in self.t.question_topics if q.field in ask.particle_fields(text)}  # 'Halen ... op?'
        if bikes_put(text):  # 'Kunnen we onze e-bikes ergens veilig neerzetten?': where to park them
            named |= {q.id for q in self.t.question_topics if q.field == "parking"}
        return tuple(q.id for q in self.t.question_topics if q.id in named and q.id not in topics.subjects)

    def _day_denied(self, topics: TopicAnalysis, text: str) -> bool:
        """Whether a rumour denies what the opening hours say of the one weekday it names ('verhuurt op zondag
        niet meer' ~ 'zondag 8:00–12:00, enkel verhuur'): the hours of that day name what the rumour names."""
        if "openingstijden" in topics.subjects or not topics.times or not rumour_denies(text):
            return False
        terms = day_terms(self.profile.value("opening_hours"), " ".join(topics.times))
        return bool(terms and self._shared(key_words(text, self._lemmas_of), terms))

    def _fact_correction(self, topics: TopicAnalysis, fact: tuple[str, str], seed: str, text: str) -> str:
        """A rumour set straight by a fact of the profile (and a second fact where the rumour has a second part)."""
        if refuted := self._hours_refuted(topics, fact[0], text, seed):
            return refuted  # 'op zondag gesloten' ~ 'zondag 6:30–13:00': wrong, said so
        other = self._other_fact(topics, fact[0])
        values = [fact[0], *(other[:1] if other else [])]
        said = f"{fact[1]} {other[1]}" if other else fact[1]
        # a half-true rumour ('alleen op afspraak én niet pinnen'): the FAQ answer on its other part too
        # (only what the claim says: 'Zonde, ... ons uitje met de kleinkinderen' is no second claim)
        claims = " ".join(c for c in sentences(text) if rumour_denies(c)) or text
        also = faq_covers(self._lemmas_of(claims), self.profile, self._lemmas_of, least=1, besides=said)
        wrong = not also and any(denies(text, topics, v, self._lemmas_of) or free_contradicted(text, v) for v in values)
        said = without_regret(f"{said} {without_yes(also[1])}" if also else said)
        # 'niet meer contant' ~ 'pinnen en contant': that it still can, named ('contant kan gewoon nog'); not
        # when the fact answers the rumour as a question already ('Alleen nog met een eigen app? Zeker niet: ...')
        still = "" if also or "?" in fact[1] else still_there(text, fact[0], self._lemmas_of)
        key = "fact_wrong_still" if still else "fact_wrong" if wrong else "fact"
        if key != "fact" and said.startswith(self._rumour_leads(("not_moving", "only_not", "moving_later"))):
            key = "fact"  # 'We verhuizen niet: ...' says itself that it is wrong: no 'Dat klopt niet' before it
        line = self._line("rumour", key, seed, {"feit": said, "onderwerp": still})
        if topics.closure and ask.worry_about(text, fact[0], self._lemmas_of):
            # 'stopt ermee ... Moet ik nu snel nog mijn garantie laten doen?': the fact answers the worry, not the
            # stopping; that gets its own slot first
            line = f"{self._line('rumour', 'correction_closure', seed)} {line}"
        return line

    def _still_called(self, text: str, seed: str) -> str:
        """A rumour that calling no longer works ('ze nemen niet op, alleen nog online'): wrong, with the number to
        call and, when it says online is the only way left, the FAQ's way to book online; '' otherwise."""
        phone = self.profile.phone.strip()
        if not phone or not calling_denied(text):
            return ""
        said = [self._line("rumour", "call_still", seed, {"waarde": phone})]
        only = only_online(text)  # the sentence that says online is the only way, for the FAQ entry on it
        online = faq_covers(self._lemmas_of(only), self.profile, self._lemmas_of, least=1) if only else None
        if only and (online is None or not YES_LEAD.match(online[1])):  # 'via een app' ~ 'Kan ik online ...?'
            online = online_faq((f.question, f.answer) for f in self.profile.faq)
        if online is not None and YES_LEAD.match(online[1]):
            answer = without_yes(online[1])
            said.append(self._line("rumour", "call_still_online", seed, {"feit": answer[:1].lower() + answer[1:]}))
        return self._line("rumour", "fact_wrong_still", seed, {"onderwerp": "bellen", "feit": " ".join(said)})

    def _held_on_closed_day(self, day: str, holiday: str, text: str) -> bool:
        """Whether a rumour tells of something on a day ('op oudejaarsavond een feest met DJ') that the profile says
        the business is closed all day: then that it is closed answers it."""
        # a clock time in it is a part of the day open ('kerstlunch om 12:00, 's avonds gesloten')
        if not day or not ask.CLOSED_WORDS.search(holiday) or re.search(r"\b\d{1,2}[:.]\d{2}\b", holiday):
            return False
        said = normalise(text)
        return any(_on_holiday(n).search(said) for n in holiday_names(day))

    def _day_shut(self, topics: TopicAnalysis, text: str) -> bool:
        """Whether a rumour says the business is closed on the one weekday it names, in a word the topic finder does
        not take for opening hours (Flemish 'die zijn sinds april op zondag altijd toe'), and the hours give that
        day: then those hours answer it, as they answer 'op zondag gesloten'."""
        if "openingstijden" in topics.subjects or topics.closure or not says_closed(text):
            return False
        return bool(hours_on(self.profile.value("opening_hours"), " ".join(topics.times)))

    def _rumour_subjects(self, topics: TopicAnalysis, text: str) -> TopicAnalysis:
        """``topics`` with the subjects a rumour is about: the opening hours only when it is about hours, and the
        profile fields it names by a word resources/synonyms.toml knows."""
        if self._day_denied(topics, text) or self._day_shut(topics, text):
            # 'verhuurt op zondag niet meer' ~ 'zondag 8:00–12:00, enkel verhuur'; 'zijn op zondag altijd toe'
            topics = replace(topics, subjects=(*topics.subjects, "openingstijden"))
        elif (topics.closure and not about_hours(topics.times)) or not ask.HOURS_WORDS.search(text):
            # 'Klopt het dat jullie stoppen? Zag gisteren een makelaar': no opening hours answer that; nor
            # 'hoorde het zaterdag op de markt': a day says when the writer heard it, not that it is about hours
            topics = replace(topics, subjects=tuple(s for s in topics.subjects if s != "openingstijden"))
        # a profile field named only by a word resources/synonyms.toml knows ('geen pinbetalingen meer')
        # (not the opening hours: which rumours those answer is decided above)
        fields = tuple(f for f in self._fields_named(text, topics) if f != "openingstijden")
        # 'zegt m'n zwager die d'r vroeger bezorgde': what the teller did is no subject of the rumour
        subjects = (*topics.subjects, *fields)
        told = {s for s in subjects if (c := shipped_topic_data().concept(s)) and named_by_teller_only(c.terms, text)}
        return replace(topics, subjects=tuple(s for s in subjects if s not in told))

    def _invited(self, topics: TopicAnalysis, text: str, seed: str) -> list[Part]:
        """'Laat je buurman gerust even langskomen of bellen, ...' for the writer's person the rumour says had trouble
        or paid (draft_rumour_person); [] when it names none."""
        who = person_hurt(topics.people, text)
        values = {"persoon": f"{self._poss} {who}"}
        return [Part("invited", self._line("rumour", "person_invited", seed, values), True)] if who else []

    @staticmethod
    def _welcoming(correction: str, text: str) -> bool:
        """Whether a correction from the profile makes someone the writer names welcome: it says they can come
        ('toegankelijk', 'welkom', 'kan gewoon nog'), or the rumour says they were turned away ('weggestuurd')."""
        return bool(ask.WELCOME_FACT.search(correction) or ask.REFUSED.search(text))

    def _correction(
        self, topics: TopicAnalysis, seed: str, text: str = "", verdict: bool = True
    ) -> tuple[str, str, bool]:
        """(correction, its short form, whether a fact from the profile set it straight); ``verdict`` False for a
        second claim of a rumour, whose first correction already said whether it is right (one 'Dat klopt niet')."""
        topics = self._rumour_subjects(topics, text)
        fact = self._rumour_fact(topics, seed, text)
        if (topics.closure or ask.CLOSED_WORDS.search(text)) and (moved := moved_from(text, self.profile)):
            key = "moved_away_said" if moving_line(moved) else "moved_away"  # the line says 'verhuisd' itself
            line = self._line("rumour", key, seed, {"waarde": moved[:1].upper() + moved[1:]})
            return line, line, True  # 'gestopt? dicht aan de Kerkstraat' ~ 'verhuisd (vroeger Kerkstraat 4)'
        # 'vanaf juni op zondag dicht' ~ 'zondag 6.30–13.00'; 'vanaf november tot het voorjaar dicht' ~ 'van november
        # t/m maart op zondag gesloten'
        if stays := self._day_stays_open(topics, text, seed) or self._season_day_shut(text, seed):
            return stays, stays, True
        day = self._closing_date(text) or topics.holiday or event_of(self.profile, text)  # 'vanaf 6 januari', 'kermis'
        holiday = self._holiday_answer(day, seed) if day else ""
        if not ask.HOURS_WORDS.search(text) and not self._held_on_closed_day(day, holiday, text):
            holiday = ""  # 'na Nieuwjaar wordt het een afhaalpunt': when a change comes, not the hours that day
        elif topics.closure and not ask.CLOSED_WORDS.search(holiday):
            holiday = ""  # 'gaat per 1 januari dicht, failliet': the hours that day say nothing of closing for good
        entries = self.profile.holiday_entries() if topics.closure else []
        period = seen_closing(entries, text)  # 'er hangt een briefje', 'het rolluik is al de hele week dicht'
        # 'vanaf 16 augustus definitief toe' ~ 'verlof 16 t/m 31 augustus', not 'stoppen met taarten vanaf ...':
        if (period := leave_of_rumour(entries, day, text) if not period[0] else period)[0]:
            line = self._line("rumour", *(kv := closure_values(entries, *period))[:1], seed, kv[1])
            return line, line, True
        span = self._span_open(text, seed)  # 'tussen kerst en oud en nieuw helemaal dicht?': the open days in it
        # 'de hele maand januari dicht, dus geen koningstaart': the closing that is shorter, not the thing's days
        span = span or (self._long_closed(text, seed) if holiday else "")
        if span or (holiday and not open_slots(holiday)):
            holiday = span or without_regret(without_yes(holiday))  # no yes/no was asked: 'We zijn ... open'
            holiday = " ".join(p for p in (holiday, self._holiday_faq(day, topics, holiday)) if p)
            return holiday, holiday, True  # 'We zijn op Koningsdag dicht.'
        # 'failliet, hun busje heb ik al weken niet gezien'; 'in de winter geen verhuur meer' ~ 'november–maart za–zo';
        # 'de hele oktober dicht' ~ 'zaterdag 18 oktober: dicht'
        unseen = self._unseen(topics, text, seed) or self._season_rumour(topics, text, seed)
        unseen = unseen or self._month_closed(topics, text, seed) or self._long_closed(text, seed)
        # ('bellen heeft geen zin meer, ze nemen niet op': the number, still answered)
        unseen = unseen or self._part_open(topics, text, seed) or self._still_called(text, seed)
        if unseen:  # 's avonds niet meer open' ~ 'do tot 20.00'
            return unseen, unseen, True
        if fact:
            line = self._fact_correction(topics, fact, seed, text)
            line = (
                line if topics.closure or not verdict else self._with_verdict(line, text, seed)
            )  # 'contant niet meer': wrong
            return line, line, True
        line = self._faq_correction(self._unnamed(topics, text), seed, text)
        line = line if topics.closure or not verdict else self._with_verdict(line, text, seed)
        if line:
            return line, line, True
        return self._slot_correction(topics, seed, text)

    def _product_correction(self, topics: TopicAnalysis, seed: str, text: str) -> str:
        """'Dat klopt niet, gelukkig: oliebollen hebben we gewoon, vanaf do 27 december.' for a rumour that the
        business no longer makes a thing its holiday lines name with a day; '' otherwise."""
        thing, days = product_held(
            self._claim_first(text) or hearsay_of(text),
            [p.text for p in topics.products],
            self.profile.holiday_entries(),
            self._lemmas_of,
        )
        return self._line("rumour", "product_held", seed, {"onderwerp": thing, "waarde": days}) if thing else ""

    def _slot_correction(self, topics: TopicAnalysis, seed: str, text: str) -> tuple[str, str, bool]:
        """The correction with a slot for the owner, when no profile fact sets the rumour straight: what it claims
        quoted when it can be read, denied only when the writer puts it to others; first the days the holiday lines
        give a thing the rumour says is no longer made ('dit jaar geen oliebollen meer' ~ 'oliebollen vanaf ...')."""
        if held := self._product_correction(topics, seed, text):
            return held, held, True
        claim, said = self._claim_first(text), hearsay_of(text)
        named = "" if claim or said else named_claim(text, self.profile.name, self.profile.kind)
        # a rumour stated as plain fact ('nu komt alles uit de diepvries'): quoted, so the owner sees what to answer
        stated = "" if claim or said or named or topics.closure else stated_claim(text, topics.lemmas)
        # put to others ('iemand die dat kan bevestigen?'), not asked of us: the untruth the flowchart found is said;
        # not a closing the profile cannot refute, nor a claim found only by the business's name or stated without
        # a source: never denied
        asked = asks_whether_true(text, claim or said) or bool(topics.closure or named or stated)
        # ('de kok ontslagen omdat hij dronken was'): the accusation is not said back, only what is claimed
        claim, said, named, stated = (spared(q) for q in (claim, said, named, stated))
        quotes = (claim, said, named, stated)
        if any(self._other_register(q) for q in quotes):
            # 'als je hun producten koopt' in a reply that says 'u': quoted in the reply's register ('als u ...');
            # where that cannot be said surely ('betaal je € 4 voor ...'), the slot asks for the facts without it
            mine = tuple(claim_in_register(q, self.tone.register) if q else q for q in quotes)
            if any(q and not m for q, m in zip(quotes, mine, strict=True)):
                key = "correction_closure" if topics.closure else "correction"
                return self._line("rumour", key, seed), self._line("rumour", "short", seed), False
            claim, said, named, stated = mine
        said = said or named or stated
        denied = "" if asked else "_denied"
        if claim:  # the slot names what the rumour says, so the owner sees what to confirm or deny
            return (
                self._line("rumour", f"correction_claim{denied}", seed, {"vraag": claim}),
                self._line("rumour", "short", seed),
                False,
            )
        if said:  # 'Volgens mijn buurman gaan jullie dicht': quoted as the writer put it
            return (
                self._line("rumour", f"correction_said{denied}", seed, {"vraag": said}),
                self._line("rumour", "short", seed),
                False,
            )
        key = "correction_closure" if topics.closure else "correction"  # 'stopt ermee?': the rumour named
        return self._line("rumour", key, seed), self._line("rumour", "short", seed), False

    def _other_register(self, quote: str) -> bool:
        """Whether a quote of the writer says 'you' in the other register than the reply ('betaal je', 'kunt ge' in a
        u-reply; 'u', 'uw' in a je-reply)."""
        words = _JE_WORDS if self.tone.register == "u" else _U_WORDS
        # (not an hour: 'om 17 u dicht')
        found = rf"(?<!['’])(?<!\d)(?<!\d )\b(?:{'|'.join(words)})\b"
        return bool(quote) and re.search(found, quote, re.I) is not None

    def _holiday_faq(self, day: str, topics: TopicAnalysis, hours: str) -> str:
        """After the hours of a holiday, the FAQ entry on that holiday whose thing the writer names ('juist dan wil je
        oranjetompoucen' ~ 'Bakken jullie oranjetompouces voor Koningsdag? Ja, vanaf vrijdag 23 april'): that thing,
        as the FAQ writes it, and the answer's yes ('Oranjetompouces: vanaf vrijdag 23 april'); '' when the holiday is
        closed, no such entry says yes, or the writer names no thing of it."""
        covered = faq_covers(topics.lemmas, self.profile, self._lemmas_of) if day else None
        if covered is None or ask.CLOSED_WORDS.search(hours) or not YES_LEAD.match(covered[1]):
            return ""
        names = holiday_names(day)
        if not any(n in normalise(covered[0]) for n in names):
            return ""
        verbs = set(map(normalise, verb_words(covered[0])))
        said = [w for w in topics.lemmas if normalise(w) not in names]
        words = (w for w in re.findall(r"[^\W\d_][\w-]{3,}", covered[0]) if normalise(w) not in names | verbs)
        thing = next((w for w in words if any(similar(k, s) for k in key_words(w, self._lemmas_of) for s in said)), "")
        rest = YES_LEAD.sub("", covered[1]).strip()
        return f"{thing[:1].upper()}{thing[1:]}: {rest}" if thing and rest else ""

    def _claim_first(self, text: str) -> str:
        """What a rumour claims ('hoorde dat ...'), or the statement naming the business that comes before it: then
        the 'dat' clause gives the grounds ('Velo Dries verkoopt namaakonderdelen. Mijn schoonbroer zegt dat die prijzen
        nie kunnen kloppen': the parts are the rumour, not the prices)."""
        claim = claim_of(text)
        first = named_claim(text, self.profile.name, self.profile.kind) if claim else ""
        # ('In het dorp zeggen ze dat Velo Dries ...': the sentence naming the business holds the claim: the claim)
        own = first and normalise(claim) in normalise(first)
        return first if first and not own and 0 <= text.find(first) < text.find(claim) else claim

    def _unnamed(self, topics: TopicAnalysis, text: str) -> TopicAnalysis:
        """``topics`` without the lemmas that only the business's name gave ('Velo Dries verkoopt ...': 'velo' is
        read as 'fiets', which made 'Verkoop je fietslichten?' the FAQ entry a rumour about fake parts was about);
        the words of its name written as in the name (capitalised) are left out of the text, other uses stay."""
        words = [w for w in re.findall(r"[^\W\d_]{3,}", self.profile.name) if w[:1].isupper()]
        without = re.sub(rf"\b(?:{'|'.join(map(re.escape, words))})\b", " ", text) if words else text
        if without == text:
            return topics
        kept = set(self._lemmas_of(without))
        return replace(topics, lemmas=tuple(lemma for lemma in topics.lemmas if lemma in kept))

    def _booked_on(self, topics: TopicAnalysis, text: str, seed: str, known: bool) -> list[Part]:
        """Whether the writer's booking on a date ('mijn afspraak staat voor 23 augustus') falls in the closing the
        profile sets the rumour straight with: it can stay, or a slot for what happens to it; nothing for a rumour
        that the business stops (_booked says that), a correction without a fact, or no such booking."""
        found = booked_day(text, self.profile) if known and not topics.closure else None
        if found is None:
            return []
        key = "booked_day_closed" if found[2] else "booked_day_open"
        return [Part("booked", self._line("rumour", key, seed, {"onderwerp": found[0], "waarde": found[1]}), True)]

    def _after_correction(self, text: str, correction: str, known: bool, seed: str) -> list[Part]:
        """What follows the correction: where to park despite works on the way ('dicht voor rioleringswerken'), a
        part of the claim the correction left unsaid ('... en geen nieuwe fietsen meer') and the other claims set
        straight on their own ('... en alleen nog cash')."""
        said = correction if known else ""
        return [
            *self._works_reach(text, known, seed),
            *self._claim_left(text, said, seed),
            *self._claims_apart(text, said, seed),
        ]

    def _works_reach(self, text: str, known: bool, seed: str) -> list[Part]:
        """'We vragen het na bij de gemeente ... Goed om te weten: eigen parking ...' for a rumour about works on the
        way there that no profile fact set straight; [] otherwise."""
        parking = "" if known else works_reach(text, self.profile)
        return [Part("works", self._line("rumour", "works_reach", seed, {"waarde": parking}), True)] if parking else []

    def _rumour(self, topics: TopicAnalysis, seed: str, text: str = "") -> list[Part]:
        correction, short, known = self._correction(topics, seed, text)
        if self.profile.website.strip():
            # 'Het staat ook op de site' only follows a fact; after a slot the site is where news is
            key = "source_site" if known else "source_site_news"
            source = source_short = self._line("rumour", key, seed, {"kanaal": self.profile.website.strip()})
        else:
            source = self._line("rumour", "source", seed)
            source_short = self._line("rumour", "source_short", seed)
        # The thing the rumour is about, when it is a word the lexicon knows and no profile fact answers
        # it ('de buurtapp' is where the writer read it, 'de rolstoel' is about accessibility).
        # what the claim names, not a thing said on the side ('Mooi uitzicht, maar ik eet er niet meer')
        claimed = normalise(claim_of(text) or hearsay_of(text))
        first = next((p for p in topics.products if not claimed or normalise(p.text) in claimed), None)
        # 'gaat toch dicht? geen nieuwe fietsen meer': the rumour is the closing, not the bikes
        first = None if topics.closure or going_shut(text) else first
        # a claim, not a question: no 'goed dat je het navraagt'; 'Zeg alsjeblieft dat het niet waar is' asks us
        claim = "" if asks_us(text) else "_claim"
        # Closing down or the owner retiring: only the business itself can say, no outside source to link to.
        # Only a rumour about safety or hygiene asks for an outside source (an inspection report); for the
        # rest the business's own word is the source, and one slot to fill is enough.
        outside = topics.is_safety or "hygiene" in topics.problems
        opening = self._rumour_opening(claim, first, known, correction, seed)
        # what a safety or hygiene rumour touches is said to matter, before the facts
        care = "care_hygiene" if "hygiene" in (*topics.safety, *topics.problems) else "care_safety"
        cared = self._line("rumour", care, seed) if outside else ""
        # 'met z'n bus een wielrenner geschept en doorgereden': a crime said of us is taken seriously and looked into
        # (not next to a 'Dat klopt niet' the slot says already)
        looking = accused(text) and not known and not cared and "klopt niet" not in correction
        looked_into = self._line("rumour", "care_accused", seed) if looking else ""
        cared = cared or looked_into
        known_here = known or topics.closure or topics.occasion == "afscheid" or not outside
        if (known_here and not self.profile.website.strip()) or looked_into:
            # A fact from the profile is the business's own word: no outside source to link to; nor for a crime said
            # of us, where 'kijk gerust op de site voor het laatste nieuws' sounds like a press release
            source = source_short = self._line("rumour", "source_own", seed)
        if known and self.profile.website.strip() and self.profile.website.strip() in correction:
            source = source_short = ""  # 'via www.site.be, of bel ons': the site is said, not twice
        welcomed = self._welcomed(topics, correction if known and self._welcoming(correction, text) else "", text, seed)
        return [
            Part("opening", opening, False),
            Part("care", cared, True, looked_into),  # (looked into: said on a short platform too)
            Part("correction", correction, True, short),
            *self._after_correction(text, correction, known, seed),
            *self._booked(topics, text, seed),
            *self._booked_on(topics, text, seed, known),  # 'Mijn afspraak staat voor 23 augustus': does it stay?
            *self._no_notice(correction if known else "", text, seed),  # 'er hangt niks op de deur': sorry for that
            # 'Je buurman is van harte welkom.': for whom the fact makes room, or who was turned away ('weggestuurd')
            *(
                welcomed := self._welcomed(
                    topics, correction if known and self._welcoming(correction, text) else "", text, seed
                )
            ),
            *([] if welcomed else self._invited(topics, text, seed)),  # 'Mijn buurman ... moest alles nog eens betalen'
            # where the right information stands, said on a short platform too (the source lines are short already):
            # a correction that leaves it out is one more word against another
            Part("source", source, True, source_short),
            Part("closing", self._rumour_closing(topics, known, seed, text), False),
        ]

    def _rumour_closing(self, topics: TopicAnalysis, known: bool, seed: str, text: str) -> str:
        """The last line: for a rumour that the business stops, moves or is sold that no fact settles ('verkoopt de
        zaak aan een keten', 'stoppen en verhuizen naar Puurs'), who doubts may call or come by; else 'Nog vragen?'."""
        shut = topics.closure or going_shut(text) or moving_said(text) or draft_cues().sold_off.search(text)
        phone = self.profile.phone.strip()
        if known or not shut or not phone:
            return self._line("rumour", "closing", seed)
        return self._line("rumour", "closing_call", seed, {"kanaal": phone})
