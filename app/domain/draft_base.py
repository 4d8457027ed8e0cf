"""The building blocks every kind of draft uses: tone, greeting, sign-off, the private channel and
the noun phrases for what the writer named ('de eenhoorntaart voor je dochter')."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from app.domain.draft_calendar import calendar_words
from app.domain.draft_closing import all_closed
from app.domain.draft_days import closed_on, day_terms, holiday_names, holiday_values, hours_on, names_in
from app.domain.draft_events import EVERYONES_DAYS
from app.domain.draft_facts import key_words, refused, simple_lemmas
from app.domain.draft_holiday_lines import spelled_days
from app.domain.draft_kinds import shipped_kinds
from app.domain.draft_names import GREETING_TITLES, first_name, formal_name, signature_name, signed_with
from app.domain.draft_parts import part_of_whole
from app.domain.draft_text import Part, after_colon
from app.domain.draft_thing_kinds import with_quality_parts
from app.domain.flowchart import Flowchart, shipped_flowchart
from app.domain.i18n import translated
from app.domain.profile import BusinessProfile
from app.domain.replies import Platform, ReplyTemplates, Tone, Topic, pick, render, shipped_templates
from app.domain.textnorm import normalise
from app.domain.topics import EMPTY, Mention, TopicAnalysis, article_of, shipped_topic_data

# A word for the business itself ('fysio' for a fysiotherapeut) is no product to thank for.
# Words (lemmas) that make a question about a price, not about how to pay.
_PRICE_WORDS = frozenset(
    {"euro", "prijs", "prijz", "duur", "duurder", "extra", "kost", "kosten", "toeslag", "tarief", "goedkoper", "cent"}
    # 'is dat apart te betalen?', 'moet ik dat los betalen', 'is dat inbegrepen': whether it costs, not how to pay
    | {"apart", "los", "bijbetalen", "inbegrepen", "inclusief", "gratis"}
)
_PAY_WORDS = frozenset({"betalen", "betaal", "betaalt", "betaald", "euro", "extra", "per"})
# The writer is on holiday themselves ('we zitten op vakantie in Zierikzee').
_OWN_HOLIDAY = re.compile(
    r"\b(?:we|wij|ik)\b[^.?!]{0,30}?\b(?:op|met)\s+vakantie\b|\b(?:op|met)\s+vakantie\s+(?:zijn|zitten|ben|zit)\s+(?:we|wij|ik)\b",
    re.I,
)
# A casual greeting that is not said to someone who got hurt or ill (replies.toml [greeting] serious_*).
_CASUAL = re.compile(r"(?:Hoi|Hey)\b")
# A profile value the owner wrote as a sentence: it has its own subject and verb.
# ('Restaurant, serre en terras zijn gelijkvloers; ...': its verb in its first part)
_CLAUSE = re.compile(r"^(?:de|het|onze|mijn|we|wij|ik|er|alle|elke)\s|\s(?:ik|we|wij)\s|^[^;]*\s(?:zijn|is)\s", re.I)
_PROVIDER_ENDS = frozenset({"therapeut", "therapie", "praktijk", "salon", "zaak", "kliniek", "centrum", "ij"})


# Occasions a couple shares, and the words for the writer's partner: 'de verloving van je vriend' is theirs.
_COUPLE_OCCASIONS = frozenset({"verloving", "bruiloft", "jubileum"})
# Occasions that are not the writer's own unless they say so.
_NOT_THE_WRITERS = frozenset({"rouw", "communie", "kampioen"})
# A parent called by a home word ('ons pap werd 75', 'mam'): said back in the plain word, never 'uw pap'.
_PLAIN_KIN = {"pap": "vader", "mam": "moeder"}
_PARTNERS = frozenset({"vriend", "vriendin", "man", "vrouw", "partner", "verloofde"})


def shared_occasion(topics: TopicAnalysis) -> bool:
    """Whether the occasion is the writer's and their partner's together."""
    return topics.occasion in _COUPLE_OCCASIONS and topics.owner in _PARTNERS


class DraftBase:
    """Holds the profile, templates and tone; the kinds of drafts build on it."""

    def __init__(
        self,
        profile: BusinessProfile,
        templates: ReplyTemplates | None = None,
        analyser: Callable[[str], TopicAnalysis] | None = None,
        flow: Flowchart | None = None,
    ) -> None:
        self.profile = profile
        self.flow = flow or shipped_flowchart()
        self.t = templates or shipped_templates()
        self.analyser = analyser
        self.tone = Tone(profile.register, "ik" if profile.voice == "ik" else "wij")
        self._faq_lemmas: dict[str, tuple[str, ...]] = {}

    @staticmethod
    def _seed(text: str, author: str, platform: str) -> str:
        return f"{text}\0{author}\0{platform}"

    def _line(self, section: str, key: str, seed: str, values: Mapping[str, str] | None = None) -> str:
        return render(pick(self.t.lines(section, key), seed, f"{section}.{key}"), self.tone, values)

    def _line_unlike(
        self, section: str, key: str, seed: str, values: Mapping[str, str] | None, clashes: Callable[[str], bool]
    ) -> str:
        """Like :meth:`_line`, but the first alternative from the seed's pick on that does not clash with what the
        draft said already (a feeling said twice, an opening word heard before); the pick when all do."""
        options = self.t.lines(section, key)
        first = options.index(pick(options, seed, f"{section}.{key}"))
        lines = [render(o, self.tone, values) for o in (*options[first:], *options[:first])]
        return next((line for line in lines if not clashes(line)), lines[0])

    def _phrase(self, key: str, **values: str) -> str:
        """A piece of a sentence (replies.toml [phrases]) in the business's tone."""
        return render(self.t.lines("phrases", key)[0], self.tone, values)

    def _note(self, key: str, **values: str) -> str:
        """A fixed text for the owner (replies.toml [notes]), in the window's language (the draft stays Dutch)."""
        return render(translated("replies.toml", self.t.lines("notes", key)[0]), self.tone, values)

    @property
    def _by(self) -> tuple[BusinessProfile, Callable[[str], tuple[str, ...]]]:
        """The profile and the lemma finder, as the fact scorer (draft_fact_score.py) takes them."""
        return self.profile, self._lemmas_of

    def _lemmas_of(self, text: str) -> tuple[str, ...]:
        if text not in self._faq_lemmas:
            # an analyser that finds the lemmas alone (app.nlp.topics.analyse_topics.lemmas) finds the same faster
            alone = getattr(self.analyser, "lemmas", None)
            found = alone(text) if alone else self.analyser(text).lemmas if self.analyser else simple_lemmas(text)
            self._faq_lemmas[text] = tuple(dict.fromkeys(with_quality_parts(found)))
        return self._faq_lemmas[text]

    def _analysis(self, text: str, topics: TopicAnalysis | None) -> TopicAnalysis:
        found = topics if topics is not None else self.analyser(text) if self.analyser else EMPTY
        if found.holiday.endswith("vakantie") and _OWN_HOLIDAY.search(text):
            # 'we zitten op vakantie in Zierikzee': the writer's holiday, not a day the business keeps
            return replace(found, holiday="")
        return found

    @property
    def _poss(self) -> str:
        if self.tone.register == "je":
            return "jullie" if self.tone.plural else "je"
        return "uw"

    @property
    def _you(self) -> str:
        if self.tone.register == "je":
            return "jullie" if self.tone.plural else "je"
        return "u"

    def _greeting(
        self,
        author: str,
        plat: Platform,
        seed: str,
        text: str = "",
        *,
        grave: bool = False,
        serious: bool = False,
        light: bool = False,
    ) -> str:
        # In 'u' on a platform that is no chat, a person is greeted formally ('Beste mevrouw Van Dijk'),
        # unless they signed the comment with their first name alone ('Met vriendelijke groet, Linda').
        # a handle with a signed comment ('oma_riek_1951' ... 'Groetjes van Riek'): the signed name
        name = first_name(author) or signature_name(text, author, {*self.profile.signers, *self.profile.name.split()})
        if self.tone.register == "u" and plat.style != "chat" and not signed_with(text, name):
            name = formal_name(author)
        # a family in 'je' ('jullie') is greeted as a family is: 'Beste familie Bos', not 'Hoi familie Bos'
        register = "u" if name.startswith("familie ") else self.tone.register
        key = f"{plat.style}_{register}_{'named' if name else 'anonymous'}"
        if key in ("chat_u_named", "post_u_named") and not name.startswith(GREETING_TITLES):
            key = f"{plat.style}_u_untitled"  # 'Dag Aart,' before 'u' reads wrong: 'Beste Aart,'
        if grave:  # a loss: 'Beste Harriët', never 'Hoi Harriët!'
            key = f"grave_{'named' if name else 'anonymous'}"
        line = self._line("greeting", key, seed, {"naam": name})
        if serious and _CASUAL.match(line):  # someone got hurt or ill: 'Hallo Femke,', never 'Hey!' or 'Hoi!'
            line = self._line("greeting", f"serious_{'named' if name else 'anonymous'}", seed, {"naam": name})
        if light and name and line.startswith("Beste "):  # a laugh after 'Beste meneer Rijnen,' clashes
            line = self._line("greeting", "light_named", seed, {"naam": name})
        return line

    def _signoff(self, plat: Platform, seed: str, *, serious: bool = False) -> str:
        """The sign-off of the platform's style; under a safety case a warm one, never a curt 'Groet'."""
        signer = self.profile.signer or self._note("signer_missing")
        section = "signoff_serious" if serious else "signoff"
        line = self._line(section, f"{plat.style}_{self.tone.register}", seed, {"ondertekenaar": signer, "bedrijf": ""})
        if plat.style == "formal" and self.profile.name:
            line += f"\n{self.profile.name}"
        return line

    def _price_contact(self, contact: Part, channel: str, seed: str) -> Part:
        """The way on for a price the business chose ('6 euro voor een pintje??'): the amount worked out for the
        writer ('Dan rekenen we het je graag voor'), not 'kijken we samen naar een oplossing' for what did not go
        wrong; only in place of the plain line of that channel."""
        kind = {"mail": "email", "telefoon": "phone", "dm": "dm"}.get(channel, "")
        values = {"kanaal": (self.profile.phone if kind == "phone" else self.profile.email).strip()}
        if not kind or contact.text != self._line("channel", kind, seed, values):
            return contact
        return Part(contact.key, self._line("channel", f"{kind}_price", seed, values), contact.essential, contact.short)

    def _channel(
        self,
        plat: Platform,
        seed: str,
        *,
        urgent: bool,
        tried: Iterable[str],
        section: str = "channel",
        keep_phone: bool = True,
        deaf: bool = False,
    ) -> tuple[Part, str]:
        """How to continue privately: a channel the platform has, phone first when it is urgent or
        the writer's mail went unanswered, never the channel that already failed while another is
        left; when every one failed, we get in touch ourselves (and give the phone number, now
        answered, to a writer who phoned in vain; for safety that is the way even when only the phone
        failed; ``keep_phone=False``: a complaint in a hurry goes on by mail then). ``section`` holds
        the sentences ('english_channel' for a reply in English)."""
        tried = set(tried)
        order = ["phone", "email", "dm"] if urgent or tried else ["email", "phone", "dm"]
        available = {
            "phone": bool(self.profile.phone.strip()) and "telefoon" not in tried,
            "email": bool(self.profile.email.strip()) and "mail" not in tried and plat.code != "email",
            "dm": plat.dm and self.profile.dm and "dm" not in tried,
        }
        # The phone and a second channel (mail, messages) both went unanswered: no third channel to try, the
        # business gets in touch.
        both = "telefoon" in tried and len(tried & {"mail", "dm"}) > 0
        kind = "missing" if both else next((k for k in order if available[k]), "missing")
        if keep_phone and urgent and "telefoon" in tried and self.profile.phone.strip():
            kind = "missing"  # safety after a call in vain: phone stays the way; we call, and give the number
        if plat.code == "email" and kind != "phone" and "telefoon" in tried and not deaf:
            # a reply by mail to one who phoned in vain: the reply is private, the step is that we phone
            return Part("channel", self._line(section, "callback_mailed", seed), True), "telefoon"
        if plat.code == "email" and kind != "phone":
            return Part("channel", "", False), "mail"  # the reply is already private
        if kind == "missing" and tried:
            return self._callback(plat, seed, tried, section)
        values = {"kanaal": (self.profile.phone if kind == "phone" else self.profile.email).strip()}
        # a writer who phoned in vain is offered a call back: 'mail your number, we call you' (the urgent wording);
        # not one who cannot call (``deaf``: the phone is in ``tried`` for that reason)
        called_back = kind == "email" and "telefoon" in tried and not deaf
        key = f"{kind}_urgent" if (urgent or called_back) and kind in {"phone", "email"} else kind
        # the step after a call in vain is that the business phones: the mail only carries the number
        code = {"phone": "telefoon", "email": "mail", "dm": "dm", "missing": "open"}[kind]
        code = "telefoon" if called_back else code
        return (
            Part(
                "channel",
                self._line(section, key, seed, values),
                True,
                self._line(section, f"{key}_short", seed, values),
            ),
            code,
        )

    def _callback(self, plat: Platform, seed: str, tried: set[str], section: str) -> tuple[Part, str]:
        """The writer's mail or call went unanswered and there is no other way: we get in touch, and when they
        phoned in vain, the number again with the promise that it is answered now."""
        phone = self.profile.phone.strip()
        key = "callback_phone" if phone and "telefoon" in tried and plat.code != "email" else "callback"
        values = {"kanaal": phone}
        callback = self._line(section, key, seed, values)
        short = self._line(section, f"{key}_short", seed, values)
        return Part("channel", callback, True, short), "telefoon" if key == "callback_phone" else sorted(tried)[0]

    def _occasion_phrase(self, topics: TopicAnalysis) -> str:
        concept = shipped_topic_data().concept(topics.occasion)
        words = topics.occasion_words or (concept.say if concept else "")
        if not words:
            return ""
        if topics.occasion in EVERYONES_DAYS:
            # 'voor moederdag', nobody's own; 'vaderdag voor uw vader' when the writer says whom it was for
            return f"{words} voor {self._owner(topics)}" if topics.owner else words
        if shared_occasion(topics):  # 'mijn vriend vroeg me ten huwelijk': their engagement, not his
            return f"{'jullie' if self.tone.register == 'je' else 'uw'} {words}"
        if topics.owner:
            return f"{article_of(words.split()[-1])} {words} van {self._owner(topics)}"
        if words == "geboorte" and topics.kin:
            return f"de geboorte van {topics.kin[0]}"  # 'Onze Sem is geboren': the birth is Sem's
        # 'de bruiloft van hun tante', 'het jubileum van een buurvrouw': someone else's, never 'je bruiloft'
        # ('de eerste schooldag' of the writer's sons: theirs, whatever word goes before it)
        young = any(w.startswith(("kinder", "school")) for w in words.split())
        if topics.occasion in _NOT_THE_WRITERS or young or topics.others_occasion:
            # 'mijn bestelling voor de communie': a funeral, a communion or a children's party is someone
            # else's when the writer does not say whose.
            of = f" van {topics.group_occasion}" if topics.others_occasion and topics.group_occasion else ""
            return f"{article_of(words.split()[-1])} {words}{of}"  # 'het jubileum van de fanfare'
        return f"{self._poss} {words}"

    def _np(self, mention: Mention) -> str:
        """'de fiets', or 'je fiets' / 'uw fiets' when the writer said 'mijn fiets'."""
        return f"{self._poss} {mention.text}" if mention.own else mention.definite

    def _person(self, topics: TopicAnalysis, word: str) -> str:
        """One of the writer's people: by the name the writer gave ('mijn zoontje Daan' → 'Daan'), else
        'je zoontje' / 'uw zoontje'."""
        return dict(topics.named_people).get(word) or f"{self._poss} {_PLAIN_KIN.get(word, word)}"

    def _owner(self, topics: TopicAnalysis) -> str:
        """Whose occasion: 'je moeder', or a name as written ('Yasmin')."""
        if topics.owner[:1].isupper():
            return topics.owner
        name = f" {topics.owner_name}" if topics.owner_name else ""  # 'uw collega Hans'
        return f"{self._poss} {_PLAIN_KIN.get(topics.owner, topics.owner)}{name}"

    def _subject(self, topics: TopicAnalysis, parts_in: str = "") -> str:
        """What the writer named, as a noun phrase: 'de eenhoorntaart voor je dochter'; with ``parts_in`` (the
        text), a part of it said after it too: 'de accu van je e-bike' (app.domain.draft_parts)."""
        if not topics.products:
            return ""
        whole = part_of_whole(topics.products, self._np, parts_in, topics.people, self._poss)
        base = whole or self._np(topics.products[0])
        occasion = self._occasion_phrase(topics)
        if topics.products[0].occasion:
            occasion = ""  # 'de bruidstaart', not 'de bruidstaart voor uw bruiloft'
            if not topics.recipient:  # but 'de communietaart voor Daan' when the writer named whose it was
                return f"{base} voor {topics.owner}" if topics.owner[:1].isupper() else base
        if occasion and topics.owner:
            return f"{base} voor {occasion}"
        if topics.recipient:  # only when the writer said who it was for ('voor mijn dochter')
            return f"{base} voor {self._poss} {topics.recipient}"
        if topics.products[0].theirs and topics.people:  # 'mijn zoon ... zijn rijles'
            return f"{base} van {self._person(topics, topics.people[0])}"  # by name if given
        if occasion:
            return f"{base} voor {occasion}"
        return base

    @staticmethod
    def _things(topics: TopicAnalysis) -> str:
        """The (at most two) things the writer named: 'de douche en de handdoek'."""
        named = [m.definite for m in topics.products[:2]]
        return " en ".join(named)

    def _fact(self, topics: TopicAnalysis, *, rumour: bool = False, refused_in: str = "") -> tuple[str, str] | None:
        """(value, the value said as a sentence) of the first subject the comment is about that the
        profile fills in: 'We zijn open op di–za 9:00–17:00.', never 'de openingstijden: ...'.
        ``refused_in``: the text of a complaint that is about something else too; then only the part
        of a value that names what it says was refused ('met creditcard betalen ... geweigerd' ~
        'creditcard vanaf € 50'), and nothing when it says nothing was refused."""
        named = bool(refused_in)
        if named and not refused(refused_in):
            return None
        data = shipped_topic_data()
        # 'betalen om te parkeren': paying is said of the other subject, which the comment is about
        for subject in sorted(topics.subjects, key=lambda s: s == "betalen"):
            # Opening hours answer a rumour only about days and times, not about closing down.
            closing_down = topics.closure and not topics.times  # 'gaat dicht op zondag' is about hours
            if rumour and subject == "openingstijden" and (closing_down or topics.is_safety or not topics.times):
                continue
            if subject == "openingstijden" and topics.tried:
                continue  # 'twee keer gebeld tijdens openingstijden': they knew the hours, nobody answered
            concept = data.concept(subject)
            qt = next((q for q in self.t.question_topics if q.id == subject), None)
            if concept is None or qt is None:
                continue
            value = self.profile.value(qt.field).rstrip(".")
            if qt.field == "opening_hours":
                holiday = self._holiday_fact(topics)
                if holiday is not None:  # 'een restaurant dat dicht is met oud en nieuw??': that day, not the week
                    return holiday
                day = " ".join((*topics.times, *topics.lemmas))
                closed = closed_on(value, day)
                if closed:  # 'op Google staat dat jullie zondag open zijn': 'We zijn op zondag dicht.'
                    line = self._line("question", "holiday_closed", value, {"feestdag": f"op {closed}"})
                    return value, " ".join(p for p in (line, self._listing_wrong(topics, value)) if p)
                terms = day_terms(value, day) if rumour else ""  # 'zondag 8:00–12:00, enkel verhuur'
                value = ", ".join(p for p in (hours_on(value, day), terms) if p) or value  # the day it names
            if named:
                # only the part that names it: 'pinnen en contant; creditcard vanaf € 50' → the card
                parts = [p.strip() for p in re.split(r"[;\n]", value) if self._names_same(topics, p)]
                if not parts:
                    continue
                return value, f"{'; '.join(parts).rstrip('.')}."
            if value and self._about_field(subject, topics, value, concept.terms if rumour else ()):
                return value, self._field_said(qt, value, "fact", value)
        return None

    def _listing_wrong(self, topics: TopicAnalysis, seed: str) -> str:
        """'Op Google staat dat helaas niet goed; dat passen we meteen aan.' after the hours of a day the profile says
        closed, when the writer names where they read it was open (calendar.toml ``listing_words``); '' otherwise."""
        found = next((w for w in topics.lemmas if w.lower() in calendar_words().listing_words), "")
        if not found or not {"open", "geopend"} & {w.lower() for w in topics.lemmas}:  # it said open there
            return ""
        if found.lower() == "website":  # our own site: 'Op onze website …' / 'Our website …'
            return self._line("question", "listing_wrong_site", seed, {})
        return self._line("question", "listing_wrong", seed, {"onderwerp": found.capitalize()})

    def _holiday_fact(self, topics: TopicAnalysis) -> tuple[str, str] | None:
        """(the profile's holiday line, 'We zijn op 31 december helaas dicht.') when the comment names a holiday
        the profile says the business is closed on ('dicht met oud en nieuw', 'op tweede paasdag voor een dichte
        deur'); None otherwise."""
        if not topics.holiday:
            return None
        names = holiday_names(topics.holiday)
        for written, value in self.profile.holiday_entries():
            if value and all_closed(value) and names_in(names, normalise(spelled_days(written))):
                on = holiday_values(written.strip(), self.profile)
                return f"{written.strip()}: {value.strip()}", self._line("question", "holiday_closed", value, on)
        return None

    @staticmethod
    def _fact_clause(fact: tuple[str, str]) -> str:
        """A fact said after a lead with a colon ('Zo werkt het bij ons: ...'): the sentence, or the
        value alone when the sentence has a colon of its own ('Bij ons betaal je zo: pinnen ...')."""
        value, sentence = fact
        if ":" not in sentence:
            return after_colon(sentence)
        return after_colon(f"{value.strip().rstrip('.')}.")

    def _names_same(self, topics: TopicAnalysis, value: str) -> bool:
        """Whether a profile value names a thing the comment names, beyond paying itself."""
        said = key_words(value, self._lemmas_of) - _PAY_WORDS
        return bool(said & (key_words(" ".join(topics.lemmas), self._lemmas_of) - _PAY_WORDS))

    def _field_said(self, qt: Topic, value: str, kind: str, seed: str) -> str:
        """A profile field said as a sentence: the question topic's frame ('We zijn open op ...'), or the
        value itself when the owner wrote it as a sentence ('de salon is gelijkvloers' → 'De salon is
        gelijkvloers.'), which no frame can hold."""
        value = value.strip().rstrip(".")
        if _CLAUSE.search(value):
            return f"{value[:1].upper()}{value[1:]}."
        lines = qt.fact if kind == "fact" else qt.answer
        return render(pick(lines, seed, f"{kind}.{qt.id}"), self.tone, {"waarde": value})

    def _about_field(self, subject: str, topics: TopicAnalysis, value: str, means: tuple[str, ...] = ()) -> bool:
        """Whether the comment's key words are about the profile field of ``subject``: '10 euro extra
        betalen' asks about a price, not how to pay, so the payment field ('pinnen') does not answer it;
        unless the field itself speaks of what the comment names ('200 euro borg' ~ 'borg € 50'), or a rumour
        names a way to pay among ``means`` ('alleen nog cash en afgeronde prijzen': which ways to pay are left)."""
        if subject != "betalen" or not _PRICE_WORDS & set(topics.lemmas):
            return True
        if (set(means) - {"betalen"}) & set(topics.lemmas):
            return True
        said = key_words(value, self._lemmas_of) - _PAY_WORDS
        return any(w in said for w in key_words(" ".join(topics.lemmas), self._lemmas_of) - _PAY_WORDS)

    def _without_business(self, topics: TopicAnalysis, text: str = "") -> TopicAnalysis:
        """'Beste fysio van de stad': a word for the business itself is no product to thank for."""
        kind = normalise(self.profile.kind)
        name = set(normalise(self.profile.name).split())

        def business(mention: Mention) -> bool:
            # 'fysio' for a fysiotherapeut, 'tandarts' for a tandarts; but a fietsenmaker's 'fiets' is a product.
            # A word of the business's name ('Sleutelbos heeft ...') is the business too, but not a product the
            # lexicon knows, written in lower case ('roti kip' at Roti Shop Ramdin is the dish; 'Inktvis drukte').
            w = normalise(mention.text)
            if w in name:
                lower = re.search(rf"(?<!\w){re.escape(mention.text)}(?!\w)", text) is not None
                if mention.guessed or not lower:
                    return True
            return bool(kind) and (
                w == kind or (len(w) >= 4 and kind.startswith(w) and kind[len(w) :] in _PROVIDER_ENDS)
            )

        kept = tuple(m for m in topics.products if not business(m))
        # only the services this kind of business delivers: no 'na de behandeling' at a restaurant
        services = shipped_kinds().services(self.profile, topics.services)
        if len(kept) == len(topics.products) and services == topics.services:
            return topics
        return replace(topics, products=kept, services=services)

    # -- per outcome
