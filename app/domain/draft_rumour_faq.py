"""The FAQ entry that sets a rumour straight (for draft_rumour): the entry that covers the claim, said back as the
correction, with what the rumour names wrongly, what is plainly done, and what the business is free of ('zonder
gluten', 'alcoholvrij') when the rumour says otherwise."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain import draft_asked as ask
from app.domain import draft_rumour_denies
from app.domain.draft_adjectives import elided
from app.domain.draft_claims import claim_of
from app.domain.draft_fact_score import standing_out
from app.domain.draft_fact_words import fact_words
from app.domain.draft_facts import key_words, match_faq
from app.domain.draft_faq_covers import faq_covers, made_elsewhere
from app.domain.draft_faq_shapes import how_said, welcome_said
from app.domain.draft_named_thing import named_thing, verb_for, with_article
from app.domain.draft_origin import brand_faq, origin_faq, origin_said
from app.domain.draft_rumour_answer import affirming_answer
from app.domain.draft_rumour_cost import cost_wrong
from app.domain.draft_rumour_cues import _LATER, _bought_elsewhere, without_no
from app.domain.draft_rumour_denies import rumour_denies
from app.domain.draft_rumour_elsewhere import elsewhere_said
from app.domain.draft_rumour_more import _PERCENT_OFF, RumourMore
from app.domain.draft_rumour_not_done import not_done_faq, same_not_apart
from app.domain.draft_rumour_priced import gone_said, priced_denied
from app.domain.draft_rumour_verdict import focus_yes
from app.domain.draft_word_match import similar
from app.domain.draft_yes_lead import YES_LEAD, YES_NO_LEAD, YES_OR_NO, YES_STOP
from app.domain.replies import number
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis
from app.domain.words import stop_words

# What a FAQ answer says the business works without: 'siliconenvrije', 'parfumvrij', and the first of a pair
# ('siliconen- en sulfaatvrije'); not 'zonder producten' (a thing to leave out, not a substance).
_FREE_OF = re.compile(r"\b([^\W\d_]{4,}?)-?vrij\w*")
# The yes or no an answer opens with: 'Ja, ...', 'Nee: ...', 'Ja. Al ons brood ...'.
_LEAD = re.compile(r"^(ja|jazeker|zeker|nee)\s*(?:[,;:]|\.(?=\s+[A-Z]))\s*(?=\S)", re.I)
_FREE_PAIR = re.compile(r"\b([^\W\d_]{4,})-\s+(?:en|of)\s+[^\W\d_]+vrij\w*")


class RumourFaq(RumourMore):
    """The FAQ correction of a rumour (:meth:`_faq_correction`)."""

    def _more_lemmas(self, topics: TopicAnalysis, text: str) -> TopicAnalysis:
        """``topics`` with the words a FAQ entry may name that the lemmas do not hold as such."""
        # 'niet-halal vlees', 'non-food': the parts of a joined word are words the FAQ can name too
        # ('e-bike' is one word: its 'bike' would count it twice, as 'fiets')
        joined = [lemma.split("-") for lemma in topics.lemmas if "-" in lemma]
        parts = [p for split in joined if min(map(len, split)) >= 3 for p in split if len(p) >= 4]
        parts += ["merk"] if _bought_elsewhere().search(text) else []  # bought elsewhere: of another brand, maybe
        # a percentage off ('-40%', '30 % korting') says the thing is reduced: what 'Zijn fietsen afgeprijsd?' asks
        parts += ["afgeprijsd", "korting"] if _PERCENT_OFF.search(text) else []
        # 'fietsen ... Nen elektrische van ergens anders?': an adjective said alone is of the thing named before it
        parts += [w for said in elided(text, (m.text for m in topics.products)) for w in self._lemmas_of(said)]
        return replace(topics, lemmas=(*topics.lemmas, *parts)) if parts else topics

    def _faq_correction(self, topics: TopicAnalysis, seed: str, text: str) -> str:
        """The FAQ entry that sets a rumour straight, said as the FAQ says it ('Zijn honden toegestaan?
        Ja, ...'), or as 'Dat klopt niet' and its answer when the answer contradicts the rumour; '' when
        no FAQ entry sets it straight."""
        if topics.closure and _LATER.search(text):
            return ""  # 'stoppen na 1 januari met de verhuur': what the FAQ says today does not tell what comes then
        topics = self._more_lemmas(topics, text)
        covered = self._covering_faq(topics, text)
        if covered is None and (refused := self._refused(text, seed)):
            return refused
        if covered is None and (said_wrong := self._origin_or_price_wrong(topics, text, seed)):
            return said_wrong
        if covered is None and self.profile.faq:
            # 'honden niet meer welkom op het terras' ~ 'Mag de hond mee op het terras?': a close match
            found = match_faq(topics.lemmas, self.profile, self._lemmas_of)
            # two or more key words, as for faq_covers: one shared word ('e-bikes') is too little to set it straight
            close = found is not None and found[1] >= ask.RUMOUR_FAQ and len(key_words(found[2], self._lemmas_of)) >= 2
            covered = (found[2], found[0]) if found is not None and close else standing_out(text, *self._by)
        # 'de quiz is gestopt' ~ 'Hoe doe ik mee aan de quiz?' answered 'Elke donderdag om 20:00': still held
        held = ask.still_held(text, self.profile.faq) if covered is None else None
        if held is not None:
            return self._line("rumour", "still_held", seed, {"feit": ask.with_subject(*held)})
        # (a business said to stop altogether, 'Lien gaat stoppen', denies no thing of a FAQ entry by that word)
        denying = self._without_closing(topics, text)
        loose = covered is None and rumour_denies(denying)  # 'geen ... meer', 'enkel nog op afspraak'
        if loose:  # 'geen vegetarisch meer': the FAQ that names it, if its answer says yes to that thing
            covered, plain = self._loose_cover(topics, text)
            if covered is None:
                # 'Ja, alle merken' says yes, but not to what the rumour names: the owner says it, unless said plainly
                return self._line("rumour", "fact_wrong", seed, {"feit": plain}) if plain else ""
        if covered is None:
            return ""
        # 'doet alleen dames' ~ 'Knipt u ook heren en kinderen?': the groups it leaves out are what the rumour denies
        negated = rumour_denies(denying, covered[0]) or covered == self._left_out_faq(text)
        lead = _LEAD.match(covered[1])  # also 'Ja, € 100' and 'Ja. Al ons brood ...'
        rest = covered[1][lead.end() :] if lead else ""
        yes = lead is not None and not lead.group(1).lower().startswith("n")
        # the FAQ's yes to what the rumour denies ('geen kinderen meer' ~ 'Ja, kinderen tot 12 ...'), its
        # no to what the rumour claims ('eerst een afspraak' ~ 'Nee, ... terwijl je wacht'), or its yes to
        # making it here ('uit een fabriek' ~ 'Ja, ik bak alles zelf'): the rumour is wrong, said so;
        # a short answer ('Ja, aangelijnd.') needs its question and keeps the FAQ's form
        # 'weggestuurd met zijn Sparta' ~ 'Ja, alle merken': their brand is welcome too
        named = self._named_wrong(covered, text, seed) if yes else ""
        wrong = lead is not None and (negated == yes or (yes and made_elsewhere(topics.lemmas, covered[0])))
        # 'in dezelfde frituur als de kroketten' ~ 'Ja, ... in een aparte frituur': what it says is shared is kept apart
        wrong = wrong or (yes and same_not_apart(text, covered[1], self._lemmas_of))
        # the FAQ's no to what the rumour claims the business does: no 'gelukkig', it may have been welcome news
        plain = "fact_wrong" if yes else "fact_wrong_plain"
        denied = named or (self._wrong_said(covered, rest, loose, seed, plain) if wrong else "")
        if denied:
            return self._elsewhere_denied(denied, covered, topics, text, seed)
        if lead is None:  # 'waarborg': of a long answer the sentences that name it, not the day prices before them
            covered = (covered[0], self._sentences_named(covered[1].strip(), claim_of(text) or text))
        key, values = ask.faq_said(*covered)
        if key == "fact" and YES_OR_NO.match(values["feit"]):  # 'Ja, € 100 per fiets': the yes answers its question
            values = {"feit": f"{covered[0].strip()} {covered[1].strip()}"}  # as on the site, after 'zo zit het'
        return "" if loose else self._line("rumour", key, seed, values)

    def _elsewhere_denied(
        self, denied: str, covered: tuple[str, str], topics: TopicAnalysis, text: str, seed: str
    ) -> str:
        """'Uit een fabriek? Nee hoor, dat klopt niet. Ik bak ...' for a rumour that a thing comes from a place
        elsewhere ('uit een fabriek in Leeuwarden') that a FAQ on making it here denies: that place said back, then
        the answer without its yes when it says the making itself ('Alle worst maken we zelf ...'), and no
        'gelukkig' (being told so is no relief); ``denied`` unchanged for any other rumour or denial."""
        where = elsewhere_said(claim_of(text) or text) if made_elsewhere(topics.lemmas, covered[0]) else ""
        lead = next((x for x in self._leads(("fact_wrong", "fact_wrong_plain")) if denied.startswith(x)), "")
        rest = denied[len(lead) :].strip()
        if not where or not lead or not rest[:1].isupper():
            return denied
        answer = _LEAD.sub("", covered[1].strip())  # also 'Ja. Al ons brood ...'
        verb = verb_for(covered[0], self.tone.voice).split()[-1:]
        if verb and len(answer.split()) >= 5 and verb[0][:4].lower() in answer.lower() and answer[:1].isalpha():
            rest = f"{answer[:1].upper()}{answer[1:]}"  # 'We maken wel alles zelf, alle worst ... maken we zelf'
        return self._line("rumour", "elsewhere_wrong", seed, {"onderwerp": where, "feit": rest})

    def _origin_or_price_wrong(self, topics: TopicAnalysis, text: str, seed: str) -> str:
        """For a rumour no FAQ entry covers: where it is made or which brand, said wrong ('uit een fabriek' ~ 'de
        bolussen bakken we elke ochtend vers'), or another price ('€15 voor een leenfiets' ~ 'Krijg ik een
        leenfiets? Ja, ... gratis'), set straight; '' otherwise."""
        origin = origin_faq(topics.lemmas, self.profile, self._lemmas_of)
        # 'goedkope verf van de Action' ~ 'Ja, ik kleur met de plantaardige lijn van Davines.': the brand, said
        origin = origin or brand_faq(topics.lemmas, self.profile, self._lemmas_of)
        if origin is not None:
            # ('alleen wat ze zelf verkochten ... zijn Sparta' ~ 'Ja, alle merken; ...': the brand named first)
            named = self._named_wrong((origin.question, origin.answer), text, seed)
            return named or self._line("rumour", origin_said(origin)[0], seed, origin_said(origin)[1])
        # 'siliconenzooi' ~ '... siliconenvrije producten': another price, said so
        free = self._free_of(text) or cost_wrong(text, self.profile, self._lemmas_of)
        free = without_no(free)  # not 'Dat klopt niet. Nee. ...'
        return self._line("rumour", "fact_wrong", seed, {"feit": free[:1].upper() + free[1:]}) if free else ""

    def _covering_faq(self, topics: TopicAnalysis, text: str) -> tuple[str, str] | None:
        """The FAQ entry a rumour is about. When it says a thing is gone ('doet geen e-bikes meer, alleen nog gewone
        fietsen') and the entry sharing the most words asks about something else (the 'gewone fietsen' it says are
        left: 'Verhuur je fietsen?'), the entry that asks about the gone thing and says yes to it ('Repareer je ook
        e-bikes? Ja, alle merken'): its yes is what sets the rumour straight, one shared word is enough for that."""
        covered = faq_covers(topics.lemmas, self.profile, self._lemmas_of) or self._free_faq(topics)
        gone = draft_rumour_denies.gone_words(claim_of(text) or text, self._lemmas_of)
        # (only in place of an entry found: with none, one shared word is too little, as ever)
        about = faq_covers(topics.lemmas, self.profile, self._lemmas_of, least=1, about=gone) if gone else None
        if covered is None or about is None or about == covered or not YES_LEAD.match(about[1]):
            return covered

        def named(entry: tuple[str, str]) -> int:  # how many of the gone words its question names
            asked = key_words(entry[0], self._lemmas_of)
            return sum(any(similar(g, a) for a in asked) for g in gone)

        return about if named(about) > named(covered) else covered

    def _refused(self, text: str, seed: str) -> str:
        """'Dat klopt niet.' and the FAQ answer that says the business does not do what the rumour says it does
        ('Margarine of palmvet gebruik ik niet.', draft_rumour_not_done); '' when no answer says so."""
        refused = not_done_faq(claim_of(text) or text, self.profile, self._lemmas_of)
        if refused is None:
            return ""
        rest = re.sub(r"^\s*(?:ja|jazeker|zeker|nee|neen)\s*[.!]\s*(?=\w)", "", refused[1].strip(), flags=re.I)
        rest = YES_NO_LEAD.sub("", rest)  # 'Ja, ...' and 'Ja. Al ons brood ...
        return self._wrong_said(refused, rest, False, seed) if rest[:1].isalpha() else ""

    def _loose_cover(self, topics: TopicAnalysis, text: str) -> tuple[tuple[str, str] | None, str]:
        """For a denying rumour no entry covers by two words: (the entry that names what it denies, if its answer
        says yes to that thing, '') or (None, the answer that says plainly it is still done, or '')."""
        covered = faq_covers(topics.lemmas, self.profile, self._lemmas_of, least=1)
        plain = "" if covered else self._plainly_done(topics, text)  # 'Kinderen ... knip ik'
        if covered is None and not plain:  # 'doet alleen dames' ~ 'Knipt u ook heren en kinderen?'
            covered = self._left_out_faq(text)
        said = key_words(covered[1], self._lemmas_of) if covered else set()
        if covered is not None and self._answers_denied(covered, said, text):
            return covered, ""
        return None, plain or self._plainly_done(topics, text)

    def _left_out_faq(self, text: str) -> tuple[str, str] | None:
        """The FAQ entry whose question asks about the groups a rumour of 'alleen (nog) <groep>' leaves out ('doet
        alleen dames' ~ 'Knipt u ook heren en kinderen?'); None when it names no such group or no entry asks."""
        left_out = gone_said(claim_of(text) or text)
        return faq_covers(sorted(left_out), self.profile, self._lemmas_of, least=1) if left_out else None

    def _plainly_done(self, topics: TopicAnalysis, text: str) -> str:
        """The FAQ answer that says plainly that the business does what a denying rumour says it no longer does
        ('Kinderen tot en met 12 jaar knip ik ...'), or the FAQ price of what it says is gone ('alleen nog vrouwen' ~
        'Wat kost een herenknipbeurt? € 26': a price for it, so it is still done); '' when none does."""
        plain = affirming_answer(topics.lemmas, self.profile, self._lemmas_of)
        return plain or priced_denied(claim_of(text) or text, self.profile, self._lemmas_of)

    def _free_faq(self, topics: TopicAnalysis) -> tuple[str, str] | None:
        """The FAQ entry whose question asks about the one '-vrij' word a rumour names ('hebben ze glutenvrij brood'
        ~ 'Bakt u glutenvrij?'): such a word names one thing exactly, so it alone is enough to set the rumour
        straight (two shared words are asked of other rumours: 'e-bikes' alone is too little)."""
        free = {w for w in topics.lemmas if w.endswith(("vrij", "vrije")) and len(w) > 6}
        covered = faq_covers(topics.lemmas, self.profile, self._lemmas_of, least=1) if free else None
        return covered if covered is not None and free & key_words(covered[0], self._lemmas_of) else None

    def _answers_denied(self, covered: tuple[str, str], said: set[str], text: str) -> bool:
        """Whether a FAQ entry found by one word answers what a denying rumour names: its question's words are in
        its answer ``said``, or its question is about the thing the rumour says one may not come with."""
        return bool(key_words(covered[0], self._lemmas_of) & said) or focus_yes(
            *covered, claim_of(text) or text, self._lemmas_of
        )

    def _named_wrong(self, covered: tuple[str, str], text: str, seed: str) -> str:
        """'Dat klopt niet.' to a rumour that names one brand or thing ('weggestuurd met zijn Sparta') when the FAQ
        answer holds for every kind ('Ja, alle merken; ...'): 'Ook met een Sparta ben je welkom: ik repareer alle
        merken; ...', so the writer reads that their thing is meant; '' otherwise."""
        others = [self.profile.name, *self.profile.signers, *(f"{f.question} {f.answer}" for f in self.profile.faq)]
        thing, _ = named_thing((), covered[0], covered[1], others, text)
        if not thing:
            return ""
        verb = verb_for(covered[0], self.tone.voice)
        rest = YES_LEAD.sub("", covered[1].strip())
        values = {"onderwerp": with_article(thing, [text]), "feit": f"{verb} {rest}".strip()}
        return self._line("rumour", "fact_wrong_named", seed, values)

    def _sentences_named(self, answer: str, claim: str) -> str:
        """Of a FAQ answer of several sentences, those that name a key word of the rumour's claim ('100 euro cash
        waarborg' ~ 'Als waarborg toon je je identiteitskaart; ...'), not the others (the day prices before it);
        ``answer`` unchanged when every sentence or none names one."""
        parts = sentences(answer)
        if len(parts) < 3:  # ('Om 8:30 ..., gratis. Helm verplicht.'): a short answer is said whole
            return answer
        asked = _content_words(claim)
        kept = [p for p in parts if any(similar(w, a) for w in _content_words(p) for a in asked)]
        enough = len(" ".join(kept).split()) >= 5  # a sentence that can stand for the answer, not 'Helm verplicht.'
        return " ".join(kept) if kept and enough and len(kept) < len(parts) else answer

    def _wrong_said(self, covered: tuple[str, str], rest: str, loose: bool, seed: str, key: str = "fact_wrong") -> str:
        """'Dat klopt niet.' and the FAQ answer that says the rumour is wrong: with what can be done when the
        answer says only how ('Ja, via www.site.be, of bel ons.' → 'Online een afspraak maken kan gewoon: via
        ...'); '' for an answer too short to stand alone ('€ 1 per fles')."""
        how = how_said(*covered)
        if how is not None:
            return self._line("rumour", "fact_wrong_how", seed, {"onderwerp": how[0], "feit": how[1]})
        welcome = welcome_said(*covered)
        # (a rest of a few words, 'Ja, aangelijnd.', is no sentence of its own: the entry is quoted as it is)
        sentence = welcome is not None and len(welcome[2].split()) >= 4
        if welcome is not None and sentence and "welkom" not in welcome[2].lower() and welcome[2][:1].isalpha():
            # 'Zijn fietsers welkom? Zeker: er is een fietsenstalling' → 'fietsers zijn gewoon welkom. Er is ...'
            who, plural, after = welcome
            values = {"onderwerp": who, "meervoud": number(plural), "feit": f"{after[:1].upper()}{after[1:]}"}
            return self._line("rumour", "fact_wrong_welcome", seed, values)
        first = re.match(r"[^\W\d_]+", rest)
        # 'Ja, met Cyclis ...' and 'Ja, alle merken met ...' only complete their question
        leads = fact_words().fragment_leads | fact_words().general_words
        fragment = first is not None and first.group(0).lower() in leads
        # 'Verhuur je fietsen? Ja: stadsfietsen € 15 per dag ...': prices only, the verb said first ('ik verhuur wel')
        verb = verb_for(covered[0], self.tone.voice).split()[-1:]
        fragment = fragment or bool(verb and verb[0][:5] not in rest.lower())
        if fragment and (said := self._fragment_wrong(covered[0], rest, seed)):
            return said  # 'Ja, met Cyclis en Lease a Bike.': no sentence ('Ja, zonder afspraak kan ...' is one)
        if (loose or len(rest.split()) >= 5) and rest[:1].isalpha():
            return self._line("rumour", key, seed, {"feit": rest[:1].upper() + rest[1:]})
        return ""

    def _fragment_wrong(self, question: str, rest: str, seed: str) -> str:
        """'Dat klopt niet: ik werk wel met fietslease via de werkgever, met Cyclis en Lease a Bike.' for a FAQ answer
        that only completes its question ('Werken jullie met fietslease? Ja, met Cyclis ...'): the question said by
        the business, then the answer; '' when its verb cannot be said so (the FAQ's own form follows then)."""
        verb = verb_for(question, self.tone.voice)
        asked = re.match(r"^\s*[^\W\d_]+\s+(?:je|jij|jullie|u)\s+(?:ook\s+)?(?P<rest>[^?]+)", question, re.I)
        if not verb or asked is None:
            return ""
        thing, rest = asked.group("rest").strip(), rest.strip()
        # 'Repareer je ook e-bikes? Ja, e-bikes van alle merken': the thing once ('wel e-bikes, van alle merken')
        last = thing.split()[-1] if thing.split() else ""
        if last and rest.lower().startswith(f"{last.lower()} ") and len(rest.split()) > 2:
            rest = rest[len(last) :].strip()
        said = f"{verb} wel {thing}, {rest[:1].lower()}{rest[1:]}"
        return self._line("rumour", "fact_wrong", seed, {"feit": said[:1].upper() + said[1:]})

    def _free_of(self, text: str) -> str:
        """The FAQ answer, without its yes, that says the business works without what a rumour says it uses
        ('gebruikt goedkope siliconenzooi' ~ 'alleen siliconen- en sulfaatvrije producten', 'parabenenvrij');
        '' when none does or the rumour itself says 'vrij' or 'zonder'."""
        words = re.findall(r"[^\W\d_]{4,}", text.lower())
        if any(w.endswith(("vrij", "vrije")) or w in {"zonder", "geen"} for w in words):
            return ""
        for item in self.profile.faq:
            free = {m.group(1) for m in _FREE_OF.finditer(item.answer.lower())}
            free |= {m.group(1) for m in _FREE_PAIR.finditer(item.answer.lower())}
            if any(w.startswith(f) for f in free for w in words if len(f) >= 5):
                rest = YES_STOP.sub("", item.answer.strip())
                return f"{rest[:1].upper()}{rest[1:]}"
        return ""


def _content_words(text: str) -> set[str]:
    """The words of five letters or more of a text that are no stop words ('waarborg', 'huurfiets'), lower case."""
    return {w for w in re.findall(r"[^\W\d_]{5,}", text.lower()) if w not in stop_words()}
