"""The products and services a comment names: the lexicon (resources/topics.toml [products] and
resources/lexicons/producten.txt) by lemma and by compound head ('eenhoorntaart' → taart), and
what the writer said about each (their own, someone else's, wished for, the occasion itself)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.util import filter_spans

from app.domain.articles import diminutive
from app.domain.draft_fact_words import synonyms
from app.domain.topics import Concept, Mention, TopicData
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.topic_left_behind import left_behind
from app.nlp.topic_match import Matches
from app.nlp.topic_nouns import (
    DETERMINERS,
    not_objects,
    noun_after_modifier,
    noun_mention,
    participle,
    verb_form,
    went_to,
)
from app.nlp.topic_quoted import quoted_speech
from app.nlp.topic_wish_sentences import wish_sentences
from app.nlp.topic_words import (
    HAIR_BEFORE,
    MARKERS,
    NOT_NAMES,
    NOT_PRODUCTS,
    PLURAL_WORDS,
    POSSESSIVE,
    as_written,
    lemma,
    owned_by_writer,
    plain,
)

# Prepositions of place: 'in de stoel', 'aan de tafel' say where the writer was, not what it was about
# ('op' is left out: 'wachten op de biefstuk', 'een kras op het frame' name the thing).
_WHERE = frozenset({"in", "aan", "achter", "naast", "onder"})


# Devices someone talks or looks on ('aan de telefoon', 'op haar gsm'), and the words before them that
# are not the writer's own ('op mijn telefoon' can be what was repaired).
_DEVICES = frozenset(
    {"telefoon", "gsm", "mobiel", "mobieltje", "smartphone", "laptop", "tablet", "computer"}
    | {"scherm", "tv", "televisie"}  # 'de koers op groot scherm'
)
_NOT_OWN = frozenset({"de", "het", "zijn", "haar", "hun", "z'n", "d'r"})


class ProductFinder:
    def __init__(self, data: TopicData, nlp: Any) -> None:
        from spacy.matcher import PhraseMatcher

        self.data = data
        self.products: dict[str, tuple[str, str]] = {}
        # Base forms first, so 'fiets' (not the lexicon's 'fietsen') is the base of 'fiets'.
        for word, article in sorted(data.products.items(), key=lambda pa: lemma(pa[0]) != pa[0]):
            if " " not in word:
                self.products.setdefault(lemma(word), (word, article))
        self.multi = PhraseMatcher(nlp.vocab, attr="LOWER")
        for p in data.products:
            if " " in p:
                self.multi.add(p, [nlp.make_doc(p)])
        self.heads: list[tuple[str, Concept]] = [(lemma(h), c) for c in data.concepts for h in c.heads]
        # Work done on a thing ('accuvervanging', 'fietsreparatie', 'taartbestelling'): the service words
        self.actions = {lemma(t) for c in data.concepts if c.group == "service" for t in c.terms if " " not in t}
        # 'Abraham' of 'Abraham gezien': an occasion's own name ('Marcel werd 50 (Abraham!)'), no thing bought
        self.occasion_names = {
            t.split()[0] for c in data.concepts if c.group == "occasion" for t in c.terms if " " in t
        }

    def product(self, text: str, lem: str) -> Mention | None:
        """The lexicon's product for a word, also as the last part of a compound."""
        word = plain(text).strip("'")
        if text[:1].isupper() and lem not in self.products and lemma(word) in self.products:
            lem = lemma(word)  # 'Die Sint-Maartensmannetjes': the tagger keeps a capitalised word as its own lemma
        if "-" in word and not word.split("-", 1)[0].isalpha():
            # '10-rittenkaart' → rittenkaart; '3C-krullen' → krullen, by its lemma ('krul') as the lexicon has it
            word, lem = word.rsplit("-", 1)[1], lem.rsplit("-", 1)[1] if "-" in lem else word.rsplit("-", 1)[1]
            text = text.rsplit("-", 1)[1]
        if not word.replace("-", "").removesuffix("'s").isalpha() or len(word) < 3 or word in NOT_PRODUCTS:
            return None
        if lem not in self.products and word in not_objects():
            return None  # 'ervaring' ends in 'ring' but names nothing bought
        if "-" in word and word.rsplit("-", 1)[1] in not_objects():
            # 'mijn ketting-eraf-situatie': what happened to a thing, told in one glued word, is about the thing
            first = word.split("-", 1)[0]
            return self.product(first, lemma(first)) if first.isalpha() else None
        if lem not in self.products and (participle(word) or verb_form(word)):
            return None  # 'afgesproken' holds 'rok' but is a verb
        if lem in self.products:
            base, article = self.products[lem]
            plural = word != plain(base) and lemma(base) == lem and not word.endswith(("je", "tje"))
            plural = plural and word.startswith(lem[: max(2, len(lem) - 2)])  # 'velo' is a fiets, not 'fietsen'
            if word == base and (base.endswith("en") or (base.endswith("s") and not base.endswith("ss"))):
                plural = base in PLURAL_WORDS or base in self.data.plurals
            elif base in self.data.plurals and word == lem:
                plural, article = False, "de"  # the lexicon has only 'foto's'; the writer wrote 'foto'
            if word != base and diminutive(word):
                article = "het"  # 'het kaartje', though 'de kaart'
            return Mention(as_written(text), "de" if plural else article, plural)
        return (
            self._compound(text, word, lem)
            or self._inflected(text, word)
            or self._hyphened(text, word)
            or (self._worked_on(word))
        )

    def _hyphened(self, text: str, word: str) -> Mention | None:
        """'EK-tompoucen', 'Pasen-eitjes': a hyphened word whose last part is a plural or diminutive of a lexicon
        word, named as written with that part's number and article."""
        if "-" not in word:
            return None
        tail = self._inflected(text.rsplit("-", 1)[1], word.rsplit("-", 1)[1])
        return replace(tail, text=as_written(text)) if tail is not None else None

    def _longer_head(self, lem: str, head: str) -> bool:
        """Whether the word list reads a longer last part than the lexicon's ``head`` ('dun-schaar', not
        'dunsc-haar'; 'paarden-staart'), other than a linking s ('afscheid-s-taart', 'oplichter-s-tent')."""
        own = lexicon.head(lem)
        if len(own) <= len(head) or not own.endswith(head) or own in self.products:
            return False
        first = lem[: len(lem) - len(own)]
        linking_s = own == f"s{head}" and not first.endswith(("a", "e", "i", "o", "u", "en"))
        return not linking_s

    def _made_of(self, text: str, word: str) -> Mention | None:
        """'speculaasbrokken' (read by the word list as 'speculaas' + 'brokken', not + 'rok'): a plural or
        diminutive compound whose first part is a lexicon word names a thing of it, as written (a plural
        takes 'de', a diminutive 'het'; a singular's article is unknown, so it is left alone)."""
        last = lexicon.head(word) if "-" not in word else ""
        first = word[: word.rfind(last[:3])] if last else ""
        if not first or not any(p in self.products for p in (first, first[:-1], first[:-2]) if len(p) >= 3):
            return None
        rest = word[len(first) :]
        if rest.endswith(("je", "tje", "pje", "kje")):
            return Mention(as_written(text), "het", False)
        if rest != last and rest.endswith(("en", "s")) and lexicon.known_noun(rest) == last:
            return Mention(as_written(text), "de", True)
        return None

    def _worked_on(self, word: str) -> Mention | None:
        """'een simpele accuvervanging', 'de fietsreparatie', 'mijn taartbestelling': a compound whose last
        part names work done or an order names the thing in its first part, when the lexicon knows it."""
        last = lexicon.head(word) if "-" not in word else ""
        done = last.endswith("ing") and last.startswith(_VERB_PREFIXES) and len(last) > 6  # 'vervanging', not 'houding'
        if not last or not (last in self.actions or done):
            return None
        first = word[: word.rfind(last[:3])] if last[:3] in word else ""
        for part in (first, first[:-1], first[:-2]):  # 'fiets-reparatie', 'onderhoud-s-', 'kett-en-'
            if len(part) >= 3 and part in self.products:
                base, article = self.products[part]
                plural = base in self.data.plurals or base in PLURAL_WORDS
                return Mention(base, "de" if plural else article, plural)
        return None

    def _inflected(self, text: str, word: str) -> Mention | None:
        """A plural or diminutive of a lexicon word that our light lemma misses: 'pistoletje' (the
        word list's noun lemma 'pistolet'), 'tompoucen' (an -e word's plural in -n)."""
        base = lexicon.noun(word)
        # not a plural in -s: 'fruits de mer', 'zadels' in a story are often no thing of the shop's
        inflected = (
            word.endswith(("je", "jes", "en")) and "-" not in word and not lexicon.is_verb(word)
        )  # 'ze roken raar'
        if inflected and base and base != word and base in self.products and _spelled_from(base, word):
            diminutive = word.endswith(("je", "jes"))
            plural = word.endswith(("s", "en"))
            article = "het" if diminutive and not plural else self.products[base][1]
            return Mention(as_written(text), "de" if plural else article, plural)
        if word.endswith("en") and word[:-1] in self.products and word[:-1].endswith("e"):
            return Mention(as_written(text), "de", True)  # 'tompoucen' from 'tompouce'
        return None

    def _compound(self, text: str, word: str, lem: str) -> Mention | None:
        for size in range(len(lem) - 3, 3 if len(lem) < 7 else 2, -1):
            head = lem[-size:]
            if head in self.products:
                if lem[: len(lem) - len(head)] in _PARTICLE_PARTS:
                    return None  # 'helemaal overstuur', 'het aanbod': a particle and a noun make another word
                if self._longer_head(lem, head):
                    return self._made_of(text, word)  # the word's own last part is longer: a 'dunschaar' is no 'haar'
                base, article = self.products[head]
                plural = not word.endswith(base)
                return Mention(as_written(text), "de" if plural else article, plural)
        if "-" in lem and lem.rsplit("-", 1)[1] in self.products:
            base, article = self.products[lem.rsplit("-", 1)[1]]  # 'pistache-ijs' → het ijs
            return Mention(as_written(text), article, not word.endswith(base))
        if "-" in lem and lem.split("-", 1)[0] in self.products:
            article = self.products[lem.split("-", 1)[0]][1]  # 'servies-set'
            return Mention(as_written(text), lexicon.article(lem.rsplit("-", 1)[1]), False)
        return None

    def _head_of(self, m: Matches, i: int, found: Mention | None) -> Mention | None:
        """'de gebakken scholfilet': a lexicon word that only says what kind the next noun is gives way to
        that noun (the lexicon's own, found at its own place, or a guessed one)."""
        word = m.doc[i].lower_
        # only a participle or a word that is no noun ('gebakken', not 'een leenfiets mee')
        kind = found is not None and (participle(word) or not lexicon.noun(word))
        noun = noun_after_modifier(m.doc, i) if kind else None
        if noun is None:
            return found
        if self.product(noun.text, noun.lemma_) is not None:
            return None  # the next word is found at its own place
        before = m.doc[i - 1].lower_ if i > 0 else ""
        return noun_mention(before if before in DETERMINERS else "", noun.lower_)

    def _compound_of(self, token: Any) -> bool:
        """A long compound whose last part is a listed product ('Driekoningentaart', 'Kerstkrans'): no pet's name."""
        word = lemma(token.lower_)
        return token.is_alpha and any(word.endswith(p) and len(word) - len(p) >= 4 for p in self.products)

    def _town(self, doc: Any, i: int) -> bool:
        """'in Hoogkarspel', 'vanuit Lutjebroek': a capitalised word right after a preposition of place, that the
        lexicon knows only by its last part ('spel', 'broek'), is the name of a place, not a thing bought; 'uit
        Appeltaart' does not occur, 'in de Kerstkrans' has its article."""
        token = doc[i]
        before = doc[i - 1].lower_ if i > 0 else ""
        capital = token.is_alpha and token.text[:1].isupper() and token.text[1:2].islower()
        # 'helemaal van Ammerstol gefietst', 'speciaal van Brussel gekomen': 'van' after a word of coming from afar
        afar = before == "van" and i > 1 and doc[i - 2].lower_ in _FROM_AFAR
        return capital and (before in _PLACE_BEFORE or afar) and lemma(token.lower_) not in self.products

    def _in_context(self, m: Matches, i: int, product: Mention | None, wished: set[int]) -> Mention | None:
        """What the comment says about the product at token ``i``; None when it is no product there."""
        doc = m.doc
        before = doc[i - 1].lower_ if i > 0 else ""
        # 'onze Bolletje' is the dog's name ('onze Driekoningentaart' is a cake); 'door het Kempen-Broek' a place
        pet = doc[i].text[:1].isupper() and before in POSSESSIVE and not self._compound_of(doc[i])
        # ('Sint-Maartensmannetjes' looks like a place but is a word of the lexicon, whole)
        place = _NAMED_PLACE.fullmatch(doc[i].text) and lemma(plain(doc[i].text)) not in self.products
        if product is None or pet or place or self._town(doc, i):
            return None
        # a plural the product list marks as one ('garnaalkroketten =mv') is no infinitive, unless a verb too
        plural_noun = product.plural and not lexicon.is_verb(doc[i].lower_)
        if (_verb_at_clause_end(doc, i) and not plural_noun) or before == "te":
            return None  # 'ik ga nooit meer langs Cacao & Co fietsen', 'niemand te pakken': a verb
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and after.lower_ in _SUBJECTS and before not in _DETERMINERS:
            return None  # 'Dan stuur ik mijn collega's': a verb before its subject, not the thing 'stuur'
        if _set_phrase(doc, i, after) or _own_site(doc, i):
            return None
        if lemma(product.text) == "haar" and before not in HAIR_BEFORE:
            return None  # 'voor haar verjaardag': a pronoun; 'haren in de douche': dirt, not a product
        if m.inside(self.data, "person", i):
            return None  # 'onze rescuehond Pip': one of the writer's own, not something bought
        if m.inside(self.data, "safety", i) or (owned_by_writer(doc, i) and left_behind(doc, i)):
            # part of what went wrong ('glas in', 'haren in'), not what was bought; nor what the writer forgot
            # ('ik was mijn portemonnee vergeten')
            return None
        if m.inside(self.data, "occasion", i):
            product = Mention(product.text, product.article, product.plural, occasion=True)
        if _placed(doc, i):
            product = replace(product, place=True)  # 'pas om kwart voor twaalf in de stoel': where, not what
        elif lemma(product.text) in _DEVICES and _on_device(doc, i):
            product = replace(product, place=True)  # 'zat op haar gsm', 'aan de telefoon zei ge': a means, not what
        if owned_by_writer(doc, i):
            product = replace(product, own=True)
        elif before in {"zijn", "haar", "hun"}:
            product = replace(product, theirs=True)
        return replace(product, wished=True) if i in wished else product

    def collect(self, m: Matches) -> tuple[list[Mention], list[str]]:
        """(products in the order named, content lemmas with compound heads) of a comment; compound
        heads also count as matches of their concept ('notenallergie' → allergie)."""
        doc, stop = m.doc, stop_words()
        wished = wish_sentences(doc)
        quoted = quoted_speech(doc)  # 'dan moet ge maar vroeger uit uw bed komen': said, not bought
        products: list[Mention] = []
        lemmas: list[str] = []
        inside_multi: set[int] = set()
        for span in filter_spans([doc[s:e] for _, s, e in self.multi(doc)]):  # the longest: 'quattro stagioni'
            start, end = span.start, span.end
            before = doc[start - 1].lower_ if start > 0 else ""
            # the kind of dish before its name: 'de pizza frutti di mare'; not whose it is ('haar dame blanche')
            if start > 0 and doc[start - 1].is_alpha and before not in _NOT_OWN and lemma(before) in self.products:
                start -= 1
            words = doc[start:end].text.lower()
            inside_multi.update(range(start, end))
            if all(p.text != words for p in products):
                products.append(Mention(words, lexicon.article(words)))
        for token in doc:
            lem = token.lemma_
            words_ok = token.is_alpha or "-" in token.text or token.lower_.endswith("'s")
            if words_ok and (lem not in stop or lem in MARKERS or _one_thing_with_next(token)) and len(lem) > 2:
                lemmas.append(lem)
            # a name mid-sentence is no compound: 'in Maassluis' holds no 'luis'
            proper = token.i > 0 and token.text[:1].isupper() and token.is_alpha and not doc[token.i - 1].is_punct
            for head, concept in self.heads:
                # 'zwemdiploma', and with a hyphen 'A-diploma'
                compound = len(lem) - len(head) >= 3 and not proper and _ends_in(lem, head)
                if lem != head and lem.endswith(head) and (compound or lem.endswith(f"-{head}")):
                    m.add(concept.id, token.i, token.i + 1)
                    lemmas.append(head)
            found = self.product(token.text, lem) if token.i not in inside_multi | quoted else None
            found = None if self._occasion_named(doc, token.i) else self._head_of(m, token.i, found)
            product = self._in_context(m, token.i + 1 if found and found.guessed else token.i, found, wished)
            known = lemma(plain(token.text)) in self.products  # 'Sint-Maartensmannetjes', a word of the lexicon
            if product is not None and "-" in token.text and token.text[:1].isupper() and not known:
                product = replace(product, text=_brand_compound(doc, token.i))  # 'een Paw Patrol-taart'
                products = [p for p in products if p.text.lower() not in product.text.lower().split()]
            if product and all(p.text != product.text for p in products):
                products.append(product)
                lemmas.append(lemma(product.text))
        return products, lemmas

    def _occasion_named(self, doc: Any, i: int) -> bool:
        """'Onze Marcel werd 50 (Abraham!!)': an occasion's own name, capitalised and without an article, names the
        occasion; 'een Abraham van speculaas' is a thing bought."""
        before = doc[i - 1].lower_ if i > 0 else ""
        return doc[i].text[:1].isupper() and doc[i].lower_ in self.occasion_names and before not in _DETERMINERS


def _ends_in(word: str, head: str) -> bool:
    """Whether a word the word list knows as a noun of its own still ends in ``head`` as that noun: a
    'teamuitje' is an outing, a 'biscuitje' a biscuit and no 'bisc' + 'uitje', a 'sleutelkluis' a safe (its last
    noun 'kluis') and no louse."""
    if word.endswith(f"-{head}"):
        return True
    # 'sleutelkluis' ends in 'luis' but is a 'kluis': a longer noun at the end that holds the head is the head
    last = lexicon.head(word)
    if last and last != head and last.endswith(head) and lexicon.head(last) != head:
        return False  # ('kleinzoon' is itself a 'zoon': an 'achterkleinzoon' keeps it)
    known = lexicon.known_noun(word)
    return not known or known.endswith(head)


def _one_thing_with_next(token: Any) -> bool:
    """Whether a word and the next are one thing by resources/synonyms.toml ('lang krentenbrood' is a
    krentenwegge): then the word is kept, though alone it is a stop word."""
    if token.i + 1 >= len(token.doc):
        return False
    return f"{token.lower_} {token.doc[token.i + 1].lower_}" in synonyms()


_VOWEL = frozenset("aeiou")
# Particles that make a verb or adjective of a noun ('overstuur', 'uitstel'); not 'voor', 'achter', 'onder',
# which make a part ('voorrem', 'achterband', 'onderbroek').
_PARTICLE_PARTS = frozenset(
    {"over", "door", "uit", "aan", "af", "op", "in", "mee", "na", "om", "toe", "tegen", "weg", "bij"}
)
# The prefixes of verbs whose -ing noun names work done: 'vervanging', 'bezorging', 'afstelling', 'ontkalking'.
_VERB_PREFIXES = ("ver", "be", "her", "ont", "af", "op", "in", "uit", "aan", "bij", "om", "over", "door", "toe")


def _spelled_from(base: str, word: str) -> bool:
    """Whether ``word`` is spelled as a plural or diminutive of ``base`` ('vlaaien', 'rokken', 'pistoletje'),
    not a word that only looks like one ('roken' is no plural of 'rok': a short vowel doubles)."""
    if not word.endswith("en") or word.endswith("jen"):
        return True
    short = len(base) >= 3 and base[-2] in _VOWEL and base[-1] not in _VOWEL and base[-3] not in _VOWEL
    return not (short and word == base + "en")


# A name with capitals on both sides of a hyphen ('het Kempen-Broek', 'Sint-Oedenrode'): no product.
_NAMED_PLACE = re.compile(r"[A-Z]\w+(?:-[A-Z]\w+)+")

# Prepositions before the bare name of a town or village ('in Hoogkarspel', 'vanuit Lutjebroek', 'richting Hoorn').
_PLACE_BEFORE = frozenset({"in", "uit", "vanuit", "naar", "te", "richting", "nabij", "rond", "via"})
# Words before 'van' that make it 'from' a place ('helemaal van Ammerstol', 'gefietst van Gouda').
_FROM_AFAR = frozenset(
    {"helemaal", "speciaal", "gekomen", "gereden", "gefietst", "gewandeld", "gereisd", "fiets", "rij", "kom", "kwam"}
)

# Places a writer names without an article ('op bed', 'in bad', 'naar school').
_BARE_PLACES = frozenset({"bed", "bad", "school", "huis", "tafel", "straat", "kantoor", "werk"})


def _set_phrase(doc: Any, i: int, after: Any) -> bool:
    """Whether the word at ``i`` is part of a phrase that names no product: 'weg van huis,', 'naar huis
    gegaan', 'ziek op bed', 'in bad', 'aan huis', or the business by its name ('zaten we bij Korenbloem')."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in {"naar", "van", "uit"} and (after is None or after.is_punct or before == "naar"):
        return True
    if before in {"bij", "naar"} and doc[i].text[:1].isupper():
        return True
    if before and doc[i].text[:1].isupper() and not doc[i - 1].is_punct and after is not None and after.is_title:
        return True  # 'merci aan Fietsen Van Hecke': a word of the business's name before the rest of it
    # 'komt aan huis', 'aan tafel geholpen': where the work was done, never the thing praised
    return before in {"op", "in", "naar", "uit", "aan"} and doc[i].lower_ in _BARE_PLACES


def _placed(doc: Any, i: int) -> bool:
    """'in de stoel', 'in het aparte kamertje', 'naast de grote spiegel': where it happened, not what was praised."""
    k = i - 1
    adjective = doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in {"de", "het"}
    while k > max(0, i - 3) and adjective and doc[k].lower_.endswith("e"):
        k -= 1  # 'het aparte', 'de kleine' (an inflected adjective)
        adjective = doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in {"de", "het"}
    if k < 1 or doc[k].lower_ not in {"de", "het"}:
        return False
    # ('naar het verzorgingshuis' after a verb of going, a word or two between: 'kwam speciaal naar')
    return doc[k - 1].lower_ in _WHERE or went_to(doc, k)


def _own_site(doc: Any, i: int) -> bool:
    """'ons kantoor in Maasmechelen', 'onze vestiging te Genk', 'our office in Ghent': where the writer works or
    lives, said as context, not the thing praised."""
    if i < 1 or i + 2 >= len(doc) or doc[i - 1].lower_ not in _OURS:
        return False
    return doc[i + 1].lower_ in {"in", "te", "at"} and doc[i + 2].is_title and doc[i + 2].is_alpha


_OURS = frozenset({"ons", "onze", "mijn", "m'n", "our", "my"})


def _brand_compound(doc: Any, i: int) -> str:
    """'Paw Patrol-taart', 'Frozen-taart': a name before a hyphen keeps its capitals and the capitalised
    words before it (not the one that opens a sentence); the product word after the hyphen is lower case."""
    first = i
    while first > 0 and doc[first - 1].is_alpha and doc[first - 1].is_title:
        opens = first - 1 == 0 or doc[first - 2].text in {".", "!", "?"}
        if opens and (doc[first - 1].lower_ in stop_words() or doc[first - 1].lower_ in NOT_NAMES):
            break  # 'Mijn Frozen-taart', 'Gisteren Frozen-taart'
        first -= 1
    name, _, head = doc[i].text.rpartition("-")
    return " ".join([*(t.text for t in doc[first:i]), f"{name}-{head.lower()}"])


# Subject pronouns: a word right before one is a verb in a question or after 'dan' ('stuur ik', 'fiets je').
_SUBJECTS = frozenset({"ik", "je", "jij", "we", "wij", "u", "hij", "zij"})
# Words before a noun: 'de fiets je' is no verb.
_DETERMINERS = frozenset(
    {"de", "het", "een", "mijn", "m'n", "je", "jouw", "uw", "onze", "ons", "zijn", "haar", "die", "dat", "deze"}
)


_MODIFIERS = frozenset({"de", "het", "een", "die", "deze", "twee", "drie", "vier", "alle", "haar", "hun"})


def _verb_at_clause_end(doc: Any, i: int) -> bool:
    """A word in -en that ends its clause with no article, number or adjective before it is an
    infinitive ('langs de winkel fietsen'), not the plural it looks like ('twee fietsen')."""
    token = doc[i]
    if not token.lower_.endswith("en") or i == 0:
        return False
    if lexicon.known_noun(token.lower_) and not lexicon.is_verb(token.lower_):
        return False  # 'waarom geen spelt krentenbollen?': a plural the word list knows, no verb
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and not after.is_punct and after.lower_ not in {"en", "maar", "want", "omdat", "dus"}:
        return False
    before = doc[i - 1]
    # 'niemand snapte haar krullen': 'haar' and 'hun' own the plural (the verbs done to hair are no products)
    modifier = before.lower_ in POSSESSIVE | _MODIFIERS
    return not (modifier or before.like_num or (before.is_lower and before.lower_.endswith("e")))


def _on_device(doc: Any, i: int) -> bool:
    """'op haar gsm', 'aan de telefoon', 'op groot scherm', 'op een groot scherm': the device something was
    seen or said on (after 'op' or 'aan', an article or adjectives between), not what was praised."""
    k = i - 1
    stops = _NOT_OWN | {"een", "op", "aan"}
    while k > max(0, i - 3) and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in stops:
        k -= 1  # 'groot', 'grote'
    if doc[k].lower_ in _NOT_OWN | {"een"}:
        k -= 1
    return k >= 0 and k < i - 1 and doc[k].lower_ in {"op", "aan"}
