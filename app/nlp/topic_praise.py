"""What a compliment praises and who of the business did it (resources/praise.toml).

The shipped pipeline has no parser, so both are found by their place in a clause:

- the thing the business gave, made or put on ('Dries gaf me een leenfiets mee', 'had er een mandje en een
  belleke met een eenhoorn op gezet'): the nouns after an article in the clause of such a verb, not those
  after a preposition ('met een eenhoorn' says which bell);
- the thing a praise word is said of ('de vlechten zaten om 2 uur nog perfect', 'lamsrack was insane'): the
  noun that opens the clause before a linking verb;
- staff named in lower case ('femke die de bloemen kwam bijsteken', 'merci aan lisa'), with their role after
  a comma ('Joost, de gastheer,') or with their part of the business ('Joost van de bediening'): the readers of
  app.nlp.topic_staff, mixed in;
- a first time done, an achievement ('Mijn eerste 200 gegooid!!').

The clauses and the nouns in them are read by app.nlp.topic_praise_nouns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from app.domain.draft_praise_held import praise_list
from app.domain.topics import Mention, article_of
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.praise_classes import PLEASED
from app.nlp.praise_words import praise_words
from app.nlp.topic_nouns import make_at, participle
from app.nlp.topic_praise_nouns import (
    _CLAUSE_ENDS,
    _DETS,
    _PREPOSITIONS,
    _SUBORDINATORS,
    _clauses,
    _diminutive,
    _done,
    _held_of,
    _listed,
    _noun_after,
    _opens,
    _region_after,
    _someone,
    _thing,
)
from app.nlp.topic_staff import StaffFinding, kin_words
from app.nlp.topic_thanked_for import thanked_voor
from app.nlp.topic_words import MINE, lemma, owned_by_writer

# The words before a thing said to be the business's own ('die merveilleux van jullie').
_YOURS_DETS = frozenset({"die", "dat", "de", "het", "deze"})
_OPENERS = frozenset({"en", "maar", "ook", "want", "echt", "oh", "o", "nou", "wow", "wauw", "btw"})
# Who did it: the business addressed, or someone of it ('jullie hebben ... gemaakt', 'ze gaf me ...').
_DOERS = frozenset({"jullie", "je", "jij", "u", "ze", "zij", "hij"})
_NUMBERS = frozenset({"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "twaalf", "paar"})
_ONLY_HAD = frozenset({"gehad", "gedaan", "gemaakt", "gekregen", "gekocht", "geweest", "gezien", "gegeten"})
_SUBJECTS = frozenset({"ik", "ze", "zij", "hij", "we", "wij", "je", "jij", "u", "jullie", "mijn", "onze"})
_PARTICLES = ("op", "in", "om", "mee", "neer", "bij", "er", "erop", "erbij", "erin", "aan", "klaar", "mooi")


# A past participle ending a clause ('is geboren', 'hebben we gevierd'), before an 'en' that starts another.
_PARTICIPLE_END = re.compile(r"^ge[^\W\d_]{3,}(?:d|t|en)$")


def _joined_clauses(doc: Any, start: int, end: int) -> list[int]:
    """Where a second main clause starts inside a clause, joined by 'en' or 'maar' after the participle that ends the
    first and opening with an article or 'jullie' ('Onze kleindochter is geboren en de krentewegge was de klapper'): the
    index of its 'en'; not 'de taart en de koekjes' (no verb before the 'en')."""
    return [
        t.i
        for t in doc[start + 2 : end - 2]
        if t.lower_ in {"en", "maar"}
        and _PARTICIPLE_END.match(doc[t.i - 1].lower_) is not None
        and doc[t.i + 1].lower_ in {"de", "het", "jullie", "die", "dat"}
    ]


def _after_verbless(doc: Any, start: int, end: int) -> list[int]:
    """Where a clause of praise starts after a verbless opening, joined by 'en' or 'maar' and opening with an article
    ('Supergezellig terras en die kroketten zijn om van te smullen', 'Prima service maar de taart was top'): the
    index of its 'en'; not when a verb comes before it (that is _joined_clauses' or one clause)."""
    for t in doc[start + 1 : end - 2]:
        if t.pos_ in {"VERB", "AUX"}:
            return []
        if t.lower_ in {"en", "maar"} and doc[t.i + 1].lower_ in {"de", "het", "die", "dat", "deze", "jullie"}:
            return [t.i]
    return []


class PraiseFinder(StaffFinding):
    """Finds what is praised; ``product`` is the lexicon's lookup (app.nlp.topic_products)."""

    def __init__(self, product: Callable[[str, str], Mention | None]) -> None:
        self.words = praise_words()
        self.product = product

    def _mention(self, doc: Any, token: Any, det: str) -> Mention:
        word = token.text if make_at(doc, token.i) else token.lower_  # a make keeps its capital: 'de Ridley'
        known = self.product(token.text, token.lemma_)
        if known is not None:
            mention = replace(known, text=word)
            if _diminutive(word):  # 'het kaartje', though 'de kaart'
                mention = replace(mention, article="het", plural=False)
        else:  # found by its place, as the nouns of app.nlp.topic_nouns: 'guessed'
            plural = det not in {"een", "het", "ons"} and lemma(word) != word.lower() and not _diminutive(word)
            article = "het" if _diminutive(word) or det in {"het", "ons"} else article_of(word)
            mention = Mention(word, "de" if plural else article, plural, guessed=True)
        return replace(mention, own=owned_by_writer(doc, token.i))

    def _measured(self, doc: Any, noun: Any, mention: Mention) -> Mention:
        """'een fles bubbels', 'een bakje water': a measure is named with what it holds."""
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if noun.lower_ not in self.words.measures or after is None or not after.is_alpha or not after.is_lower:
            return mention
        if after.lower_ in stop_words() or participle(after.lower_) or self._gives(after.lower_):
            return mention
        return replace(mention, text=f"{mention.text} {after.lower_}")

    def _gives(self, word: str) -> bool:
        """A verb of giving or making, also with a separable particle ('opgemaakt', 'ingehangen')."""
        if word in self.words.give:
            return True
        return any(word.startswith(p) and word[len(p) :] in self.words.give for p in _PARTICLES)

    def _referent(self, doc: Any, before: int) -> Mention | None:
        """The last product of the lexicon named before ``before``: what an 'er' points back to."""
        noun = next((t for t in reversed(doc[:before]) if t.is_alpha and self._known(t)), None)
        if noun is None or noun.lower_ in self.words.roles:
            return None
        det = next((t.lower_ for t in reversed(doc[max(0, noun.i - 4) : noun.i]) if t.lower_ in _DETS), "de")
        return self._mention(doc, noun, det)

    def _named_before(self, doc: Any, clauses: list[tuple[int, int]], k: int, blocked: set[int]) -> list[Mention]:
        """The thing that ends the clause before clause ``k`` at a comma, when clause ``k`` gives without an object
        of its own ('kreeg haar eerste echte mountainbike, via Jos besteld'): a product of the lexicon."""
        if k == 0 or doc[clauses[k - 1][1]].text != ",":
            return []
        noun = doc[clauses[k - 1][1] - 1]
        if not self._known(noun) or not self._free(noun, blocked) or noun.lower_ in self.words.roles:
            return []
        det = next((t.lower_ for t in reversed(doc[max(0, noun.i - 4) : noun.i]) if t.lower_ in _DETS), "de")
        return [self._mention(doc, noun, det)]

    def _listed_before(self, doc: Any, clauses: list[tuple[int, int]], k: int) -> int:
        """Where the things of clause ``k`` begin: earlier short clauses without a verb of their own that a
        comma joins to it are part of its list ('er nieuwe remmen, banden en een verlichting op gezet')."""
        start = clauses[k][0]
        while k > 0:
            before_start, before_end = clauses[k - 1]
            short = before_end - before_start <= 6 and doc[before_end].text == ","
            verbs = any(self._gives(t.lower_) or t.lower_ in self.words.linking for t in doc[before_start:before_end])
            if not short or verbs or {"niet", "geen"} & {t.lower_ for t in doc[before_start:before_end]}:
                break
            start, k = before_start, k - 1
        return start

    def _known(self, token: Any) -> bool:
        return self.product(token.text, token.lemma_) is not None

    def _free(self, token: Any, blocked: set[int]) -> bool:
        """Not part of another concept (a person, a time), unless the lexicon knows it as a product
        ('de bruidstaart' also names the wedding, 'de lunch' the meal)."""
        return token.i not in blocked or self.product(token.text, token.lemma_) is not None

    def _given(self, doc: Any, start: int, end: int, blocked: set[int]) -> list[Mention]:
        found: list[Mention] = []
        taken: set[int] = set()
        for i in range(start, end):
            det = doc[i].lower_
            if found and det in _SUBORDINATORS and i + 1 < end and doc[i + 1].lower_ in _DETS | _SUBJECTS:
                break  # 'zo neergezet dat de ring pas tevoorschijn kwam': the ring is another clause's
            # not after a preposition, unless the business's own follows it ('gebracht met jullie aardbeienvlaai'),
            # nor in a list opened after one ('versierd met blikjes en bloemen': what it was done with)
            listed = i - 3 >= start and doc[i - 1].lower_ in {"en", ","} and doc[i - 2].is_alpha
            after_preposition = (
                i > start and doc[i - 1].lower_ in _PREPOSITIONS and (det, doc[i - 1].lower_) != ("jullie", "met")
            ) or (listed and doc[i - 3].lower_ in _PREPOSITIONS)
            counted = doc[i].like_num or det in _NUMBERS  # '150 cupcakes', 'twee bolletjes'
            noun = None if after_preposition else self._object(doc, i, end, det, counted)
            if noun is not None and self._free(noun, blocked) and noun.i not in taken:
                mention = self._measured(doc, noun, self._mention(doc, noun, "de" if counted else det))
                if counted and noun.i == i + 1 and _held_of(doc, start, noun, end, mention):
                    # 'de kniepertjes ... Heb er 3 trommels besteld': trommels of the thing named before
                    mention = self._referent(doc, i) or mention
                taken.update(range(noun.i, noun.i + len(mention.text.split())))  # 'een fles olijfolie': one thing
                found.append(mention)
        return found

    def _object(self, doc: Any, i: int, end: int, det: str, counted: bool) -> Any | None:
        """The noun of an object phrase starting at ``i``: after an article or a number, or a word of the
        lexicon on its own ('nieuwe remmen, banden en een verlichting')."""
        if det in _DETS or counted or (det == "jullie" and i > 0 and doc[i - 1].lower_ == "met"):
            noun = _noun_after(doc, i, end, self._known)
        elif self._known(doc[i]) and doc[i].lower_ not in stop_words() and _listed(doc, i):
            noun = doc[i]
        else:
            return None
        if noun is None or noun.lower_ in self.words.roles | self.words.praise or _someone(noun.lower_):
            return None
        return None if doc[noun.i - 1].lower_ in _PREPOSITIONS else noun

    def _subject(self, doc: Any, start: int, end: int, blocked: set[int]) -> list[Mention]:
        """'de vlechten zaten ... perfect', 'lamsrack was insane', 'De oranjekoek en het suikerbrood waren
        tot de laatste kruimel op': the noun (or two joined by 'en') opening the clause."""
        i = start
        while i < end and doc[i].lower_ in _OPENERS:
            i += 1
        if i + 1 < end and doc[i].is_title and doc[i + 1].lower_ in self.words.name_owners:
            i += 1  # 'Ruud z'n hertenstoof is zo goed', 'Lies haar vlechtjes zijn top': whose it is, then the thing
        # 'Jullie kerststronk was weer zalig': the business's own thing, said with 'jullie'
        # ('Julder mosselen': 'jullie' in a dialect)
        dets = _DETS | self.words.name_owners | {"jullie"} | self.words.dialect_yours
        det = doc[i].lower_ if i < end and doc[i].lower_ in dets else ""
        noun_at = i + 1 if det else i
        if noun_at + 1 >= end or not self._free(doc[noun_at], blocked):
            return []
        noun, verb = doc[noun_at], doc[noun_at + 1]
        nouns = [(noun, det or "de")]
        second = self._joined(doc, noun_at + 1, end, blocked)
        if second is not None:
            nouns.append(second)
            verb = doc[second[0].i + 1]
        tail = ""
        if verb.lower_ in _PREPOSITIONS:  # 'de tompoucen voor mijn moeders 70ste waren echt top'
            verb = next((t for t in doc[verb.i + 1 : min(end, verb.i + 10)] if t.lower_ in self.words.linking), verb)
        elif self._name_part(doc, verb, end):  # 'de crème brûlée ging erin als koek': a name of two words
            tail, verb = f" {verb.text}", doc[verb.i + 1]
        if verb.lower_ not in self.words.linking or not noun.is_alpha or not _thing(noun.lower_):
            return []
        if noun.lower_ in self.words.praise:
            return []
        # 'Sietske was top': a name in mid text; not a product opening a sentence ('3 sterren. Brood is prima')
        opens = noun.i > 0 and doc[noun.i - 1].text in {".", "!", "?"} and self.product(noun.lower_, noun.lemma_)
        if not det and (noun.i > 0 and noun.text[:1].isupper()) and not opens:
            return []
        if not self._praising(doc, verb.i + 1, end):
            return []
        found = [self._mention(doc, n, d) for n, d in nouns]
        # 'Het Texelse lamsrack was ...': a place said as an adjective keeps its capital
        head = noun.text if tail and det and noun.is_title and len(nouns) == 1 else found[-1].text
        return [*found[:-1], replace(found[-1], text=head + tail)]

    def _name_part(self, doc: Any, token: Any, end: int) -> bool:
        """'brûlée' in 'de crème brûlée ging ...': a lower-case word between a noun and a linking verb."""
        word = token.lower_
        after = doc[token.i + 1] if token.i + 1 < end else None
        plain = token.is_alpha and token.is_lower and word not in stop_words() and word not in self.words.linking
        return plain and after is not None and after.lower_ in self.words.linking and not _done(word)

    def _joined(self, doc: Any, at: int, end: int, blocked: set[int]) -> tuple[Any, str] | None:
        """The second noun of 'de oranjekoek en het suikerbrood', with its article."""
        if at + 2 >= end or doc[at].lower_ != "en":
            return None
        det = doc[at + 1].lower_ if doc[at + 1].lower_ in _DETS else ""
        noun = doc[at + 2] if det else doc[at + 1]
        if noun.i + 1 >= end or not noun.is_alpha or not _thing(noun.lower_) or not self._free(noun, blocked):
            return None
        return noun, det or "de"

    def _praising(self, doc: Any, start: int, end: int) -> bool:
        """A praise word or phrase in the rest of the clause ('was insane', 'waren tot de laatste kruimel
        op'), or the emoji that ends it ('lamsrack was insane 🔥')."""
        rest = [t.lower_.rstrip(".!?") or t.lower_ for t in doc[start:end]]
        if end < len(doc):
            rest.append(doc[end].text)
        said = f" {' '.join(rest)} "
        return bool(set(rest) & self.words.praise) or any(f" {p} " in said for p in self.words.phrases)

    def praised(self, doc: Any, blocked: Iterable[int] = (), limit: int = 2) -> tuple[Mention, ...]:
        """Up to ``limit`` things the compliment is about: what the business gave or made first (what a
        named doer gave before the rest), then what a praise word is said of."""
        blocked = set(blocked)
        by_doer: list[tuple[int, Mention]] = []
        given: list[tuple[int, Mention]] = []
        subjects: list[tuple[int, Mention]] = []
        clauses = _clauses(doc)
        for k, (start, end) in enumerate(clauses):
            words = [t.lower_ for t in doc[start:end]]
            if any(self._gives(w) for w in words) and "geen" not in words and "niet" not in words:
                first = self._listed_before(doc, clauses, k)  # 'nieuwe remmen, banden en een verlichting op gezet'
                things = [(start, m) for m in self._given(doc, first, end, blocked)]
                # 'haar eerste mountainbike, via Jos besteld': the thing named just before, by the comma
                things = things or [(start, m) for m in self._named_before(doc, clauses, k, blocked)]
                doer = any((t.is_title and t.i > start) or t.lower_ in _DOERS for t in doc[start:end])
                (by_doer if doer else given).extend(things)
            subjects.extend((start, subject) for subject in self._subject(doc, start, end, blocked))
            joins = [*_joined_clauses(doc, start, end), *_after_verbless(doc, start, end)]
            for joined in joins:  # 'Fenna is geboren en de krentewegge ... was de klapper', 'Gezellig terras en de ...'
                # (a thing the lexicon knows: 'binnen 24 uur geleverd en de kwaliteit is super' praises no thing)
                said = self._subject(doc, joined, end, blocked)
                subjects.extend((joined, subject) for subject in said if not subject.guessed)
        gifts = [*by_doer, *given]
        touches, main = self._extra_touches(gifts, doc, clauses, blocked)
        if subjects and len(gifts) >= limit:
            # 'had een kaarsje gezet en een glas bubbels gebracht. Het lamsrack was boterzacht': the dish the writer
            # praised is named with the first small gesture, not left out for the second
            gifts = [*gifts[: limit - 1], *subjects[:1], *gifts[limit - 1 :]]
        found: list[tuple[int, Mention]] = []
        for at, mention in (
            *gifts,
            *subjects,
            *self._never_bad(doc, blocked),
            *self._thanked_for(doc, blocked),
            *self._pleased_with(doc, blocked),
            *self._opening_praise(doc, blocked),
            *self._yours(doc, blocked),
        ):
            if all(lemma(m.text) != lemma(mention.text) for _, m in found):
                found.append((at, mention))
        if main is not None and found and all(f in touches for f in found):
            # only an extra touch praised ('Henk had er zelfs een strik omheen gedaan'): the thing hired goes first
            found = [main, *found]
        # the strongest ones, named in the order the writer named them
        return tuple(m for _, m in sorted(found[:limit], key=lambda found_at: found_at[0]))

    def _extra_touches(
        self, gifts: list[tuple[int, Mention]], doc: Any, clauses: list[tuple[int, int]], blocked: set[int]
    ) -> tuple[list[tuple[int, Mention]], tuple[int, Mention] | None]:
        """The gifts given as an extra touch ('Henk had er zelfs een strik omheen gedaan', 'de kinderen kregen nog een
        ijsje ook': praise.toml ``extra_touches``) when the comment names another thing of the lexicon that the
        business gave, made or the writer got there, in a clause of its own (the tandem hired, 'Band gemaakt'): when
        nothing else is praised, that thing is what the compliment is about, named first: (the touches, that thing);
        ([], None) when no such thing is named ('zelfs koffie gekregen'; 'met de bakfiets rondgereden ... zelfs een
        lint aan gedaan': their own bike)."""
        extra: set[int] = set()
        done: set[int] = set()  # the clauses with a verb of giving, making or getting ('Band gemaakt', 'huren')
        got = set(praise_list("acquired"))
        for start, end in clauses:
            words = {t.lower_ for t in doc[start:end]}
            if any(set(touch.split()) <= words for touch in self.words.extra_touches):
                extra.update(range(start, end))
            elif any(self._gives(w) or w in got for w in words):
                done.update(range(start, end))
        touches = [(at, m) for at, m in gifts if at in extra]
        named = {lemma(m.text) for _, m in touches}
        others = (t for t in doc if t.i in done and t.is_alpha and lemma(t.lower_) not in named)
        main = next((t for t in others if self._known(t) and self._free(t, blocked)), None)
        if main is None or not touches:
            return [], None
        det = next((t.lower_ for t in reversed(doc[max(0, main.i - 3) : main.i]) if t.lower_ in _DETS), "de")
        return touches, (main.i, self._mention(doc, main, det))

    def _thanked_for(self, doc: Any, blocked: set[int]) -> list[tuple[int, Mention]]:
        """'Bedankt voor de snelle reparatie', 'Wat een heerlijke bouillabaisse!': the thing thanked for, or
        exclaimed over with a praise word."""
        found = []
        for token in doc[:-2]:
            after = doc[token.i + 1]
            thanks = (voor := thanked_voor(doc, token.i)) > 0
            praised = token.lower_ == "wat" and after.lower_ == "een" and token.i + 2 < len(doc)
            praised = praised and doc[token.i + 2].lower_.removesuffix("e") in self.words.praise
            if not (thanks or praised):
                continue
            # after the article ('voor de ...') or the praise word ('een heerlijke ...')
            at = voor + 1 if thanks else token.i + 2
            if at >= len(doc) or (thanks and doc[at].lower_ not in _DETS):
                continue
            end = next((t.i for t in doc[at:] if t.text in _CLAUSE_ENDS), len(doc))
            noun = _noun_after(doc, at, end, self._known)
            # thanked for: a thing the lexicon knows ('de bruidstaart'), not 'de rust die je uitstraalde'
            if noun is None or not self._free(noun, blocked):
                continue
            if praised or self._product_like(noun.lower_):
                found.append((token.i, self._mention(doc, noun, doc[at].lower_ if thanks else "een")))
            second = self._joined(doc, noun.i + 1, end + 1, blocked)  # 'voor de krentenbroden en de oranjekoek'
            if second is not None and self._product_like(second[0].lower_):
                found.append((token.i, self._mention(doc, second[0], second[1])))
        return found

    def _pleased_with(self, doc: Any, blocked: set[int]) -> list[tuple[int, Mention]]:
        """'super blij met mijn nieuwe kleur', 'tevreden over de banden': what the writer is pleased with."""
        found = []
        for token in doc[:-2]:
            word = token.lower_
            if word not in PLEASED and not (word.endswith("blij") and word.isalpha()):  # 'superblij', 'dolblij'
                continue
            if doc[token.i + 1].lower_ not in {"met", "over", "op", "van"} or doc[token.i + 2].lower_ not in _DETS:
                continue
            end = next((t.i for t in doc[token.i + 2 :] if t.text in _CLAUSE_ENDS), len(doc))
            noun = _noun_after(doc, token.i + 2, end, self._known)
            # the writer's own may be a service word too ('mijn nieuwe kleur', 'mijn knipbeurt')
            mine = doc[token.i + 2].lower_ in MINE
            if noun is not None and (mine or self._free(noun, blocked)) and noun.lower_ not in kin_words():
                found.append((token.i, self._mention(doc, noun, doc[token.i + 2].lower_)))
        return found

    def _opening_praise(self, doc: Any, blocked: set[int]) -> list[tuple[int, Mention]]:
        """'beste asperges van Noord-Limburg', 'Heerlijke belegen kaas!': a praise word opens, its thing follows."""
        found = []
        for token in doc[:-1]:
            opens = _opens(doc, token.i) or (  # 'De beste worstenbroodjes van ...': its article may go first
                token.i > 0 and doc[token.i - 1].lower_ in {"de", "het", "die", "dé"} and _opens(doc, token.i - 1)
            )
            bare = token.lower_.removesuffix("e")
            # 'heerlijke', 'lekkerste', 'mooiste': the praise word, inflected or as a superlative
            if not opens or not {bare, bare.removesuffix("st")} & (self.words.praise | {"best"}):
                continue
            end = next((t.i for t in doc[token.i + 1 :] if t.text in _CLAUSE_ENDS), len(doc))
            noun = _noun_after(doc, token.i, end, self._known)
            # a product of the lexicon (not 'Top hoor', 'Goed werk'), not one 'of the town' ('Beste fysio van de
            # stad': the business itself; 'beste asperges van Noord-Limburg' are its things)
            town = noun is not None and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "van"
            # ('beste roggebrood van de Veluwe': a region with its article is where the thing is best)
            region = town and _region_after(doc, noun)
            if (
                noun is None
                or (town and not region and lemma(noun.lower_) == noun.lower_)
                or noun.lower_ in kin_words()
            ):
                continue
            # the best one of a region is a thing also when the lexicon does not know it ('Lekkerste mattentaart van
            # 't Pajottenland'); the draft leaves out the business's own kind ('Beste garage van de Achterhoek')
            unknown = region and noun.is_lower and _thing(noun.lower_) and self._free(noun, blocked)
            if self._product_like(noun.lower_) or unknown:
                found.append((token.i, self._mention(doc, noun, "de")))
        return found

    def _yours(self, doc: Any, blocked: set[int]) -> list[tuple[int, Mention]]:
        """'die merveilleux van jullie 🤤', 'de croissants van jullie zijn top': the business's own thing, said
        with 'van jullie' before praise (a praise word or emoji in the rest of its clause or ending it)."""
        found = []
        for token in doc[1:-1]:
            det, noun, after = doc[max(token.i - 2, 0)], doc[token.i - 1], doc[token.i + 1]
            # 'Valentijnstaartjes van @bakkerijvanlooy 💘': a post opening with the thing and the business's handle
            tagged = after.text.startswith("@") and _opens(doc, noun.i)
            if (
                token.lower_ != "van"
                or not (after.lower_ in {"jullie", "u", "jou"} | self.words.dialect_yours or tagged)
                or not ((det.lower_ in _YOURS_DETS and det.i < noun.i) or tagged)
            ):
                continue
            lower = noun.is_lower or (tagged and noun.is_title)
            if not noun.is_alpha or not lower or not _thing(noun.lower_) or not self._free(noun, blocked):
                continue
            end = next((t.i for t in doc[after.i + 1 :] if t.text in _CLAUSE_ENDS), len(doc))
            if self._praising(doc, after.i + 1, end) or (
                after.i + 1 < len(doc) and doc[after.i + 1].text in self.words.praise
            ):
                found.append((det.i, self._mention(doc, noun, "de" if tagged else det.lower_)))
        return found

    def _product_like(self, word: str) -> bool:
        """A product of the lexicon, also as a compound of one ('krentenbroden': 'brood')."""
        stem = lemma(word)
        long = re.sub(r"([^aeiou])([aeou])([^aeiou])$", r"\1\2\2\3", stem)  # 'broden' → 'brod' → 'brood'
        if any(self.product(w, w) is not None for w in (word, stem, long)):
            return True
        last = lexicon.head(word)
        return bool(last) and self.product(last, last) is not None

    def _never_bad(self, doc: Any, blocked: set[int]) -> list[tuple[int, Mention]]:
        """'nog nooit een slechte knipbeurt gehad', 'geen enkele mislukte taart': a bad thing denied is
        praised."""
        found = []
        for token in doc:
            if token.lower_ not in {"nooit", "geen"}:
                continue
            words = doc[token.i + 1 : token.i + 5]
            bad = next((t for t in words if t.lower_ in self.words.negatives), None)
            noun = doc[bad.i + 1] if bad is not None and bad.i + 1 < len(doc) else None
            if (
                noun is not None
                and noun.is_alpha
                and noun.is_lower
                and _thing(noun.lower_)
                and self._free(noun, blocked)
            ):
                found.append((token.i, self._mention(doc, noun, "de")))
        return found

    def first_time(self, doc: Any) -> tuple[str, str]:
        """('prestatie', 'eerste 200') for 'Mijn eerste 200 gegooid!!', 'onze eerste 10 km gelopen': the
        writer's first something, done; else the writer's own event the lexicon does not know (:meth:`event`:
        'voor onze personeelsdag'); ('', '') when the comment has neither."""
        for token in doc[:-2]:
            if token.lower_ != "eerste" or token.i == 0 or doc[token.i - 1].lower_ not in MINE:
                continue
            what = [t for t in doc[token.i + 1 : token.i + 3] if t.is_alpha or t.like_num]
            done = next((t for t in doc[token.i + 2 : token.i + 4] if _done(t.lower_)), None)
            if done is not None and done.lower_ in _ONLY_HAD:
                continue  # 'mijn eerste afspraak gehad': a first visit, no achievement
            if what and done is not None:
                words = [t.text for t in what if t.i < done.i and not _done(t.lower_)]
                bought = any(self.product(t.text, t.lemma_) is not None for t in what)  # 'mijn eerste taart gekocht'
                if words and not bought and not any(w.lower() in stop_words() for w in words):
                    return "prestatie", " ".join(["eerste", *words])
        return self.event(doc)

    def event(self, doc: Any) -> tuple[str, str]:
        """('uitje', 'personeelsdag') for 'voor onze personeelsdag', 'op ons clubweekend': the writer's own
        event named by a compound the lexicon does not know (its head from ``event_heads``, not a day of
        the week or a holiday: 'onze zaterdagavond', 'mijn feestdag'); ('', '') when there is none."""
        for token in doc[1:]:
            word = token.lower_
            # 'voor onze personeelsdag', 'onze jaarlijkse relatiedag'
            adjective = token.i > 1 and doc[token.i - 1].lower_.endswith("e") and doc[token.i - 2].lower_ in MINE
            if (doc[token.i - 1].lower_ not in MINE and not adjective) or not word.isalpha():
                continue
            head = next((h for h in self.words.event_heads if word.endswith(h) and len(word) >= len(h) + 3), "")
            if head and not any(word.startswith(w) for w in self.words.not_events):
                return "uitje", word
        return "", ""

    def group(self, doc: Any) -> str:
        """The writer's group, as said: 'fietsclub uit Hasselt' ('met onze fietsclub uit Hasselt'),
        'hele familie', '38 collega's'; '' when the comment names none."""
        for token in doc[1:]:
            word, before = token.lower_, doc[token.i - 1]
            # 'onze fietsclub', 'onze hele familie', 'met de hele familie'
            whole = before.lower_ == "hele" and token.i > 1 and doc[token.i - 2].lower_ in MINE | {"de"}
            along = before.lower_ == "de" and token.i > 1 and doc[token.i - 2].lower_ == "met"  # 'met de leesclub'
            # 'met 22 van fietsclub De Trappers', 'we waren met 12 man van de turnkring': counted, then the group
            counted_of = _counted_of(doc, token.i)
            owned = before.lower_ in MINE or whole or along or counted_of
            if owned and token.is_alpha and any(word.endswith(h) for h in self.words.group_heads):
                said = f"hele {token.text}" if before.lower_ == "hele" else token.text
                place = doc[token.i + 1 : token.i + 3]
                if len(place) == 2 and place[0].lower_ == "uit" and place[1].is_title and place[1].is_alpha:
                    said = f"{said} uit {place[1].text}"  # 'onze fietsclub uit Hasselt'
                return said
            # '38 collega's', 'drie leerlingen', 'namens alle kinderen'
            counter = before.like_num or before.lower_ in _NUMBERS | {"alle"}
            counted = counter and before.lower_ not in {"een", "één", "1"}
            # 'bij een paar kinderen', 'met een paar vrienden': some people, not the writer's group to greet
            counted = counted and not (before.lower_ == "paar" and token.i > 1 and doc[token.i - 2].lower_ == "een")
            # ('23 collega’s': the curly 's a token of its own)
            ending = doc[token.i + 1].text if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"’s", "'s"} else ""
            if counted and f"{word}{ending}".replace("’", "'") in self.words.counted:
                return f"{'alle' if before.lower_ == 'alle' else before.text} {token.text}{ending}"
        return ""


def _counted_of(doc: Any, i: int) -> bool:
    """Whether the word at ``i`` follows a count of people and 'van' ('met 22 van fietsclub ...', 'met 12 man van de
    turnkring')."""
    at = i - 2 if doc[i - 1].lower_ in {"de", "onze", "ons"} else i - 1
    if at < 2 or doc[at].lower_ != "van":
        return False
    count = doc[at - 1]
    people = count.lower_ in {"man", "personen", "mensen", "leden", "pers"} and at > 2 and doc[at - 2].like_num
    return (count.like_num or count.lower_ in _NUMBERS or people) and doc[at - 2 if not people else at - 3].lower_ in {
        "met",
        "zijn",
        "waren",
    }
