"""Drafts for comments written in English: the same kinds and channel rules, English sentences
(resources/replies.toml [english*]); slots stay Dutch because they are for the owner."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_facts import english_label, match_faq, same_words
from app.domain.draft_names import first_name
from app.domain.draft_questions import question_sentences
from app.domain.draft_text import Part
from app.domain.language import ENGLISH, english_asked_about, english_object, english_safety, english_tried
from app.domain.replies import Platform
from app.domain.topics import TopicAnalysis

# Kinds of business where a guest stays the night ('your stay'); elsewhere it is 'your visit'.
_STAY_KINDS = ("hotel", "b&b", "bed and breakfast", "camping", "vakantie", "pension", "hostel", "bnb")
# An occasion to congratulate on in an English comment.
_CELEBRATED = re.compile(
    r"\b(?:birthday|wedding|anniversary|engage(?:d|ment)|graduat\w*|new job|retirement|christening)\b", re.I
)
# A minus point in English praise.
_DOWNSIDE = re.compile(
    r"\b(?:downside|only (?:thing|minus|negative|complaint)"
    r"|a (?:bit|little) (?:too )?(?:loud|noisy|slow|pricey|expensive)"
    r"|(?:too|very|quite) (?:loud|noisy|slow|pricey|expensive)|could be (?:better|faster|quieter))\b",
    re.I,
)
# How long an English writer waited: 'waited over an hour', 'waiting 45 minutes for our food'.
_WAITED = re.compile(
    r"\bwait(?:ed|ing)?\s+(?:for\s+)?(?P<how>(?:(?:well\s+)?over|almost|nearly|more than|about)\s+)?"
    r"(?P<long>an?|one|two|three|\d+|half an)\s+(?P<unit>hours?|minutes?|mins)\b",
    re.I,
)
# What an English rumour claims: 'I heard (that) you're closing down next month'.
_CLAIM = re.compile(
    r"\b(?:heard|read|saw|told|says|said|is it true)\b\s+(?:me\s+)?(?:that\s+)?(?P<claim>[^.?!]{8,140}?)\s*[.?!]", re.I
)
# Words that make a guessed English object no thing ('the took forever').
_NO_OBJECT = re.compile(r"\b(?:took|forever|was|were|is|are|got|had|did|came|went|never|always)\b", re.I)
# The key of the part that holds an answer from the (Dutch) profile in an English draft.
PROFILE_ANSWER = "answer_profile"
# A Dutch answer that starts with yes or no ('Ja, al ons vlees is halal').
_YES_NO = re.compile(r"^\s*(jazeker|zeker|ja|nee)\b[\s,;:!]*", re.I)
# A FAQ entry answers an English question when it matches this closely (as for a Dutch one).
_ENGLISH_FAQ = 0.5
# Draft kinds (flowchart outcome 'draft') that have English sentences.
ENGLISH_KINDS = frozenset({"herstel", "bedanken", "beantwoorden", "uitzoeken", "rechtzetten"})


class EnglishDrafting(DraftBase):
    def _english_frame(self, author: str, plat: Platform, seed: str, body: list[Part]) -> list[Part]:
        name = first_name(author)
        key = f"{plat.style}_{'named' if name else 'anonymous'}"
        greeting = Part("greeting", self._line("english_greeting", key, seed, {"naam": name}), False)
        signer = self.profile.signer or self._note("signer_missing")
        sign = self._line("english_signoff", plat.style, seed, {"ondertekenaar": signer, "bedrijf": ""})
        if plat.style == "formal" and self.profile.name:
            sign += f"\n{self.profile.name}"
        return [greeting, *body, Part("sign", sign, True)]

    def _english_body(
        self, kind: str, topics: TopicAnalysis, text: str, plat: Platform, seed: str
    ) -> tuple[list[Part], str | None]:
        about = english_object(text)
        if _NO_OBJECT.search(about):
            about = ""  # 'Food took forever': a verb, not a thing to name
        values = {"onderwerp": f" about {about}" if about else ""}
        if kind == "herstel":
            safety = topics.is_safety or english_safety(text)
            tried = (*topics.tried, *english_tried(text))
            urgent = safety or topics.urgent
            contact, channel = self._channel(plat, seed, urgent=urgent, tried=tried, section="english_channel")
            empathy = self._line("english", "safety" if safety else "complaint", seed, values)
            waited = None if safety else _WAITED.search(text)
            if waited:  # 'We waited over an hour': said back, not only 'your food'
                how = " ".join(waited.group(0).split()[1:]).removeprefix("for ").strip()
                line = self._line("english", "wait", seed, {"waarde": how})
                empathy = f"{empathy} {line[:1].upper()}{line[1:]}"
            # Safety: no proposal in public, only the call.
            brief = safety or plat.style == "chat"  # no proposal in public on a chat platform either
            solution = Part("solution", "" if brief else self._line("english", "solution", seed), not brief, "")
            return [Part("empathy", empathy, True, self._line("english", "short", seed)), solution, contact], channel
        if kind == "bedanken":
            stay = any(k in self.profile.kind.lower() for k in _STAY_KINDS)
            visit = self._line("english", "visit", seed, {"waarde": "stay" if stay else "visit"})
            parts = [
                Part(
                    "thanks", self._line("english", "thanks", seed, values), True, self._line("english", "short", seed)
                ),
                Part("visit", visit, False),
                Part("closing", self._line("english", "closing", seed), False),
            ]
            if _CELEBRATED.search(text):  # 'my mum's 60th birthday', 'our wedding': congratulate once
                parts.insert(1, Part("congrats", self._line("english", "congrats", seed), False))
            if _DOWNSIDE.search(text):  # 'the only downside is that it gets loud': not ignored
                parts.insert(-1, Part("criticism", self._line("english", "criticism", seed), False))
            return parts, None
        if kind == "rechtzetten":
            claim = _CLAIM.search(text)  # 'I heard you're closing down next month?': the slot names it
            if claim:
                values = {"vraag": " ".join(claim.group("claim").split())}
                return [Part("correction", self._line("english", "rumour_claim", seed, values), True)], None
            return [Part("correction", self._line("english", "rumour", seed), True)], None
        asked = english_asked_about(text)
        known = self._english_known(text)
        ready = self._english_ready(text)
        if ready:  # already in English (a holiday closed or open)
            return [Part("answer", ready, True)], None
        if known:  # the profile's answer as the profile says it; a note asks the owner to put it in English
            return [Part(PROFILE_ANSWER, self._english_lead(known, self._english_about(text), seed), True)], None
        if asked:  # 'Thanks for your question about cargo bikes!'
            return [Part("answer", self._line("english", "question_about", seed, {"onderwerp": asked}), True)], None
        return [Part("answer", self._line("english", "question", seed), True)], None

    def _english_ready(self, text: str) -> str:
        """An answer the profile gives already in English (the drafter fills this in for holidays)."""
        return ""

    def _english_known(self, text: str) -> str:
        """The answer from the profile to an English question: a FAQ entry matched on the question's
        words made Dutch by resources/synonyms.toml ('rent out bikes' ~ 'Verhuur je ook fietsen?'), else the
        profile field a word names ('parking' → parkeren); '' when the profile has none."""
        asked = question_sentences(text) or (text,)
        words = [w for w in self._lemmas_of(asked[0]) if w not in ENGLISH]
        found = match_faq(words, self.profile, self._lemmas_of) if self.profile.faq else None
        if found and found[1] >= _ENGLISH_FAQ:
            return found[0]
        said = set(same_words(words))
        topic = next((q for q in self.t.question_topics if q.id in said and self.profile.value(q.field)), None)
        return self.profile.value(topic.field).strip() if topic is not None else ""

    def _english_about(self, text: str) -> str:
        """What an English question asks about, as the reply names it: the words of the question
        ('cargo bikes'), else the English label of the profile field it asks for ('wheelchair access')."""
        asked = english_asked_about(text)
        if asked:
            return asked
        question = (question_sentences(text) or (text,))[0]
        said = set(same_words(w for w in self._lemmas_of(question) if w not in ENGLISH))
        return next((english_label(q.id) for q in self.t.question_topics if q.id in said and english_label(q.id)), "")

    def _english_lead(self, known: str, asked: str, seed: str) -> str:
        """'Yes!' or 'Sorry, no.' when the Dutch answer starts so, then the answer to put in English."""
        # the English lead says yes or no already: 'Ja, al ons vlees is halal' → 'al ons vlees is halal'
        said = _YES_NO.match(known)
        key = "answer" if said is None else ("answer_no" if said.group(1).lower().startswith("n") else "answer_yes")
        rest = known[said.end() :] if said else known
        values = {"onderwerp": asked or "that", "antwoord": (rest or known).rstrip(".")}
        return self._line("english", key, seed, values)

    def _english(
        self, kind: str, topics: TopicAnalysis, text: str, author: str, plat: Platform, seed: str
    ) -> tuple[list[Part], str | None]:
        """(parts, channel) of an English draft for one of the ENGLISH_KINDS."""
        body, channel = self._english_body(kind, topics, text, plat, seed)
        return self._english_frame(author, plat, seed, body), channel
