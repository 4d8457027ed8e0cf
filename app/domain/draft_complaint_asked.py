"""Every question in a complaint gets its answer or a named slot: 'Geldt die garantie nou wel of niet??' is a
question, angry as it is worded, and the profile's warranty answers it; 'Hoe kan dat nou?' is a reproach, answered
only with a fact the profile has for what it asks about, never with a slot."""

from __future__ import annotations

import re

from app.domain.draft_amounts import AMOUNT
from app.domain.draft_complaint_cancel import cancelled_not_by_them, refund_rule
from app.domain.draft_counts import counted_instead
from app.domain.draft_dated_closed import reopening
from app.domain.draft_events import asks_more
from app.domain.draft_faq_shapes import may_for_must
from app.domain.draft_more_questions import MoreQuestions, lower_first
from app.domain.draft_question_register import in_register
from app.domain.draft_questions import (
    asked_before,
    complaint_ask,
    complaint_unmarked,
    first_addressed,
    last_clause,
    tone_free,
    unmarked_clause,
)
from app.domain.draft_said_in_kind import said_already
from app.domain.draft_terms import terms_for
from app.domain.draft_text import Part
from app.domain.draft_yes_lead import YES_LEAD
from app.domain.textnorm import sentences
from app.domain.words import possessive_alternation

# 'Wie gaat dat betalen?', 'En wie lost dit op?': a question of who, after a complaint.
_WHO = re.compile(r"^\W*(?:(?:en|of|maar)\s+)?wie\b", re.I)
# Words that point back at a thing said before the question ('Hoe lang duurt dat?', 'wa kost da?').
_POINTER = re.compile(r"\b(?:dat|da|dit|zoiets)\b", re.I)
# 'Waarom zijn jullie op maandag dicht?': a reproach that asks why a rule is so.
_WHY = re.compile(r"^\W*(?:(?:en|of|maar)\s+)?waarom\b", re.I)
# 'Hoe lang duurt dat?', 'wa kost da?': how long or how much the thing said before takes, a fact the profile may hold
_HOW_LONG_OR_MUCH = re.compile(
    r"^\W*(?:(?:en|of|maar)\s+)?(?:hoe\s*lang\s+(?:duurt|duren)|(?:wat|wa|hoeveel)\s+(?:kost|kosten))\b", re.I
)
# A question clause that asks for the money back ('krijg ik het verschil terug'), and one that asks to fetch or get
# the rest ('moet ik die 4 nog komen halen'): two remedies the writer offers.
_REFUND = re.compile(r"\b(?:terug|terugbetaald|terugbetalen|terugstorten|teruggestort|verschil|refund)\b", re.I)
_FETCH = re.compile(r"\b(?:halen|ophalen|afhalen|brengen|leveren|nasturen|bezorgen|langskomen|meegeven)\b", re.I)
# 'staat mijn afspraak nu vast of nie?', 'is onze reservatie wel genoteerd?': whether the writer's own booking or order
# stands, which only the business's agenda can tell (no profile fact about appointments in general answers it)
OWN_BOOKING_HOLDS = re.compile(
    rf"\b(?:{possessive_alternation()})\s+(?P<noun>afspraak|afspraakje|reservatie|reservering|boeking|bestelling)\b"
    r"[^?]*\b(?:vast|genoteerd|bevestigd|in\s+orde|doorgekomen|ontvangen|geldig|gezien|ingeschreven)\b",
    re.I,
)
# 'moet ik da nu echt betalen?', 'moeten we dat zelf betalen?': whether the writer must pay at all, the owner's to
# say; never how one can pay (the profile's payment methods answer 'hoe kan ik betalen?', not this)
_MUST_PAY = re.compile(r"\b(?:moet|moeten|moete|moest|moesten)\s+(?:ik|we|wij|ek|wette)\b[^?]*\bbetalen\b", re.I)
# 'Ik wil gewoon mijn 14 euro terug', 'krijg ik onze € 60 nog terug?', 'mijn voorschot van €20 terug': the writer's own
# sum asked back (also named as the deposit it was), and a text
# that says it was paid beforehand ('vooraf betaald via Payconiq', 'op voorhand betaald', 'aanbetaald'): what was
# paid for and never had comes back, said with its amount; when and how stay the owner's
_SUM_BACK = re.compile(
    rf"\b(?:{possessive_alternation()})\s+(?:(?:voorschot|aanbetaling|geld|borg|waarborg)\s+van\s+)?"
    r"(?:€\s?(?P<n>\d+(?:,\d{2})?)|(?P<m>\d+(?:,\d{2})?)\s?(?:euro|eur)\b)"
    r"(?:\s+[^\W\d_]+){0,3}\s+terug",
    re.I,
)
_PAID_AHEAD = re.compile(
    r"\b(?:(?:vooraf|vooruit|op\s+voorhand|al)\s+(?:\w+\s+)?(?:betaald|overgemaakt)|aanbetaald|voorschot)\b", re.I
)
# 'Krijg ik dat geld nog terug of hoe zit dat': a fee asked back by 'dat geld', from a writer who says the business
# itself was late ('als jij de fiets zelf twee uur te laat terugbracht'): the fee comes back, when and how the owner's
_FEE_BACK = re.compile(
    r"\b(?:krijg|krijgen|krijgt)\s+(?:ik|we|wij|ek)\s+(?:dat|die|dit|het|mijn|m'n|ons|onze)\s+(?:geld|bedrag|centen|"
    r"kosten|euro's)\s+(?:\w+\s+){0,2}?terug\b",
    re.I,
)
_US_LATE = re.compile(
    r"\b(?:jij|jullie|u|ge|gij|julder|zij)\b[^.!?]{0,50}?\b(?:te\s+laat|niet\s+op\s+tijd|pas\s+na\s+\w+\s+uur)\b", re.I
)
# 'Wanneer zijt ge dan wél open?', 'vanaf wanneer zijn jullie terug open?', 'tot wanneer blijven jullie dicht?': when
# the business is there again, after the closing the writer found.
_WHEN_OPEN = re.compile(
    r"\bwanneer\b[^?.!]{0,40}?\b(?:open|opengaan|bereikbaar)\b|\btot\s+wanneer\b[^?.!]{0,40}?\b(?:dicht|gesloten|toe)\b",
    re.I,
)
# At most this many questions of one complaint get a line of their own.
_MOST = 3


def complaint_clauses(asked: tuple[str, ...], text: str = "") -> list[tuple[str, str]]:
    """The question clauses of a complaint put to the business, in order, each with how it asks ('ask' or
    'reproach', draft_questions.complaint_ask), and after them those asked without a question mark in ``text``;
    the same clause once."""
    unmarked = complaint_unmarked(text) if "?" in text else ()
    # 'twee keer gemaild om te vragen of jullie kunnen leveren; geen antwoord': that question, asked again here
    unmarked = (*unmarked, *asked_before(text))
    # (not one the questions hold already: 'En kunt ge hem anders niet brengen, ik woon ...' is one question)
    unmarked = tuple(u for u in unmarked if not any(u.rstrip("?") in q for q in asked))
    # a clause without a question mark is the question before its first comma; what follows says why or where
    # ... or the later clause that asks by its word order ('..., hail jammer 😤 leggen jullie niet wat apart ofzo')
    said = [c if "?" in c else unmarked_clause(c) + "?" for c in asked]
    clauses = dict.fromkeys([*(last_clause(q) for q in said), *unmarked])
    found = [(c, complaint_ask(c)) for c in clauses]
    return [(c, how) for c, how in found if how][:_MOST]


class ComplaintAsked(MoreQuestions):
    """The writer's questions in a complaint, answered from the profile or given a named slot."""

    def _complaint_asked(
        self, asked: tuple[str, ...], seed: str, text: str, *, slot: bool = True, more_said: bool = False
    ) -> Part | None:
        """One part with a line for every question in a complaint: the profile's answer when the vraag path finds
        one for the question's focus (draft_more_questions._known_answers), else a slot that names the question;
        a reproach gets only an answer. The first question put to the business plainly is answered as before."""
        clauses = complaint_clauses(asked, text)
        first = first_addressed(asked)
        if not clauses:
            return None
        questions = [self._shortened(tone_free(c)) for c, _ in clauses]
        known = self._known_answers(questions, asked, "", seed, text)
        lines: list[str] = []
        slots: list[str] = []
        short = ""
        for (clause, how), question, guarded in zip(clauses, questions, known, strict=True):
            if how in {"ask", "reproach"} and (back := self._sum_back(clause, seed, text)):
                lines.append(back)  # 'Ik wil gewoon mijn 14 euro terug, is da nu zo moeilijk?' after paying ahead
                continue
            if how == "ask" and (either := self._count_either(clause, text, seed)):
                lines.append(either)  # 'krijg ik het verschil terug of moet ik die 4 nog komen halen?': both offered
                continue
            # the first plain question as before: its known answer unguarded (found by the whole question)
            answer = self._known_answer(question, seed) if clause == first else guarded
            answer = self._may_for_must(question, self._clause_answer(question, how, answer, asked, text, seed))
            if answer and not any(said_already(answer, line) for line in lines):
                values = {"antwoord": lower_first(answer) if clause == first else self._after_colon(answer)}
                line = self._also_said(question, answer, seed) if lines else ""
                lines.append(line or self._line("complaint", "question_fact", seed, values))
                first_part = answer.split(";")[0].strip().rstrip(".")
                short = short or f"{first_part[:1].upper()}{first_part[1:]}."
            elif not answer and how == "ask" and slot and not (more_said and asks_more(clause)):
                # ('Kunt ge niet wat meer bakken?' has its line when the draft says more will be baked: no slot)
                slots.append(self._slot_said(re.sub(r"\?{2,}", "?", self._shortened(clause))))
        if slots:  # the questions left open named in one slot: 'het antwoord op ‘Wanneer ...?’ en ‘Kunt ge ...?’'
            key = "question_other" if lines else "question"  # (not a second 'En dan uw vraag')
            lines.append(self._line("complaint", key, seed, {"vraag": "’ en ‘".join(slots)}))
        if not lines:
            return None
        return Part("question", " ".join(lines), True, short or self._line("question", "unknown", seed))

    def _clause_answer(self, question: str, how: str, answer: str, asked: tuple[str, ...], text: str, seed: str) -> str:
        """The answer found for a question clause of a complaint, checked: one that points back gets the answer for
        the thing before it, a reproach only the fact that says why, a question of who no fact at all."""
        # 'Maandag 16 augustus voor een gesloten deur gestaan. Wanneer zijt ge dan wél open?': the day after the
        # closing the holidays name for that day, not the week's hours
        again = reopening(text, self.profile.holiday_entries()) if how == "ask" and _WHEN_OPEN.search(question) else ""
        if again:
            return self._line("question", "open_again", seed, {"waarde": again})
        if not answer and how == "ask":
            answer = self._pointed_answer(question, asked, text, seed)  # 'Hoe lang duurt dat normaal??'
        if how == "reproach" and (not _WHY.match(question) or answer != self._known_answer(question, seed)):
            # a reproach gets only the fact that says why ('Waarom zijn jullie maandag dicht?' ~ the hours), found
            # for the question itself; 'Is dit hoe jullie met groepen omgaan?' gets no group terms
            return ""
        if _WHO.match(question) or OWN_BOOKING_HOLDS.search(question) or _MUST_PAY.search(question):
            # 'Wie gaat da betalen???': who pays or fixes it is the owner's to say, no profile fact; so is whether
            # the writer's own appointment stands, and whether they must pay at all
            return ""
        if not answer and how == "ask" and _REFUND.search(question) and cancelled_not_by_them(text):
            # 'We hebben het kerstdiner afgezegd ... Krijgen we dat geld nog terug?': the profile's rule for what
            # comes back after cancelling answers it ('wie tot 14 dagen van tevoren annuleert, krijgt ... terug')
            rule = refund_rule(self.profile)
            answer = f"{rule}." if rule else ""
        terms = self.profile.value("return_terms")
        if answer and terms and answer.strip().rstrip(".") == terms.strip().rstrip("."):
            answer = f"{terms_for(terms, text).rstrip('.')}."  # a new bike's terms, not the used ones' too
        return answer

    def _count_either(self, clause: str, text: str, seed: str) -> str:
        """Both remedies offered when the writer got too few and asks whether they get the money back or must
        fetch the rest ('24 boterkoeken besteld ... er zaten er maar 20 in ... krijg ik het verschil terug of moet
        ik die 4 nog komen halen?'): the choice is theirs, with how many were missing; '' otherwise."""
        if " of " not in clause or not (_REFUND.search(clause) and _FETCH.search(clause)):
            return ""
        got, ordered = counted_instead(text)
        count, _, thing = ordered.partition(" ")
        if not got or not thing or int(count) <= int(got):
            return ""
        return self._line("complaint", "count_either", seed, {"waarde": str(int(count) - int(got)), "onderwerp": thing})

    def _sum_back(self, clause: str, seed: str, text: str) -> str:
        """The writer's own sum, paid beforehand, given back by its amount ('Vooraf betaald ... niks gevonden op uw
        naam ... Ik wil gewoon mijn 14 euro terug'): '' when the clause asks no sum back or nothing was paid ahead."""
        found = _SUM_BACK.search(clause)
        if found is None and _FEE_BACK.search(clause) and _US_LATE.search(text):
            # 'Waarom moet ik € 12,50 betalen voor het ophalen als jij ... te laat ...? Krijg ik dat geld nog terug'
            fees = list(AMOUNT.finditer(text))
            said = f"€ {fees[0].group('n') or fees[0].group('m')}" if len(fees) == 1 else ""
            what = f" voor {fees[0].group('wat')}" if said and fees[0].group("wat") else ""
            return self._line("complaint", "fee_back", seed, {"waarde": f"{said}{what}"}) if said else ""
        if found is None or not _PAID_AHEAD.search(text):
            return ""
        return self._line("complaint", "sum_back", seed, {"waarde": f"€ {found.group('n') or found.group('m')}"})

    def _may_for_must(self, question: str, answer: str) -> str:
        """A FAQ answer's yes to whether one may ('Kan ik pistolets op voorhand bestellen? Ja, tot 16.00 ...') for a
        writer who asked whether they must ('moet ik die nu op voorhand bestellen?'): said as what may be done
        ('Pistolets op voorhand bestellen kan: tot 16.00 ...'); the answer as it is otherwise."""
        entry = next((f for f in self.profile.faq if f.answer.strip() == answer.strip()), None)
        must = may_for_must(answer, entry.question, (question,)) if entry is not None else None
        if must is None:
            return answer
        # said after 'En dan je vraag:', so in lower case
        return self._line("question", "may_yes", "", {"onderwerp": must[0], "antwoord": must[1]})

    def _fact_said_twice(self, parts: list[Part]) -> list[Part]:
        """The parts without the complaint's fact line when another part gives the same profile value: the answer
        to the writer's question or the warranty said for what to pay ('Zo werkt het bij ons: zes maanden garantie
        ...' after 'En dan je vraag: zes maanden garantie ...')."""
        values = [self.profile.value(q.field) for q in self.t.question_topics] + [f.answer for f in self.profile.faq]
        # also without its yes: 'Ja, tot 16.00 de dag ervoor' is said as 'Pistolets bestellen kan: tot 16.00 ...'
        bare = [YES_LEAD.sub("", v) for v in values]
        heads = {" ".join(v.split()[:6]).rstrip(".").lower() for v in [*values, *bare] if len(v.split()) >= 2}
        others = " ".join(p.text for p in parts if p.key != "fact").lower()

        def twice(part: Part) -> bool:
            return any(h in part.text.lower() and h in others for h in heads)

        return [p for p in parts if not (p.key == "fact" and twice(p))]

    def _pointed_answer(self, question: str, asked: tuple[str, ...], text: str, seed: str) -> str:
        """The answer to a question that points back at a thing said before it and names none itself ('... voor een
        onderhoudsbeurt. Ik moet elke dag met de bus. Hoe lang duurt dat normaal?' ~ how long a beurt takes): the
        question asked of each thing of the two sentences before it, the nearest first; '' when none is answered."""
        if self._focus(question) or not _POINTER.search(question) or not _HOW_LONG_OR_MUCH.match(question):
            return ""
        at = text.find(question.rstrip("?").split("?")[0][:30])
        before = [p for p in sentences(text[: max(at, 0)].strip()) if p.strip()][-2:]
        for sentence in reversed(before):
            for noun in self._analysis(sentence, None).nouns:
                put = _POINTER.sub(noun, question, count=1)
                found = self._known_answers([put], asked, "", seed, "")[0]
                if found and self._focus(put):
                    return found
        return ""

    @staticmethod
    def _shortened(question: str) -> str:
        """A long question with a second choice to its first ('Gaat iemand dit oplossen of ...?')."""
        if len(question) > 60 and " of " in question:
            return question.split(" of ", 1)[0].rstrip(" ,") + "?"
        return question

    def _slot_said(self, question: str) -> str:
        """The question as the slot names it, in the owner's register and at most 120 characters."""
        said = " ".join(in_register(re.sub(r"[\[\]{}]", "", question), self.tone.register).split())
        return said[:117].rsplit(" ", 1)[0] + " …?" if len(said) > 120 else said
