"""Matching a comment to the profile's facts: FAQ entries by their key words, holiday days by name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.draft_cues import draft_cues
from app.domain.draft_fact_words import english_holiday, fact_words, synonyms  # noqa: F401 - english_holiday re-exported
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_same_words import _pairs_made_one, _related_stems, _same_words
from app.domain.draft_word_match import _compound_head, _head_asked, _similar, _stem
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.words import stop_words


def match_faq(
    question: Iterable[str], profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]], asked: str = ""
) -> tuple[str, float, str] | None:
    """(answer, score, faq question) of the FAQ entry whose key words best match the question's
    lemmas. Score 1.0 means every key word of the FAQ question is in the comment; a match that
    misses what the FAQ question is about (its topic, not its verb) scores below ``WEAK_MATCH``
    and is only a suggestion for the owner ('oliebollen bestellen' ~ 'Hoe bestel ik een taart?'),
    and so is one on only the place in the writer's question (``asked``): 'Mag onze hond mee op het
    terras?' is about the dog, not about 'Hebben jullie een terras aan het water?'."""
    words = _keys(question)
    if not words:
        return None
    places = _keys(lemmas_of(" ".join(_place_words(asked)))) if asked else set()
    best: tuple[str, float, str] | None = None
    thing: tuple[str, float, str] | None = None  # the best clear match on a FAQ question that names a thing
    ranks: list[tuple[float, bool, int]] = [(0.0, False, 0), (0.0, False, 0)]  # of best and thing
    best_shared: set[str] = set()
    thing_shared: set[str] = set()
    asked_words = words
    for item in profile.faq:
        keys = _keys(lemmas_of(item.question))
        if not keys:
            continue
        # 'onze kater' asks 'Mogen huisdieren mee?', when it asks what the FAQ's verb asks ('mee'): 'mijn
        # racefiets nakijken' asks nothing of 'Verhuur je ook fietsen?'
        verbs = _keys(verb_words(item.question))
        words = _broader(asked_words, keys) if verbs <= asked_words else asked_words
        words = _either_of(words, _side_by_side(item.question, lemmas_of))  # 'een kerstfeestje' asks both
        topic = _topic_keys(item.question, keys)
        score = _faq_score(words, keys, topic, topic - _keys(_circumstance_words(item.question)))
        # An answer that holds every content word of a short question answers it too
        # ('Kunnen jullie een broek korter maken?' → 'broeken inkorten kost € 15').
        said = _keys(lemmas_of(item.answer))
        # Not when they only say how ('op voorhand bestellen' ~ '... glutenvrije taart op bestelling, drie dagen op
        # voorhand' is about the taart; resources/fact_words.toml manner_words).
        if 2 <= len(words) <= 3 and all(any(_similar(w, a) for a in said) for w in words) and not _how_only(words):
            score = max(score, 0.75)
        elif _one_topic_word(words) and any(_similar(a, *words) and not _modifier_of(a, *words) for a in said):
            score = max(score, WEAK_MATCH)  # 'Do you have vegan options?' ~ '... vegan maken we op aanvraag'
        elif _answer_holds(words, said) or _head_and_answer(words, topic, said):
            score = max(score, 0.6)  # 'Hoelang duurt plakken? Moet ik wachten?' ~ '... plak ik terwijl je wacht'

        shared = {w for w in words if any(_similar(w, k) or _head_asked(w, k) for k in keys)}
        if places and shared and shared <= places and words - places - shared:
            score = min(score, WEAK_MATCH - 0.05)  # only where, not what: a suggestion at most
        # on a tie, the entry whose verb the writer also says ('walk-ins' is 'zonder afspraak langskomen', not
        # 'Hoe zeg ik mijn afspraak af?'), then the one whose answer holds more of their words ('lekke band')
        held = sum(any(_similar(w, a) for a in said) for w in words)
        rank = (score, bool(words & _keys(verb_words(item.question))), held)
        if score and (best is None or rank > ranks[0]):
            best, ranks[0], best_shared = (item.answer.strip(), score, item.question.strip()), rank, shared
        if score >= WEAK_MATCH and not _verb_only(item.question, keys) and (thing is None or rank > ranks[1]):
            thing, ranks[1], thing_shared = (item.answer.strip(), score, item.question.strip()), rank, shared
    # 'Bakken jullie alles zelf?' names no thing: 'bakken jullie ook taarten?' is about the taart entry, when
    # that entry matches on a word of its own ('taart'), not on the same words
    if best is None or thing is None or not _verb_only(best[2], _keys(lemmas_of(best[2]))):
        return best
    return thing if thing_shared - best_shared else best


def _how_only(words: set[str]) -> bool:
    """Whether every word says how something is done, not what ('voorhand', 'bestel': resources/fact_words.toml
    manner_words)."""
    manner = fact_words().manner_words
    return all(any(w == m or _similar(w, m) for m in manner) for w in words)


def _broader(words: set[str], keys: set[str]) -> set[str]:
    """The writer's words, each one a FAQ question names only by its broader word ('kater' for 'huisdier',
    'e-bike' for 'fiets', resources/fact_words.toml [kind_of]) made that word; one way only."""
    kinds = fact_words().kind_of
    return {kinds[w] if w in kinds and kinds[w] in keys and not any(_similar(w, k) for k in keys) else w for w in words}


def fits_after_is(value: str) -> bool:
    """Whether a profile value can follow 'Onze zaak is': it opens with an adjective ('drempelvrij, met een
    invalidentoilet', 'volledig rolstoeltoegankelijk') or is a sentence of its own ('de salon is ...'), not a
    thing ('een tillift bij het bad', 'alles op de begane grond'); by the endings in fact_words.toml."""
    words = normalise(value).split()
    if not words or re.search(r"^(?:de|het|onze|mijn|we|wij|ik|er|alle|elke)\s|\s(?:ik|we|wij)\s", value.strip(), re.I):
        return True  # said as a sentence: drafted as it is
    first = next((w for w in words if w not in fact_words().degree_words), "")
    return first.endswith(tuple(fact_words().adjective_ends))


def is_clause(value: str) -> bool:
    """Whether a profile value is a sentence of its own, with its own verb ('restaurant en toilet zijn
    rolstoeltoegankelijk', 'de salon ligt op de begane grond'), so no frame can hold it."""
    return bool(
        re.search(r"^(?:de|het|ons|onze|mijn|we|wij|ik|er|alle|elke)\s|\s(?:ik|we|wij)\s", value.strip(), re.I)
        or re.search(r"\b(?:is|zijn|heeft|hebben|ligt|liggen|staat|staan|zit|zitten|kan|kunnen)\b", value, re.I)
    )


def is_pet(word: str) -> bool:
    """Whether a person word a writer names is an animal ('hond', 'kater'): resources/fact_words.toml [kind_of]."""
    kinds, word = fact_words().kind_of, word.lower()
    return "huisdier" in (kinds.get(word), kinds.get(fact_words().same_meaning.get(word, "")))  # 'labrador' is a hond


def _answer_holds(words: set[str], said: set[str]) -> bool:
    """Whether a FAQ answer holds three or more of a question's key words, and three in four of them:
    it answers the question, whatever its own question's words ('Hoelang duurt het plakken van een
    band? Moet ik wachten?' ~ 'een lekke band plak ik terwijl je wacht')."""
    held = {w for w in words if any(_similar(w, a) for a in said)}
    return len(held) >= 3 and 4 * len(held) >= 3 * len(words)


def _head_and_answer(words: set[str], topic: set[str], said: set[str]) -> bool:
    """Whether the writer names the FAQ question's thing or its compound's head ('mijn fiets' ~ 'Heb je een
    leenfiets?') and the answer holds three or more of their words with it ('duurt een paar dagen' ~ 'duurt
    een reparatie langer dan een dag, dan krijg je gratis een leenfiets')."""
    heads = {w for w in words if any(_similar(w, k) or _compound_head(w, k) for k in topic)}
    held = {w for w in words if any(_similar(w, a) or _compound_head(w, a) or _same_verb(w, a) for a in said)}
    return bool(heads) and len(held | heads) >= 3


def _same_verb(a: str, b: str) -> bool:
    """'duren' ~ 'duurt': a verb and its present tense, by their stems (three letters or more)."""
    stem = _stem(a.removesuffix("t") if a.endswith("t") and len(a) > 4 else a)
    return len(stem) >= 3 and stem == _stem(b.removesuffix("t") if b.endswith("t") and len(b) > 4 else b)


def _verb_only(question: str, keys: set[str]) -> bool:
    """Whether every key word of a FAQ question is its verb ('Bakken jullie alles zelf?')."""
    verbs = _keys(verb_words(question))
    return bool(keys) and all(any(k == v or _similar(k, v) for v in verbs) for k in keys)


def _place_words(question: str) -> list[str]:
    """The first content word after each preposition of place in a question: 'Mag onze hond mee op
    het terras?' → ['terras']."""
    words = normalise(question).split()
    found: list[str] = []
    for at in (n for n, w in enumerate(words) if w in fact_words().place_prepositions):
        rest = [w for w in words[at + 1 : at + 4] if w not in _DETERMINERS]
        # 'bij jullie bestellen': no place named; 'op afspraak', 'op verzoek': how, not where
        if rest and rest[0] not in stop_words() and rest[0] not in fact_words().manner_words:
            found.append(rest[0])
    return found


# The words before a noun: 'op het terras', 'in onze tuin'.
_DETERMINERS = frozenset(
    {"de", "het", "een", "onze", "ons", "mijn", "m'n", "mn", "je", "jouw", "uw", "die", "dat", "deze", "dit"}
)


def asks_faq_topic(
    question: Iterable[str], faq_question: str, lemmas_of: Callable[[str], Iterable[str]], *, whole: bool = False
) -> bool:
    """Whether a question's lemmas name every topic word of a FAQ question ('Do you repair e-bikes?'
    ~ 'Repareren jullie e-bikes?'), not only a word its answer happens to hold. ``whole``: a word that
    only starts the FAQ's compound does not name it ('kaas' is no 'kaasplank')."""
    words = _keys(question)
    keys = _keys(lemmas_of(faq_question))
    # the topic without its circumstance: 'Krijg ik een leenfiets tijdens de reparatie?' asks for a leenfiets
    topic = (_topic_keys(faq_question, keys) - _keys(_circumstance_words(faq_question))) if keys else set()
    named = {k for k in topic if any(_similar(k, w) and not (whole and _part_only(w, k)) for w in words)}
    # 'Kan ik een fiets of e-bike huren?' is asked by 'Can I rent an e-bike?'
    named |= {k for k in topic for a, b in _side_by_side(faq_question, lemmas_of) if k in (a, b) and {a, b} & named}
    # 'glutenvrij kerstbrood' asks 'glutenvrij brood?': the writer's compound is one of the FAQ's things, next to
    # another topic word they name ('kerstbrood' alone asks nothing about bread in general)
    named |= {k for k in topic if named and any(_head_asked(k, p) for w in words for p in _undiminished(w))}
    return bool(topic) and named == topic


def words_named(question: Iterable[str], faq_question: str, lemmas_of: Callable[[str], Iterable[str]]) -> set[str]:
    """The writer's key words that a FAQ question names, as the same word or as its head ('kerstbrood' ~ 'brood')."""
    keys = _keys(lemmas_of(faq_question))
    return {
        w for w in _keys(question) if any(_similar(w, k) or _head_asked(k, p) for k in keys for p in _undiminished(w))
    }


def _undiminished(word: str) -> set[str]:
    """The word and the nouns it may be the diminutive of: 'kersttaartje' → 'kersttaart' (and 'kersttaar')."""
    return {word} | {word[: -len(m)] for m in phrase_cues().diminutive_endings if word.endswith(m)}


def _part_only(word: str, key: str) -> bool:
    """Whether one of the two only starts the other's compound: 'kaas' is no 'kaasplank', a 'fietscontrole' no
    'fiets'."""
    return _starts_only(word, key) or _modifier_of(key, word)


def _starts_only(word: str, compound: str) -> bool:
    """Whether ``word`` is only the first part of ``compound`` ('kaas' of 'kaasplank', 'bloem' of
    'bloemstuk'), not the same word with an ending ('herstel' of 'herstelling')."""
    rest = compound[len(word) :]
    return compound.startswith(word) and len(rest) >= 3 and rest not in fact_words().suffixes


def _one_topic_word(words: set[str]) -> bool:
    """A question about one thing of five letters or more ('vegan'), not about a time ('zaterdag')."""
    return len(words) == 1 and all(len(w) >= 5 and w not in fact_words().time_words for w in words)


# Below this score a FAQ match is a suggestion for the owner, never a fact in the draft.
WEAK_MATCH = 0.5


def _faq_score(words: set[str], keys: set[str], topic: set[str], core: set[str] | None = None) -> float:
    """How well a comment's key words match a FAQ question's: the share of the FAQ's key words asked
    about, diluted by much else said; at least ``WEAK_MATCH`` when every topic word is asked about
    ('Mag onze labrador mee?' ~ 'Mogen honden mee?'), or every ``core`` topic word, the ones not in a
    phrase of circumstance ('een leenfiets' of 'Krijg ik een leenfiets tijdens de reparatie?');
    below it when no topic word is."""
    shared = {k for k in keys if any(_similar(k, w) for w in words)}
    if not shared:
        return 0.0
    # 'ijsje in de winter' asks for the FAQ's 'schepijs in de winter': the writer's plain word is the head of the
    # FAQ's compound topic word, next to another topic word they say ('fiets' alone is no 'leenfiets')
    if shared & (core or topic):
        shared |= {k for k in topic if any(_head_asked(w, k) for w in words)}
    if core and not shared & core and shared <= topic - core:
        return WEAK_MATCH - 0.05  # only the circumstance ('tijdens de reparatie') is asked about, not the leenfiets
    shared |= {k for k in keys if any(_compound_head(k, w) for w in words)}
    score = min(len(shared) / len(keys), len(shared) / len(words) + 0.25)
    # a topic word that only starts the writer's compound is not what they ask about: 'hondenvoer' is voer
    shared -= {k for k in topic if _only_modifier(k, words)}
    if not shared & topic:
        # only the verb or a generic word is shared: 'bestellen' of oliebollen is no 'taart bestellen'
        return min(score, WEAK_MATCH - 0.05)
    if topic <= shared or (core and core <= shared):
        # every topic word of the FAQ question is asked about, however much else is said around it;
        # the circumstance ('tijdens de reparatie') the writer may say in their own words
        score = max(score, WEAK_MATCH)
    return score


def _circumstance_words(question: str) -> list[str]:
    """The first content word after each preposition of circumstance in a FAQ question: 'Krijg ik
    een leenfiets tijdens de reparatie?' → ['reparatie']; it says when, not what is asked."""
    fw = fact_words()
    words = normalise(question).split()
    found: list[str] = []
    for at in (n for n, w in enumerate(words) if w in fw.circumstance_prepositions):
        found += next(([w] for w in words[at + 1 :] if w not in stop_words()), [])
    return found


def _only_modifier(key: str, words: set[str]) -> bool:
    """Whether every word ``key`` is similar to has it only as its first part."""
    like = [w for w in words if _similar(key, w)]
    return bool(like) and all(_modifier_of(key, w) for w in like)


def _modifier_of(word: str, compound: str) -> bool:
    """Whether ``word`` only starts ``compound``, whose head is another word of four letters or more
    ('hond' in 'hondenvoer'); a derivation ('herstel' → 'herstelling') is of the same word."""
    if compound == word or not compound.startswith(word[:-1] if word.endswith("e") else word):
        return False
    rest = re.sub(r"^(?:er|en|s|e)", "", compound[len(word) :])
    return len(rest) >= 4 and rest not in fact_words().suffixes


def _topic_keys(faq_question: str, keys: set[str]) -> set[str]:
    """The key words a FAQ question is about: all but its verb ('Knipt u ook kinderen?' → kind;
    'Kunnen we met een groep komen eten?' → groep). All key words when no verb is found."""
    said = verb_words(faq_question)
    verbs = _keys(said)
    topic = {k for k in keys if not any(k == v or _similar(k, v) for v in verbs)}
    # 'Werkt u met producten zonder parfum?': what goes with the verb ('parfum') is the topic, never the verb itself
    first = _keys(said[:1])
    return topic or {k for k in keys if not any(k == v or _similar(k, v) for v in first)} or keys


# Handles a question opens with ('@bakkerij @jan hoe laat ...'): no words of the question.
_HANDLES = re.compile(r"^\s*(?:@[\w.]+[\s,:]*)+")


def verb_words(question: str) -> list[str]:
    """The verb of a Dutch question by its place: first in a yes/no question when a subject pronoun
    or an infinitive follows ('Verkopen jullie ...?', 'Mogen honden mee?'), after the question words in
    an open one ('Hoe lang duurt ...?'); after an auxiliary also the infinitive or particle at the end."""
    fw = fact_words()
    question = _HANDLES.sub("", question)  # '@rijwielhandel wat kost ...?': the verb comes after the handle
    words = normalise(question).split()
    if not question.rstrip().endswith("?") or len(words) < 2:
        return []
    # without the greeting or joining words before it ('Goedemiddag, knipt u ook aan huis?': 'knipt' is the verb)
    lead = draft_cues().range_lead
    while len(words) > 2 and lead.fullmatch(words[0]):
        words = words[1:]
    i = 0
    while i < len(words) - 1 and words[i] in fw.question_lead:
        i += 1
    first, rest = words[i], words[i + 1 :]
    if i == 0 and first not in fw.auxiliaries and not (rest and rest[0] in fw.subject_pronouns):
        return []  # no verb first: 'Parkeren bij de winkel?'
    verbs = [first]
    tail = rest[1:] if rest and rest[0] in fw.subject_pronouns else rest
    if tail and (tail[-1] in fw.particles or (first in fw.auxiliaries and tail[-1] in fw.aux_particles)):
        verbs.append(tail[-1])  # 'Mogen honden mee?', 'Nemen jullie oude fietsen in?', 'Kunnen we ... terecht?'
    elif first in fw.auxiliaries:
        # 'Kunnen we met een groep komen eten?', 'Moet ik een afspraak maken?': infinitives at the end
        last = tail[1:][-1:]
        if last and last[0].endswith("en"):
            verbs.append(last[0])
            if len(tail) > 2 and tail[-2] in fw.auxiliaries:
                verbs.append(tail[-2])  # 'komen eten', 'laten knippen'
    # 'zonder afspraak langskomen' is about walking in: the word after 'zonder' goes with the verb
    for at in (n for n, w in enumerate(words) if w in fw.manner_prepositions):
        verbs += next(([w] for w in words[at + 1 :] if w not in stop_words()), [])
    return verbs


# 'dat mocht niet', 'kon hier niet', 'ging niet': something the writer wanted was not possible here.
_NOT_POSSIBLE = re.compile(
    r"\b(?:mocht|mochten|mag|kon|konden|kan|ging|gaat)\s+(?:\w+\s+){0,2}?niet\b|\bniet\s+(?:mogelijk|mogen|kunnen)\b",
    re.I,
)


def refused(text: str) -> bool:
    """Whether a text says something was refused or not allowed ('werd geweigerd', 'dat mocht niet')."""
    return bool(_NOT_POSSIBLE.search(text)) or refused_outright(text)


def refused_outright(text: str) -> bool:
    """Whether a text says in so many words that something was refused ('werd geweigerd'), not only that it
    could not be done ('kon er niet gepind worden': maybe the device broke down)."""
    return any(w.startswith(tuple(fact_words().refused)) for w in normalise(text).split())


def key_words(text: str, lemmas_of: Callable[[str], Iterable[str]]) -> set[str]:
    """The key words a text is matched on (its content lemmas, generic words left out). Words for a
    thing in general ('optie') are kept: whether an answer speaks of 'een glutenvrije optie' is
    judged on both words."""
    return _keys(lemmas_of(text), things=False)


def _either_of(words: set[str], pairs: list[tuple[str, str]]) -> set[str]:
    """The writer's key words with both of two things a FAQ question names side by side when they name one: 'Kan ik
    een kerstfeest of personeelsfeest houden?' is asked by 'een kerstfeestje'."""
    return words | {o for p in pairs if any(_similar(w, x) and _same_head(w, x) for w in words for x in p) for o in p}


def _same_head(word: str, other: str) -> bool:
    """True when two similar words differ only in an ending ('kerstfeestje', 'kerstfeest'), not when they only
    share a first part ('kerstmenu' is no 'kerstborrel', 'person' no 'personeelsfeest')."""
    shared = next((n for n, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other)))
    return max(len(word), len(other)) - shared <= 3


def _whole(keys: set[str]) -> set[str]:
    """The key words of one word without the compound's head the lemmas add ('kerstfeest', not also 'feest')."""
    return {k for k in keys if not any(o != k and o.endswith(k) for o in keys)}


def _side_by_side(question: str, lemmas_of: Callable[[str], Iterable[str]]) -> list[tuple[str, str]]:
    """The pairs of words a FAQ question joins with 'en' or 'of', as key words: 'Repareren jullie
    fietsen en e-bikes ...?' → [('fiets', 'e-bike')]."""
    words = re.findall(r"\w[\w'-]*", question.lower())
    pairs = []
    for at in (n for n, w in enumerate(words) if w in {"en", "of"} and 0 < n < len(words) - 1):
        left, right = (_whole(_keys(lemmas_of(words[at + d]))) for d in (-1, 1))
        if len(left) == 1 and len(right) == 1:
            pairs.append((next(iter(left)), next(iter(right))))
    return pairs


def _keys(lemmas: Iterable[str], *, things: bool = True) -> set[str]:
    """The key words FAQ and facts are matched on; ``things``: also without the words for a thing in
    general of resources/fact_words.toml ('vegan options' is about vegan)."""

    def related(w: str) -> str:
        if w.startswith(("zaterdag", "zondag")):
            return "weekend"  # 'zaterdagavond' ~ 'in het weekend'
        allergy = w.endswith(tuple(fw.allergy_heads)) or w.startswith("allergie")
        if allergy or (w in fw.reacted and not about_messages):
            return "allergie"  # 'lactose-intolerantie', 'notenallergie' ~ 'allergieën'
        # by stem too: the lemma of 'binnenlopen' is 'binnenlop', of 'binnenwippen' 'binnenwip'; a plural in -s
        # ('kleuters', whose lemma keeps its -s) as its singular
        said = fw.same_meaning.get(w) or fw.related.get(w) or (len(w) > 5 and fw.related.get(w.removesuffix("s")))
        return said or _related_stems().get(_stem(w), w)

    fw = fact_words()
    generic = fw.generic if things else frozenset()
    # 'lease- en bedrijfsfietsen': the first part of a compound said once counts as its own word
    # two words that are one thing are made one before single words are left out: 'lang krentenbrood' is a
    # krentenwegge, though 'lang' alone is no key word
    words = [
        w
        for w in _pairs_made_one([x.rstrip("-") if len(x) > 4 else x for x in lemmas])
        if w not in fact_words().not_about and w not in generic and w not in stop_words() and len(w) > 2
    ]
    # 'ooit gereageerd op haarverf' is a reaction of the body; 'niet gereageerd op mijn mail' is not
    about_messages = bool(fw.message_words & set(words))
    if "rekening" in words and any(w.startswith("houd") for w in words):
        # 'rekening houden met allergieën' is about the allergies, not about a bill
        words = [w for w in words if w != "rekening" and not w.startswith("houd")]
    return {related(w) for w in _same_words(words)}


def simple_lemmas(text: str) -> list[str]:
    """Content words of a text without a language assistant: normalised words minus stop words."""
    stop = stop_words()
    return [w for w in normalise(text).split() if w not in stop]
