"""The part that stopped working, as the writer named it: the subject of 'doet het niet (meer)', 'werkt niet',
'is kapot', 'hapert' ('Nu doet het display het niet meer', 'de nieuwe achternaaf is alweer stuk', 'werkt de
ontgrendeling niet'). Found with a spaCy Matcher on the word forms around the noun; the noun itself need not
be in any list, so a defect complaint can name the part rather than the whole thing bought."""

from __future__ import annotations

from typing import Any

from app.domain.topics import Mention, article_of
from app.nlp.lexicon import is_word, noun
from app.nlp.reader_words import reader_words
from app.nlp.topic_nouns import not_objects
from app.nlp.topic_words import MY

_DETS = ["de", "het", "mijn", "m'n", "mn", "onze", "ons", "zijn", "haar", "z'n", "d'r"]
_DOES = ["doet", "deed", "doen", "deden"]
_WORKS = ["werkt", "werkte", "werken", "werkten"]
_IS = ["is", "was", "ging", "gaat", "zijn", "waren", "raakte", "raakt"]
# what is broken, after the verb ('is kapot') and before the noun ('een defecte accu'): resources/topic_readers.toml
_BROKEN = sorted(reader_words()["broken"]["broken"] | reader_words()["broken"]["before_noun"])
_FAILS = ["hapert", "haperde", "valt", "viel", "piept", "piepte", "rammelt", "rammelde", "lekt", "lekte", "kraakt"]
# a part that slips or skips ('een ketting die overslaat', 'de ketting slipt'): resources/topic_readers.toml
_SKIPS = sorted(reader_words()["broken"]["skips"])
_SKIP_VERBS, _SKIP_PARTICLES = ["slaat", "sloeg", "schiet", "schoot"], ["over", "door"]
_NOT = ["niet", "nooit"]
_GOES = ["gaat", "ging", "blijft", "bleef"]
_LIGHTS_ON = ["branden", "brandt", "brandde", "knippert", "knipperde", "knipperen"]
_FILLER = ["al", "weer", "alweer", "nu", "helemaal", "gewoon", "opnieuw", "meteen", "echt", "nog", "steeds", "ook"]
# Words in the noun's place that name no part: pronouns, the whole order, time.
_NOT_PARTS = frozenset({"ding", "alles", "niks", "niets", "boel", "zaak", "winkel", "dag", "week", "keer", "tijd"})


def _det() -> dict[str, Any]:
    return {"LOWER": {"IN": _DETS}}


def _noun() -> list[dict[str, Any]]:
    # an adjective may stand before the noun ('de nieuwe achternaaf', 'het linker pedaal')
    return [{"LOWER": {"REGEX": r"^[a-zà-ÿ]+(?:e|er)$"}, "OP": "?"}, {"IS_ALPHA": True, "IS_STOP": False}]


def _words(words: list[str], op: str = "") -> dict[str, Any]:
    token: dict[str, Any] = {"LOWER": {"IN": words}}
    if op:
        token["OP"] = op
    return token


class BrokenPartFinder:
    """Builds its Matcher once on the topic finder's vocabulary."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import Matcher

        self.matcher = Matcher(nlp.vocab)
        filler = _words(_FILLER, "*")
        noun = _noun()
        patterns = [
            [_det(), *noun, _words(_DOES), {"LOWER": "het"}, filler, _words(_NOT)],  # 'het display doet het niet'
            [_words(_DOES), _det(), *noun, {"LOWER": "het"}, filler, _words(_NOT)],  # 'nu doet het display het niet'
            [_det(), *noun, _words(_WORKS), filler, _words(_NOT)],  # 'de rem werkt niet meer'
            [_words(_WORKS), _det(), *noun, filler, _words(_NOT)],  # 'toen werkte de bel niet'
            [_det(), *noun, _words(_IS), filler, _words(_BROKEN)],  # 'de naaf is alweer stuk'
            [_words(_IS), _det(), *noun, filler, _words(_BROKEN)],  # 'na een week was de rits kapot'
            # 'stil met een defecte accu' (not 'langs de Lek brak ...': a river's name, no adjective)
            [_words(["een", *_DETS]), {**_words(_BROKEN), "IS_LOWER": True}, _noun()[-1]],
            [_det(), *noun, _words(_FAILS + _SKIPS)],  # 'de versnelling hapert'
            # 'een ketting die overslaat'
            [_words(["een", *_DETS]), *noun, _words(["die", "dat"]), filler, _words(_FAILS + _SKIPS)],
            [_det(), *noun, _words(_SKIP_VERBS), filler, _words(_SKIP_PARTICLES)],  # 'de versnelling slaat nog over'
            [_det(), *noun, _words(_GOES, "?"), _words(_LIGHTS_ON)],  # 'het oliedrukslampje gaat branden'
            [_words(_LIGHTS_ON), _det(), *noun],  # 'nu brandt het motorlampje'
        ]
        self.matcher.add("broken", patterns)

    def part(self, doc: Any) -> Mention | None:
        """The first part the comment says stopped working, or None."""
        for _, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], m[2])):
            at = next(i for i in range(start, end) if doc[i].lower_ in {"een", *_DETS})
            nouns = [t for t in doc[at + 1 : end] if t.is_alpha and not t.is_stop and t.lower_ not in _VERBS]
            place = at >= 3 and doc[at - 1].lower_ in _PLACES and doc[at - 3].lower_ in _DETS
            if place and noun(doc[at - 2].lower_):
                # 'de douches in de dameskleedkamer deden het niet': the noun before the place is the subject
                at, nouns = at - 3, [doc[at - 2]]
            if not nouns or nouns[-1].lower_ in _NOT_PARTS | not_objects() or len(nouns[-1].text) < 3:
                continue  # ... nor a word of the lexicon of no things ('de ipv', 'de monteur')
            if is_word(nouns[-1].lower_) and not noun(nouns[-1].lower_):
                continue  # a Dutch word that is no noun ('onderin', 'gisteren') names no part
            lit = any(t.lower_ in _LIGHTS_ON for t in doc[start:end])
            if lit and not nouns[-1].lower_.endswith(_LAMPS):
                continue  # only a light comes on ('het lampje brandt'), not 'de kaars brandt'

            word, det = nouns[-1].lower_, doc[at].lower_
            article = det if det in {"de", "het"} else article_of(word)
            plural = any(t.lower_ in _PLURAL_VERBS for t in doc[start:end])  # 'de kluisjes zijn kapot'
            own = det in MY or det in {"onze", "ons"}
            return Mention(str(word), "de" if plural else article, plural=plural, own=own, guessed=True)
        return None


# Prepositions that make a noun a place, not the thing that broke ('in de kleedkamer').
_PLACES = frozenset({"in", "op", "aan", "bij", "uit", "onder", "achter", "naast", "boven"})
_LAMPS = ("lampje", "lampjes", "lamp", "lampen", "lichtje", "lichtjes", "licht")
_PLURAL_VERBS = frozenset({"doen", "deden", "werken", "werkten", "zijn", "waren"})
_SKIPPING = _SKIPS + _SKIP_VERBS + _SKIP_PARTICLES
_VERBS = frozenset(_DOES + _WORKS + _IS + _BROKEN + _FAILS + _NOT + _FILLER + _GOES + _LIGHTS_ON + _SKIPPING)
