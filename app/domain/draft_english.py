"""Drafts for comments written in English: the same kinds and channel rules, English sentences
(resources/replies.toml [english*]); slots stay Dutch because they are for the owner."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.draft_complaint_welcome import welcome_rule
from app.domain.draft_cues import draft_cues
from app.domain.draft_days import hours_on
from app.domain.draft_english_answers import THANKS_LEAD, EnglishAnswers, _asking, english_questions
from app.domain.draft_english_check import possible_asked
from app.domain.draft_english_complaint import (
    PROFILE_ANSWER,
    faulty_thing,
    harm_named,
    injured_one,
    noise_heard,
    number_held,
    praised_thing,
    staff_blamed,
)
from app.domain.draft_english_congrats import congrats_of
from app.domain.draft_english_cues import (
    ABOUT_HOURS,
    AHEAD_EVENT,
    ASKS_SOON,
    ASKS_WORD,
    EN_AFTER,
    EN_DAY,
    PAST_EVENT,
    SAME_DAY,
    VISIT,
    asking_part,
    asks_hours,
    booked_closed,
    closed_ill,
    lost_booking,
    site_welcome_refused,
)
from app.domain.draft_english_days import DOOR_SHUT, closed_day, season_outside, shut_on_open_day
from app.domain.draft_english_deeds import during_event
from app.domain.draft_english_held import done_at_home, held_through
from app.domain.draft_english_listed import asked_to_leave, booked_thing, faults_listed
from app.domain.draft_english_praise import (
    cannot_call_wish,
    criticism_key,
    english_names,
    fixed_thing,
    place_named,
    praise_lines,
    praised_product,
    stays_the_night,
    told_a_visit,
)
from app.domain.draft_english_rumour import EnglishRumour
from app.domain.draft_english_sorry import FAILED, WAITED, EnglishSorry
from app.domain.draft_english_tone import fewer_exclamations
from app.domain.draft_english_variant import named_more, regular_closed
from app.domain.draft_english_walk_in import asks_walk_in, by_appointment_only
from app.domain.draft_english_words import EN_WEEK as _EN_WEEK
from app.domain.draft_english_words import english_asked_words, english_hours
from app.domain.draft_english_words import english_day as _english_day
from app.domain.draft_fact_words import english_holiday, synonyms, week_days
from app.domain.draft_kinds import shipped_kinds
from app.domain.draft_names import first_name, signature_name
from app.domain.draft_praise_people import staff_named
from app.domain.draft_same_words import same_words
from app.domain.draft_text import Part, quote_head
from app.domain.draft_unanswered import number_given, shipped_unanswered
from app.domain.draft_wellbeing import offline
from app.domain.draft_writer_time import DAY_END
from app.domain.language import english_object
from app.domain.language_asked import english_asked_about, wrote_about, wrote_to_book
from app.domain.language_safety import english_safety
from app.domain.language_tried import english_call_back_promised, english_tried
from app.domain.replies import Platform, number
from app.domain.topics import TopicAnalysis

# The word a further question opens with ('And is the terrace covered?', 'Also, do you ...'): not asked.
_OPENING_WORD = re.compile(r"^(?:and|also|plus|oh|so)\b,?\s*", re.I)
# Words that make a guessed English object no thing ('the took forever').
_NO_OBJECT = re.compile(r"\b(?:took|forever|was|were|is|are|got|had|did|came|went|never|always)\b", re.I)
# The key of the part that says the profile's yes or no in English (the rest of its answer is a note).
SAID_ANSWER = "answer_said"
# A request that is arranged one to one: a booking or a quote.
# An open slot that does not name the question it is for ('[vul in: het antwoord, in het Engels]', '[vul in: wanneer]').
_UNNAMED_SLOT = re.compile(r"\[vul in(?!: het antwoord op ‘)")
_REQUEST = re.compile(r"\b(?:book|booking|reserve|reservation|table for|quote|how much)\b", re.I)
# An allergy or diet the writer asked about ('asked whether you can do a nut-free option for my son', 'is there a
# gluten-free cake for my daughter?'): answered or promised, never skipped; {waarde} = 'a nut-free option for your son'.
_DIET_ASKED = re.compile(
    r"\b(?P<what>(?:nut|peanut|gluten|dairy|lactose|egg|soy|sesame|shellfish|wheat|milk)[- ]free"
    r"(?:\s+(?:option|menu|meal|dish|cake|version|alternative|food|dessert|bread))?)"
    r"(?:\s+for\s+(?P<who>(?:my|our)\s+(?:son|daughter|kids?|child(?:ren)?|boy|girl|husband|wife|partner|guests?)))?",
    re.I,
)
# The writer's own thing that is broken: 'my Gazelle's motor keeps cutting out', 'My back wheel is flat'.
_BROKEN = re.compile(
    r"\bmy\s+(?:[\w-]+['’]s\s+)?(?P<thing>(?!(?:own|husband|wife|son|daughter|kids?|partner|friend|mum|mom|dad)\b)"
    r"[a-z-]{3,}(?:\s+[a-z-]{3,})?)\s+(?:(?:keeps|is|isn['’]t|won['’]t|doesn['’]t|stopped|broke|makes|started)\b"
    r"(?=[^.!?]{0,40}\b(?:cutting|slipping|broken|flat|noise|working|squeak\w*|rattl\w*|leak\w*|stuck|loose|out|off|start)\b)"
    r"|(?:just\s+)?(?:snapped|broke|cracked|died|burst|popped)\b)",
    re.I,
)
# Draft kinds (flowchart outcome 'draft') that have English sentences.
ENGLISH_KINDS = frozenset({"herstel", "bedanken", "beantwoorden", "uitzoeken", "rechtzetten"})


class EnglishDrafting(EnglishAnswers, EnglishRumour, EnglishSorry):
    def _english_frame(
        self, author: str, plat: Platform, seed: str, body: list[Part], text: str = "", *, sorry: bool = False
    ) -> list[Part]:
        """Greeting, ``body`` and sign-off; under a complaint (``sorry``) no cheery sign-off ('Cheers')."""
        own = {*self.profile.signers, *self.profile.name.split()}
        name = first_name(author, english=True) or signature_name(text, author, own)  # '... Cheers, Tom'
        key = f"{plat.style}_{'named' if name else 'anonymous'}"
        greeting = Part("greeting", self._line("english_greeting", key, seed, {"naam": name}), False)
        signer = self.profile.signer or self._note("signer_missing")
        style = f"{plat.style}_sorry" if sorry and plat.style == "chat" else plat.style
        sign = self._line("english_signoff", style, seed, {"ondertekenaar": signer, "bedrijf": ""})
        if plat.style == "formal" and self.profile.name:
            sign += f"\n{self.profile.name}"
        return [greeting, *body, Part("sign", sign, True)]

    def _english_body(
        self, kind: str, topics: TopicAnalysis, text: str, plat: Platform, seed: str
    ) -> tuple[list[Part], str | None]:
        about = english_object(text, praised=kind == "bedanken")
        heard = noise_heard(text).get("onderwerp", "")  # 'about your bike', not 'about your bike rattles'
        about = heard if heard and about.startswith(heard) else about
        about = "" if _NO_OBJECT.search(about) else about  # 'Food took forever': a verb, not a thing to name
        about = praised_product(about, topics.products, text) if kind == "bedanken" else about  # not 'the trip'
        about = named_more(kind, about, text)  # '... and the Hoornse broeder', 'the vegan stamppot'
        # 'Mussels were sandy': the mussels; 'emailed twice to book the Easter brunch, no answer': the brunch
        about = ((faulty_thing(text) or wrote_to_book(text)) if kind == "herstel" else "") or about
        if kind == "herstel" and faults_listed(text):
            # 'Eggs were cold, the refills never came, and ...': not the eggs alone, but what was booked, or no thing
            about = booked_thing(text)
        shut = DOOR_SHUT.search(text) and booked_closed(text) is None and not lost_booking().search(text)
        if kind == "herstel" and shut and not faulty_thing(text, came_for=False):
            about = ""  # 'Came by for bread, door locked': the closed door is the complaint, not the bread
        if kind == "herstel" and about and about.split()[-1].lower() == praised_thing(text):
            about = ""  # 'the cut itself was lovely': what the writer liked is not what the sorry is about
        values = {"onderwerp": f" about {about}" if about else ""}
        if kind == "herstel" and wrote_about(text, about):  # 'emailed three times about the menu': no fault in it
            parts, channel = self._english_repair(topics, text, plat, seed, "", {"onderwerp": ""})
            if set(english_tried(text)) != {"mail"}:
                return parts, channel
            line = self._line("english_channel", "tried_mail_about", seed, {"onderwerp": about})
            return [Part("tried", line, True) if p.key == "tried" else p for p in parts], channel
        if kind == "herstel":
            return self._english_repair(topics, text, plat, seed, about, values)
        if kind == "bedanken":  # ('See you on Saturday!' closes the reply for a writer who comes every Saturday)
            return regular_closed(self._english_thanks(text, seed, values)), None
        if kind == "rechtzetten":
            return self._english_rumour(topics, text, seed), None
        parts = self._english_walk_in(text, plat, seed) or self._english_answer(text, seed)
        broken = _BROKEN.search(text)
        business = shipped_kinds().of(self.profile)
        if broken and business is not None and {"reparatie", "onderhoud"} & set(business.services or ()):
            # 'my Gazelle's motor keeps cutting out' at a repair shop: bring it in
            values = {"onderwerp": " ".join(broken.group("thing").split())}
            parts.append(Part("reason", self._line("english", "own_broken", seed, values), False))
            if parts[0].key == SAID_ANSWER:  # 'Sorry about your derailleur! ... the same day': the thing first
                parts = [parts[-1], *parts[:-1]]
        elif parts and _closed_off(parts) and not draft_cues().short_asked.search(text):
            # the yes or no, or the one slot the owner answers in, then a friendly close (not when the writer asks
            # for a quick answer): 'Thanks for your question! [...]' alone reads curt
            parts.append(Part("closing", self._line("english", "more", seed), False))
        ahead = AHEAD_EVENT.search(text)
        if ahead and not PAST_EVENT.search(text):  # 'for his 30th birthday': wished well, after the answer
            what = " ".join(ahead.group("what").lower().split())
            parts.append(Part("occasion", self._line("english", "occasion_ahead", seed, {"waarde": what}), False))
        if _REQUEST.search(text):  # 'I'd love to book a table for Saturday': where to book
            parts.append(self._channel(plat, seed, urgent=False, tried=(), section="english_request_channel")[0])
        elif group := self._english_group(text, parts, seed):  # 'We'd be 6 adults and 3 kids': book ahead
            parts.append(group)
        return parts, None

    def _english_walk_in(self, text: str, plat: Platform, seed: str) -> list[Part]:
        """'Could I pop in without an appointment?' when the profile works by appointment only: said so, with how
        to book (in place of hours for a day the question names); [] otherwise."""
        asked = _asking(text)
        said = [self.profile.value("opening_hours"), *(item.answer for item in self.profile.faq)]
        if not asked or not asks_walk_in(asked[0]) or not by_appointment_only(*said):
            return []
        line = self._line("english", "appointment_only", seed)
        book = self._channel(plat, seed, urgent=False, tried=(), section="english_request_channel")[0]
        # 'And do you sell beard oil?': each further question gets its own slot, not left out
        more = [self._line("english", "also_open", seed, {"vraag": open_question(q)}) for q in asked[1:]]
        return [Part("answer", " ".join([line, *more]), True), book]

    def _with_terms(self, parts: list[Part], solution: Part, text: str, seed: str) -> list[Part]:
        """``parts`` with the profile's terms that answer the complaint before the proposal: a free fix ('a week
        later it's brassy orange'), the warranty ('the chain keeps coming off')."""
        parts = list(parts)
        for terms in (self._english_free_fix(text, seed), self._english_warranty(text, seed)):
            if terms is not None and solution in parts:
                parts.insert(parts.index(solution), terms)
        return parts

    def _site_welcome(self, who: str, seed: str) -> Part:
        """'Our site says dogs are welcome, so ...' with the profile's rule for them in its own Dutch words inside the
        slot, for the owner to put in English; the line without it on a tight platform, or when there is none."""
        dutch = synonyms().get(who.lower().removesuffix("s"), "")
        rule = welcome_rule(self.profile, dutch) if dutch else ""
        plain = self._line("english", "site_welcome", seed, {"onderwerp": who})
        if not rule:
            return Part("welcome", plain, True)
        return Part(
            "welcome", self._line("english", "site_welcome_rule", seed, {"onderwerp": who, "feit": rule}), True, plain
        )

    def _english_repair(
        self, topics: TopicAnalysis, text: str, plat: Platform, seed: str, about: str, values: dict[str, str]
    ) -> tuple[list[Part], str | None]:
        """The parts of an English complaint: the sorry (for safety, a call), what else the writer said (a closed
        day, a remark of the staff, what they liked, the channels they tried), how it works here or a proposal."""
        safety = topics.is_safety or english_safety(text)
        tried = (*topics.tried, *english_tried(text))
        gone = (*tried, "mail", "dm") if offline(text) else tried  # 'I don't have a computer': the phone
        # a call in vain and their number written down ('nobody answered. Please call me back: +49 …'): we call
        # ... or they have it from a rental, a job or a booking ('Rented two e-bikes ... nobody answered'), as a Dutch
        # complaint is; a call back promised and not made goes on by mail, as in Dutch (the failed phone not again)
        # ... or left a message on the phone ('phoned twice and left a voicemail'): the number is on it, as in Dutch
        left = shipped_unanswered().callback.left.search(text) is not None
        ours = "telefoon" in tried and (number_given(text, self.profile.phone) or number_held(text) or left)
        urgent = safety or topics.urgent or ours
        contact, channel = self._channel(plat, seed, urgent=urgent, tried=gone, section="english_channel")
        named = harm_named(topics, about) if safety else values
        empathy = self._english_sorry(text, seed, named, safety=safety)
        if not safety and (leave := asked_to_leave(text)):  # 'we were asked to leave at 13:30': said, not left out
            empathy = f"{empathy} {self._line('english', leave[0], seed, leave[1])}"
        # Safety: no proposal in public, only the call.
        brief = safety or plat.style == "chat"  # no proposal in public on a chat platform either
        solution = Part("solution", "" if brief else self._english_solution(text, seed), not brief, "")
        hurt = injured_one(text) if safety else ""
        if hurt:  # 'a broken collarbone': after 'How are you doing now?', a quick recovery wished
            empathy = f"{empathy} {self._line('english', 'recovery', seed, {'naam': hurt})}"
        parts = [Part("empathy", empathy, True, self._line("english", "short", seed)), solution, contact]
        praised = "" if safety else praised_thing(text)
        if praised:  # 'Nice pancakes, terrible experience': the good part heard too
            parts.insert(1, Part("praised", self._line("english", "praised", seed, {"waarde": praised}), False))
        if staff_blamed(text):  # 'the guy in the shop said it was probably my riding style': not OK
            parts.insert(1, Part("remark", self._line("english", "staff_remark", seed), True))
        if (who := "" if safety else site_welcome_refused(text)) and "welcome" not in empathy:
            # 'Your own website says kayakers are welcome?!': what the site says, owned; how it is, the owner's
            parts.insert(1, self._site_welcome(who, seed))
        found = closed_day(text, self.profile.value("opening_hours"), _EN_WEEK, english_hours)
        if (door := self._english_door(text, seed, found)) is not None:
            parts.insert(1, door)
        if (drop_by := self._english_drop_by(text, seed)) is not None:  # 'can I just drop by on Saturday?'
            parts.insert(parts.index(solution), drop_by)
        parts = parts if safety else self._with_terms(parts, solution, text, seed)
        # (a door closed because of illness: not the hours, the word the writer never got)
        fact = None if safety else self._english_fact(text, seed, hours=not (found or closed_ill(text)))
        if fact is not None:  # 'No credit card accepted??': how it works here, instead of a proposal to fill in,
            # unless something else went wrong too ('we waited 50 minutes ... Also no cash accepted')
            at = parts.index(solution)
            if not (WAITED.search(text) or lost_booking().search(text) or FAILED.search(text)):
                parts.pop(at)
            parts.insert(at, fact)
        if diet := self._diet_asked(text, seed):  # 'a nut-free option for my son': answered or promised
            parts.insert(parts.index(contact), diet)
        said = ["both"] if {"mail", "telefoon"} <= set(tried) else list(tried[:1])
        for way in said:  # 'I called three times and emailed twice ... no answer': sorry for that too
            key = (
                "tried_callback_promised" if way == "telefoon" and english_call_back_promised(text) else f"tried_{way}"
            )
            parts.insert(1, Part("tried", self._line("english_channel", key, seed), True))
        return parts, channel

    def _english_door(self, text: str, seed: str, found: tuple[str, dict[str, str]] | None) -> Part | None:
        """The line on a door found shut: on a closed day ('came on Tuesday, but it was closed') said so with the
        hours (kept on a tight platform too, there without the hours); on a day the hours say open ('Came by at
        11:50 on Sunday, door locked') that day's hours, the door owned; None otherwise."""
        if found:
            short = self._line("english", "closed_day", seed, found[1])
            return Part("closed", self._line("english", found[0], seed, found[1]), True, short)
        if booked_closed(text) is not None or lost_booking().search(text):  # a booking met by a shut door: its own
            return None
        shut = shut_on_open_day(text, self.profile.value("opening_hours"), _EN_WEEK, english_hours)
        return Part("closed", self._line("english", shut[0], seed, shut[1]), True) if shut else None

    def _diet_asked(self, text: str, seed: str) -> Part | None:
        """'asked whether you can do a nut-free option for my son': the allergy or diet option asked about, with a
        slot for the answer and a promise to confirm it; None when none is named."""
        found = _DIET_ASKED.search(text)
        if found is None:
            return None
        what = re.sub(r"[- ]free\b", "-free", found.group("what").lower())  # 'gluten free': 'gluten-free'
        what = what if " " in what else f"{what} option"  # 'nut-free' alone: 'a nut-free option'
        who = found.group("who")
        whose = f" for your {who.split(maxsplit=1)[1].lower()}" if who else ""
        values = {"waarde": f"{'an' if what[0] in 'aeiou' else 'a'} {what}{whose}"}
        return Part("diet", self._line("english", "diet_asked", seed, values), True)

    def _diet_unanswered(self, text: str, known: str, seed: str) -> Part | None:
        """The diet slot (:meth:`_diet_asked`) for a first question about a diet ('Is the stew gluten free?') whose
        profile answer does not speak of it (the entry on the stew, without 'glutenvrij' or 'gluten' in its question
        or answer); None else."""
        question = _asking(text)[0]
        found = _DIET_ASKED.search(question)
        if found is None:
            return None
        dutch = [*english_asked_words(found.group(0)), *same_words(self._english_words(found.group(0)))]
        stems = {w.removesuffix("vrij") for w in dutch} | {found.group("what").lower().split("-")[0].split()[0]}
        entry = self._english_faq(text)
        held = f"{known} {entry[2] if entry else ''}".lower()
        if any(stem and stem in held for stem in stems):
            return None
        return self._diet_asked(question, seed)

    def _english_thanks(self, text: str, seed: str, values: dict[str, str]) -> list[Part]:
        """The parts of an English thank-you: the thanks, the visit, a congratulation, a minus point, where the
        business came and for whom, the close."""
        lines = praise_lines(text)
        if not any(k == "came_by" for k, _ in lines) and (home := done_at_home(text)):  # 'did my hair at home'
            lines.append(("came_by", {"waarde": home}))
        if (held := held_through(text))[0]:  # 'it survived the rain and a ceilidh'
            lines.insert(0, ("held_through", {"waarde": held[0], "meervoud": number(held[1])}))
        came = next((v["waarde"] for k, v in lines if k == "came_by"), "")
        if came and values["onderwerp"].endswith(f" {came}"):  # 'came to our office': where, not what is praised
            values = {"onderwerp": ""}
        if fixed := fixed_thing(text):  # 'Flat tyre ..., Kris fixed it': what was done, said
            # ... and in the middle of which event, when named ('during the Drenthe 200'): said with the fix
            during = during_event(text)
            fix: tuple[str, dict[str, str]] = (
                ("fixed_during", {"waarde": fixed, "tweede": during}) if during else ("fixed", {"waarde": fixed})
            )
            values = {"onderwerp": ""}
            lines = [fix, *(line for line in lines if not (during and line == ("came_for", {"waarde": during})))]
        if any(
            k in {"fitted", "serviced", "serviced_fitted"} for k, _ in lines
        ):  # 'fitted winter tyres': the work has its own line
            values = {"onderwerp": ""}
        stay = stays_the_night(self.profile.kind)
        visited = stay or told_a_visit(text)
        visit = (
            self._line("english", "visit", seed, {"waarde": "stay" if stay else "visit"})
            if visited
            else self._line("english", "praise_heard", seed)  # no visit told: a cake delivered, a bike picked up
        )
        parts = [
            Part("thanks", self._line("english", "thanks", seed, values), True, self._line("english", "short", seed)),
            Part("visit", visit, False),
            Part("closing", self._line("english", "closing", seed), False),
        ]
        if congrats := congrats_of(text):  # 'my mum's 60th birthday', 'our wedding': congratulate once
            # ('That means a lot to us.' goes with the thanks, before it: not as if said of the congratulation)
            at = 1 if visited else 2
            parts.insert(at, Part("congrats", self._line("english", congrats[0], seed, congrats[1]), False))
        if criticism := criticism_key(text):  # 'the only downside is that it gets loud', 'missing: X': not ignored
            parts.insert(-1, Part("criticism", self._line("english", criticism[0], seed, criticism[1]), False))
        # 'came to our office ... the bikes of four colleagues': the place and the group said back
        for key, value in lines:
            parts.insert(-1, Part(key, self._line("english", key, seed, value), False))
            if key in {
                "came_by",
                "fixed",
                "fixed_during",
                "came_for",
                "fitted",
                "serviced",
                "serviced_fitted",
            }:  # came to them, work on a thing, an event
                parts = [p for p in parts if p.key != "visit"]
            email = self.profile.email.strip()
            if key == "suggestion" and email and cannot_call_wish(value["waarde"], text):
                # 'could you add online booking? calling to book in Dutch makes me nervous': meanwhile, the mail
                line = self._line("english", "suggestion_meanwhile", seed, {"kanaal": email})
                parts.insert(-1, Part("meanwhile", line, False))
        return parts

    def _english_answer(self, text: str, seed: str) -> list[Part]:
        holiday = self._english_ready(text)
        asked = _asking(text)
        # 'Are dogs allowed inside? And are you open on Boxing Day?': the first question first, the holiday after;
        # so too when no question asks about the holiday the comment names around it ('Visiting over Christmas, any
        # chance I can rent a gravel bike between 27 and 30 Dec?' asks about the bike)
        first_asks = len(asked) > 1 and not self._english_ready(asked[0])
        day_asked = any(self._english_ready(asking_part(q)) or asks_hours(q) for q in asked)
        if holiday and (first_asks or not day_asked):
            parts = self._english_first(text, seed, ready=False)
            said = " ".join(p.text for p in parts)
            # the other questions that are not about a day ('Any openings next week?')
            for more, dutch in self._english_more(text, seed, said, days=False):
                parts.append(Part(PROFILE_ANSWER if dutch else "answer_more", more, True, quote_head(more)))
            # a day no question asks about is told, not said yes to ('I am open on New Year's Eve: 7:30–13:00.')
            line = THANKS_LEAD.sub("", holiday)
            line = line if day_asked else _YES_LEAD.sub(lambda m: m[1].upper(), line)
            return [*parts, Part("answer_more", line, True)] if holiday not in said else parts
        # 'Do you accept credit cards? ... Also, open on Mondays?': the first question first, the hours after
        hours = self._english_hours(text, seed) if len(asked) > 1 and not ABOUT_HOURS.search(asked[0]) else ""
        parts = self._english_first(text, seed, ready=not hours)
        if hours and (visit := self._english_visit(text, seed)):  # the day's hours follow: not said twice
            parts = [replace(p, text=p.text.replace(f" {visit}", "")) for p in parts]
        parts += [Part("answer_more", THANKS_LEAD.sub("", hours), True)] if hours else []  # thanks open a reply
        for more, dutch in self._english_more(text, seed, " ".join(p.text for p in parts)):
            if more not in " ".join(p.text for p in parts):
                parts.append(Part(PROFILE_ANSWER if dutch else "answer_more", more, True, quote_head(more)))
        later = self._english_later(text, seed)
        if later and later not in " ".join(p.text for p in parts):
            parts.append(Part("answer_more", later, True))
        said = " ".join(p.text for p in parts)
        for question in self._english_open(text, said)[:1]:  # 'And is the terrace covered?': named, not left out
            # not when the answer is a slot already (the owner writes it, seeing the comment), nor a question
            # where to book ('do we need to book?': where to book follows)
            asks = ASKS_WORD.match(_OPENING_WORD.sub("", asking_part(question).strip()))  # not a told part
            # (a slot that names its own question, or the first answer's bare slot, is no answer to this one: 'And
            # could my husband get a beard trim?' still gets its own)
            if asks and not _UNNAMED_SLOT.search(said.replace(_FIRST_SLOT, "")) and not _REQUEST.search(question):
                parts.append(Part("answer_open", self._english_open_line(question, seed), False))
        return parts

    def _english_open_line(self, question: str, seed: str) -> str:
        """A further English question the profile has nothing on: whether the business can do a thing is looked into,
        with its mail or phone to hear back on (draft_english_check); another question quoted in a slot."""
        what = possible_asked(open_question(question))
        email, phone = self.profile.email.strip(), self.profile.phone.strip()
        if not what:
            return self._line("english", "also_open", seed, {"vraag": open_question(question)})
        key = "also_check_mail" if email else "also_check_phone" if phone else "also_check"
        return self._line("english", key, seed, {"waarde": what, "kanaal": email or phone})

    def _english_later(self, text: str, seed: str) -> str:
        """'On Thursday we are open until 21:00.' when an English comment names one weekday and a time after which
        the writer can come ('a trim on Thursday after 6pm') and the opening hours close later that day; ''
        otherwise."""
        after = EN_AFTER.search(text)
        named = {m.group(1).lower() for m in EN_DAY.finditer(text)}
        if after is None or len(named) != 1:
            return ""
        hour, minutes = int(after.group("hour")), int(after.group("min") or 0)
        noon = (after.group("half") or "").lower().startswith("p") or (not after.group("half") and hour < 7)
        hour = hour + 12 if noon and hour < 12 else hour
        day = week_days()[_EN_WEEK.index(named.pop())]
        times = hours_on(self.profile.value("opening_hours"), day).removeprefix(day).strip()
        end = DAY_END.search(times)
        if end is None or int(end.group(1)) * 60 + int(end.group(2)) <= hour * 60 + minutes:
            return ""
        until = f"{end.group(1)}:{end.group(2)}"
        return self._line("english", "day_until", seed, {"feestdag": _english_day(day), "waarde": until})

    def _english_first(self, text: str, seed: str, *, ready: bool = True) -> list[Part]:
        """The answer to the first question; ``ready`` False leaves a holiday the comment names for later."""
        asked = english_asked_about(text)
        known = self._english_known(text)
        said = (self._english_ready(text) or self._english_hours(text, seed)) if ready else ""
        if said:  # already in English (a holiday or a weekday closed or open, the opening hours)
            return [Part("answer", said, True)]
        if known and SAME_DAY.search(known) and ASKS_SOON.search(text):
            # 'can you fix it today?' and the profile says 'dezelfde dag': said in English, the rest a note
            return [Part(SAID_ANSWER, self._line("english", "same_day", seed), True)]
        season = season_outside(known, text) if known else None
        if season:  # 'ice cream in late October?' and 'Ja, van Pasen tot eind september ...': no yes
            return [Part(PROFILE_ANSWER, self._line("english", "season_outside", seed, season), True)]
        if known and (diet := self._diet_unanswered(text, known, seed)):
            return [diet]  # 'Is the hertenstoof gluten free?' and the entry names the dish, not gluten
        said, dutch = self._english_said(text, known, seed) if known else ("", False)
        if said:  # 'Do you repair e-bikes?' + 'Ja, ...' → 'Yes, we repair e-bikes!'; the rest in a note
            return [Part(PROFILE_ANSWER if dutch else SAID_ANSWER, said, True)]
        if known:  # the profile's answer as the profile says it; a note asks the owner to put it in English
            # what the first question asks about, not a thing another question names ('do you take cash?')
            about = self._english_about(_asking(text)[0]) or self._english_thing(text)
            line, dutch = self._english_lead(known, about, seed)
            return [Part(PROFILE_ANSWER if dutch else "answer", line, True)]
        return self._english_unknown(text, asked, seed)

    def _english_unknown(self, text: str, asked: str, seed: str) -> list[Part]:
        """The first English question the profile has no answer to: whether the business does a job is looked into
        ('Do you do box braids?'), else a slot for the owner that names what it is about."""
        questions = english_questions(text)
        if questions and possible_asked(open_question(questions[0])):
            # 'Do you do box braids?' and the profile says nothing of it: looked into, with how to hear back
            return [Part("answer", self._english_open_line(questions[0], seed), True)]
        if len(questions) > 1 or asked:  # 'Thanks for your question about cargo bikes!', and the hours of the day
            # the writer comes; of more questions, the slot names the one it is for ('is the stew gluten free?')
            line = (
                self._english_quoted(questions, asked, seed)
                if len(questions) > 1
                else self._line("english", "question_about", seed, {"onderwerp": asked})
            )
            return [Part("answer", f"{line} {self._english_visit(text, seed)}".strip(), True)]
        return [Part("answer", self._line("english", "question", seed), True)]

    def _english_quoted(self, questions: tuple[str, ...], asked: str, seed: str) -> str:
        """The first of several questions' slot, quoting it, with what it or the comment is about ('I need a cheap
        second hand bike'), not what a later question asks about ('do you have a high chair?')."""
        asked = english_asked_about(questions[0]) or asked
        asked = "" if any(asked.lower() in q.lower() for q in questions[1:]) else asked
        values = {"onderwerp": asked, "vraag": open_question(questions[0])}
        return self._line("english", "question_about_quoted" if asked else "question_quoted", seed, values)

    def _english_visit(self, text: str, seed: str) -> str:
        """'We are open on Sunday: 11:30–14:30 and 17:30–22:00.' for an English comment that names the one weekday
        the writer comes ('stop for lunch on Sunday the 28th') while its questions ask something else; '' else."""
        days = {m.group(1).lower() for m in EN_DAY.finditer(text)}
        if len(days) != 1 or not VISIT.search(text):
            return ""
        said = self._english_hours(f"Are you open on {days.pop()}?", seed).replace(" en ", " and ")
        return _YES_LEAD.sub(lambda m: m[1].upper(), said)

    def _english(
        self, kind: str, topics: TopicAnalysis, text: str, author: str, plat: Platform, seed: str
    ) -> tuple[list[Part], str | None]:
        """(parts, channel) of an English draft for one of the ENGLISH_KINDS."""
        body, channel = self._english_body(kind, topics, text, plat, seed)
        # 'Moving here from Leeds': a place; 'a slice of the Christmas stollen': a feast day, no one to pass praise to
        kept = tuple(n for n in topics.names if not place_named(n, text) and english_holiday(n)[0] != n)
        named = replace(topics, names=(*kept, *english_names(text)))
        staff = staff_named(named, author, self.profile.name, [self.profile.signer]) if kind == "bedanken" else []
        if staff:  # 'Femke took her time and explained everything': passed on to Femke, before the close
            names = staff[0] if len(staff) == 1 else f"{', '.join(staff[:-1])} and {staff[-1]}"
            line = self._line("english", "staff", seed, {"naam": names})
            body.insert(len(body) - 1, Part("staff", line, False))
        body = fewer_exclamations(thanked_once(body))  # not five '!' in five sentences
        framed = self._english_frame(author, plat, seed, body, text, sorry=kind == "herstel")
        return framed, channel


# 'Thanks for asking!' as a sentence of its own (not 'Thanks for asking about dogs!', 'Thanks for asking, though!').
_THANKS_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Thanks|Thank you) for asking[!.]\s+(?=[A-Z])")


def thanked_once(parts: list[Part]) -> list[Part]:
    """The parts with a 'Thanks for asking!' only where it opens the reply: a later answer that opens with it (a closed
    day after the first answer: '... ‘…’. Thanks for asking! I am closed on Mondays.') says its news without it."""
    out = parts[:1]
    for part in parts[1:]:
        out.append(replace(part, text=_THANKS_SENTENCE.sub("", part.text)) if part.text else part)
    if out:
        first = out[0].text
        out[0] = replace(out[0], text=first[:1] + _THANKS_SENTENCE.sub("", first[1:])) if first else out[0]
    return out


def _closed_off(parts: list[Part]) -> bool:
    """Whether an English answer gets a friendly close: it says the profile's yes or no in English, or it is one
    slot for the owner's answer and nothing more."""
    return parts[0].key == SAID_ANSWER or (len(parts) == 1 and parts[0].key == "answer" and "[vul in" in parts[0].text)


def open_question(question: str) -> str:
    """A further question as a slot quotes it: the part that asks ('Just moved here, could I rent one first?' →
    'could I rent one first?'), without the word it opens with ('And is the terrace covered?' → 'is the terrace
    covered?'); the whole question when that part is a word or two; its last 100 characters when longer."""
    asked = _OPENING_WORD.sub("", asking_part(question).strip())
    asked = asked if len(asked.split()) > 2 else question.strip()
    return asked if len(asked) <= 100 else "…" + asked[-100:].split(" ", 1)[-1]


# The slot of a first question the profile has no answer to (replies.toml [english] question, question_about).
_FIRST_SLOT = "[vul in: het antwoord, in het Engels]"

# The yes an hours answer opens with, dropped when the hours only go with a visit ('Yes, we are open ...').
_YES_LEAD = re.compile(r"^(?:Yes|Good news),?:?\s*(\w)")
