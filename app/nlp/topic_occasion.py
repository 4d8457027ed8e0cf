"""The occasion a comment is about ('onze 25e trouwdag', 'mijn moeder werd 80'), as said, and whose it is (read by
app.nlp.topic_occasion_owner)."""

from __future__ import annotations

import re
from typing import Any

from app.domain.draft_dialects import dialect_forms
from app.domain.topics import Concept, TopicData, article_of
from app.domain.words import RECORDS, WEEKDAY_NAMES
from app.nlp import lexicon
from app.nlp.topic_match import Matches
from app.nlp.topic_occasion_age import (
    add_age_rules,
    age_number,
    age_patterns,
    birthday_said,
    counted,
    feast_day,
    in_a_year,
    named_years,
    ordinal_patterns,
)
from app.nlp.topic_occasion_owner import _THEIR_OWN, _couple, _owner, owners_said
from app.nlp.topic_said_yes import said_yes, said_yes_patterns
from app.nlp.topic_staff import kin_words
from app.nlp.topic_words import MINE, POSSESSIVE, WRITTEN_ORDINALS, lemma, ordinal

# Words of a birth itself (not of a maternity party): 'geboren', 'pasgeboren', '#kraamtijd', 'newborn'.
_BORN = ("geboren", "geboorte", "pasgeboren", "kraamtijd", "kraamweek", "newborn")
# Words that put an occasion soon ahead ('morgen is onze bruiloft', 'het feest van aanstaande zaterdag').
_SOON = frozenset({"morgen", "overmorgen", "aanstaande", "a.s.", "straks", "vanavond", "morgenavond", "morgenochtend"})
# 'Carnaval komt eraan', dialect 'Vastelaovend kump eraan': coming soon.
_COMING = frozenset({"komt", "kump", "kömp", "kömt", "komen"})
_NEAR = frozenset({"eraan", "aan", "dichterbij"})
_DAYS = frozenset({*WEEKDAY_NAMES, "weekend"})
# The service just happened ('Gisteren mijn haar laten kleuren'): a weekday after the occasion is ahead.
_JUST_DONE = frozenset({"gisteren", "gisteravond", "vanmorgen", "vanochtend", "vandaag", "zojuist", "eergisteren"})
# Occasions whose word, as the first part of a compound, says nothing about this visit: a 'kerststol' or a
# 'feesttaart' is bought any time, a 'fietsvierdaagse' does not make every 'fietspomp' an achievement.
_NOT_IN_COMPOUNDS = frozenset(
    {"rouw", "uitje", "kerst", "prestatie", "optreden", "schooldag", "moederdag", "valentijn", "baan"}
)
# Words that tell a death itself, not only a gathering after it ('de koffietafel') or a wish ('zou trots zijn').
_DEATH = ("overleden", "overlijden", "overleed", "gestorven", "stierf", "uitvaart", "begrafenis", "crematie")
# Occasions that only say there was a party: another occasion named says what it celebrated.
_GENERIC = frozenset({"uitje"})
# Occasions an age said gives way to: 'mama werd 80 ... een micro voor de speech van de kleinkinderen' is a
# birthday with a speech at it, a party said with an age is that birthday.
_BELOW_AGE = frozenset({"verjaardag", "uitje", "optreden"})
# A feast of the calendar says when; an age turned on a day named says what was celebrated ('ons mama werd 75 op 25
# december ... met Kerstmis'), not an age said in passing ('Moederdag gevierd met mama, die dit jaar 80 werd').
_CALENDAR = frozenset({"kerst", "moederdag", "valentijn", "carnaval"})
# A gift is for someone else's occasion ('als kraamcadeau gekregen'), not the writer's.
_GIFTS = frozenset({"cadeau", "kado", "cadeautje", "geschenk", "present", "attentie"})
# Adverbs right after an ordinal: 'op ons 74ste weer' (an age), 'voor m'n zestigste eindelijk' (a birthday).
_STILL = frozenset({"weer", "nog", "al", "eindelijk", "toch", "pas", "ook"})
# Since or until an age: 'sinds m'n 12de', 'vanaf mijn 18de', 'tot haar 6de' (the years since, no birthday).
_SINCE = frozenset({"sinds", "sedert", "vanaf", "tot"})
# Links between the parts of a compound ('huwelijk-s-feest', 'doop-suiker', 'communie-taart').
_LINKS = ("s", "-", "")


class OccasionFinder:
    def __init__(self, data: TopicData, nlp: Any) -> None:
        from spacy.matcher import Matcher

        self.data = data
        self.nlp = nlp
        self.by_id = {c.id: c for c in data.concepts}
        occasion_lemmas = sorted(
            {lemma(t) for c in data.concepts if c.group == "occasion" for t in c.terms if " " not in t}
        )
        self._singular = {t for c in data.concepts if c.group == "occasion" for t in c.terms}
        self._first_parts = _first_parts(data)
        # the last parts of occasion words that are a gathering, not a thing bought: 'feest' and 'diner' of
        # 'verjaardagsfeest' and 'verjaardagsdiner', not 'taart' of 'bruidstaart'
        heads = {h for c in data.concepts if c.group == "occasion" for h in c.heads}
        rests = {_rest(t, self._first_parts) for t in self._singular if t.isalpha()} | heads
        self._events = rests - set(data.products) - {""}
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("ORDINAL_OCCASION", ordinal_patterns(data, occasion_lemmas))
        age = age_patterns()[0][0]
        add_age_rules(self.matcher, kin_words())  # 'werd 90', and 'mijn vader 75 jaar 🎉' also beside a feast day
        # 'voor mijn 30ste!', 'haar 18de bij jullie gevierd': an ordinal of one's own, no noun after it
        own = {"LOWER": {"IN": sorted(POSSESSIVE | _THEIR_OWN)}}
        # 'Mijne vijftigste gevierd': written out, from eighteen on ('mijn tweede' is no birthday)
        grown = sorted(w for w, n in WRITTEN_ORDINALS.items() if n >= 18)
        nth = {"TEXT": {"REGEX": r"^\d{1,3}(?:ste|de|e)$"}}
        self.matcher.add("OWN_ORDINAL", [[own, nth], [own, {"LOWER": {"IN": grown}}]])
        # 'voor de 40ste van mijn vent', 'de 80ste van ons moeder': whose birthday, said after it
        # also of a person named without a possessive ('de 90ste van bomma', 'de 50ste van Jan'): _alone decides
        the: list[dict[str, Any]] = [{"LOWER": "de"}, nth, {"LOWER": "van"}]
        self.matcher.add("THE_ORDINAL", [[*the, own], the])
        # '40 jaar getrouwd', 'ons 40-jarig huwelijksfeest' (a wedding anniversary, not a party)
        years = {"LOWER": {"REGEX": r"^\d{1,2}-jarige?$"}}
        # ... also with a space for the hyphen ('ons 40 jarig huwelijksfeest', 'het 25 jarig bestaan')
        spaced: list[dict[str, Any]] = [{"LOWER": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": {"IN": ["jarig", "jarige"]}}]
        # ... also in dialect ('60 joar getrouwd', '50 jaor trouwd') and with the noun ('hun 50 jaar huwelijk')
        year = {"LOWER": {"IN": sorted(dialect_forms("jaar"))}}
        wed = {"LOWER": {"IN": sorted(dialect_forms("getrouwd", "huwelijk"))}}
        married: list[list[dict[str, Any]]] = [
            [age, year, wed],
            [years, {"LOWER": {"REGEX": r"^huwelijks?"}}],
            [*spaced, {"LOWER": {"REGEX": r"^huwelijks?"}}],
        ]
        self.matcher.add("MARRIED", married)
        # 'ons 25-jarig bestaan', '10 jaar open', '50 jaar bestaan': a firm's jubilee
        existed: list[list[dict[str, Any]]] = [
            [years, {"LOWER": "bestaan"}],
            [*spaced, {"LOWER": "bestaan"}],
            [age, {"LOWER": "jaar"}, {"LOWER": {"IN": ["bestaan", "open"]}}],
        ]
        self.matcher.add("EXISTED", existed)
        # '25 jaar Bakkerij Claes!', '40 jaar Garage Hermans!': years and a name the comment or a sentence opens
        # with, said out loud (named_years decides)
        self.matcher.add("NAMED_YEARS", [[{"TEXT": {"REGEX": r"^\d{1,3}$"}}, {"LOWER": "jaar"}, {"IS_TITLE": True}]])
        # 'CWO 2 gehaald!', 'mijn B1 behaald': a certificate by its letters is a diploma
        letters = {"TEXT": {"REGEX": r"^[A-Z]{1,5}\d?$"}}
        passed = {"LOWER": {"IN": ["gehaald", "behaald"]}}
        self.matcher.add("CERTIFICATE", [[letters, {"LIKE_NUM": True, "OP": "?"}, passed]])
        # 'zeiden we ‘ja’ in het gemeentehuis', 'we hebben "ja" gezegd', 'tegen elkaar ja gezegd': the yes of a
        # wedding, in quotes or said to each other (not 'ik zei ja tegen een tweede taartje')
        self.matcher.add("SAID_YES", said_yes_patterns())

    def occasion(self, m: Matches) -> tuple[str, str, str]:
        """(concept id, as said: '80ste verjaardag', owner: a person word or '')."""
        doc = m.doc
        occasions = self._occasions(m)
        occasion = _first_occasion(m, occasions)
        words, at = self._named(m, occasion) if occasion is not None else ("", None)
        found = self.matcher(doc)
        for match_id, start, end in found:
            rule = self.nlp.vocab.strings[match_id]
            if rule == "ORDINAL_OCCASION" and feast_day(doc, start, end):
                continue  # 'op eerste kerstdag', 'tweede paasdag': the day's name, no ordinal occasion
            if rule == "ORDINAL_OCCASION" and in_a_year(doc, start) and any(s >= end for _, s, _ in found):
                continue  # 'die hij in 1978 kocht voor zijn 20ste verjaardag, opgeknapt voor zijn 76ste': long ago
            if rule == "ORDINAL_OCCASION":
                ordinal_one = next((c for c in occasions if any(s <= end - 1 < e for s, e in m.spans[c.id])), None)
                if occasion is not None and ordinal_one not in {None, occasion} and _aside(doc, start, at):
                    continue  # 'op dag één van mijn nieuwe job (en mijn 40ste verjaardag!)': the job, not the aside
                occasion = ordinal_one or occasion
                words, at = self._ordinal_words(doc, start, end, occasion), start
                break
            number, written_word = age_number(doc, start, end)
            # 'werd zondag 90 en jullie hebben er een feest van gemaakt': the age says which party it was
            # ('een oude trouwfoto van haar en schoonpa' on the cake for 'wordt 75': the photo's occasion is old;
            # 'werd 1 jaar ... van de communietaart van ons Lien tot nu': a cake for an occasion once)
            party = self._party(m, occasion, rule, start, end)
            if rule in {"AGE", "KIN_AGE"} and _aged(doc, start, end, number) and party and not counted(doc, start, end):
                occasion = self.by_id.get("verjaardag")
                said = f"{written_word}{'de' if number < 20 else 'ste'}" if written_word else ordinal(number)
                said = "eerste" if number == 1 else said  # 'werd 1 jaar': the first birthday
                words, at = f"{said} verjaardag", start + (rule == "KIN_AGE")  # (at the age: whose, before it)
            if rule in {"OWN_ORDINAL", "THE_ORDINAL"} and 1 < number < 120 and party and _alone(m, rule, start, end):
                occasion, words, at = self.by_id.get("verjaardag"), birthday_said(doc, start, number), start + 1
            if rule == "CERTIFICATE" and occasion is None:
                occasion, words, at = self.by_id.get("diploma"), doc[start : end - 1].text, start
            if rule == "MARRIED" and _anniversary_named(words):
                continue  # '60 jaar getrouwd, diamanten bruiloft!': the name the writer gave it says it best
            if rule == "NAMED_YEARS" and not named_years(doc, start, end, number):
                continue
            if rule in {"MARRIED", "EXISTED", "NAMED_YEARS"}:
                occasion = self.by_id.get("jubileum")
                said = doc[start].text.split("-")[0] if doc[start].text[:1].isdigit() else str(number or "")
                kind = "huwelijksjubileum" if rule == "MARRIED" else "jubileum"
                words, at = f"{said}-jarig {kind}" if said else "jubileum", start
        occasion, words, at = said_yes(self.nlp, self.by_id, doc, found) if occasion is None else (occasion, words, at)
        if occasion is None:
            return "", "", ""
        if occasion.id == "geboorte" and any(t.lower_.lstrip("#").startswith(_BORN) for t in doc):
            words = "geboorte"  # 'Sem is geboren', '#kraamtijd': the birth itself, not a maternity party
        if occasion.id == "diploma":
            # 'geslaagd ... dat eindexamen': the exam the writer named says it best
            exam = next((t for t in doc if t.lower_.endswith(("examen", "examengala")) and t.is_alpha), None)
            # and whose it is is said there: 'Mijn zoon had zijn laatste eindexamen ... is geslaagd'
            words, at = (exam.lower_, exam.i) if exam is not None else (words, at)
        # 'voor de begrafenis van papa', 'de koffietafel na de uitvaart van mijn vader': whose it is, said right
        # after one of the occasion's words, before whoever else is named near it
        # ('de begrafenis van een vriendin': another's, so none of the writer's people named near it)
        said_of = owners_said(m, occasion.id)
        owner = said_of[0] if said_of else _owner(m, at) if at is not None else ""
        return occasion.id, words, _couple(m, owner) if occasion.id == "jubileum" and owner else owner

    def _party(self, m: Matches, occasion: Concept | None, rule: str, start: int, end: int) -> bool:
        """Whether an age matched at ``start:end`` is a birthday beside the occasion found so far: none found, one
        below an age or compounded, a calendar day the age was turned on, or one of the writer's people with an age
        cheered ('Vaderdag én mijn vader 75 jaar 🎉': the birthday too)."""
        if rule == "KIN_AGE" or occasion is None or occasion.id in _BELOW_AGE or self._compounded(m, occasion):
            return True
        return occasion.id in _CALENDAR and _on_day(m.doc, start, end, occasion)

    def _occasions(self, m: Matches) -> list[Concept]:
        """The occasions a comment names as this one: not a plural, which names a habit ('We komen al jaren, voor
        verjaardagen en met de kerst'), nor 'geslaagd' said of another occasion, which says it went well
        ('Schoolstart geslaagd!', 'het feest was helemaal geslaagd')."""
        occasions = [
            c for c in m.found(self.data, "occasion") if any(not self._plural(m.doc, s, e) for s, e in m.spans[c.id])
        ]
        return [c for c in occasions if not (c.id == "diploma" and _went_well(m, occasions))]

    def _named(self, m: Matches, occasion: Concept) -> tuple[str, int | None]:
        """The occasion as the writer named it ('onze kerstborrel', 'voor mijn trouw') and where it starts."""
        doc = m.doc
        start, end = next(span for span in m.spans[occasion.id] if not self._plural(doc, *span))
        said = doc[start:end].text.lower()
        # 'onze kerstborrel', 'het zwemdiploma': a compound of the concept's head is named as written
        compound = (
            end - start == 1
            and said.isalpha()
            and any(said.endswith(h) and len(said) - len(h) >= 3 for h in occasion.heads)
        )
        # 'het verjaardagsfeestje' as said, a 'communietaart' is for the communie
        compound = compound or (said not in self._singular and _rest(said, self._first_parts) in self._events)
        # 'mee op schoolreis', 'morgen schoolfoto' under the concept of a first school day: an ordinal the
        # writer did not say is not put in their mouth; the word is named as written, as is 'voor mijn trouw'
        compound = compound or _as_written(doc, (start, end), said, occasion.say, self._singular)
        # 'onze trouwfoto's': the photos were taken at it, the occasion is named by its own word
        compound = compound and _rest(said.removesuffix("'s").removesuffix("’s"), self._first_parts) not in RECORDS
        words, at = (said if said in self.data.articles or compound else _first_term(said, occasion, self.data)), start
        if words == occasion.say and said != words:
            # 'mijn dochter trouwt ... op de trouwdag': a noun the writer used later names it in their words
            nouns = (doc[s:e].text.lower() for s, e in sorted(m.spans[occasion.id]) if s > start)
            words = next((n for n in nouns if n in self.data.articles), words)
        if words == occasion.say and said != words and said not in self.data.articles:
            words = _verb_noun(said, occasion, self.data) or words  # '15 december getrouwd': 'je trouwdag'
        # 'gevlochten voor het schoolfeest ... van 't ganse feest': the writer's compound of the word names it
        return _compound_of(doc, said) if said in occasion.heads else words, at

    def mark_compounds(self, m: Matches) -> None:
        """'communietaart', 'verjaardagsfeestje', 'trouwjurk': a compound whose first part is an occasion's
        word and whose last part is a thing the business makes or a gathering names the occasion (not a
        'huwelijksreis', a 'kindermenu' or a gift, which is for someone else's). Added to the occasion's
        matches when the comment names no occasion otherwise, before the products are read, so the thing is
        known as the occasion's own ('de communietaart', Mention.occasion) and whose it is found as for the
        occasion's own word ('de communietaart van ons Lotte')."""
        if m.found(self.data, "occasion"):
            return
        for token in m.doc:
            word = token.lower_.removesuffix("'s").removesuffix("’s")  # 'de communiefoto's'
            if self._hyphened(word):  # 'onze bruiloft-afterparty': the occasion's own word, then a hyphen
                m.add(self._hyphened(word), token.i, token.i + 1)
                return
            if not word.isalpha() or len(word) < 8:
                continue
            for first, concept_id in self._first_parts:
                rest = lexicon.noun(word[len(first) :]) if word.startswith(first) else ""
                # the rest a noun of four letters or more: 'trouw-ring', not 'trouw-ens'; photos or a film of it
                # say it was held ('Onze trouwfoto's zijn binnen')
                made = rest in self.data.products or rest in self._events or rest in RECORDS
                if len(rest) >= 4 and rest not in _GIFTS and made:
                    m.add(concept_id, token.i, token.i + 1)
                    return

    def _compounded(self, m: Matches, occasion: Concept) -> bool:
        """Whether the occasion is only named as the first part of a compound: its photos or film ('een oude
        trouwfoto', 'de communiefoto's') or a thing made for it ('van de communietaart van ons Lien tot nu')."""
        spans = m.spans.get(occasion.id, [])
        said = [m.doc[s].lower_.removesuffix("'s").removesuffix("’s") for s, e in spans if e - s == 1]
        made = set(self.data.products) | set(RECORDS)
        return bool(spans) and len(said) == len(spans) and all(_rest(w, self._first_parts) in made for w in said)

    def _hyphened(self, word: str) -> str:
        """The occasion of a compound written with a hyphen whose first part is an occasion's own one-word
        noun ('bruiloft-afterparty', 'communie-brunch'); '' for any other word ('kerst-trui', a gift)."""
        first, _, rest = word.partition("-")
        if not rest.isalpha() or len(rest) < 4 or lexicon.noun(rest) in _GIFTS:
            return ""
        return next((c for p, c in self._first_parts if p == first and lexicon.noun(first) == first), "")

    def _plural(self, doc: Any, start: int, end: int) -> bool:
        """'verjaardagen', 'bruiloften': one word, the plural of an occasion's own word."""
        token = doc[start]
        said, base = token.lower_, token.lemma_
        return end - start == 1 and base in self._singular and said != base and said in {f"{base}en", f"{base}s"}

    def _ordinal_words(self, doc: Any, start: int, end: int, occasion: Concept | None) -> str:
        number, _ = age_number(doc, start, end)
        said = doc[end - 1].text.lower()
        # 'huwelijksverjaardag', a compound of the occasion's head, is named as written
        own = occasion is not None and said.isalpha() and any(said.endswith(h) and said != h for h in occasion.heads)
        noun = said if said in self.data.articles or occasion is None or own else occasion.say
        first = doc[start].lower_
        if "-jarig" in first:
            # '10-jarig jubileum' (a het-word), but 'onze 40-jarige bruiloft' (a de-word)
            years = first.removesuffix("e") + ("e" if article_of(noun.split()[-1]) == "de" else "")
            return f"{years} {noun}"
        return f"{first if first in WRITTEN_ORDINALS else ordinal(number)} {noun}"


def _bare(doc: Any, end: int, start: int = 0) -> bool:
    """Whether an ordinal stands alone ('mijn 30ste!', 'm'n 40ste 🎉', 'haar 18de gevierd'), not before a noun
    ('mijn 2e keer') and not said of an age ('op ons 74ste weer')."""
    after = doc[end] if end < len(doc) else None
    # 'haar 18de gevierd', 'opa zijn 75ste opgehaald': a verb after it, no noun the ordinal counts
    done = after is not None and (after.lower_.startswith("gevier") or lexicon.is_verb(after.lower_))
    # 'Voor m'n zestigste eindelijk gedurfd': an adverb after it counts nothing either
    alone = after is None or not after.is_alpha or after.is_stop or done or after.lower_ in _STILL
    return alone and not _at_age(doc, start, end)


def _aside(doc: Any, start: int, main: int | None) -> bool:
    """Whether position ``start`` is inside brackets and ``main`` (the occasion named first) is not: '... van
    mijn nieuwe job (en mijn 40ste verjaardag!)' names the birthday only as an aside."""

    return main is not None and _bracketed(doc, start) and not _bracketed(doc, main)


def _bracketed(doc: Any, i: int) -> bool:
    """Whether token ``i`` stands inside brackets."""
    words = [t.text for t in doc[:i]]
    return words.count("(") > words.count(")")


def _alone(m: Matches, rule: str, start: int, end: int) -> bool:
    """Whether an ordinal names a birthday: alone after a possessive ('mijn 30ste!'), or with a person of the
    writer's after it ('de 40ste van mijn vent', 'de 50ste van onze Jan'; not 'de 3de van mijn lijstje')."""
    if rule == "OWN_ORDINAL":
        return _bare(m.doc, end, start)
    return any(s == end for s, _ in m.spans.get("naaste", [])) or (end < len(m.doc) and m.doc[end].is_title)


def _at_age(doc: Any, start: int, end: int) -> bool:
    """'Op ons 74ste weer veilig de baan op': at that age, no birthday ('op mijn 30ste nog', 'op haar 90ste al'); nor
    the age since when or until when something is ('coeliakie sinds m'n 12de', 'vanaf mijn 18de', 'tot zijn 6de')."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return (before == "op" and after in _STILL) or before in _SINCE


def _on_day(doc: Any, start: int, end: int, feast: Concept | None = None) -> bool:
    """Whether an age turned is said with the day it was turned: 'werd 75 op 25 december', 'werd zondag 90', 'werd
    precies op Moederdag 80' (the calendar ``feast`` named in it)."""
    said = [t.lower_ for t in doc[start : min(end + 3, len(doc))]]
    after = said[end - start :]
    dated = len(after) >= 2 and after[0] == "op" and (after[1][:1].isdigit() or after[1] in _DAYS)
    days = _DAYS | _JUST_DONE | (frozenset(t.lower() for t in feast.terms) if feast is not None else frozenset())
    return dated or bool(set(said[: end - start]) & days)


def _aged(doc: Any, start: int, end: int, number: int) -> bool:
    """Whether a number turned is an age: from 2 on, or 1 with 'jaar' ('onze Wout werd 1 jaar', 'werd 1'); not
    how old someone or something is (see _how_old)."""
    if _how_old(doc, start, end):
        return False
    return 1 < number < 120 or (number == 1 and end < len(doc) and doc[end].lower_ == "jaar")


def _how_old(doc: Any, start: int, end: int) -> bool:
    """'Da ding is 40 jaar oud', 'mijn fiets van 15 jaar oud': how old someone or something is, no day turned;
    a birthday only with the day said before it ('Ons Lotte is vandaag 6 jaar oud')."""
    if doc[end - 1].lower_ != "oud":
        return False
    return not {t.lower_ for t in doc[max(0, start - 3) : start]} & (_DAYS | _JUST_DONE)


def _unsaid_ordinal(doc: Any, say: str) -> bool:
    """Whether the concept's phrase ('eerste schooldag') holds an ordinal the comment does not."""
    said = {t.lower_ for t in doc}
    return any(w in WRITTEN_ORDINALS and w not in said for w in say.split())


def _first_part(word: str) -> str:
    """The first part of a compound noun without its link ('huwelijksfeest' → 'huwelijk'); '' for no compound."""
    last = lexicon.head(word)
    at = word.rfind(last[:-1]) if last else -1  # the head as written ('taart', 'feest', 'meisjes')
    return word[:at] if at >= 3 else ""


def _rest(word: str, parts: list[tuple[str, str]]) -> str:
    """What follows the longest occasion first part of ``word``, as a lemma ('verjaardagsfeestje' → 'feest')."""
    first = next((p for p, _ in parts if word.startswith(p) and len(word) - len(p) >= 4), "")
    return lexicon.noun(word[len(first) :]) if first else ""


def _first_parts(data: TopicData) -> list[tuple[str, str]]:
    """First parts of compounds that name an occasion, to its concept id: the occasions' own one-word nouns
    ('communie', 'doop'), and a noun that opens compound terms with two or more different heads ('bruid' in
    'bruidstaart', 'bruidskapsel'; 'trouw' in 'trouwdag', 'trouwfeest'; not 'kinder' or 'lente' of a
    'kinderfeest' or 'lentefeest' alone: a 'kindermenu' is no birthday), each with and without its link."""
    heads: dict[tuple[str, str], set[str]] = {}
    for c in data.concepts:
        if c.group != "occasion" or c.id in _NOT_IN_COMPOUNDS:
            continue
        for term in (t for t in c.terms if t.isalpha() and len(t) >= 4):
            if lexicon.noun(term) == term:
                heads.setdefault((c.id, term), set()).update({"", "*"})  # a noun of its own
            first = _first_part(term)
            if first:
                heads.setdefault((c.id, first.removesuffix("s")), set()).add(lexicon.head(term))
    parts: dict[str, str] = {}
    for (concept, stem), found in sorted(heads.items()):
        if len(found) >= 2 and len(stem) >= 4 and lexicon.noun(stem):
            for link in _LINKS:
                parts.setdefault(stem + link, concept)
    return sorted(parts.items(), key=lambda part: (-len(part[0]), part[0]))  # the longest first part first


def upcoming(m: Matches, data: TopicData) -> bool:
    """Whether the occasion is still to come, soon: 'morgen is onze bruiloft', 'het feest van aanstaande
    zaterdag', or 'Gisteren laten kleuren voor onze bruiloft van zaterdag' (the weekday after the occasion,
    the service just done). Then a complaint is urgent: something can still be put right in time."""
    doc = m.doc
    spans = [span for c in data.concepts if c.group == "occasion" for span in m.spans.get(c.id, [])]
    just_done = any(t.lower_ in _JUST_DONE for t in doc)
    for start, end in spans:
        after = [t.lower_ for t in doc[end : end + 3]]
        before = [t.lower_ for t in doc[max(0, start - 5) : start]]
        if _SOON & {*after, *before} or _in_days(before):  # 'over twee dagen is de trouw van mijn zus'
            return True
        if after[:1] and after[0] in _COMING and _NEAR & set(after[1:]):  # 'carnaval komt eraan'
            return True
        if after[:1] == ["is"] and _DAYS & set(after):  # 'het feest is zaterdag' (was: past)
            return True
        if "is" in before[-3:] and _DAYS & set(before):  # 'Zaterdag is het feest!'
            return True
        if after[:1] in (["van"], ["op"]) and _DAYS & set(after) and just_done:
            return True
    return False


def _in_days(words: list[str]) -> bool:
    """'over twee dagen', 'over een week', 'volgende week', 'komend weekend' among ``words``."""
    for k, word in enumerate(words[:-1]):
        rest = words[k + 1 : k + 4]
        if word == "over" and {"dag", "dagen", "week", "weekje"} & set(rest):
            return True
        if word in {"volgende", "volgend", "komende", "komend", "dit"} and {"week", "weekend"} & set(rest[:1]):
            return True
    return False


def _as_written(doc: Any, span: tuple[int, int], said: str, say: str, terms: set[str]) -> bool:
    """Whether one word of an occasion is named as written: under a concept whose word has an ordinal the writer
    did not say ('mee op schoolreis'), or, 'voor mijn trouw' (Flemish), a form of an occasion's term (not a term
    itself, 'mijn bruidskapsel') after the writer's possessive, a noun of its own."""
    start, end = span
    if end - start != 1 or not said.removesuffix("'s").removesuffix("’s").isalpha():  # 'schoolfoto's' too
        return False
    return _unsaid_ordinal(doc, say) or (start > 0 and doc[start - 1].lower_ in MINE and said not in terms)


def _compound_of(doc: Any, said: str) -> str:
    """The first compound in ``doc`` that ends in the occasion's head ``said`` ('schoolfeest' for 'feest'), as
    written in lower case; ``said`` itself when there is none."""
    return next(
        (t.lower_ for t in doc if t.is_alpha and t.lower_.endswith(said) and len(t.lower_) - len(said) >= 4),
        said,
    )


def _anniversary_named(words: str) -> bool:
    """'diamanten bruiloft', 'gouden huwelijk': a wedding anniversary named by its metal or stone, not by years."""
    said = words.split()
    return len(said) == 2 and said[1] in ("bruiloft", "huwelijk") and said[0].isalpha() and said[0].endswith("en")


def _died(doc: Any, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the loss's words tells a death ('is overleden', 'de uitvaart'), outside brackets."""
    return any(doc[s].lower_.startswith(_DEATH) and not _bracketed(doc, s) for s, _ in spans)


# What may stand between a thing and its 'geslaagd': 'het feest was helemaal geslaagd'.
_WENT_WELL_FILL = frozenset(
    {"is", "was", "zijn", "waren", "helemaal", "echt", "zeker", "goed", "heel", "zeer", "super"}
)


def _went_well(m: Matches, occasions: list[Concept]) -> bool:
    """Whether every 'geslaagd' the diploma was found by is said of another occasion's word ('Schoolstart
    geslaagd!', 'Het feest was echt geslaagd'): the day went well, nobody passed an exam."""
    doc = m.doc
    ends = {e for c in occasions if c.id != "diploma" for _, e in m.spans[c.id]}
    spans = m.spans.get("diploma", [])
    for start, end in spans:
        if doc[start:end].text.lower() != "geslaagd":
            return False
        before = start
        while before > 0 and doc[before - 1].lower_ in _WENT_WELL_FILL:
            before -= 1
        if before not in ends:
            return False
    return bool(spans)


def _first_occasion(m: Matches, occasions: list[Concept]) -> Concept | None:
    """The occasion the comment is about, of those found (most hits first)."""
    doc = m.doc
    # 'het communiefeest ... het feest is over twaalf dagen': a party in general gives way to what it celebrates
    # ... and one said only in brackets gives way to one said outside ('mijn nieuwe job (en mijn 40ste!)')
    aside = {c.id for c in occasions if all(_bracketed(doc, s) for s, _ in m.spans[c.id])}
    # ... and a death told ('omdat mijn schoonvader is overleden') is what the comment is about, however often
    # the occasion it spoiled is named ('het kerstdiner ... op eerste kerstdag afgezegd')
    died = {c.id for c in occasions if c.id == "rouw" and _died(doc, m.spans[c.id])}
    order = sorted(occasions, key=lambda c: (c.id not in died, c.id in _GENERIC, c.id in aside))
    return order[0] if order else None


def _verb_noun(said: str, occasion: Concept, data: TopicData) -> str:
    """The occasion named by the noun of the writer's own verb ('getrouwd', 'trouwen' → 'trouwdag': the first of the
    concept's words with an article that starts with the verb's stem); '' when the word is no verb or none fits."""
    if " " in said or not said.isalpha():
        return ""
    stem = said.removeprefix("ge") if said.startswith("ge") and said.endswith(("d", "t")) else said
    stem = re.sub(r"(?:en|d|t)$", "", stem)
    if len(stem) < 4 or stem == said:
        return ""
    return next((t for t in occasion.terms if " " not in t and t in data.articles and t.startswith(stem)), "")


def _first_term(said: str, occasion: Concept, data: TopicData) -> str:
    """The occasion a compound starts with, by the writer's own word ('lentefeest' for 'lentefeesttaart', 'vormsel'
    for 'vormselkaarsje'): one of the concept's words with an article of its own; else the concept's name."""
    own = [t for t in occasion.terms if " " not in t and t in data.articles and said.startswith(t) and said != t]
    return max(own, key=len) if own else occasion.say
