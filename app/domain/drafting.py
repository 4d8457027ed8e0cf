"""Reply drafts per flowchart outcome, in the business's own tone.

A draft is composed from the sentences in resources/replies.toml, what the
comment is about (a :class:`TopicAnalysis`: product, occasion, safety, the
channel the writer already tried), the details found in it (order number) and
the business profile. Whatever the app cannot know stays an explicit
``[vul in: …]`` slot: a draft never invents facts. Same input, same draft.

The kinds of drafts live in their own modules (draft_complaint, draft_thanks,
draft_answers on top of draft_base), composed per kind in draft_composed; this
module picks the kind for an outcome, adds the owner's notes and fits the draft
to the platform.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from app.domain.categories import PLATFORMS
from app.domain.draft_asked import TIMES
from app.domain.draft_calendar import DayLine
from app.domain.draft_checks import comment_personal_data, copy_warnings, review_deal
from app.domain.draft_closed_beside import closed_beside
from app.domain.draft_closing import all_closed
from app.domain.draft_composed import ComposedDrafting, _Composed, _Request
from app.domain.draft_days import DATE, holiday_names, names_in
from app.domain.draft_dialects import in_dutch, is_french, is_german
from app.domain.draft_english import ENGLISH_KINDS, SAID_ANSWER
from app.domain.draft_english_complaint import PROFILE_ANSWER
from app.domain.draft_english_days import dated_line, english_days_named
from app.domain.draft_english_words import english_words
from app.domain.draft_fact_words import fact_words
from app.domain.draft_facts import match_faq
from app.domain.draft_faq_covers import faq_covers
from app.domain.draft_faq_trimmed import parts_asked
from app.domain.draft_german import german_key, with_guest_lines
from app.domain.draft_holiday_answers import day_in_period
from app.domain.draft_holiday_lines import entry_name, spelled_days
from app.domain.draft_month_closed import english_span
from app.domain.draft_names import first_name, several_writers
from app.domain.draft_open_beside import open_beside
from app.domain.draft_questions import (
    addressed_question,
    joined_questions,
    last_clause,
    question_sentences,
    unmarked_questions,
)
from app.domain.draft_spoken import written_out
from app.domain.draft_text import Draft, Part, join_parts, place_before, shorten_parts, strip_emoji
from app.domain.draft_thanks_occasion import CONGRATULATE, VENUE_KINDS
from app.domain.draft_wording import worded
from app.domain.flowchart import Node
from app.domain.i18n import translated
from app.domain.language import language_of
from app.domain.replies import Platform, Tone, open_slots, posted_length
from app.domain.report_words import detect_topic
from app.domain.textnorm import normalise
from app.domain.topics import TopicAnalysis, article_of
from app.domain.writers import REPEAT_MINIMUM, repeat_with

# The kinds of draft that answer a question: the business's own closing goes beside a date the comment names.
_ASKING = frozenset({"beantwoorden", "uitzoeken"})
# The kinds of draft that get one German sentence when the comment is German (no correction, joke or quiet one).
_GERMAN_KINDS = frozenset({"herstel", "bedanken", "beantwoorden", "uitzoeken"})

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


class Drafter(ComposedDrafting):
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
        said = text  # as written, for the lines in the writer's own language
        # lines in German or French in the reply (draft_german): the greeting, one sentence, a see-you-again
        german = is_german(text) and language_of(text) != "en"
        french = not german and is_french(text) and language_of(text) != "en"
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
        request.german, request.french, request.written = german, french, said
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
        composed = self._with_closing(r, self._compose(r))
        kind = r.node.draft or ""
        if (r.german or r.french) and composed.parts is not None and kind in _GERMAN_KINDS:
            section = "german" if r.german else "french"

            def said(part: str, key: str, values: dict[str, str]) -> str:
                return self._line(part, key, r.seed, values)

            composed.parts = with_guest_lines(composed.parts, section, german_key(kind), r.written or r.text, said)
            composed.warnings.append(self._note(f"{section}_comment"))
        if composed.parts is not None:
            worded_parts = worded(composed.parts, self.profile, self.tone, r.plat)
            composed.parts = parts_asked(worded_parts, r.text, self._lemmas_of)  # a label said first: 'Over ...:'

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
        if value is None:  # 'open on Easter Monday?' and 'Pasen 25 en 26 maart gesloten': closed for the whole feast
            feast = (
                (s, v)
                for s, dutch in english_days_named(text)
                if (whole := fact_words().feast_of.get(normalise(dutch)))
                for d, v in entries
                if all_closed(v) and names_in(holiday_names(whole), normalise(spelled_days(d)))
            )
            said, value = next(feast, ("", None))
        if value is None:  # 'open on 1 November?' and 'herfstvakantie (...): gewoon open, behalve 1 november gesloten'
            shut = next((s for s, d in english_days_named(text) if all_closed(day_in_period(entries, d))), "")
            if shut:
                return self._line("english", "holiday_closed", text, {"feestdag": shut})
        if value is None:  # 'Are you open on Tuesday the 15th?' and 'di 15 t/m do 17 oktober: gesloten'
            dated = dated_line(text, entries)
            return self._line("english", dated[0], text, dated[1]) if dated else ""
        if all_closed(value):  # ('alleen verhuur 10.00–16.00, werkplaats dicht' is open for a part of the day)
            return self._line("english", "holiday_closed", text, {"feestdag": said})
        hours = TIMES.findall(value)
        # 'alleen afhalen tot 20:00': no range of hours, but every word has its English ('only pick-up until 20:00')
        said_value = ", ".join(hours) or (english_words(value.rstrip(".")) if re.search(r"\d", value) else "")
        return (
            self._line("english", "holiday_open", text, {"feestdag": said, "waarde": said_value}) if said_value else ""
        )

    def _closed_day_beside(self, line: DayLine, said: str, *, english: bool, seed: str) -> list[str]:
        """'Let op: op dinsdag 15 augustus zijn we gesloten.' for the one closed day a comment names besides its
        question, when the draft (``said``, normalised) does not name that date yet; [] otherwise."""
        day = line.dated or line.written
        date = DATE.search(normalise(day))
        if date is None or normalise(date.group(0)) in said:
            return []
        if english:
            named = english_span(day)
            bare = re.search(r"\d{1,2}\s+\w+", named)  # 'Tuesday 15 August' is said as '15 August' too
            if not named or (bare and normalise(bare.group(0)) in said):
                return []
            return [self._line("english", "holiday_closed", seed, {"feestdag": named})]
        value = re.sub(r"\s+", " ", line.value).strip().rstrip(".") or "gesloten"
        values = {"feestdag": f"op {day[:1].lower()}{day[1:]}", "waarde": value}
        return [self._line("question", "dated_weekday_closed", seed, values)]

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
            "uitzoeken": self._compose_looked_into,
            "actueel": self._compose_current,
            "luchtig": self._compose_joke,
        }.get(r.node.draft or "")
        return compose(r) if compose is not None else _Composed()

    def _with_closing(self, r: _Request, composed: _Composed) -> _Composed:
        """A question's draft with the business's own closing laid beside the date the comment names, the day it is
        back and where to go meanwhile (draft_closed_beside), each part the draft does not say yet; in English the
        closing and the day back only (the profile's sentence about where to go is Dutch)."""
        if (r.node.draft or "") not in _ASKING or not composed.parts:
            return composed
        found = closed_beside(r.text, self.profile.holiday_entries(), self.profile.value("address"))
        if found is None:
            return self._with_open_day(r, composed)
        said = normalise(" ".join(p.text for p in composed.parts))
        lines = []
        if len(found.line.days) == 1:  # 'we willen op 15 augustus fietsen' and that day closed: said, once
            lines = self._closed_day_beside(found.line, said, english=language_of(r.text) == "en", seed=r.seed)
        elif language_of(r.text) == "en":
            span, back = english_span(found.line.span), english_span(found.back_day)
            if span and normalise(span) not in said:
                lines.append(self._line("english", "closed_span", r.seed, {"waarde": span}))
            if lines and back:
                lines.append(self._line("english", "back_on", r.seed, {"waarde": back}))
        else:
            if normalise(found.line.span) not in said:
                name = entry_name(found.line.written, found.line.value).lower()
                span = f"{found.line.span} ({name})" if name and name not in said else found.line.span
                lines.append(self._line("question", "closed_after", r.seed, {"waarde": span}))
            if found.back and normalise(found.back_day) not in said:
                lines.append(found.back)
            elif found.back_day and normalise(found.back_day) not in said:  # said in the closed line's own words
                lines.append(self._line("question", "open_again", r.seed, {"waarde": found.back_day}))
            if found.stand_in and normalise(found.stand_in) not in said:
                lines.append(found.stand_in)
        if not lines:
            return composed
        return self._beside_answer(composed, Part("closed_beside", " ".join(lines), True))

    def _with_open_day(self, r: _Request, composed: _Composed) -> _Composed:
        """A Dutch question's draft with the holiday line for the date and occasion the comment names ('De communie
        is zaterdag 21 april' ~ 'Communie- en lentefeestkapsels op zaterdag 21 en 28 april: vanaf 7.00'), when the
        draft does not say its hours yet (draft_open_beside)."""
        found = open_beside(r.text, self.profile.holiday_entries(), self.profile.value("address"))
        said = normalise(" ".join(p.text for p in composed.parts or []))
        if found is None or language_of(r.text) == "en" or normalise(found[2]) in said:
            return composed
        values = {"onderwerp": f"{article_of(found[0])} {found[0]}", "feestdag": found[1], "waarde": found[2]}
        return self._beside_answer(
            composed, Part("open_beside", self._line("question", "open_beside", r.seed, values), True)
        )

    def _beside_answer(self, composed: _Composed, part: Part) -> _Composed:
        # right after the answer it bears on ('ja, een e-bike kost ...' → 'Let op: ... dicht'), else before the close
        parts = composed.parts or []
        answers = [i for i, p in enumerate(parts) if p.key in {"answer", "answer_more", SAID_ANSWER, PROFILE_ANSWER}]
        if answers:
            at = answers[-1] + 1
            return replace(composed, parts=[*parts[:at], part, *parts[at:]])
        return replace(composed, parts=place_before(parts, part, "more", "closing", "channel", "sign"))

    def _repeat(self, r: _Request) -> _Composed:
        contact, channel = self._channel(r.plat, r.seed, urgent=r.topics.is_safety, tried=r.topics.tried)
        body = [
            Part("repeat", self._line("repeat", "lines", r.seed), True),
            Part("invite", self._line("repeat", "invite", r.seed), False),
            contact,
        ]
        note = self._note("repeat", aantal=str(r.earlier_negative))
        return _Composed(self._framed(r, body), channel, warnings=[note])

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

    def pause_message(self, seed: str = "") -> str:
        """A transparent message for switching comments off when a thread gets out of hand."""
        plat = self.t.platform("facebook")
        parts = [Part("pause", self._line("pause", "lines", seed), True), Part("sign", self._signoff(plat, seed), True)]
        return join_parts(parts, plat)


def _shown(plat: Platform) -> str:
    """The platform's name in a note for the owner, in the window's language."""
    return PLATFORMS.get(plat.code, plat.name)


def _full_stop(sentence: str) -> str:
    """'creditcard vanaf € 50' → 'creditcard vanaf € 50.' (a profile value quoted in a note)."""
    sentence = sentence.strip()
    return sentence if not sentence or sentence[-1] in ".!?" else f"{sentence}."
