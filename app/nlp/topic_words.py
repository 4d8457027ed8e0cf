"""The word lists and the light lemma topic detection reads with.

The shipped pipeline has no lemmatizer, so tokens get a lemma of our own (resources/topics.toml
[lemmas] for irregular forms, then plural and diminutive endings off). Function words come from
the shared stop-word list (app.domain.words); the lists here are the few words topic detection
needs on top: possessives, words that are never names or products, written numbers.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import Any

from app.domain.topics import shipped_topic_data
from app.domain.words import MINE as _MINE
from app.domain.words import MONTH_NAMES, OURS, stop_words, word_set
from app.nlp import lexicon
from app.resources import model_dir

# Flemish "onzen Arne", "mijnen auto"; Low Saxon (Achterhoek, Twente, Drenthe) "mien zoontje"
POSSESSIVE = _MINE | OURS | {"mijne", "onzen", "mijnen", "mien"}
MY = _MINE
# The writer's own before a noun, as a word by itself ("mijne" stands alone): 'mijn trouw', 'onze eerste'.
MINE = POSSESSIVE - {"mijne"}
_VOWELS = set("aeiouy")

# Product-like words that name an order, a place or a booking, not what was bought.
NOT_PRODUCTS = word_set(
    "afspraak bestelling bestellingen boeken bos bosje keuken levering order pakket pakketje reparatie "
    "reservering tafel terras winkel zaak"
)

HAIR_BEFORE = frozenset({"mijn", "m'n", "je", "jouw", "uw", "het", "ons", "haar", "zijn", "dochters", "zoons"})

# Lexicon words that are plural as they stand (so 'de rozen zijn', not 'is').
PLURAL_WORDS = word_set(
    "banden bloemen bonbons broodjes croissants cupcakes donuts friet gebakjes highlights koekjes "
    "macarons oliebollen remmen rozen taarten tompoezen tulpen"
)

# Capitalised words that are no person's name (and the month names of app.domain.words).
MONTH_NAMES_SET = frozenset(MONTH_NAMES)
NOT_NAMES = MONTH_NAMES_SET | word_set(
    "alles bedankt beste dag dank de dhr die dinsdag dit donderdag dus echt een en er facebook fam "
    "familie gisteren goedemorgen google hallo heel heer helaas het hij hoe hoi ideal iedereen ik "
    "instagram ja je jullie kerst koningsdag maandag maar meneer mevr mevrouw mijn morgen mw nee niemand "
    "nou oh ons onze pasen personeel pinksteren sorry super team tikkie toen top u uw vandaag vrijdag "
    "waarom wat we whatsapp wij woensdag zaterdag ze zij zondag "
    # prepositions and conjunctions that open a sentence ('Na zijn begrafenis', 'Voor haar feest')
    "aan als bij door met na nadat naar om omdat op over sinds tijdens tot uit vanaf voor zonder "
    # interjections of thanks and praise are never a name ('Dankjewel Yvonne', 'Merci Bart')
    "dankjewel dankuwel dankje bedankt merci thanks thank thx chapeau bravo proficiat gefeliciteerd toppers "
    # a language is no one ('my Dutch is terrible', 'ons Nederlands is niet zo goed')
    "dutch english french german flemish nederlands engels duits vlaams "
    # how one calls one's mother ('Ma is slecht ter been'); not a person word of its own: 'ma' is also Monday
    "ma "
    # the English weekdays and the days named by them ('Blue Monday, zeggen ze', 'Black Friday', 'Cyber Monday')
    "monday tuesday wednesday thursday friday saturday sunday blue black cyber"
)

WRITTEN_ORDINALS = {
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

WRITTEN_AGES = {
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

# Words that make a sentence a suggestion ('misschien ook eens ...').
WISH_WORDS = frozenset(
    [
        "aanbieden",
        "idee",
        "mis",
        "misschien",
        "overwegen",
        "proberen",
        "suggestie",
        "tip",
        "verkopen",
        "waarom",
        "wens",
        "zou",
        "zouden",
    ]
)

COMPLAINT_ENDS = frozenset({"blessure", "pijn", "klachten", "operatie", "probleem", "problemen", "letsel"})
# The words that thank someone named after them: 'dank aan Kees', also Flemish 'merci Yana' and 'shoutout naar Stijn',
# and the English of a chat ('thx Noor voor de wijntip', 'thanks Bram').
THANKS_WORDS = frozenset(
    {
        "dank",
        "bedankt",
        "dankjewel",
        "dankje",
        "complimenten",
        "compliment",
        "aan",
        "dankzij",
        "merci",
        "shoutout",
        "shout-out",
        "thanks",
        "thx",
        "tnx",
    }
)

# A capitalised word before one of these is a name ('Sanne knipte').
NAME_VERBS = frozenset(
    [
        "bakte",
        "bediende",
        "deed",
        "gaf",
        "had",
        "heeft",
        "hielp",
        "is",
        "kleurde",
        "knipte",
        "kookte",
        "legde",
        "liet",
        "maakte",
        "nam",
        "repareerde",
        "stond",
        "toonde",
        "was",
        "wist",
        "zette",
        "zorgde",
    ]
)

# A name right after these is someone of the writer's, not staff ('kleine Mees', 'onze zoon Daan').
KIN_BEFORE = word_set(
    "baby dochter dochtertje hond kat kater kleindochter kleine kleinzoon konijn lieve paard poes pony pup zoon zoontje"
)

# 'viel de techniek uit', 'de wieltjes vielen eraf': a particle at the end makes it no fall.
PARTICLES = frozenset({"uit", "op", "mee", "tegen", "weg", "stil", "af", "eraf", "eruit", "eraan", "erin", "erop"})
WORKS = frozenset({"werkt", "werken", "werkte", "werkten", "doet", "deed"})
LET = frozenset({"liet", "lieten", "laat", "laten", "gelaten"})
# Stop words the drafter still asks about ('bijna' allergic, 'allebei' ill): kept among the lemmas.
# Heads of words for people (staff, the writer's company): 'fietsenmaker', 'baliemedewerkers', 'vakmensen',
# 'personeelsleden', 'jongedame' name who did or suffered something, never the damaged thing.
PERSON_HEADS = word_set(
    "medewerker werknemer monteur enmaker schoenmaker meester leerling stagiair stagiaire eigenaar eigenaresse"
    " zaakvoerder uitbater baas bazin chef kok bakker kapper kapster bezorger bezorgster verkoper verkoopster"
    " jongen meisje meid dame heer man vrouw mens lid gast klant collega kind kindje"
    # who helps out in the holidays, as a compound too ('Jana, de vakantiejobster,', 'de zomerjobber')
    " jobster jobber jobstudent jobstudente"
)
_PERSON_PLURALS = ("", "s", "'s", "en", "nen", "ren", "s")
# Words for anyone, not for a job: 'mijn vrouw Anja', 'een klant' name no staff member.
_ANYONE = word_set("jongen meisje meid dame heer man vrouw mens lid gast klant collega leerling")
# Jobs whose word would hide inside other words as a compound head ('ober' in 'oktober'): exact words only.
STAFF_ROLES = word_set(
    "ober serveerster serveerder barman barvrouw barista gastvrouw gastheer kassière caissière juf instructeur"
    " instructrice trainer trainster trimster stylist styliste visagiste masseur masseuse schoonheidsspecialiste"
    " tandarts assistent assistente chauffeur hovenier loodgieter stukadoor schilder slager"
    # who helps out beside school or on a Saturday ('Yana, de jobstudent,'): staff too
    " jobstudent jobstudente vakantiekracht hulpkracht zaterdaghulp weekendhulp"
)


def staff_role(word: str) -> bool:
    """A word for someone by their job ('ober', 'kapster', 'fietsenmaker', 'verkoopster'), not for anyone."""
    return word in STAFF_ROLES or (person_word(word) and not any(word.endswith(w) for w in _ANYONE))


MARKERS = frozenset({"bijna", "allebei", "beiden", "beide"})


@lru_cache(maxsize=50_000)  # a pure function of the word, asked for every noun of every text
def person_word(word: str) -> bool:
    """A word for a person, alone or as the head of a compound ('baliemedewerkers', 'jongedame',
    'personeelsleden'); a short part before the head is no compound ('roman' is no man)."""
    if word.endswith("leden"):
        word = word[:-5] + "lid"
    for head in PERSON_HEADS:
        for end in _PERSON_PLURALS:
            full = head + end if not (end == "en" and head.endswith("e")) else head + "n"
            if word.endswith(full) and (len(word) == len(full) or len(word) - len(full) >= 3):
                return True
    return False


def plain(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in word if not unicodedata.combining(ch)).replace("’", "'")


def lemma(word: str, table: dict[str, str] | None = None) -> str:
    """Our own light lemma: the table first, then plural and diminutive endings off."""
    table = shipped_topic_data().lemmas if table is None else table
    w = plain(word).strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    w = plain(table.get(w, w))
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


_SEPARABLE = re.compile(r"^(over|op|uit|aan|af|in|mee|door|terug|weg|toe|na|om|neer)ge([a-z]{3,})$")
_CONJUGATED = re.compile(r"(?<=[aeou]{2}[^aeiouy])(?:t|d|de|den|te|ten)$")
_LONG_VOWEL = re.compile(r"([aeou])\1([^aeiouy]+)$")


def stem(lem: str) -> str:
    """A verb-and-noun stem over our lemma, so that regular forms meet: 'betaal', 'betaalt', 'betaald'
    and 'betalen' → 'betal'; 'overgegeven' and 'overgeven' → 'overgev' (a separable verb's participle)."""
    if " " in lem or not lem.isalpha():
        return lem
    w = _SEPARABLE.sub(r"\1\2", lem)
    w = _CONJUGATED.sub("", w)
    return _LONG_VOWEL.sub(r"\1\2", w)


_ADJECTIVE_ENDS = ("e", "en", "ig", "isch", "lijk", "baar", "loos", "zaam", "s")


def owned_by_writer(doc: Any, i: int) -> bool:
    """'mijn haar', 'mijn nieuwe gordijnen', 'mijn oude leren tas' (up to two adjectives between)."""
    j = i - 1
    for _ in range(3):
        if j < 0:
            return False
        if doc[j].lower_ in MY:
            return True
        # only adjectives stand between: 'mijn kleindochter oliebollen' are not the writer's oliebollen
        if not (doc[j].is_alpha and doc[j].is_lower) or not doc[j].lower_.endswith(_ADJECTIVE_ENDS):
            return False
        j -= 1
    return False


def as_written(word: str) -> str:
    """Lower case, but an acronym ('APK', 'BSO') keeps its capitals, and so does a compound named after a saint or a
    place, each part capitalised ('Sint-Maartensmannetjes')."""
    parts = word.split("-")
    if len(parts) > 1 and all(p[:1].isupper() and p[1:].islower() for p in parts):
        return word
    return word if word.isupper() and 2 <= len(word) <= 5 else word.lower()


def ordinal(number: int) -> str:
    """80 → '80ste', 12 → '12de' (Dutch ordinals as digits)."""
    return f"{number}{'ste' if number in {1, 8} or number >= 20 else 'de'}"


_STRETCHED = re.compile(r"(.)\1\1")


def plain_word(word: str) -> bool:
    """Letters only, not stretched for emphasis: 'zóóó mooi', 'suuuper' say how much, they name no thing."""
    return word.isalpha() and _STRETCHED.search(word) is None


_CAPS_WORD = re.compile(r"(?<![\w'])[A-ZÀ-Ý][A-ZÀ-Ý'-]*[A-ZÀ-Ý](?![\w'])")


def unshout(text: str) -> str:
    """'GEEN ENKEL PISTOLETJE meer', 'mijn GERESERVEERDE oliebollen': words in capitals for emphasis are
    read as the words they are. A run of words in capitals is lowered when one of them is long (six
    letters or more) or a Dutch word of four letters or more; a short one alone stays an acronym ('APK',
    'BSO'). The text keeps its length, so token positions do not move."""
    out = list(text)
    run: list[re.Match[str]] = []

    def close() -> None:
        if any(len(m.group()) >= 6 or (len(m.group()) >= 4 and lexicon.is_word(m.group())) for m in run):
            for m in run:
                out[m.start() : m.end()] = m.group().lower()
        run.clear()

    for match in _CAPS_WORD.finditer(text):
        if run and text[run[-1].end() : match.start()].strip():
            close()
        run.append(match)
    close()
    return "".join(out)


@lru_cache(maxsize=1)
def _abuse() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(words, prefixes) of abuse from the shipped language assistant's lexicon 'scheldwoorden'
    (nl_model/lexicons/scheldwoorden.txt, 'trut*' a prefix), and its words of negative judgement
    ('pattern_negatief', 'kritiek': 'knoeierig')."""
    path = model_dir() / "rw_lexicon" / "lexicons.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset(), (), frozenset()
    entries = [e.lower() for e in data.get("scheldwoorden", []) if " " not in e and e.replace("*", "").isalpha()]
    judging = frozenset(e.lower() for key in ("pattern_negatief", "kritiek") for e in data.get(key, []))
    words = frozenset(e for e in entries if not e.endswith("*"))
    return words, tuple(e[:-1] for e in entries if e.endswith("*") and len(e) >= 4), judging


def agent_noun(word: str) -> bool:
    """'prutser', 'knoeiers', 'oplichter', 'topper': someone who does what the verb says (a verb stem and
    '-er'), so a person."""
    w = word.lower().removesuffix("s")
    if not w.endswith("er") or len(w) < 5:
        return False
    stem = w[:-2]
    single = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""  # 'topp-er': 'toppen'
    return any(v and lexicon.is_verb(v) for v in (f"{stem}en", f"{single}en", f"{stem}n"))


def abusive(word: str) -> bool:
    """A word of abuse ('trut', 'klootzakken', 'oplichters'), or a person named by a habit the assistant's
    lexicon judges ('knoeier': 'knoeierig'): never the thing a comment is about."""
    words, prefixes, judging = _abuse()
    w = word.lower()
    if w in words or w.startswith(prefixes):
        return True
    one = w.removesuffix("s")
    return one.endswith("er") and agent_noun(one) and (f"{one}ig" in judging or f"{one[:-2]}erig" in judging)


# Whose: a third person's possessive ('zijn verjaardag', 'haar collega').
THEIR = frozenset({"z'n", "zijn", "haar", "d'r"})


def name_like(text: str) -> bool:
    """A name as a word: 'Yasmin', and a double name of capitalised parts: 'Marie-Louise', 'Jan-Willem'."""
    parts = text.split("-")
    return all(p.isalpha() for p in parts) and (len(parts) == 1 or all(p[:1].isupper() for p in parts))


def named_ones_colleague(doc: Any, i: int) -> bool:
    """'Jolien en haar collega Sarah': the colleague of someone named before (who served the writer) works
    there too; not 'mijn man en zijn collega Tom' (no one named) nor 'mijn collega Sanne' (the writer's)."""
    if i < 4 or doc[i - 1].lower_ not in {"collega", "collega's"} or doc[i - 2].lower_ not in THEIR:
        return False
    named = doc[i - 4]
    return doc[i - 3].lower_ in {"en", "&"} and named.is_alpha and named.is_title and named.lower_ not in stop_words()
