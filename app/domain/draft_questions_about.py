"""What a question asks about: the thing a yes/no question names ('Hebben jullie ook Lego Duplo?' → 'Lego Duplo'), the
writer's own subject, and whether something is there to have."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from app.domain.draft_fact_words import fact_words
from app.domain.draft_own_range import you_spelt_out
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_questions import GREETING as _GREETING
from app.domain.draft_questions import THERE_PLACE, last_clause
from app.domain.draft_text import strip_emoji
from app.domain.draft_wish_clause import PREPOSITIONS
from app.domain.words import alternation, word_set

# 'Hebben jullie ook Lego Duplo?', 'Doet u ook het snoeien van grote bomen?': what is asked about.
_ASKED_ABOUT = re.compile(  # the business by its handle is 'jullie' ('Maakt @bakkerij ook speculaas ...?')
    r"^\W*(?:(?:en|of)\s+)?(?P<verb>\w+)\s+(?:jullie|julie|gullie|u|je|jij|ze|gij|ge|@[\w.]+)\s+(?P<also>(?:(?:ook|nog|nag|al|eigenlijk|misschien|wel)\s+)*)"
    r"(?P<what>[^?!.]+?)\s*[?!.]*\W*$",
    re.I,
)
# Verbs whose object is the thing asked about even without 'ook' ('Verkopen jullie cadeaubonnen?'; Brabants
# 'Hedde gullie een kindermenu?', West-Fries 'Hebbe jullie nag ...?').
_OFFER_VERBS = word_set(
    "hebben hebt heb heeft hedde hebde hebbe verkopen verkoopt doen doet maken maakt repareren repareert "
    "leveren levert verhuren verhuurt organiseren organiseert geven geeft verzorgen verzorgt plaatsen plaatst "
    "installeren installeert "
    # the forms before 'je' ('Doe je ook bruidskapsels?', 'Verkoop je ook ...?'), and what the business uses
    # ('Gebruik je producten zonder parfum?', 'Gebruiken jullie biologische bloem?')
    "doe maak repareer lever verkoop verhuur geef organiseer verzorg plaats installeer "
    "gebruiken gebruikt gebruik"
)
# Offer verbs that say the service itself, and the noun that says it back ('Verhuren jullie ook
# fietsen?' → 'de verhuur van fietsen'); infinitive forms only.
_DOING_VERBS = {
    "verhuren": "de verhuur",
    "repareren": "de reparatie",
    "leveren": "de levering",
    "bezorgen": "de bezorging",
    "installeren": "de installatie",
    "plaatsen": "de plaatsing",
    "organiseren": "het organiseren",
    "verzorgen": "het verzorgen",
}
# Words that point back at what was said before the question ('Doet u zoiets?').
_POINTERS = word_set("zoiets dat dit zo'n het dergelijke zulks iets wat da wa")  # da, wa: Flemish dat, wat
_SAME_THING = word_set("dat dit da zoiets")  # a later question's thing that is the one asked before
# 'op stock', 'op voorraad', 'in stock': whether a thing is there, said after it.
_STOCK = word_set("stock voorraad stok")
_TAIL_FILLERS = word_set("dan nou nu eigenlijk ongeveer precies toch even zowat")
# Pointers that stand for a whole thing said before ('zoiets voor 20 man'), never its article ('iets', 'wat' can be).
_WHOLE_BACK = word_set("zoiets dat dit het da zulks dergelijks")
_ARTICLES = word_set("de het een")
# Verbs after which the rest is no thing ('Zijn jullie open', 'Kunnen jullie mij bellen').
_NOT_OFFERS = word_set("zijn is ben bent kan kunt kunnen mag mogen moet moeten wil wilt willen gaan gaat")
# Separable verb particles and in-stock verbs ending a question ('een bankstel op?', 'een SRAM ketting liggen?').
_PARTICLES = word_set("op af aan uit in mee terug weg door bij liggen staan")
# 'Wat kost een nieuwe ketting?', 'Hoeveel kosten de lessen?': a question about the price of something.
_PRICE = re.compile(
    r"^\W*(?:(?:en|of)\s+)?(?:wat|hoeveel)\s+(?:kost|kosten|kostte)\s+(?P<what>[^?!.]+?)\s*(?:ongeveer\s*)?[?!.]*\W*$",
    re.I,
)
# 'Kunt u ook mijn scootmobiel repareren?', 'Kan ik bij jullie een cadeaubon kopen?', 'Kan ik bij u een fietslease
# regelen?': a modal question whose infinitive offers something; what stands between is what is asked about.
_MODAL_OFFER = re.compile(
    # (after the name of who is asked, 'jens kunde gij ...?', not a question word: 'Hoe kan ik ... bestellen?')
    r"^\W*(?:(?!(?:hoe|wat|wa|waar|wanneer|wie|welk\w*|waarom|tot|vanaf|en|of)\b)[^\W\d_]+,?\s+"
    r"(?=(?:kan|kunt|kunnen|kun|kunde|mag|mogen)\b))?"
    r"(?:(?:en|of)\s+)?(?:(?:kan|kunt|kunnen|kun|mag|mogen)\s+(?:jullie|u|je|jij|ik|we|wij|gij|ge)"
    r"|kunde(?:\s+(?:gij|ge|je))?)"
    r"\s+(?:ook\s+|nog\s+)*"
    r"(?:bij\s+(?:jullie|u|jou)\s+)?(?:ook\s+)?(?P<what>[^?!.]+?)\s+(?:ook\s+)?(?:bij\s+(?:jullie|u|jou)\s+)?"
    r"(?:laten\s+)?"
    r"(?:repareren|maken|leveren|bezorgen|kopen|bestellen|reserveren|huren|knippen|kleuren|verven|bakken|"
    r"nakijken|onderhouden|afhalen|ophalen|krijgen|regelen|afsluiten|aanvragen|boeken|doen|monteren|plaatsen|"
    r"installeren|vervangen|ombouwen|inbouwen|afstellen)"
    r"(?:\s+(?:om|voor|op|in|aan|bij)\s+[^?!.]*)?\s*[?!.]*\W*$",
    re.I,
)
# 'Is er een vegetarische optie in het groepsmenu?': what there is asked about.
# 'Is er in de achterzaal een scherm of beamer aanwezig?': the place said before the thing, 'aanwezig' after it
# 'Zijn er nu al asperges op de kaart?': one word for what there is, when it is already or still on offer
_THERE_IS = re.compile(
    rf"^\W*(?:is|zijn)\s+er\s+{THERE_PLACE}(?:(?:ook|nog|nu|al|alweer|weer)\s+)*"
    r"(?P<what>(?:een|genoeg|plek|ruimte)\b[^?!.]*?|(?!(?:iets|niets|niks|iemand|niemand|wat|geen)\b)[^\W\d_]{3,})"
    r"(?:\s+(?:aanwezig|beschikbaar|te\s+koop|verkrijgbaar|op\s+de\s+(?:menu)?kaart|in\s+de\s+winkel))?\s*[?!.]*\W*$",
    re.I,
)
# How many people a thing is for: 'Hoeveel mensen kun je eten van jullie grote kwarktaart?' → 'de grote kwarktaart'.
_HOW_MANY_OF = re.compile(
    r"^\W*hoeveel\s+(?:mensen|personen|man|gasten|stukken|stuks|porties|punten)\s+(?:[\w']+\s+){0,4}?(?:van|uit|met)\s+"
    r"(?P<what>(?:jullie|de|het|een|uw|jouw)\s+[^?!.,]{2,40}?)\s*[?!.]*\W*$",
    re.I,
)
# Time words and fillers around what is asked about.
_PERIODS = word_set("jaar week weekend maand zomer winter keer seizoen")
_WHEN = word_set(
    "nog ongeveer eigenlijk vandaag morgen overmorgen vanavond zaterdag zondag maandag dinsdag woensdag donderdag "
    "vrijdag zaterdagavond zondagavond vrijdagavond zaterdagmiddag zondagmiddag zaterdagochtend zondagochtend"
)
# (and the Flemish article said as the standard one: 'nen trouwtaart' → 'een trouwtaart')
_OWN_TO_YOURS = {"mijn": "{poss}", "m'n": "{poss}", "mn": "{poss}", "nen": "een", "ne": "een"}
# 'Werken jullie met de curly girl methode?', 'Doen jullie aan kleurenadvies?': what is worked with.
_WORK_WITH = word_set("met aan samen")
# Verbs of coming: the 'aan' after them says where ('Komen jullie ook aan huis?'), it is no 'werken aan'.
_COMING = word_set("kom komt komen komde kome komdet")
# 'Mag onze hond mee naar binnen?', 'Kan mijn dochter ook mee?': the writer's own who or what, as the subject.
_OWN_SUBJECT = re.compile(
    r"^\W*(?:mag|mogen|kan|kunnen|mocht|mochten)\s+(?P<own>mijn|m'n|mn|onze|ons|de)\s+(?P<what>[^\W\d_]{3,})\b"
    # whether they can come along or in, not what they may do ('Mag mijn dochter de ezels voeren?'); 'Mag de hond
    # mee naar binnen?' asks about the writer's own dog as well
    r"(?=[^?]*\b(?:mee|meekomen|binnen|erbij|komen|langskomen|aanschuiven)\b)",
    re.I,
)

# ... or what the writer brings along inside ('Mogen we bij u met de hond binnen eten?', 'Kan ik met mijn kinderwagen
# naar binnen?'); not a way of coming ('Kunnen we met de trein komen?') nor of paying ('met de kaart betalen').
_BROUGHT_ALONG = re.compile(
    r"^\W*(?:mag|mogen|kan|kunnen|mocht|mochten)\s+(?:ik|we|wij)\s+(?:[\w']+\s+){0,3}?met\s+"
    r"(?P<own>mijn|m'n|mn|onze|ons|de)\s+(?P<what>[^\W\d_]{3,})\b"
    # where it comes along, right after it ('met de hond binnen eten', 'met onze hond op het terras')
    r"(?=\s+(?:(?:ook|even|gewoon|dan|zo)\s+)?(?:naar\s+)?(?:binnen|op\s+(?:het|uw|jullie|je)\s+terras|erbij|mee)\b)",
    re.I,
)


def own_subject(asked: Iterable[str], poss: str = "je") -> str:
    """The writer's own who or what a question is about as its subject ('Mag onze hond mee naar binnen?'
    → 'uw hond', 'Kan mijn zoontje ook mee?' → 'je zoontje'); '' for another shape or a name ('onze Max')."""
    for question in asked:
        clause = _GREETING.sub("", question)
        own = _OWN_SUBJECT.match(_GREETING.sub("", last_clause(question))) or _OWN_SUBJECT.match(clause)
        own = own or _BROUGHT_ALONG.match(_GREETING.sub("", last_clause(question))) or _BROUGHT_ALONG.match(clause)
        if own and own.group("what").islower():
            return f"{poss} {own.group('what')}"
    return ""


# 'Hebben jullie een kindermenu? en een speelhoek voor de kleintjes?': a question that only names another thing,
# asked with the verb of the one before it; 'En wat kost ...?' is a question of its own.
_ELLIPTIC = re.compile(
    r"^\W*(?:en|of|ook)\s+(?P<what>(?:een|de|het|iets|wat(?!\s+(?:kost|kosten|is|zijn)\b))\s+[^?!.,]{2,50}?)\s*\?+\W*$",
    re.I,
)


_JOINED_VERB = re.compile(r"^\W*(?:en|of|maar)\s+(?=\w+\s+(?:jullie|u|je|jij|ge)\b)", re.I)


def asked_about_all(asked: Iterable[str], poss: str = "je") -> str:
    """``asked_about`` and the things the questions after it name ('een kindermenu en een speelhoek voor de
    kleintjes', 'skin fades en een knipbeurt voor een kind'); '' when the first has no such thing."""
    asked = list(asked)
    about = asked_about(asked, poss)
    # a later question about another thing is named too ('En wat kost een knipbeurt voor een kind?')
    # 'En maken jullie ook sheetcakes?': the joining word before the verb is no part of the question's shape
    more = [
        m.group("what") if m else asked_about((_JOINED_VERB.sub("", q),), poss)
        for q, m in ((q, _ELLIPTIC.match(strip_emoji(q))) for q in asked[1:])
    ]
    # ... but not one that points back at the first ('Doe jij ook extensions? Wat kost dat tot op schouderlengte?')
    more = [w for w in dict.fromkeys(more) if w and w != about and w.split()[0].lower() not in _SAME_THING][:2]
    return " en ".join([about, *more]) if about else ""


# An example at the end of a question ('kunt u ook onderhoud doen op ons bedrijf, bv. één keer per kwartaal?').
@cache
def _example() -> re.Pattern[str]:
    shorts = alternation(phrase_cues().example_abbreviations)
    return re.compile(rf",?\s+(?:{shorts})\.\s[^?]*\?*\s*$|,?\s+bijvoorbeeld\s[^?]*\?*\s*$", re.I)


# What the writer will do when the answer is no, after the thing asked: 'Hebben jullie een vegan menu, of moet ik
# thuis blijven?', 'Kan dat zaterdag of moeten we naar Hasselt?'; no second thing asked of the business.
_OWN_FALLBACK = re.compile(r",?\s+of\s+(?:moet|moeten|kan|kunnen|ga|gaan)\s+(?:ik|we|wij)\b[^?]*", re.I)


def asked_about(asked: Iterable[str], poss: str = "je") -> str:
    """The thing a yes/no question to the business asks about, as the writer put it ('Lego Duplo',
    'het snoeien van grote bomen'); '' when no question has that shape or it is long."""
    for question in asked:
        clause = _example().sub(
            "?", _GREETING.sub("", last_clause(question))
        )  # '..., bv. elk kwartaal?' gives an example
        clause = you_spelt_out(clause)  # 'Hest ook racefietsen staan?': 'Hest je ook ...?'
        clause = _OWN_FALLBACK.sub("", clause)  # '... paasmenu of moet ik thuis blijven?': what they do if not
        own = own_subject((question,), poss)
        if own:  # 'Mag onze hond mee?' is about the writer's dog: 'uw hond'
            return own
        place = False
        price = _PRICE.match(clause) or _THERE_IS.match(clause) or _HOW_MANY_OF.match(clause)
        match = _ASKED_ABOUT.match(clause)
        modal = _MODAL_OFFER.match(clause)
        if price:
            words = strip_emoji(price.group("what")).split()  # 'Wat kost een nieuwe ketting?'
            if words[:1] and words[0].lower().strip(",") in _SAME_THING:
                continue  # 'hoeveel kost da ongeveer, ...?' prices what was asked before it
        elif modal:
            words = strip_emoji(modal.group("what")).split()  # 'Kunt u ook mijn scootmobiel repareren?'
        elif not match:
            continue
        else:
            verb = match.group("verb").lower()
            words = strip_emoji(match.group("what").split(",")[0]).split()
            place = verb in _COMING and words[:1] == ["aan"]  # 'komt ge ook aan huis ...?': 'aan huis' is where
            if verb not in _NOT_OFFERS and len(words) > 1 and words[0].lower() in _WORK_WITH and not place:
                # 'Werken jullie met de curly girl methode?', 'Werkt u samen met ...?': the thing worked with
                words = words[2:] if words[0].lower() == "samen" and words[1].lower() in _WORK_WITH else words[1:]
                # ('met sulfaatvrije producten of met Olaplex': 'sulfaatvrije producten of Olaplex')
                words = [w for i, w in enumerate(words) if not (i and w.lower() in _WORK_WITH and words[i - 1] == "of")]
            elif verb in _NOT_OFFERS or (verb not in _OFFER_VERBS and not match.group("also")):
                continue
            if verb in _DOING_VERBS and words and words[0].lower() not in _ARTICLES:
                words = [*_DOING_VERBS[verb].split(), "van", *words]  # 'Verhuren jullie ook fietsen?'
        rest = _trimmed(words[1:], shaped=True) if match and place else []
        words = ["aan", *rest] if rest else _trimmed(words, shaped=bool(match) and not (price or modal))
        # 'een plaats om 45 fietsen veilig te stallen': eight words, when none is a clause of its own ('moet ik')
        pronoun = any(w.lower() in fact_words().subject_pronouns for w in words)
        if len(words) > (7 if pronoun else 8):
            words = _without_for_whom(words)  # 'een zitje of een kar voor onze jongste (2)': the thing asked
            pronoun = any(w.lower() in fact_words().subject_pronouns for w in words)
        if 0 < len(words) <= (7 if pronoun else 8):
            said = " ".join(_OWN_TO_YOURS.get(w.lower(), w).replace("{poss}", poss) for w in words)
            return said + ")" * (said.count("(") - said.count(")"))  # 'extensions (tape-ins)': closed again
    return ""


# The writer's own after 'voor': who a thing asked about is for ('voor onze jongste', 'voor m'n vader van 80').
_OWN_WHOM = word_set("mijn m'n mn onze ons zijn z'n haar hun")


def _without_for_whom(words: list[str]) -> list[str]:
    """What a long question asks about without whom of the writer's own it is for at its end ('een kinderzitje of een
    aanhanger voor onze jongste (2)' → 'een kinderzitje of een aanhanger'); the words as they are when no such part
    ends them, or nothing is left before it."""
    # (an aside in brackets is no part of it: 'voor 2 kinderen (3 en 5)')
    words = re.sub(r"\s*\([^()]*\)", "", " ".join(words)).split()
    for k in range(len(words) - 2, 0, -1):
        # ... nor how many it is for: 'een bakfiets met regenhoes voor 2 kinderen'
        if words[k].lower() == "voor" and (words[k + 1].lower() in _OWN_WHOM or words[k + 1].isdigit()):
            return words[:k]
    return words


def there_is(question: str) -> str:
    """The thing a question asks is there ('een scherm of beamer' of 'Is er in de achterzaal een scherm of beamer
    aanwezig?'), '' for a question of another shape."""
    found = _THERE_IS.match(_GREETING.sub("", last_clause(question)))
    words = _trimmed(strip_emoji(found.group("what")).split(), shaped=False) if found else []
    return " ".join(words) if 0 < len(words) <= 7 else ""


def _trimmed(words: list[str], *, shaped: bool) -> list[str]:
    """What a question asks about without its time words, fillers and trailing particle; [] when it
    only points back ('Doet u zoiets?') or says when ('op zaterdag'). ``shaped``: a 'verb + jullie' question."""
    if all(w.lower() in _POINTERS | _TAIL_FILLERS for w in words):
        return []  # 'Doet u zoiets?', 'Wat kost dat dan?': what it is was said before the question
    if len(words) > 1 and words[0].lower() in _WHOLE_BACK and words[1].lower() in _TAIL_FILLERS | PREPOSITIONS:
        return []  # 'wat kost zoiets ongeveer voor 20 man?': the thing was said before, for how many is no thing
    while (
        len(words) > 2 and words[0].lower() in {"dit", "deze", "volgend", "volgende"} and words[1].lower() in _PERIODS
    ):
        words = words[2:]  # 'Hebben jullie dit jaar ook een vegan kerstmenu?': what, not when
    while words and words[0].lower() in _WHEN | _TAIL_FILLERS | {"ook", "al", "wel", "soms", "misschien"}:
        words = words[1:]  # 'Hebben jullie zaterdagavond nog plek?': what, not when; 'dan ook X?': X
    while words and words[-1].lower() in _WHEN:
        words = words[:-1]  # 'Hoeveel kost knippen bij jullie ongeveer?'
    if len(words) > 2 and words[-2].lower() in {"op", "in"} and words[-1].lower() in _STOCK:
        words = words[:-2]  # 'Hebben jullie nog een Turbo Vado in maat L op stock?': the thing, not that it is there
        while words and words[-1].lower() in _WHEN:
            words = words[:-1]  # '... nog op voorraad'
    if shaped and len(words) > 1 and words[-1].lower() in _PARTICLES:
        words = words[:-1]  # 'Halen jullie ook een bankstel op?': the particle goes with the verb
    if len(words) >= 2 and words[-2].lower() == "bij" and words[-1].lower() in {"jullie", "u", "jou", "je"}:
        words = words[:-2]
    if words and words[0].lower() in {"jullie", "jouw", "uw"}:
        words = ["de", *words[1:]]  # 'Wat kosten jullie taarten?' → 'de taarten'
    if len(words) > 2 and words[0].lower() == "van" and words[1].lower() in _PARTITIVE:
        words = words[1:]  # 'Hebben jullie nog van die oude kruidkoek?': some of that thing, the thing itself
    if words and words[0].lower() in PREPOSITIONS:
        return []  # 'Bezorgen jullie ook op zaterdag?': when, not what
    return _without_clause(words)


# 'van die', 'van dat', 'van deze' before a thing asked for: some of it ('Hebben jullie nog van die ouderwetse
# zuurstokken?'), not a place or time.
_PARTITIVE = frozenset({"die", "dat", "deze", "dit", "dien", "da"})
# Words that open a clause of when or why after the thing asked about ('een leenfiets voor als hij bij je staat').
_SUBORDINATORS = frozenset({"als", "wanneer", "zolang", "terwijl", "omdat", "zodat", "want"})
_CLAUSE_SUBJECTS = frozenset(
    {"ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "u", "het", "die", "mijn", "m'n", "er"}
)


def _without_clause(words: list[str]) -> list[str]:
    """The thing asked about without a clause that says when or why ('een leenfiets voor als hij bij je staat' →
    'een leenfiets'); the words as they are when none follows the thing."""
    for k in range(1, len(words) - 1):
        if words[k].lower() in _SUBORDINATORS and words[k + 1].lower() in _CLAUSE_SUBJECTS:
            cut = k - 1 if words[k - 1].lower() == "voor" else k
            return words[:cut] if cut > 0 else words
    return words
