"""The thing a negative judgement applies to, what the writer came for, and a measure they lost.

Found with spaCy's Matcher over the comment's tokens, not with lists of products:

- a judgement about a thing ('de vis kwam lauw op tafel', 'was het vlees taai', 'met oranje haar'):
  a noun and one of the quality words of the ``kwaliteit`` concepts (resources/topics.toml), said
  as a predicate after a linking verb or as an adjective before the noun;
- what the writer came or asked for ('Ik kwam voor asblond', 'had gevraagd om een strakke fade');
- a measure ('5 cm kwijt', 'twee kilo te weinig'): a number with a unit of length, weight or volume.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from app.domain.topics import TopicData
from app.domain.words import MINE_OR_OURS, stop_words, word_set
from app.nlp.lexicon import is_verb, is_word, noun
from app.nlp.reader_words import reader_words, units
from app.nlp.topic_nouns import comparative, not_objects, participle

# Verbs that link a thing to how it was: 'de vis was lauw', 'de friet kwam slap op tafel'.
_LINKS = sorted(
    word_set(
        "is was waren zijn kwam kwamen werd werden bleek bleken smaakte smaakten voelde voelden zag zagen "
        "leek leken bleef bleven zat zaten stond stonden ging lag lagen"
    )
)
DETERMINERS = ["de", "het", "mijn", "m'n", "onze", "ons", "die", "dat", "deze", "dit", "jullie"]
_ADVERBS = [
    *("al", "nog", "steeds", "helemaal", "echt", "gewoon", "ook", "zelfs", "compleet", "totaal", "weer"),
    # 'de zalm was vanbinnen nog rauw', 'de friet was helaas nogal slap'
    *("vanbinnen", "binnenin", "vanbuiten", "van", "binnen", "helaas", "nogal", "behoorlijk", "flink", "wel"),
]
# A feeling of the writer, no property of a thing: 'mijn moeder was teleurgesteld'.
_FEELINGS = frozenset({"teleurgesteld", "teleurstellend", "slecht", "tegenvallen", "viel"})
_NUMBER_WORDS = word_set("een twee drie vier vijf zes zeven acht negen tien half anderhalve anderhalf")
# A colour that came out on the writer or their people: 'nu ben ik oranje', 'mijn dochter werd groen'.
_COLOURS = word_set("oranje groen geel paars roze grijs zwart rood blauw wit bruin koperkleurig")
# What goes before a colour in a compound ('koperoranje', 'knalrood', 'lichtgroen'): never 'brood'.
_HUE_PREFIXES = word_set(
    "licht donker fel knal koper goud zilver roest zalm oker neon pastel helder diep bleek vaal bruin"
)
_PERSONS = word_set("ik ze zij hij dochter zoon vrouw man")
_BECAME = word_set("ben bent is was werd werden word wordt kwam zag zie")
# What a writer shows to say what they want: 'een foto meegenomen van een lange bob'.
EXAMPLES = frozenset({"foto", "foto's", "plaatje", "voorbeeld", "screenshot", "afbeelding"})
_CAME = frozenset({"kwam", "kwamen", "ging", "gingen", "was"})
_ASKED = frozenset({"gevraagd", "vroeg", "vroegen", "wilde", "wilden", "besteld"})
_ASKED_ENDS = frozenset(
    {
        "met",
        "in",
        "bij",
        "op",
        "naar",
        "zodat",
        ",",
        ".",
        "!",
        "?",
        "en",
        "maar",
        "want",
        "dus",
        "kreeg",
        "kregen",
        "ging",
        "gingen",
    }
)


# The little words after a judgement ('Beetje flauw hoor', 'koud zeg', 'slap allé'): a word class that never
# names the thing judged, though the word list knows some as nouns (resources/topic_readers.toml [judged]).
@cache
def _judged(key: str) -> frozenset[str]:
    """A list of resources/topic_readers.toml [judged] ('particles', 'sizes'), read at first use, not at import."""
    return frozenset(reader_words()["judged"][key])


# Participles that say how a thing came out ('de bovenkant was ingezakt'), unlike one that tells what was done
# ('de taart werd bezorgd'): judgements too.
_RESULTS = frozenset({"ingezakt", "gescheurd", "verbrand", "aangebrand", "verwelkt", "afgebladderd"})


def _attributive(word: str) -> set[str]:
    """'lauw' → 'lauwe', 'slap' → 'slappe', 'droog' → 'droge', 'taai' → 'taaie'; 'oranje' stays."""
    forms = {word}
    if word.endswith("e"):
        return forms
    forms.add(f"{word}e")
    if len(word) > 2 and word[-1] not in "aeiouwy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms.add(f"{word}{word[-1]}e")  # slap → slappe
    stem = word
    if len(word) > 3 and word[-2] == word[-3] and word[-2] in "aeou":
        stem = f"{word[:-2]}{word[-1]}"  # droog → droge
        forms.add(f"{stem}e")
    if len(word) > 3 and word[-1] in "fs" and (word[-2] in "aeiou" or word[-3:-1] == "ij"):
        # a long vowel or diphthong voices f and s: scheef → scheve, lief → lieve, boos → boze, grijs → grijze
        forms.add(f"{stem[:-1]}{'v' if word[-1] == 'f' else 'z'}e")
    return forms


class JudgementFinder:
    """Builds the matchers once; :meth:`judged`, :meth:`asked` and :meth:`measure` are cheap per comment."""

    def __init__(self, data: TopicData, nlp: Any) -> None:
        from spacy.matcher import Matcher

        words = {
            t.lower()
            for c in data.concepts
            if c.topic == "kwaliteit" and c.group == "problem"
            for t in c.terms
            if " " not in t and t.isalpha() and (not participle(t) or t in _RESULTS)
        } - _FEELINGS
        self._base = {form: word for word in words for form in _attributive(word)}
        self._words = frozenset(words)
        noun = {"IS_ALPHA": True, "IS_LOWER": True, "LENGTH": {">": 2}}
        adverb = {"LOWER": {"IN": _ADVERBS}, "OP": "*"}
        judgement = {"LOWER": {"IN": sorted(words)}}
        self.matcher = Matcher(nlp.vocab)
        # 'de vis was lauw', 'de friet was veel te slap'
        det, link, te = (
            {"LOWER": {"IN": DETERMINERS}},
            {"LOWER": {"IN": _LINKS}},
            {"LOWER": {"IN": ["te", "veel", "erg", "zo", "heel"]}, "OP": "*"},
        )
        self.matcher.add("predicate", [[det, noun, link, adverb, te, judgement]])
        # 'Kibbeling was lauw': a bare noun that opens a sentence (checked in judged)
        opening = {"IS_ALPHA": True, "IS_TITLE": True, "LENGTH": {">": 2}}
        self.matcher.add("bare", [[opening, link, adverb, te, judgement]])
        # 'worstenbroodje was koud': the same in lower case, at the start of the comment (checked in judged)
        self.matcher.add("bare_lower", [[noun, link, adverb, te, judgement]])
        # '... en de korst helemaal slap': a second thing judged, its verb left out after 'en' or a comma
        self.matcher.add("elided", [[{"LOWER": {"IN": ["en", ","]}}, det, noun, adverb, te, judgement]])
        # 'pony veel te kort.', 'Friet te zout en koud': a sentence without a verb, a noun and 'te' with how it
        # was (any adjective: 'te' says it is too much; checked in judged)
        start_det = {"LOWER": {"IN": DETERMINERS}, "OP": "?"}
        degree = {"LOWER": {"IN": _TOO_DEGREES}, "OP": "*"}
        word = {"IS_ALPHA": True, "IS_LOWER": True}
        thing = {"IS_ALPHA": True, "LENGTH": {">": 2}}  # also capitalised: 'Pony veel te kort'
        self.matcher.add("verbless", [[start_det, thing, degree, {"LOWER": "te"}, word]])
        # 'Stoofvlees lauw, frieten slap.': a clause of a thing and how it was, nothing more (checked in judged)
        self.matcher.add("telegram", [[thing, adverb, te, judgement]])
        # 'kwam de vis lauw op tafel', 'was het vlees echt taai'
        self.matcher.add("inverted", [[link, det, noun, adverb, te, judgement]])
        # 'toen de pinten kwamen, waren ze lauw', 'de soep kwam, en die was koud': a pronoun for a thing named
        # before it in the same sentence (checked in judged: the thing must be there)
        pronoun = {"LOWER": {"IN": sorted(_RESUMING)}}
        self.matcher.add("resumed", [[link, pronoun, adverb, te, judgement], [pronoun, link, adverb, te, judgement]])
        # 'de croissants waren van gisteren', 'het brood was niet meer vers': not fresh, said in more words
        phrases = [[{"LOWER": w} for w in p.split()] for p in sorted(_judged("stale"))]
        self.matcher.add("stale", [[det, noun, link, *p] for p in phrases])
        # 'met oranje haar', 'lauwe vis', 'een slappe friet'
        self.matcher.add("attributive", [[{"LOWER": {"IN": sorted(self._base)}}, noun]])
        self._add_colours(adverb)

    def _add_colours(self, adverb: dict[str, Any]) -> None:
        """The matcher patterns of a colour that came out ('nu ben ik gewoon ORANJE', 'Resultaat: oranje.')."""
        # 'nu ben ik gewoon ORANJE', 'ze kwam er groen uit': a colour said of a person is the colour that came out
        person = {"LOWER": {"IN": sorted(_PERSONS)}}
        # a colour, also in a compound that ends in one ('koperoranje', 'knalrood', 'felgroen')
        hues = "|".join(sorted(_COLOURS))
        colour = {"LOWER": {"REGEX": f"^(?:{'|'.join(sorted(_HUE_PREFIXES))}|{hues})?(?:{hues})$"}}
        whose = {"LOWER": {"IN": ["mijn", "m'n", "onze"]}, "OP": "?"}
        became = {"LOWER": {"IN": sorted(_BECAME)}}
        there = {"LOWER": {"IN": ["er", "echt", "nu", "toen"]}, "OP": "*"}
        result = {"LOWER": {"IN": ["resultaat", "eindresultaat", "uitkomst"]}}
        colon, linked = {"TEXT": {"IN": [":", "-"]}, "OP": "?"}, {"LOWER": {"IN": ["is", "was", "werd"]}, "OP": "?"}
        self.matcher.add(
            "colour",
            [
                [became, whose, person, there, adverb, colour],
                [whose, person, became, there, adverb, colour],
                # 'Resultaat: oranje.', 'het eindresultaat was gewoon groen'
                [result, colon, linked, adverb, colour],
                # 'asblond gevraagd en het is koperoranje geworden', 'het werd knalrood'
                [{"LOWER": {"IN": ["het", "alles"]}}, became, there, adverb, colour],
                [became, {"LOWER": "het"}, there, adverb, colour],
            ],
        )

    def judged(self, doc: Any, blocked: set[int], unsaid: frozenset[int] = frozenset()) -> tuple[tuple[str, str], ...]:
        """(thing, judgement) pairs in the order said: (('vis', 'lauw'), ('friet', 'slap')); not where the
        judgement's word is at a position in ``unsaid`` ('€2 per stuk': a piece, nothing broken)."""
        found: list[tuple[int, str, str]] = []
        for match_id, start, end in self.matcher(doc):
            kind = doc.vocab.strings[match_id]
            if (start if kind == "attributive" else end - 1) in unsaid:
                continue
            if kind == "colour":
                found.append((start, "kleur", doc[end - 1].lower_))
                continue
            if kind == "resumed":  # 'waren ze lauw': the thing named before the pronoun
                at = _antecedent(doc, start)
                placed = (at, self._and_more(doc, end, doc[end - 1].lower_)) if at is not None else None
            else:
                placed = self._placed(doc, kind, start, end)
            if placed is None:
                continue
            at, word = placed
            noun = doc[at].lower_
            # 'haar' is a noun after 'het' or 'mijn' and before the judgement ('met oranje haar'), else a pronoun
            hair = noun == "haar" and (kind == "attributive" or doc[at - 1].lower_ in {"het", "mijn", "m'n"})
            pronoun = noun in stop_words() and not hair
            if at in blocked or pronoun or noun in not_objects() or noun in self._base or participle(noun):
                continue
            if noun in _judged("particles") or noun in _ADVERBS:
                continue  # 'Beetje flauw hoor': the writer's emphasis; 'vanbinnen nog klef': where, not what
            found.append((start, noun, word))
        pairs = [(noun, word) for _, noun, word in sorted(found)]
        return tuple(dict.fromkeys(pairs)) or _trailing(doc, blocked, unsaid)

    def _placed(self, doc: Any, kind: str, start: int, end: int) -> tuple[int, str] | None:
        """(where the thing is, the judgement) of a match of this kind; None when the match judges nothing."""
        if kind == "attributive":
            if _whose(doc, end) or comparative(doc[start], doc[end - 1]) or _name_inside(doc, start):
                # 'op de oude fiets van mijn vader': a description of someone's thing, no judgement;
                # 'een stuk korter': a degree before a comparative; 'langs de Lek brak ...': a river's name
                return None
            # 'Na een koude winterwandeling ...': when the writer came, nothing of the business
            return None if _moment(doc, start) else (end - 1, self._base[doc[start].lower_])
        if kind == "verbless":
            at = end - 3 - _degrees(doc, start, end)  # the noun
            word = _too(doc, at, end)
            return (at, word) if word else None
        if kind == "telegram":  # 'Stoofvlees lauw, frieten slap.'; not 'één koud en één mét spek' (a count)
            counted = doc[start].like_num or doc[start].lower_ in _NUMBER_WORDS | {"één", "eén"}
            telegram = _telegram(doc, start, end) and not counted
            return (start, self._and_more(doc, end, doc[end - 1].lower_)) if telegram else None
        if kind == "stale":
            return start + 1, " ".join(t.lower_ for t in doc[start + 3 : end])
        at = {"predicate": start + 1, "bare": start, "bare_lower": start}.get(kind, start + 2)
        if kind == "bare" and at > 0 and doc[at - 1].text not in {".", "!", "?"}:
            return None  # a capitalised word inside a sentence is a name, not a bare noun
        if kind == "bare_lower" and at > 0:
            return None  # only the comment's first word: 'worstenbroodje was koud'
        return at, self._and_more(doc, end, doc[end - 1].lower_)  # 'koud en slap'

    def _and_more(self, doc: Any, end: int, word: str) -> str:
        """The judgement with a second one joined by 'en' ('de friet was koud en slap' → 'koud en slap')."""
        if end + 1 < len(doc) and doc[end].lower_ == "en" and doc[end + 1].lower_ in self._words:
            second = doc[end + 1].lower_
            return f"{word} en {second}" if second != word else word
        return word

    def judged_things(self, doc: Any) -> set[int]:
        """Positions of nouns with a quality judgement right before them and no possessive ('Scheve pony,',
        'een lauwe pup'): a thing that came out wrong, not a pet or a person of the writer ('mijn oude hond')."""
        found = set()
        for match_id, start, end in self.matcher(doc):
            owned = start > 0 and doc[start - 1].lower_ in {"mijn", "m'n", "mn", "onze", "ons", "zijn", "haar"}
            kind = doc.vocab.strings[match_id]
            if doc[end - 1].lower_ in _judged("particles"):
                continue
            if kind == "attributive" and not owned and not _whose(doc, end):
                found.add(end - 1)
            elif kind == "verbless" and not owned and _too(doc, at := end - 3 - _degrees(doc, start, end), end):
                found.add(at)  # 'pony veel te kort.': the fringe that was cut, not a pony
        return found

    @staticmethod
    def asked(doc: Any) -> str:
        """What the writer came or asked for: 'Ik kwam voor asblond' → 'asblond', 'een foto meegenomen van
        een lange bob' → 'een lange bob' (up to three words); also said before the verb ('asblond gevraagd',
        'om een korte bob gevraagd')."""
        return JudgementFinder._asked_after(doc) or _asked_before(doc)

    @staticmethod
    def _asked_after(doc: Any) -> str:
        for token in doc[:-1]:
            came = token.lower_ in _CAME and doc[token.i + 1].lower_ == "voor"
            asked = token.lower_ in _ASKED and doc[token.i + 1].lower_ == "om"
            contrast = token.lower_ in _ASKED_DIRECT and _got_instead(doc, token.i)  # 'vroeg asblond, kreeg oranje'
            if contrast:
                return _asked_words(doc, token.i + 1)
            example = token.lower_ == "van" and any(t.lower_ in EXAMPLES for t in doc[max(0, token.i - 3) : token.i])
            after = doc[token.i + 1]
            bare = after.is_alpha and after.is_lower and after.lower_ not in stop_words()  # 'van koperrood'
            shown = example and (after.lower_ in {"een", "zo'n"} or bare)
            if not (came or asked or shown):
                continue
            start = token.i + 1 if shown else token.i + 2  # after 'van', after 'kwam voor', 'gevraagd om'
            if start < len(doc) and set(doc[start].text) <= _QUOTE_MARKS:
                start += 1  # "Gevraagd om 'alleen de puntjes'": the words in quotes are what was asked for
            words = []
            for t in doc[start : start + 4]:
                if t.lower_ in _ASKED_ENDS or not (t.is_alpha or "-" in t.text):
                    break
                words.append(t.lower_)
            # not 'was voor ons bedorven', 'was voor mij': a person is nothing asked for
            if 1 <= len(words) <= 3 and words[-1] not in stop_words() and words[0] not in _NOT_ASKED_FIRST:
                return " ".join(words)
        return ""

    @staticmethod
    def measure(doc: Any) -> str:
        """A number with a unit of length, weight or volume: '5 cm', 'twee kilo' ('' when none); with what was asked
        when the writer names both ('ik vroeg 2 cm eraf en het is 8 cm', '2 cm gevraagd, 8 eraf'): '8 cm in plaats van
        2 cm', so the reply does not take what was asked for what happened."""
        for token in doc[:-1]:
            unit = doc[token.i + 1].lower_
            # 'een krentenwegge van 100 cm', 'een taart van 2 kilo': the size of the thing, no measure lost
            # ... unless another measure came instead ('van 2 kilo besteld, er kwam er een van 1 kilo')
            got = _got_measure(doc, token.i, unit) if _asked_near(doc, token.i) else ""
            size = token.i > 0 and doc[token.i - 1].lower_ in _judged("sizes") and not got
            if unit in units("measures") and _number(token) and not size:  # length, weight, volume
                said = f"{token.text.lower()} {unit}"
                return f"{got} in plaats van {said}" if got and got != said else said
        return ""


# What may stand around a clause of only a thing and how it was: 'Stoofvlees lauw, frieten slap.'
_TELEGRAM_BOUNDS = frozenset({".", ",", ";", ":", "!", "?", "-", "–"})


# The pronouns that take up a thing named before ('waren ze lauw', 'die was koud'); not 'het' (also 'het was
# druk': the place or the moment) nor 'hij' and 'zij' (rather a person).
_RESUMING = frozenset({"ze", "die", "deze"})


def _antecedent(doc: Any, start: int) -> int | None:
    """The position of the thing a pronoun in the match at ``start`` takes up: the last noun after an article in
    the same sentence before it ('toen de pinten kwamen, waren ze lauw' → 'pinten'), a noun the word list knows
    as a thing; None when the sentence names none before it."""
    k = start - 1
    while k > 0 and doc[k].text not in {".", "!", "?"}:
        word = doc[k].lower_
        if doc[k - 1].lower_ in {"de", "het"} and doc[k].is_alpha and doc[k].is_lower and noun(word):
            return k
        k -= 1
    return None


# What may stand between the thing and a judgement at the end of its clause ('gekocht, van binnen nog klef',
# 'stengels waarvan 2 houtig'): a participle, a number, a comma or one of these little words.
_BETWEEN = frozenset({"van", "binnen", "vanbinnen", "nog", "al", "wel", "echt", "helemaal", "waarvan", "ervan", ","})
_CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";", ":", "en", "maar", "want"})


@cache
def _trailing_phrases() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The [judged] trailing phrases as words, the longest first, and their first words: sorted once, at first use."""
    phrases = tuple(sorted((tuple(p.split()) for p in _judged("trailing")), key=len, reverse=True))
    return phrases, frozenset(p[0] for p in phrases)


def _trailing(doc: Any, blocked: set[int], unsaid: frozenset[int]) -> tuple[tuple[str, str], ...]:
    """(thing, judgement) of the first word for how something edible was (resources/topic_readers.toml [judged]
    trailing) that ends its clause without a linking verb ('Paasbrood gekocht, van binnen nog klef', '5 dunne
    stengels waarvan 2 houtig'), with the nearest noun before it in the sentence; a finite verb between ('het
    was koud') or no noun leaves it unjudged. Only when no pattern judged anything."""
    phrases, words = _trailing_phrases()
    lower = [t.lower_ for t in doc]
    for i in range(len(doc)):
        said = next((p for p in phrases if tuple(lower[i : i + len(p)]) == p), None)
        end = i + len(said) if said else i
        if said is None or i in unsaid or (end < len(doc) and doc[end].lower_ not in _CLAUSE_ENDS):
            continue
        k = i - 1
        while k >= 0 and doc[k].text not in {".", "!", "?"}:
            word = doc[k].lower_
            if word in {":", ";"} or word in words:
                break  # 'gisteren: taai, lauw': a list of judgements after a colon, no thing before them
            if word in _BETWEEN or word in _NUMBER_WORDS or word in {"één", "eén"}:
                k -= 1
                continue
            if k not in blocked and doc[k].is_alpha and noun(word) and word not in stop_words():
                if word in not_objects() or word in units("time", "years", "measures", "people"):
                    break
                return ((word, " ".join(said)),)
            if not (doc[k].like_num or participle(word) or not doc[k].is_alpha):  # (a _BETWEEN word went on above)
                break
            k -= 1
    return ()


def _telegram(doc: Any, start: int, end: int) -> bool:
    """Whether doc[start:end] ('Stoofvlees lauw') is a whole clause without a verb: punctuation or the comment's
    start before it, punctuation, 'en' or the comment's end after it."""
    opens = start == 0 or doc[start - 1].text in _TELEGRAM_BOUNDS or doc[start - 1].text.isspace()
    after = doc[end] if end < len(doc) else None
    closes = after is None or after.text in _TELEGRAM_BOUNDS or after.lower_ == "en" or after.text.isspace()
    return opens and closes


def _number(token: Any) -> bool:
    """A number or a number word ('8', 'twee'), not 'een'."""
    return bool(token.like_num or token.lower_ in _NUMBER_WORDS) and token.lower_ != "een"


def _asked_near(doc: Any, at: int) -> bool:
    """Whether the measure at ``at`` is what the writer asked for: a word of asking just before it ('ik vroeg 2 cm')
    or right after it ('2 cm gevraagd')."""
    return any(t.lower_ in _ASKED for t in (*doc[max(0, at - 3) : at], *doc[at + 2 : at + 4]))


# What a bare number after an asked measure may be followed by and still be the measure it came out at ('8 eraf').
_GOT_AFTER = frozenset({"eraf", "af", "weg", "korter", "langer", "geknipt", ",", ".", "!", "?", "en"})


def _got_measure(doc: Any, at: int, unit: str) -> str:
    """The other measure in the same sentence after the asked one at ``at``: with the same unit ('het is zeker 8 cm'),
    or a bare number the unit goes with ('8 eraf'); '' when there is none."""
    for token in doc[at + 2 : at + 16]:
        if token.text in {".", "!", "?"}:
            return ""
        if not _number(token):
            continue
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "."
        if after == unit or after in _GOT_AFTER:
            return f"{token.text.lower()} {unit}"
    return ""


# How much too much, before 'te': 'veel te kort', 'véél te zout', 'echt veel te klein'.
_TOO_DEGREES = ["veel", "véél", "veels", "echt", "gewoon", "wel", "ook", "nog", "ietsje", "iets", "een", "beetje"]
_MUCH = frozenset({"veel", "véél", "veels"})
# After the thing, said as a sentence of its own: what ends it ('pony te kort.', 'Friet te zout en koud').
_CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";", "en", "maar", "terwijl", "want", "dus"})


def _degrees(doc: Any, start: int, end: int) -> int:
    """How many words of degree a 'verbless' match holds ('veel' in 'pony veel te kort')."""
    return sum(1 for t in doc[start:end] if t.lower_ in _TOO_DEGREES)


def _too(doc: Any, at: int, end: int) -> str:
    """'veel te kort' for 'pony veel te kort.' at the start of a sentence, '' when the words are no such sentence:
    a noun that opens it, 'te' with an adjective (no verb: 'om te eten', 'te laat komen') that ends it."""
    start = at - 1 if at > 0 and doc[at - 1].lower_ in DETERMINERS else at
    opens = start == 0 or doc[start - 1].text in {".", "!", "?", ":", ";"} or doc[start - 1].is_space
    # ... also with how it was done after it: 'Pony véél te kort geknipt'
    closes = end == len(doc) or doc[end].lower_ in _CLAUSE_ENDS or not doc[end].is_alpha or participle(doc[end].lower_)
    how, thing = doc[end - 1].lower_, doc[at].lower_
    if not (opens and closes) or is_verb(how) or how.endswith("en") or not noun(thing) or is_verb(thing):
        return ""
    much = any(t.lower_ in _MUCH for t in doc[at + 1 : end])
    return f"{'veel ' if much else ''}te {how}"


# 'vroeg asblond, kreeg oranje', 'wilde een korte bob en kreeg een bloempot': asked for X, got Y.
_ASKED_DIRECT = frozenset({"vroeg", "vroegen", "wilde", "wilden", "bestelde", "bestelden"})
_QUOTE_MARKS = frozenset("'\"‘’“”„")
_NOT_ASKED_FIRST = frozenset({"de", "het", "ons", "mij", "me", "hem", "haar", "hen", "jou", "u", "iedereen", "niemand"})
_NOBODY = frozenset({"iedereen", "niemand", "alles", "iets", "niets", "niks", "allemaal", "ook", "nog", "eerst"})
_GOT = frozenset({"kreeg", "kregen", "gekregen", "krijg", "werd", "werden", "geworden", "kwam"})


def _got_instead(doc: Any, i: int) -> bool:
    """Whether the word after ``i`` is a bare thing asked for and the sentence goes on to what came instead."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is None or not after.is_alpha or not after.is_lower or after.lower_ in stop_words():
        return False
    if after.lower_ in not_objects() or after.lower_ in _NOBODY:
        return False  # 'wilde iedereen ...': nobody asked for a thing
    for t in doc[i + 2 : i + 12]:
        if t.text in {".", "!", "?"}:
            return False
        if t.lower_ in _GOT:
            return True
    return False


def _asked_words(doc: Any, start: int) -> str:
    """Up to three words of the thing asked for from ``start`` ('asblond', 'een korte bob'), or ''."""
    words: list[str] = []
    for t in doc[start : start + 4]:
        if t.lower_ in _ASKED_ENDS or t.lower_ in _GOT or not (t.is_alpha or "-" in t.text):
            break
        if words and t.lower_ in stop_words():
            break  # 'lichtgrijs voor de living': the colour, not where
        words.append(t.lower_)
    return " ".join(words) if 1 <= len(words) <= 3 and words[-1] not in stop_words() else ""


# Nouns that count how often, not what: 'twee keer gevraagd'.
_TIMES = frozenset({"keer", "keren", "maal", "malen"})
# How one asks, never what: 'duidelijk gevraagd', 'nog zó gevraagd'.
_ASKING_HOW = word_set(
    "zo zó duidelijk expliciet specifiek uitdrukkelijk nadrukkelijk vriendelijk beleefd netjes speciaal apart "
    "vooraf vooraan zelf meermaals herhaaldelijk vaak meerdere nogmaals gewoon echt"
)
# After 'gevraagd' a question follows ('gevraagd of de pistolets zonder sesam waren'): nothing asked for.
_QUESTION_AFTER = word_set("of om wat waarom hoe wanneer welke waar wie")
# Before the asked thing: the writer's own words ('een lange bob', 'om asblond'), not a person or thing
# known already ('de kapster gevraagd', 'mijn moeder gevraagd').
_NOT_BEFORE_ASKED = frozenset({"de", "het", "die", "dat", "deze", "dit", "mijn", "m'n", "zijn", "haar", "jullie", "uw"})


def _opens(doc: Any, i: int) -> bool:
    """Whether token ``i`` opens a sentence ('Asblond gevraagd, ...'): a capital there is no name."""
    return i == 0 or doc[i - 1].text in {".", "!", "?"} or "\n" in doc[i - 1].text


def _asked_before(doc: Any) -> str:
    """'Afgelopen zaterdag asblond gevraagd' → 'asblond', 'om een korte bob gevraagd' → 'een korte bob': the noun
    or colour right before 'gevraagd', with the adjectives before it (they end in -e)."""
    for token in doc[1:]:
        if token.lower_ != "gevraagd" or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _QUESTION_AFTER):
            continue
        last = doc[token.i - 1]
        # a capital only where a sentence opens, on a Dutch word (not a name: 'Sanne gevraagd')
        lower = last.is_lower or (last.is_title and _opens(doc, last.i) and is_word(last.lower_))
        if not (last.is_alpha and lower) or last.lower_ in stop_words() or last.lower_ in _TIMES:
            continue
        if participle(last.lower_) or last.lower_ in not_objects() or last.lower_ in _ASKING_HOW:
            continue
        words, k = [last.lower_], token.i - 2
        while k >= 0 and len(words) < 3 and doc[k].is_alpha and doc[k].is_lower and doc[k].lower_.endswith("e"):
            if doc[k].lower_ in stop_words():
                break
            words.insert(0, doc[k].lower_)  # 'lange', 'korte'
            k -= 1
        before = doc[k].lower_ if k >= 0 else ""
        counted = before != "een" and (before in _NUMBER_WORDS or (k >= 0 and doc[k].like_num))
        if before in _NOT_BEFORE_ASKED or counted:
            continue  # 'de kapster gevraagd', 'twee dingen gevraagd'
        return " ".join(["een", *words] if before == "een" else words)  # 'om een korte bob': with its article
    return ""


# Before an article, these make the thing a moment: 'na een koude winterwandeling', 'tijdens de lange rit'.
_MOMENT_BEFORE = frozenset({"na", "tijdens"})


def _moment(doc: Any, start: int) -> bool:
    """Whether the judged phrase at ``start`` ('koude winterwandeling') follows 'na een', 'tijdens de': when
    the writer came or what came before, not something the business made or did."""
    return start > 1 and doc[start - 1].lower_ in {"een", "de", "het"} and doc[start - 2].lower_ in _MOMENT_BEFORE


def _whose(doc: Any, i: int) -> bool:
    """'... van mijn vader', '... van onze buren': whose the thing before ``i`` is."""
    return i + 1 < len(doc) and doc[i].lower_ == "van" and doc[i + 1].lower_ in MINE_OR_OURS


def _name_inside(doc: Any, i: int) -> bool:
    """A capitalised word inside a sentence is a name ('langs de Lek brak mijn ketting'), no judgement."""
    return i > 0 and doc[i].is_title and doc[i - 1].text not in {".", "!", "?"}
