"""What a comment is about, found with spaCy's Matcher and PhraseMatcher.

The shipped pipeline has no lemmatizer, so tokens get a lightweight lemma of
our own (resources/topics.toml [lemmas] for irregular forms, then plural and
diminutive endings off). Compounds count through their last part
('notenallergie' → allergie, 'eenhoorntaart' → taart). The result is a
:class:`app.domain.topics.TopicAnalysis`; safety always beats other topics.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any

from app.domain.topics import Concept, Mention, TopicAnalysis, TopicData, article_of, shipped_topic_data
from app.nlp.topic_nouns import guessed_objects, participle

MAX_TEXT = 5_000  # longer comments are read up to here
_POSSESSIVE = frozenset({"mijn", "m'n", "mn", "onze", "ons", "mijne"})
_VOWELS = set("aeiouy")
_NOT_PRODUCTS = frozenset(
    {
        "bestelling",
        "bestellingen",
        "pakket",
        "pakketje",
        "levering",
        "reparatie",
        "order",
        "afspraak",
        "reservering",
        "boeken",
        "tafel",
        "terras",
        "winkel",
        "zaak",
        "keuken",
        "bosje",
        "bos",
    }
)
_HAIR_BEFORE = frozenset({"mijn", "m'n", "je", "jouw", "uw", "het", "ons", "haar", "zijn", "dochters", "zoons"})
# Lexicon words that are plural as they stand (so 'de rozen zijn', not 'is').
_PLURAL_WORDS = frozenset(
    {
        "bloemen",
        "rozen",
        "tulpen",
        "highlights",
        "croissants",
        "donuts",
        "oliebollen",
        "koekjes",
        "cupcakes",
        "broodjes",
        "taarten",
        "gebakjes",
        "tompoezen",
        "friet",
        "remmen",
        "banden",
        "bonbons",
        "macarons",
    }
)
_STOP = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "in",
        "op",
        "te",
        "van",
        "voor",
        "met",
        "bij",
        "naar",
        "aan",
        "om",
        "is",
        "zijn",
        "was",
        "waren",
        "jullie",
        "jij",
        "je",
        "u",
        "uw",
        "wat",
        "hoe",
        "waar",
        "wanneer",
        "welke",
        "wie",
        "kan",
        "kunnen",
        "mag",
        "hebben",
        "heb",
        "hebt",
        "heeft",
        "had",
        "er",
        "ook",
        "nog",
        "wel",
        "niet",
        "geen",
        "dat",
        "die",
        "deze",
        "dit",
        "ik",
        "we",
        "wij",
        "ze",
        "mijn",
        "m'n",
        "onze",
        "ons",
        "mij",
        "me",
        "hier",
        "daar",
        "dan",
        "als",
        "maar",
        "nu",
        "al",
        "zo",
        "toch",
        "echt",
        "heel",
        "erg",
        "even",
        "graag",
        "bent",
        "ben",
        "wordt",
        "worden",
        "werd",
        "zou",
        "zouden",
        "moet",
        "moeten",
        "willen",
        "wil",
        "wilt",
        "kunt",
        "doen",
        "doet",
        "deed",
        "gedaan",
        "gaan",
        "gaat",
        "ging",
        "komen",
        "komt",
        "kwam",
        "keer",
    ]
)
_NOT_NAMES = frozenset(
    [
        "ik",
        "we",
        "wij",
        "jullie",
        "je",
        "u",
        "uw",
        "de",
        "het",
        "een",
        "en",
        "maar",
        "dus",
        "toen",
        "echt",
        "super",
        "top",
        "heel",
        "wat",
        "waarom",
        "hoe",
        "hallo",
        "hoi",
        "beste",
        "dag",
        "goedemorgen",
        "helaas",
        "gisteren",
        "vandaag",
        "morgen",
        "zaterdag",
        "zondag",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "pasen",
        "kerst",
        "pinksteren",
        "koningsdag",
        "google",
        "facebook",
        "instagram",
        "whatsapp",
        "tikkie",
        "ideal",
        "bedankt",
        "dank",
        "sorry",
        "nou",
        "ja",
        "nee",
        "oh",
        "mevrouw",
        "meneer",
        "dhr",
        "mw",
        "mevr",
        "heer",
        "fam",
        "familie",
        "iedereen",
        "niemand",
        "alles",
        "het",
        "die",
        "dit",
        "er",
        "mijn",
        "onze",
        "ons",
        "hij",
        "zij",
        "ze",
        "team",
        "personeel",
        "jullie",
    ]
)

_WRITTEN_ORDINALS = {
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
    "vijfde": 5,
    "zesde": 6,
    "zevende": 7,
    "achtste": 8,
    "negende": 9,
    "tiende": 10,
    "twaalfde": 12,
    "achttiende": 18,
    "twintigste": 20,
    "eenentwintigste": 21,
    "vijfentwintigste": 25,
    "dertigste": 30,
    "veertigste": 40,
    "vijftigste": 50,
    "zestigste": 60,
    "vijfenzestigste": 65,
    "zeventigste": 70,
    "vijfenzeventigste": 75,
    "tachtigste": 80,
    "negentigste": 90,
    "honderdste": 100,
}
_WRITTEN_AGES = {
    "achttien": 18,
    "twintig": 20,
    "eenentwintig": 21,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "vijfenzestig": 65,
    "zeventig": 70,
    "vijfenzeventig": 75,
    "tachtig": 80,
    "vijfentachtig": 85,
    "negentig": 90,
    "honderd": 100,
}
_WISH_WORDS = frozenset(
    [
        "zou",
        "zouden",
        "misschien",
        "idee",
        "suggestie",
        "tip",
        "wens",
        "mis",
        "waarom",
        "aanbieden",
        "overwegen",
        "proberen",
        "verkopen",
    ]
)
_COMPLAINT_ENDS = frozenset({"blessure", "pijn", "klachten", "operatie", "probleem", "problemen", "letsel"})
_THANKS_WORDS = frozenset({"dank", "bedankt", "dankjewel", "complimenten", "compliment", "aan", "dankzij"})
_NAME_VERBS = frozenset(
    [
        "was",
        "is",
        "heeft",
        "had",
        "deed",
        "hielp",
        "knipte",
        "kleurde",
        "maakte",
        "bakte",
        "kookte",
        "zorgde",
        "wist",
        "nam",
        "repareerde",
        "stond",
        "bediende",
    ]
)


def _plain(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in word if not unicodedata.combining(ch)).replace("’", "'")


def lemma(word: str, table: dict[str, str] | None = None) -> str:
    """Our own light lemma: the table first, then plural and diminutive endings off."""
    table = shipped_topic_data().lemmas if table is None else table
    w = _plain(word).strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _plain(table.get(w, w))
    if " " in w or (not w.isalpha() and "-" not in w):
        return w
    if w.endswith("jes") and len(w) > 5:
        return w[:-1]
    if len(w) > 5 and w.endswith("en") and w[-3] not in _VOWELS | {"i"}:
        stem = w[:-2]
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            stem = stem[:-1]
        return stem
    if len(w) > 4 and w.endswith("es") and w[-3] not in _VOWELS:
        return w[:-1]
    return w


class TopicFinder:
    """Builds the matchers once; :meth:`analyse` is cheap per comment."""

    def __init__(self, data: TopicData | None = None) -> None:
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        self.data = data or shipped_topic_data()
        self.nlp = spacy.blank("nl")
        self.by_id = {c.id: c for c in self.data.concepts}
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.surface = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.unless = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for concept in self.data.concepts:
            lemma_terms, surface_terms = [], []
            for term in concept.terms:
                doc = self._doc(term)
                surface_terms.append(self.nlp.make_doc(_plain(term)))
                # Holiday names match only as written ('pasen' is not 'pas').
                if concept.group != "holiday":
                    lemma_terms.append(doc)
            if lemma_terms:
                self.phrases.add(concept.id, lemma_terms)
            self.surface.add(concept.id, surface_terms)
            if concept.unless:
                self.unless.add(concept.id, [self.nlp.make_doc(_plain(u)) for u in concept.unless])
        self.heads = [(lemma(h), c) for c in self.data.concepts for h in c.heads]
        self.products: dict[str, tuple[str, str]] = {}
        # Base forms first, so 'fiets' (not the lexicon's 'fietsen') is the base of 'fiets'.
        for word, article in sorted(self.data.products.items(), key=lambda pa: lemma(pa[0]) != pa[0]):
            if " " not in word:
                self.products.setdefault(lemma(word), (word, article))
        self.multi_products = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for p in self.data.products:
            if " " in p:
                self.multi_products.add(p, [self.nlp.make_doc(p)])
        occasion_lemmas = sorted(
            {lemma(t) for c in self.data.concepts if c.group == "occasion" for t in c.terms if " " not in t}
        )
        self.matcher = Matcher(self.nlp.vocab)
        ordinal = {"TEXT": {"REGEX": r"^\d{1,3}(?:ste|de|e|-jarige?)$"}}
        written = {"LOWER": {"IN": sorted(_WRITTEN_ORDINALS)}}
        self.matcher.add(
            "ORDINAL_OCCASION",
            [[ordinal, {"LEMMA": {"IN": occasion_lemmas}}], [written, {"LEMMA": {"IN": occasion_lemmas}}]],
        )
        age = {"LOWER": {"REGEX": r"^(?:\d{1,3}|" + "|".join(_WRITTEN_AGES) + ")$"}}
        self.matcher.add(
            "AGE",
            [
                [age, {"LOWER": "jaar"}, {"LOWER": {"IN": ["geworden", "oud", "werd", "wordt"]}}],
                [{"LOWER": {"IN": ["werd", "wordt", "worden", "werden"]}}, {"IS_ALPHA": True, "OP": "?"}, age],
                [age, {"LOWER": {"IN": ["geworden", "werd", "wordt"]}}],
                [{"LOWER": "jarig"}, {"OP": "?"}, age],
            ],
        )
        self.matcher.add("MARRIED", [[age, {"LOWER": "jaar"}, {"LOWER": "getrouwd"}]])

    def _doc(self, text: str) -> Any:
        doc = self.nlp.make_doc(text)
        for token in doc:
            token.lemma_ = lemma(token.text, self.data.lemmas)
        return doc

    def analyse(self, text: str) -> TopicAnalysis:  # noqa: C901, PLR0912, PLR0915 - too long/branchy, to split (issue #14)
        doc = self._doc(text[:MAX_TEXT])
        hits: Counter[str] = Counter()
        spans: dict[str, list[tuple[int, int]]] = {}
        for matcher in (self.phrases, self.surface):
            for match_id, start, end in matcher(doc):
                cid = self.nlp.vocab.strings[match_id]
                if (start, end) in spans.get(cid, []):
                    continue
                spans.setdefault(cid, []).append((start, end))
                hits[cid] += 1
        for match_id, start, end in self.unless(doc):
            cid = self.nlp.vocab.strings[match_id]
            kept = [(s, e) for s, e in spans.get(cid, []) if e <= start or s >= end]
            hits[cid] -= len(spans.get(cid, [])) - len(kept)
            spans[cid] = kept
        wish_sentences = self._wish_sentences(doc)
        lemmas: list[str] = []
        products: list[Mention] = []
        seen_products: set[str] = set()
        inside_multi: set[int] = set()
        for _, start, end in self.multi_products(doc):
            words = doc[start:end].text.lower()
            inside_multi.update(range(start, end))
            if words not in seen_products:
                seen_products.add(words)
                products.append(Mention(words, article_of(words)))
        for token in doc:
            lem = token.lemma_
            words_ok = token.is_alpha or "-" in token.text or token.lower_.endswith("'s")
            if words_ok and lem not in _STOP and len(lem) > 2:
                lemmas.append(lem)
            for head, concept in self.heads:
                if lem == head or not lem.endswith(head) or len(lem) - len(head) < 3:
                    continue
                if (token.i, token.i + 1) not in spans.get(concept.id, []):
                    spans.setdefault(concept.id, []).append((token.i, token.i + 1))
                    hits[concept.id] += 1
                lemmas.append(head)
            product = self._product(token.text, lem) if token.i not in inside_multi else None
            if product and token.i > 0 and token.text[:1].isupper() and doc[token.i - 1].lower_ in _POSSESSIVE:
                product = None  # 'onze Bolletje' is the dog's name
            hair = product is not None and lemma(product.text) == "haar"
            if hair and (token.i == 0 or doc[token.i - 1].lower_ not in _HAIR_BEFORE):
                product = None  # 'voor haar verjaardag': a pronoun; 'haren in de douche': dirt, not a product
            if product and any(
                s <= token.i < e for c in self.data.concepts if c.group == "safety" for s, e in spans.get(c.id, [])
            ):
                product = None  # part of what went wrong ('glas in', 'haren in'), not what was bought
            if product and any(
                s <= token.i < e for c in self.data.concepts if c.group == "occasion" for s, e in spans.get(c.id, [])
            ):
                product = Mention(product.text, product.article, product.plural, occasion=True)
            if product and _owned_by_writer(doc, token.i):
                product = replace(product, own=True)
            elif product and token.i > 0 and doc[token.i - 1].lower_ in {"zijn", "haar", "hun"}:
                product = replace(product, theirs=True)
            if product and token.i in wish_sentences:
                product = replace(product, wished=True)
            if product and product.text not in seen_products:
                seen_products.add(product.text)
                products.append(product)
                lemmas.append(lemma(product.text))

        def found(group: str) -> list[Concept]:
            chosen = [c for c in self.data.concepts if c.group == group and hits[c.id]]
            # Most hits first; ties keep the order of the data file (most serious first).
            return sorted(chosen, key=lambda c: -hits[c.id])

        if not products:
            taken = {i for found_spans in spans.values() for s, e in found_spans for i in range(s, e)}
            products = guessed_objects(doc, taken)
            lemmas.extend(lemma(m.text) for m in products)
        self._drop_separable_falls(doc, spans, hits)
        for token in doc[:-2]:
            # 'het was er na drie weken nog steeds niet.': still not there (not 'nog steeds niet opgeladen')
            if (
                token.lower_ == "nog"
                and doc[token.i + 1].lower_ in {"steeds", "altijd"}
                and doc[token.i + 2].lower_ == "niet"
            ):
                after = doc[token.i + 3] if token.i + 3 < len(doc) else None
                if after is None or after.is_punct or after.lower_ in {"en", "maar", "want"}:
                    hits["wachttijd"] += 1
                    spans.setdefault("wachttijd", []).append((token.i, token.i + 3))
        self._not_working(doc, spans, hits)
        if not hits["vergiftiging"] and hits["etentje"] and any(t.lower_ in {"ziek", "misselijk"} for t in doc):
            hits["vergiftiging"] += 1  # 'na jullie lunchbuffet waren zes collega's ziek'
        safety = found("safety")
        problems = found("problem")
        main = safety[0] if safety else (problems[0] if problems else None)
        occasion, occasion_words, owner = self._occasion(doc, found("occasion"), spans)
        people = self._people(doc, spans, [s for c in safety for s, _ in spans.get(c.id, [])])
        tried: tuple[str, ...] = ()
        if hits["geen_antwoord"]:
            tried = tuple(c.id for c in found("channel"))
        holiday = self._holiday(doc, spans)
        names = self._names(doc)
        kin = tuple(
            t.text.rstrip(".")  # the tokenizer keeps the full stop on 'Max.'
            for t in doc
            if t.i > 0
            and doc[t.i - 1].lower_ in _POSSESSIVE | _KIN_BEFORE
            and t.text.rstrip(".").isalpha()
            and t.text[:1].isupper()
            and not t.text.isupper()
            and t.lower_.rstrip(".") not in _NOT_NAMES
            and not any(s <= t.i < e for c in self.data.concepts for s, e in spans.get(c.id, []))
        )
        if occasion and not owner:
            owner = self._named_owner(doc, spans, kin)
        return TopicAnalysis(
            safety=tuple(c.id for c in safety),
            problems=tuple(c.id for c in problems),
            topic=main.topic if main else None,
            concept=main.id if main else None,
            products=tuple(products),
            services=tuple(c.id for c in found("service")),
            occasion=occasion,
            occasion_words=occasion_words,
            people=people,
            recipient=next(
                (
                    doc[s].lower_
                    for s, _ in sorted(spans.get("naaste", []))
                    if s > 1 and doc[s - 1].lower_ in _POSSESSIVE and doc[s - 2].lower_ == "voor"
                ),
                "",
            ),
            owner=owner,
            names=tuple(n for n in names if n not in kin),
            kin=kin,
            body=self._body(doc, spans),
            times=tuple(dict.fromkeys(doc[s:e].text.lower() for s, e in sorted(spans.get("tijd", [])))),
            holiday=holiday,
            tried=tried,
            subjects=tuple(c.id for c in found("subject")),
            closure=bool(found("closure")),
            legal=bool(found("legal")),
            lemmas=tuple(dict.fromkeys(lemmas)),
        )

    @staticmethod
    def _drop_separable_falls(doc: Any, spans: dict[str, list[tuple[int, int]]], hits: Counter[str]) -> None:
        """'viel de techniek uit', 'het viel me op': a form of 'vallen' with a particle at the end of
        its clause is no fall."""
        kept = []
        for start, end in spans.get("letsel", []):
            if end - start == 1 and doc[start].lemma_ == lemma("vallen"):
                k = start + 1
                while k < len(doc) and not doc[k].is_punct and doc[k].lower_ not in {"en", "maar", "want", "dus"}:
                    k += 1
                last = doc[k - 1].lower_ if k - 1 > start else ""
                b = start - 1
                while b >= 0 and not doc[b].is_punct and doc[b].lower_ not in {"en", "maar", "want", "dus"}:
                    b -= 1
                dropped = any(t.lower_ in _LET for t in doc[b + 1 : start])  # 'liet een tak vallen'
                if last in _PARTICLES or dropped:
                    hits["letsel"] -= 1
                    continue
            kept.append((start, end))
        if "letsel" in spans:
            spans["letsel"] = kept

    @staticmethod
    def _not_working(doc: Any, spans: dict[str, list[tuple[int, int]]], hits: Counter[str]) -> None:
        """'nu werkt de touch onderin niet meer': a form of 'werken' with 'niet' a few words on is a defect."""
        if hits["defect"]:
            return
        for token in doc:
            if token.lower_ not in _WORKS:
                continue
            for k in range(token.i + 1, min(len(doc), token.i + 6)):
                if doc[k].is_punct:
                    break
                if doc[k].lower_ in {"niet", "nooit"}:
                    hits["defect"] += 1
                    spans.setdefault("defect", []).append((token.i, k + 1))
                    return

    @staticmethod
    def _wish_sentences(doc: Any) -> set[int]:
        """Token positions in sentences that make a suggestion ('misschien ook eens ...')."""
        positions: set[int] = set()
        sentence: list[int] = []
        wish = False
        for token in doc:
            sentence.append(token.i)
            wish = wish or token.lower_ in _WISH_WORDS
            # A sentence ends at . ! ? and at an emoji ('Beste ijs van de stad 😍 Zouden jullie ...').
            ends = token.text in {".", "!", "?"} or (
                token.text and not any(ch.isalnum() for ch in token.text) and any(ord(ch) > 0x2600 for ch in token.text)
            )
            if ends or token.i == len(doc) - 1:
                if wish:
                    positions.update(sentence)
                sentence, wish = [], False
        return positions

    def _product(self, text: str, lem: str) -> Mention | None:
        word = _plain(text).strip("'")
        if "-" in word and not word.split("-", 1)[0].isalpha():
            word = lem = word.rsplit("-", 1)[1]  # '10-rittenkaart' → rittenkaart
            text = text.rsplit("-", 1)[1]
        if not word.replace("-", "").removesuffix("'s").isalpha() or len(word) < 3 or word in _NOT_PRODUCTS:
            return None
        if lem not in self.products and participle(word):
            return None
        if lem in self.products:
            base, article = self.products[lem]
            plural = word != _plain(base) and lemma(base) == lem and not word.endswith(("je", "tje"))
            if word == base and (base.endswith("en") or (base.endswith("s") and not base.endswith("ss"))):
                plural = base in _PLURAL_WORDS or base in self.data.plurals
            return Mention(_as_written(text), "de" if plural else article, plural)
        for size in range(len(lem) - 3, 3 if len(lem) < 7 else 2, -1):
            head = lem[-size:]
            if head in self.products:
                base, article = self.products[head]
                plural = not word.endswith(base)
                return Mention(_as_written(text), "de" if plural else article, plural)
        if "-" in lem and lem.rsplit("-", 1)[1] in self.products:
            base, article = self.products[lem.rsplit("-", 1)[1]]  # 'pistache-ijs' → het ijs
            return Mention(_as_written(text), article, not word.endswith(base))
        if "-" in lem and lem.split("-", 1)[0] in self.products:
            base, article = self.products[lem.split("-", 1)[0]]  # 'servies-set'
            return Mention(_as_written(text), article_of(lem.rsplit("-", 1)[1]), False)
        return None

    def _occasion(
        self, doc: Any, occasions: list[Concept], spans: dict[str, list[tuple[int, int]]]
    ) -> tuple[str, str, str]:
        occasion = occasions[0] if occasions else None
        words = occasion.say if occasion else ""
        at: int | None = spans[occasion.id][0][0] if occasion else None
        if occasion is not None and at is not None:
            start, end = spans[occasion.id][0]
            said = doc[start:end].text.lower()
            if said in self.data.articles:
                words = said
        for match_id, start, end in self.matcher(doc):
            rule = self.nlp.vocab.strings[match_id]
            number = next((int(re.sub(r"\D", "", t.text)) for t in doc[start:end] if re.match(r"^\d", t.text)), 0)
            written_word = next((t.lower_ for t in doc[start:end] if t.lower_ in _WRITTEN_AGES), "")
            number = number or _WRITTEN_ORDINALS.get(doc[start].lower_, 0) or _WRITTEN_AGES.get(written_word, 0)
            if rule == "ORDINAL_OCCASION":
                occ = next((c for c in occasions if any(s <= end - 1 < e for s, e in spans[c.id])), occasion)
                occasion = occ
                said = doc[end - 1].text.lower()
                noun = said if said in self.data.articles or occ is None else occ.say
                first = doc[start].lower_
                if "-jarig" in first:
                    words = f"{first.removesuffix('e')} {noun}"  # '10-jarig jubileum' as written
                else:
                    words = f"{first if first in _WRITTEN_ORDINALS else _ordinal(number)} {noun}"
                at = start
                break
            if rule == "AGE" and 1 < number < 120 and (occasion is None or occasion.id == "verjaardag"):
                occasion = self.by_id.get("verjaardag")
                suffix = "de" if number < 20 else "ste"
                said = f"{written_word}{suffix}" if written_word else _ordinal(number)
                words, at = f"{said} verjaardag", start
            if rule == "MARRIED":
                occasion = self.by_id.get("jubileum")
                words, at = f"{number}-jarig huwelijksjubileum" if number else "jubileum", start
        if occasion is None:
            return "", "", ""
        owner = ""
        if at is not None:
            before = doc[at - 1].lower_ if at > 0 else ""
            if before not in _POSSESSIVE:
                sentence = doc[at].sent if doc.has_annotation("SENT_START") else doc[max(0, at - 8) : at + 8]
                for s, _ in spans.get("naaste", []):
                    if not sentence.start <= s < sentence.end + 4 or s == 0:
                        continue
                    before_person = doc[s - 1].lower_
                    of_someone = s > 1 and doc[s - 2].lower_ == "van" and before_person in {"een", "de"}
                    if before_person in _POSSESSIVE or of_someone:
                        owner = doc[s].lower_
                        break
        return occasion.id, words, owner

    def _named_owner(self, doc: Any, spans: dict[str, list[tuple[int, int]]], kin: tuple[str, ...]) -> str:
        """'het afscheid van onze Yasmin': the occasion belongs to Yasmin."""
        ends = [e for c in self.data.concepts if c.group == "occasion" for _, e in spans.get(c.id, [])]
        for end in ends:
            window = doc[end : end + 3]
            if (
                len(window) == 3
                and window[0].lower_ == "van"
                and window[1].lower_ in _POSSESSIVE
                and window[2].text in kin
            ):
                return str(window[2].text)
        return ""

    def _body(self, doc: Any, spans: dict[str, list[tuple[int, int]]]) -> str:
        """A part of the writer's own body: 'mijn schouder' → 'schouder' (not 'zijn hoofd')."""
        own = _POSSESSIVE - {"onze", "ons"}
        for s, e in sorted(spans.get("lichaam", [])):
            if s > 0 and doc[s - 1].lower_ in own:
                return str(doc[s:e].text.lower())
        # 'mijn knieblessure', 'mijn rugpijn': the body part is the first half of the word.
        parts = sorted({t for c in self.data.concepts if c.group == "body" for t in c.terms}, key=len, reverse=True)
        for token in doc[1:]:
            word = token.lower_
            if doc[token.i - 1].lower_ in own:
                part = next((p for p in parts if word.startswith(p) and word[len(p) :] in _COMPLAINT_ENDS), "")
                if part:
                    return part
        return ""

    @staticmethod
    def _people(doc: Any, spans: dict[str, list[tuple[int, int]]], near: list[int]) -> tuple[str, ...]:
        """The writer's people ('mijn dochter'); with ``near`` (where safety words are) the one
        closest to them first: 'de auto van mijn buurman ... mijn kind stond ernaast. Levensgevaarlijk!'"""

        def owned(s: int) -> bool:
            # 'mijn dochter', and 'mijn angstige dochter' (one adjective between)
            if s > 0 and doc[s - 1].lower_ in _POSSESSIVE:
                return True
            before = doc[s - 1] if s > 0 else None
            return (
                s > 1
                and doc[s - 2].lower_ in _POSSESSIVE
                and before is not None
                and before.is_alpha
                and before.is_lower
                and before.text.endswith(("e", "en"))  # 'mijn angstige dochter', 'mijn overleden moeder'
            )

        found = [s for s, _ in sorted(spans.get("naaste", [])) if owned(s)]
        if near:
            found.sort(key=lambda s: min(abs(s - n) for n in near))
        return tuple(dict.fromkeys(doc[s].lower_ for s in found))

    def _holiday(self, doc: Any, spans: dict[str, list[tuple[int, int]]]) -> str:
        found = sorted(spans.get("feestdag", []), key=lambda se: (se[0] - se[1], se[0]))
        if not found:
            return ""
        start, end = found[0]
        name = str(doc[start:end].text)
        return {"paasmaandag": "tweede paasdag", "pinkstermaandag": "tweede pinksterdag"}.get(name.lower(), name)

    def _names(self, doc: Any) -> tuple[str, ...]:
        names = []
        for token in doc:
            if not token.is_alpha or not token.text[:1].isupper() or token.text.isupper():
                continue
            after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            thanked = any(doc[j].lower_ in _THANKS_WORDS for j in range(max(0, token.i - 2), token.i))
            if after not in _NAME_VERBS and not thanked:
                continue
            if token.lower_ in _NOT_NAMES or len(token.text) < 2 or self._product(token.text, token.lemma_):
                continue
            names.append(token.text)
        return tuple(dict.fromkeys(names))


# A name right after these is someone of the writer's, not staff ('kleine Mees', 'onze zoon Daan').
_KIN_BEFORE = frozenset(
    {"kleine", "lieve", "baby", "zoon", "dochter", "zoontje", "dochtertje", "kleinzoon", "kleindochter"}
    | {"kater", "kat", "poes", "hond", "pup", "konijn", "paard", "pony"}
)
_MY = frozenset({"mijn", "m'n", "mn"})
# 'viel de techniek uit', 'de wieltjes vielen eraf': a particle at the end makes it no fall.
_PARTICLES = frozenset({"uit", "op", "mee", "tegen", "weg", "stil", "af", "eraf", "eruit", "eraan", "erin", "erop"})
_WORKS = frozenset({"werkt", "werken", "werkte", "werkten", "doet", "deed"})
_LET = frozenset({"liet", "lieten", "laat", "laten", "gelaten"})


def _owned_by_writer(doc: Any, i: int) -> bool:
    """'mijn haar', 'mijn nieuwe gordijnen', 'mijn oude leren tas' (up to two adjectives between)."""
    j = i - 1
    for _ in range(3):
        if j < 0:
            return False
        if doc[j].lower_ in _MY:
            return True
        if not (doc[j].is_alpha and doc[j].is_lower):
            return False
        j -= 1
    return False


def _as_written(word: str) -> str:
    """Lower case, but an acronym ('APK', 'BSO') keeps its capitals."""
    return word if word.isupper() and 2 <= len(word) <= 5 else word.lower()


def _ordinal(number: int) -> str:
    """80 → '80ste', 12 → '12de' (Dutch ordinals as digits)."""
    return f"{number}{'ste' if number in {1, 8} or number >= 20 else 'de'}"


@lru_cache(maxsize=1)
def topic_finder() -> TopicFinder:
    return TopicFinder()


def analyse_topics(text: str) -> TopicAnalysis:
    """What a comment is about (products, occasion, safety, problem, channels tried ...)."""
    return topic_finder().analyse(text or "")
