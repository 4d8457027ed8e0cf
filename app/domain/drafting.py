"""Reply drafts per flowchart outcome, in the business's own tone.

A draft is composed from the sentences in resources/replies.toml, what the
comment is about (a :class:`TopicAnalysis`: product, occasion, safety, the
channel the writer already tried), the details found in it (order number) and
the business profile. Whatever the app cannot know stays an explicit
``[vul in: …]`` slot: a draft never invents facts. Same input, same draft.

The kinds of drafts live in their own modules (draft_complaint, draft_thanks,
draft_answers on top of draft_base); this module picks the kind for an outcome,
adds the owner's notes and fits the draft to the platform.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from app.domain.categories import PLATFORMS
from app.domain.draft_checks import comment_personal_data, copy_warnings, review_deal
from app.domain.draft_complaint import ComplaintDrafting
from app.domain.draft_complaint_asked import ComplaintAsked
from app.domain.draft_complaint_cancel import asks_to_pay
from app.domain.draft_complaint_said import has_cue
from app.domain.draft_cues import draft_cues
from app.domain.draft_days import holiday_names, names_in, spelled_days
from app.domain.draft_dialects import in_dutch
from app.domain.draft_english import ENGLISH_KINDS, SAID_ANSWER, EnglishDrafting
from app.domain.draft_english_complaint import PROFILE_ANSWER
from app.domain.draft_english_days import english_days_named
from app.domain.draft_english_praise import english_joke
from app.domain.draft_english_words import english_words
from app.domain.draft_fact_score import pointed_to
from app.domain.draft_fact_words import fetches
from app.domain.draft_facts import faq_covers, match_faq
from app.domain.draft_home import home_visit
from app.domain.draft_made_ahead import made_asked
from app.domain.draft_more_questions import lower_first, said_already
from app.domain.draft_names import first_name, several_writers
from app.domain.draft_own_range import all_own_range, asks_own_range
from app.domain.draft_pointed import asked_alike
from app.domain.draft_question_reason import QuestionReasons
from app.domain.draft_question_register import in_register
from app.domain.draft_questions import (
    addressed_question,
    asked_about_all,
    first_addressed,
    joined_questions,
    last_clause,
    question_sentences,
    unmarked_questions,
    wish_clause,
)
from app.domain.draft_request import answers_request, asks_request
from app.domain.draft_rumour_denies import without_reason
from app.domain.draft_spoken import written_out
from app.domain.draft_text import Draft, Part, join_parts, place_before, shorten_parts, strip_emoji
from app.domain.draft_thanks import CONGRATULATE, VENUE_KINDS
from app.domain.draft_why_not import asks_why_not
from app.domain.draft_wish_said import ours
from app.domain.draft_wishes import wishes
from app.domain.draft_wording import worded
from app.domain.draft_yes_lead import without_yes
from app.domain.flowchart import Node
from app.domain.i18n import translated
from app.domain.language import language_of
from app.domain.replies import Platform, Tone, open_slots, posted_length
from app.domain.report_words import detect_topic
from app.domain.textnorm import normalise
from app.domain.topics import TopicAnalysis, article_of
from app.domain.writers import REPEAT_MINIMUM, repeat_with

__all__ = [
    "CONGRATULATE",
    "REPEAT_THRESHOLD",
    "VENUE_KINDS",
    "Draft",
    "Drafter",
    "Part",
    "addressed_question",
    "copy_warnings",
    "detect_topic",
    "faq_covers",
    "first_name",
    "last_clause",
    "match_faq",
    "question_sentences",
    "strip_emoji",
]

# Earlier negative cases of the same writer before the repeat-critic reply (the rule: app.domain.writers).
REPEAT_THRESHOLD = REPEAT_MINIMUM - 1


@dataclass
class _Request:
    """One draft being made: what the comment said and where it goes."""

    node: Node
    text: str
    author: str
    plat: Platform
    details: Mapping[str, Any]
    flags: set[str]
    earlier_negative: int
    topics: TopicAnalysis
    asked: tuple[str, ...]
    seed: str


@dataclass
class _Composed:
    parts: list[Part] | None = None
    channel: str | None = None
    topic: str | None = None
    question_topic: str | None = None
    optional: str | None = None
    suggestions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# A comment is read for its draft up to here (as app.nlp.topics.MAX_TEXT for spaCy): the domain's patterns and
# readers stay quick on a pasted 50,000-letter text. What is saved is never cut.
DRAFT_TEXT = 2_000


def read_part(text: str) -> str:
    """The part of a comment its draft reads: all of it, or up to :data:`DRAFT_TEXT` cut after a whole word."""
    if len(text) <= DRAFT_TEXT:
        return text
    cut = text[:DRAFT_TEXT]
    space = cut.rfind(" ")
    return cut[:space] if space > DRAFT_TEXT // 2 else cut


class Drafter(ComplaintDrafting, QuestionReasons, ComplaintAsked, EnglishDrafting):
    """Composes drafts. ``analyser`` turns a text into a :class:`TopicAnalysis` (the CLI and
    the GUI pass app.nlp.topics.analyse_topics); without it a draft uses neutral wording."""

    def draft(
        self,
        outcome: str,
        text: str,
        *,
        author: str = "",
        platform: str = "overig",
        details: Mapping[str, Any] | None = None,
        flags: Iterable[str] = (),
        earlier_negative: int = 0,
        topics: TopicAnalysis | None = None,
        questions: Iterable[str] | None = None,
    ) -> Draft:
        """The draft for an outcome of the flowchart. ``questions`` are the question sentences in
        the comment: pass the language assistant's ``Analysis.questions`` when there is an analysis;
        None = find them in the text."""
        text = read_part(text)
        written = in_dutch(written_out(text))
        # dictated ('... vraagteken') or Frisian: its questions and topics found in the written-out, Dutch text
        if written != text:
            text, questions, topics = written, None, None
        # a writer who puts no question mark anywhere still asks ('KUNT U MIJN FIETS OPHALEN.')
        given = tuple(questions) if questions is not None else question_sentences(text)
        asked = joined_questions(given or unmarked_questions(text))
        plat = self.t.platform(platform)
        analysis = self._without_business(self._analysis(text, topics), text)
        # An outcome the chart does not know (an older history) gets no draft.
        node = self.flow.nodes.get(outcome) or Node(outcome, "outcome", outcome)
        seed = self._seed(text, author, plat.code)
        request = _Request(node, text, author, plat, details or {}, set(flags), earlier_negative, analysis, asked, seed)
        # Someone who signs as 'mevrouw Bakker' is answered with 'u', whatever the profile says.
        saved_tone = self.tone
        if first_name(author).startswith(("mevrouw ", "meneer ")) or (
            first_name(author).startswith("familie ") and self.tone.register == "u"
        ):
            self.tone = Tone("u", self.tone.voice)
        elif self.tone.register == "je" and several_writers(author):  # 'Lisa en Tim', 'familie Bos': jullie
            self.tone = Tone("je", self.tone.voice, plural=True)

        try:
            return self._make(request)
        finally:
            self.tone = saved_tone

    def _make(self, r: _Request) -> Draft:
        composed = self._compose(r)
        if composed.parts is not None:
            composed.parts = worded(composed.parts, self.profile, self.tone, r.plat)
        composed.warnings += self._flag_notes(r)
        composed.warnings += composed.suggestions
        text = join_parts(composed.parts, r.plat) if composed.parts is not None else None
        text, short, posted = self._fit(text, composed, r.plat)
        return Draft(
            r.node.id,
            text,
            short,
            composed.optional,
            open_slots(text or ""),
            composed.warnings,
            composed.topic,
            composed.question_topic,
            r.plat.limit,
            composed.channel if text else None,
            posted,
            composed.suggestions,
        )

    def knows_answer(
        self, text: str, *, author: str = "", platform: str = "overig", topics: TopicAnalysis | None = None
    ) -> bool:
        """Whether the profile answers this question without an open slot; for a question in English,
        whether the profile has the answer (the owner puts it in English)."""
        written = in_dutch(written_out(text))
        text, topics = (written, None) if written != text else (text, topics)
        if language_of(text) == "en" and (self._english_ready(text) or self._english_known(text)):
            return True
        return super().knows_answer(text, author=author, platform=platform, topics=topics)

    def _english_ready(self, text: str) -> str:
        """An English question about a holiday the profile lists as closed or with hours, answered in
        English ('We are closed on New Year's Day.', 'Sorry, we are closed on 11 November.'); '' otherwise."""
        # 'eerste en tweede kerstdag: 12:00–20:00' holds Boxing Day too; the first day named that the profile lists
        entries = self.profile.holiday_entries()
        listed = (
            (said, v)
            for said, dutch in english_days_named(text)
            for d, v in entries
            if names_in(holiday_names(dutch), normalise(spelled_days(d)))
        )
        said, value = next(listed, ("", None))
        if value is None:
            return ""
        if re.search(r"\b(?:dicht|gesloten)\b", value, re.I):
            return self._line("english", "holiday_closed", text, {"feestdag": said})
        hours = re.findall(r"\d{1,2}[:.]\d{2}\s*[–-]\s*\d{1,2}[:.]\d{2}", value)
        # 'alleen afhalen tot 20:00': no range of hours, but every word has its English ('only pick-up until 20:00')
        said_value = ", ".join(hours) or (english_words(value.rstrip(".")) if re.search(r"\d", value) else "")
        return (
            self._line("english", "holiday_open", text, {"feestdag": said, "waarde": said_value}) if said_value else ""
        )

    # -- per kind of draft

    def _compose(self, r: _Request) -> _Composed:
        if r.node.repeat_advice and repeat_with(r.earlier_negative, r.node.negative):
            return self._repeat(r)
        if (r.node.draft or "") in ENGLISH_KINDS and language_of(r.text) == "en":
            parts, channel = self._english(r.node.draft or "", r.topics, r.text, r.author, r.plat, r.seed)
            keys = {p.key for p in parts}
            if PROFILE_ANSWER in keys:  # the profile's answer, still in Dutch
                return _Composed(parts, channel, warnings=[self._note("english_answer")])
            # the profile's yes or no said in English: the rest of its answer for the owner to add
            more = (
                [self._note("english_answer_more", antwoord=_full_stop(self._english_known(r.text)))]
                if SAID_ANSWER in keys
                else []
            )
            return _Composed(parts, channel, warnings=more)
        compose = {
            "herstel": self._compose_complaint,
            "rechtzetten": self._compose_rumour,
            "bedanken": self._compose_thanks,
            "beantwoorden": self._compose_answer,
            "uitzoeken": self._compose_later,
            "actueel": self._compose_current,
            "luchtig": self._compose_joke,
        }.get(r.node.draft or "")
        return compose(r) if compose is not None else _Composed()

    def _framed(self, r: _Request, body: list[Part]) -> list[Part]:
        # a loss is answered without a 'Hoi' or 'Hey' and signed warmly, never with a curt 'Groet'
        grief = r.topics.occasion == "rouw"
        safety = r.topics.is_safety and (r.node.draft or "") in {"herstel", "rechtzetten"}
        light = r.node.draft == "luchtig"  # a joke: 'Hallo meneer Jansen,' before the laugh, not 'Beste ...'
        hello = self._greeting(r.author, r.plat, r.seed, r.text, grave=grief, serious=safety, light=light)
        greeting = Part("greeting", hello, False)
        serious = grief or safety
        return [greeting, *body, Part("sign", self._signoff(r.plat, r.seed, serious=serious), True)]

    def _question(self, r: _Request) -> Part | None:
        return self._question_part(r.asked, r.seed, slot=not r.topics.is_safety, wish=r.node.suggestion, text=r.text)

    def _repeat(self, r: _Request) -> _Composed:
        contact, channel = self._channel(r.plat, r.seed, urgent=r.topics.is_safety, tried=r.topics.tried)
        body = [
            Part("repeat", self._line("repeat", "lines", r.seed), True),
            Part("invite", self._line("repeat", "invite", r.seed), False),
            contact,
        ]
        note = self._note("repeat", aantal=str(r.earlier_negative))
        return _Composed(self._framed(r, body), channel, warnings=[note])

    def _compose_complaint(self, r: _Request) -> _Composed:
        parts, channel, topic = self._complaint(r.topics, r.plat, r.details, r.seed, r.text)
        if any(p.key == "pay" for p in parts):  # 'En moet ik daar nog voor betalen?' is answered already
            r = replace(r, asked=tuple(q for q in r.asked if not asks_to_pay(q)))
        if answers_request(parts, r.text):  # 'Wanneer is hij klaar?', 'Moet ik nog eens bellen?' have their line
            r = replace(r, asked=tuple(q for q in r.asked if not asks_request(q)))
        if has_cue("warranty_refused", r.text):  # 'Garantie? 'valt er niet onder'': asked and answered by the writer
            r = replace(r, asked=tuple(q for q in r.asked if len(q.split()) > 3))
        # a price the profile lists below what the writer paid answers the complaint before any question
        question = (
            self._listed_price(r.text, r.seed)
            or self._come_back(r.asked, r.seed)
            or self._complaint_asked(r.asked, r.seed, r.text, slot=not r.topics.is_safety)
        )
        if question is not None:
            # The answer to the writer's own question takes the place of the generic proposal (not the day to come
            # back on: the warranty or the proposal stays), before the invitation to continue privately.
            # (a slot for the question leaves a fact the proposal says: 'Goed om te weten: binnen zeven dagen ...')
            slot_only = bool(open_slots(question.text)) and "vraag: [" in question.text
            parts = [p for p in parts if p.key != "solution" or question.key == "come_back" or _said(p, slot_only)]
            parts = place_before(parts, question, "channel", "sign")
        parts = self._fact_said_twice(parts)  # the fact an answer gives already is said once
        if "suggestie" in r.flags:  # the tip named when it has a shape we read ('misschien een apart afhaalloket?')
            wish = ours(next(iter(wishes(r.text, limit=1)), ""), self.tone.voice, self.tone.register)
            line = self._line("complaint", "tip_about", r.seed, {"wens": wish}) if wish else ""
            parts.append(Part("tip", line or self._line("complaint", "tip", r.seed), False))
        return _Composed(self._framed(r, parts), channel, topic)

    def _compose_rumour(self, r: _Request) -> _Composed:
        topics, text = r.topics, r.text
        core = without_reason(text) if topics.closure and self.analyser is not None else text
        if core and core != text:
            # 'stopt omdat ze de huur niet kunnen betalen': the reason names no fact that sets the rumour straight
            found = self._analysis(core, None)
            topics, text = replace(topics, subjects=found.subjects, lemmas=found.lemmas), core
        parts = [*self._illness(r.topics, r.text, r.seed), *self._rumour(topics, r.seed, text)]
        if r.topics.owner and not (r.topics.is_safety or r.topics.closure):
            # 'Ik wilde daar de 75ste verjaardag van mijn moeder vieren': the occasion is noted after the facts
            noted = [p for p in self._asides(r.text, (), r.topics, r.seed) if p.key == "occasion"]
            at = next((i for i, p in enumerate(parts) if p.key == "closing"), len(parts))
            parts[at:at] = noted
        channel = None
        if r.topics.is_safety:
            # A rumour about health or safety: whoever was affected can reach us directly, by phone first.
            # not the complaint's 'dan horen we graag hoe het precies ging': a rumour tells of no incident
            contact, channel = self._channel(
                r.plat, r.seed, urgent=True, tried=r.topics.tried, section="request_channel"
            )
            parts.append(contact)
        return _Composed(self._framed(r, parts), channel)

    def _compose_thanks(self, r: _Request) -> _Composed:
        wish = wish_clause(r.text) if r.node.suggestion else ""
        # what the writer says is missing ('jammer dat er geen vegan dessert is') is what the FAQ must say yes to
        wish = wish or (f"voor {r.topics.missed}" if r.node.suggestion and r.topics.missed else "")
        parts = self._framed(r, self._thanks(r.node.suggestion, r.topics, r.author, r.plat, r.seed, wish, r.text))
        exists = self._faq_yes(r.topics, r.asked, wish) if r.node.suggestion else ""
        if exists:  # 'kinderen knippen op donderdagavond': the FAQ says yes, the hours say the day works
            exists = " ".join(filter(None, (exists, self._wish_day_hours(wish, r.seed))))
        elif r.node.suggestion:  # the opening hours say yes ('om ook op zaterdag te komen' ~ 'za 8:30–12:00')
            exists = self._wish_day_open(wish, r.seed)
        if exists:  # 'kun je niet online afspraken laten maken?' and the FAQ says it can: how
            line = self._line("positive", "suggestion_exists", r.seed, {"feit": exists})
            parts = [
                Part("suggestion", line, True) if p.key == "suggestion" else p for p in parts if p.key != "meanwhile"
            ]
        fact = self._fact(r.topics) if not r.node.suggestion and draft_cues().minus_point.search(r.text) else None
        if fact is not None and not said_already(fact[0], " ".join(p.text for p in parts)):
            # 'Top gegeten, alleen jammer dat je niet contant kunt betalen': how it is, from the profile
            line = self._line("positive", "minus_fact", r.seed, {"feit": self._fact_clause(fact)})
            parts = place_before(parts, Part("fact", line, False), "closing", "sign")
        # the question the wish was read from ('kunnen jullie online boeken mogelijk maken?') is not asked again
        # nor, once a wish is named, a question why we do not ('Een boekingssysteem zou schelen. Kunnen jullie niet
        # online afspraken laten maken?'): no FAQ answer to a question never asked
        unasked = tuple(
            q for q in r.asked if not (wish and (wish_clause(last_clause(q)) == wish or asks_why_not(last_clause(q))))
        )
        question = self._question(replace(r, asked=unasked))
        if question is not None:
            parts = place_before(parts, question, "closing", "sign")
        return _Composed(parts)

    def _compose_answer(self, r: _Request) -> _Composed:
        answer, question_topic, suggestions = self._answer(r.topics, r.seed, r.asked, r.text)
        answer = " ".join([answer, *self._other_questions(r.asked, answer, r.seed, answered=True, text=r.text)])
        answer, for_occasion = self._with_purpose(answer, r.asked, r.text, r.topics, r.seed)  # 'Vlechtjes voor ...'
        # the occasion named and the idea of a wish taken up ('zouden jullie op maandag niet ook open kunnen?');
        # someone's life event ('mijn dochter trouwt') is congratulated instead of only noted
        extra = self._asides(r.text, r.flags, r.topics, r.seed)
        if event := self._life_event(r.topics, r.text, r.seed):
            extra = [*event, *(part for part in extra if part.key != "occasion")]
        plan = [p for p in extra if p.key == "plan"]  # 'Wat leuk: een fietsplan voor je medewerkers!' goes first
        body = [
            *self._illness(r.topics, r.text, r.seed),
            *plan,
            Part("answer", answer, True),
            *self._reason(r.topics, r.text, r.seed, answer),
        ]
        body += [p for p in extra if p.key != "plan" and not (for_occasion and p.key in {"occasion", "congrats"})]
        channel = None
        if _FOR_BUSINESS.search(r.text) and not _SAYS_CONTACT.search(answer):
            # a question for an organisation ('onze medewerkers', 'fietsplan') goes on one to one: how to reach us
            contact, channel = self._channel(
                r.plat, r.seed, urgent=False, tried=r.topics.tried, section="request_channel"
            )
            body.append(contact)
        body.append(Part("more", self._line("question", "more", r.seed), False))
        # an answer that says where to write ('vraag een voorstel aan via reserveren@...') sends the writer there
        channel = "mail" if self.profile.email.strip() and self.profile.email.strip() in answer else channel
        framed = self._framed(r, body)
        return _Composed(framed, channel, question_topic=question_topic, suggestions=suggestions)

    def _compose_later(self, r: _Request) -> _Composed:
        _, question_topic, suggestions = self._answer(r.topics, r.seed, r.asked)
        about = asked_about_all(r.asked, self._poss)  # 'een kindermenu en een speelhoek voor de kleintjes'
        about = home_visit(r.asked, r.topics.people, self._poss) or about  # 'knippen aan huis bij je moeder'
        named = [p for p in r.topics.products if not p.wished]
        if not about and named and _REQUEST.search(r.text):
            about = named[0].definite  # 'een personeelsdag voor 25 collega's ... Doet u zoiets?'
        said = r.topics.occasion_words
        if not about and said and " " not in said and _REQUEST.search(r.text):
            about = f"{article_of(said)} {said}"  # 'een teamdag met 15 collega's ... Wat kost dat?': the teamdag
        if not about and r.topics.holiday and names_in(holiday_names(r.topics.holiday), normalise(" ".join(r.asked))):
            about = self._holiday_values(r.topics.holiday)["feestdag_naam"]  # 'open op koningsdag?': the day named
            fetched = named and fetches(r.text)  # '... moet nog een binnenband halen': and that thing
            about = f"{about} en {named[0].definite}" if fetched else about
        thing, lead = self._lead_time(r.asked)  # 'kunnen jullie een taart als eenhoorn maken?' and the FAQ's lead time
        # 'Kunnen jullie een kerststol bakken zonder rozijnen? Is dat duurder?': the thing and how, asked first
        made = made_asked(r.asked[0]) if r.asked and asks_own_range(r.asked[0]) else ""
        # ... said in full, not as a later question points back at it ('Wat kost die?', 'de appeltaart')
        if made and (" " not in about or about.split()[-1].lower() in made.lower()):
            about = made
        thing = thing or made
        about = about or thing
        # else the thing the first question asks about ('Zit er gelatine in jullie kerststronken?')
        about = about or (self._focus_said(r.asked[0]) if r.asked else "")
        slot_about = bool(about) and bool(thing or all_own_range(r.asked))
        if thing or all_own_range(r.asked):  # 'Verkopen jullie ook spelt?': the business knows; a place for its answer
            later = self._line("question", "own_range_about" if about else "own_range", r.seed, {"onderwerp": about})
        elif about:
            later = self._line("question", "later_about", r.seed, {"onderwerp": about})
        else:
            later = self._line("question", "later", r.seed)
        # what the writer comes for that the profile does answer ('Wil m'n band laten plakken' ~ its price)
        known = [p for p in (lead, *(without_yes(b) for b in self._faq_purpose(r.asked, r.text))) if p]
        later = " ".join(
            [later, *known, *self._other_questions(r.asked, later, r.seed, answered=slot_about, text=r.text)]
        )
        # a word for someone ill, the occasion and the idea of a wish first, then the promise to answer
        body = [
            *self._illness(r.topics, r.text, r.seed),
            *self._asides(r.text, r.flags, r.topics, r.seed),
            Part("later", later, True),
        ]
        if _REQUEST.search(r.text) or _FOR_BUSINESS.search(r.text):
            # a price or an arrangement is worked out one to one: where to reach the business
            contact, _ = self._channel(r.plat, r.seed, urgent=False, tried=r.topics.tried, section="request_channel")
            body.append(contact)
        elif all_own_range(r.asked):  # the answer is the owner's to give here: then, as after any answer, 'Nog vragen?'
            body.append(Part("more", self._line("question", "more", r.seed), False))
        return _Composed(self._framed(r, body), question_topic=question_topic, suggestions=suggestions)

    def _compose_current(self, r: _Request) -> _Composed:
        return _Composed(self._framed(r, [Part("current", self._line("current", "lines", r.seed), True)]))

    def _compose_joke(self, r: _Request) -> _Composed:
        if language_of(r.text) == "en":  # an English joke: a light reply in English, on the thing it plays on
            key, values = english_joke(r.text)
            line = self._line("english", key, r.seed, values)
            framed = self._english_frame(r.author, r.plat, r.seed, [Part("joke", line, True)], r.text)
            return _Composed(optional=join_parts(framed, r.plat))
        joke = self._framed(r, [Part("joke", self._joke(r.topics, r.seed, r.text), True)])
        return _Composed(optional=join_parts(joke, r.plat))

    # -- notes for the owner and the platform's length

    def _flag_notes(self, r: _Request) -> list[str]:
        """Report steps for every insult and threat (a flag alone never silences a reply), and a warning
        when the writer offers a better review in return for something."""
        threat, hate = "bedreiging" in r.flags, "haat" in r.flags
        legal_only = r.topics.legal and not r.topics.violence  # a wage claim, no harm held out
        report = {"platform": _shown(r.plat), "stappen": translated("replies.toml", r.plat.report)}
        notes = []
        if r.node.draft == "melden":
            notes.append(self._note("report", **report))
            if threat and not legal_only:
                notes.append(self._note("police"))
        elif threat or hate:
            notes.append(self._note("flag_threat" if threat else "flag_hate", **report))
            if threat and r.topics.violence:  # harm to people or the shop held out, inside a complaint too
                notes.append(self._note("police"))
        if threat and legal_only:
            notes.append(self._note("legal"))
        if review_deal(r.text):
            notes.append(self._note("comment_review_deal"))
        personal = comment_personal_data(r.text, self.profile) if r.plat.code != "email" else []
        if personal:  # the writer's order number, phone or address in public: not repeated, go private
            said = ", ".join(dict.fromkeys(self._note(kind, waarde=value) for kind, value in personal))
            notes.append(self._note("comment_personal", gegevens=said))
        if r.topics.safety and r.node.draft in ("bedanken", "luchtig"):  # praise or a joke that names harm
            notes.append(self._note("safety_in_praise"))
        return notes

    def _fit(self, text: str | None, composed: _Composed, plat: Platform) -> tuple[str | None, str | None, int]:
        """(draft, short version, posted length): on chat platforms the fitting version is the draft."""
        posted = posted_length(text, plat, self.t.slot_fill) if text else 0
        if text is None or not plat.limit or posted <= plat.limit:
            return text, None, posted
        short: str | None = shorten_parts(
            composed.parts or [], plat, self.t.slot_fill, self.profile.signer or self._signer()
        )
        short_len = posted_length(short or "", plat, self.t.slot_fill)
        values = {"platform": _shown(plat), "limiet": str(plat.limit)}
        if plat.style == "chat":
            composed.warnings.append(self._note("shortened", **values, lengte=str(short_len)))
            text, short, posted = short, None, short_len
        else:
            composed.warnings.append(self._note("too_long", **values, lengte=str(posted), kort=str(short_len)))
        if short_len > plat.limit:
            composed.warnings.append(self._note("short_too_long", platform=_shown(plat)))
        return text, short, posted

    def _signer(self) -> str:
        return self._note("signer_missing")

    def _question_part(
        self, asked: tuple[str, ...], seed: str, *, slot: bool = True, wish: bool = False, text: str = ""
    ) -> Part | None:
        """A question the writer put to the business ('Gaan jullie dit vergoeden?') is answered:
        from the FAQ, the holiday days or a profile fact when they clearly answer it, else (when
        ``slot``) with a slot that names the question. Rhetorical questions ('Hoe moeilijk kan het
        zijn?') are left alone, and so is a suggestion put as a question when ``wish`` is set."""
        question = first_addressed(asked, wish=wish)
        if question is None:
            return None
        if len(question) > 60 and " of " in question:
            question = question.split(" of ", 1)[0].rstrip(" ,") + "?"  # 'Gaat iemand dit oplossen of ...?'
        answer = self._known_answer(question, seed) or self._asked_of_it(question, text)
        if answer:
            line = self._line("complaint", "question_fact", seed, {"antwoord": lower_first(answer)})
            # too long for the platform: the answer's first part, not a slot ('Twee jaar garantie op ...')
            first = answer.split(";")[0].strip().rstrip(".")
            return Part("question", line, True, f"{first[:1].upper()}{first[1:]}.")
        elif not slot:
            return None
        else:
            said = " ".join(in_register(re.sub(r"[\[\]{}]", "", question), self.tone.register).split())
            if len(said) > 120:
                said = said[:117].rsplit(" ", 1)[0] + " …?"
            line = self._line("complaint", "question", seed, {"vraag": said})
        return Part("question", line, True, self._line("question", "unknown", seed))

    def _asked_of_it(self, question: str, text: str) -> str:
        """The FAQ answer to a question that asks a time or a price of what the comment is about, as the FAQ
        question asks it ('... voor een onderhoudsbeurt. Hoe lang duurt dat normaal?'); '' when none."""
        found = pointed_to(text, self.profile, self._lemmas_of) if text else None
        return found[1] if found is not None and asked_alike(question, found[0]) else ""

    def pause_message(self, seed: str = "") -> str:
        """A transparent message for switching comments off when a thread gets out of hand."""
        plat = self.t.platform("facebook")
        parts = [Part("pause", self._line("pause", "lines", seed), True), Part("sign", self._signoff(plat, seed), True)]
        return join_parts(parts, plat)


# A request for a price or an arrangement ('wat zou dat kosten', 'een offerte', 'voor 25 personen').
_REQUEST = re.compile(
    r"\b(?:kost|kosten|offerte|prijsopgave|organiseer\w*|reserveren|boeken|aanvraag"
    r"|voor \d+ (?:personen|collega's|mensen))\b",
    re.I,
)
# A question asked for an organisation, to arrange something for its people ('onze medewerkers', 'een fietsplan
# voor ons personeel', 'als werkgever'): worked out one to one.
_FOR_BUSINESS = re.compile(
    r"\b(?:onze|ons|de)\s+(?:\w+\s+){0,2}?(?:medewerkers|werknemers|personeel|collega's|collega’s)\b|\bwerkgever\b"
    r"|\b(?:fietsplan|leaseplan|fietsleaseplan|bedrijfsfiets\w*|personeelsfiets\w*)\b",
    re.I,
)
# An answer that gives the phone number or address itself, or sends the writer somewhere.
_SAYS_CONTACT = re.compile(r"\b(?:bel|belt|bellen|mail|mailen|mailt|contact\w*|telefonisch)\b|@|\d{2,4}[- ]\d{2}", re.I)


def _said(solution: Part, slot_only: bool) -> bool:
    """Whether a proposal says a fact of its own before its slot, to keep beside a question left as a slot."""
    return slot_only and not solution.text.lstrip().startswith("[")


def _shown(plat: Platform) -> str:
    """The platform's name in a note for the owner, in the window's language."""
    return PLATFORMS.get(plat.code, plat.name)


def _full_stop(sentence: str) -> str:
    """'creditcard vanaf € 50' → 'creditcard vanaf € 50.' (a profile value quoted in a note)."""
    sentence = sentence.strip()
    return sentence if not sentence or sentence[-1] in ".!?" else f"{sentence}."
