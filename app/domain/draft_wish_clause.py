"""What a suggestion asks for, named as 'om ... te <verb>' or 'voor ...' ('om ook op maandag open te zijn', 'voor een
kapstok bij de ingang'), for the reply to say back (app.domain.draft_questions re-exports wish_clause)."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_text import strip_emoji
from app.domain.draft_wish_named import joined
from app.domain.draft_wish_said import _SEPARABLE, te_form
from app.domain.draft_wishes import ASIDE, FLEMISH_ARTICLES, er_split, softened, wishes
from app.domain.words import alternation, stop_words, word_set

# A suggestion put as 'zou(den) je/jullie/u (ook) ... (kunnen/willen) <verb>?' or as '... idee om ... te <verb>'.
# 'Een vega burger of pasta erbij zou top zijn!': the thing wished for, before what it would be.
_WISH_WOULD_BE = re.compile(
    r"\b(?P<what>(?:een|meer|wat)\s+[^?!.,]{2,50}?)\s+(?:erbij\s+|er\s+ook\s+bij\s+|ook\s+)?(?:zou|zouden)\s+"
    r"(?:echt\s+|wel\s+|ook\s+)?(?:top|fijn|mooi|leuk|geweldig|super|handig|welkom|tof|prettig|ideaal)\s+zijn",
    re.I,
)
# 'Een fietsenrek op het terras en we maken er een vaste stop van!': the thing wished for, then what it would bring.
_WISH_AND = re.compile(
    r"(?:^|[.!?:]\s+)(?:nog\s+)?(?P<what>(?:een|meer)\s+[^?!.,]{2,50}?)\s+en\s+(?:we|wij|ik|jullie|het|dan)\s+"
    r"(?:\w+\s+)?(?:maken|maak|komen|kom|zijn|ben|is|wordt|worden|blijven|blijf)\b",
    re.I | re.M,
)
# '... idee om ...', 'overwegen om ...', 'mijn voorstel om ...', 'Misschien iets om online te bestellen?': the wish
# after 'om'
_WISH_OM = re.compile(
    r"\b(?:idee|ideetje|overwegen|overweging|voorstel|suggestie|tip|(?:misschien|wellicht)\s+(?:eens\s+)?iets)\s+"
    r"(?P<om>om\s+[^?!.,]+?\s+te\s+\w+)\b",
    re.I,
)
# 'zou zo fijn zijn als er ook een kleine brunchbox komt': the thing wished for, after what it would be.
_WISH_IF_THERE = re.compile(
    r"\b(?:zou|zouden)\s+(?:het\s+)?(?:zo\s+|echt\s+|wel\s+|heel\s+|ook\s+|toch\s+)*"
    r"(?:top|fijn|mooi|leuk|geweldig|super|handig|welkom|tof|prettig|ideaal|chic|plezant)\s+zijn\s+(?:als|mocht|moest)\s+"
    r"er\s+(?:ook\s+|nog\s+|eens\s+)*(?P<what>(?:een|meer)\s+[^?!.,]{2,50}?)\s+"
    r"(?:zou\s+)?(?:komt|kwam|komen|bijkomt|bijkwam|bijkomen|bij\s+komt|is|was|zijn|waren|bij\s+is)\b",
    re.I,
)
# 'zouden jullie ... kunnen', 'mogen jullie de kaasplank op de kaart zetten'
_WISH_ZOU = re.compile(
    r"\b(?:zou|zouden|kun|kunt|kunnen|mogen|moeten)\s+(?:je|jullie|u|jij|ge|gij)\s+(?P<what>[^?!.,]+?)\s*[?!.,]"
    r"(?:\s*(?:bv\.?|bijv\.?|bijvoorbeeld)\s+(?P<example>[^?!.,]{3,30}?)\s*[?!.])?",  # ', bv woensdagnamiddag?'
    re.I,
)
# The same with the one addressed first, as a statement: 'ge zoudt een kleinere portie moeten maken voor ouderen',
# 'jullie zouden eens een brunch moeten doen' (at the start of a clause, not 'als u zou willen ...').
_WISH_ZOU_SAID = re.compile(
    r"(?:^|[.!?,:;]\s*|\b(?:maar|misschien|wellicht|dus|echt)\s+)(?:je|jullie|u|jij|ge|gij)\s+"
    r"(?:zou|zoudt|zouden)\s+(?P<what>[^?!.,]+?\s+(?:moeten|kunnen)\s+[^?!.,]+?)\s*[?!.,]"
    r"(?:\s*(?:bv\.?|bijv\.?|bijvoorbeeld)\s+(?P<example>[^?!.,]{3,30}?)\s*[?!.])?",
    re.I,
)
# 'zou er een kapstok bij de ingang kunnen?': a thing wished for, named as 'voor een kapstok bij de ingang'
_WISH_ER = re.compile(
    r"\b(?:zou|zouden|kan|kunnen|mag|mogen)\s+er\s+(?:ook\s+|niet\s+)?(?P<what>(?:een|meer)\s+[^?!.,]+?)\s+"
    r"(?:kunnen\s+|worden\s+)?(?:komen|kunnen|staan|hangen|bijkomen|bij)\s*[?!.]",
    re.I,
)
# 'Tip: met een scherm en een vergaderhoek worden jullie ...': the things the tip names.
_WISH_TIP = re.compile(
    r"\b(?:tip|idee|suggestie)\s*:\s*(?:met\s+)?(?P<what>(?:een|meer|wat|de|het)\s+[^?!.,:]+?)\s+"
    r"(?:erbij\s+|ook\s+)?(?:worden|wordt|zijn|is|kunnen|krijgen|maken|trekken|hebben|zou|zouden|zal|zullen)\b",
    re.I,
)
# 'idee: verkopen jullie ook mini-stolletjes?': a tip put as whether the business also has a thing; the thing.
_WISH_RANGE = re.compile(
    r"\b(?:tip|idee|ideetje|suggestie)\s*:\s*(?:verkopen|verkoop|maken|maak|bakken|bak|hebben|heb|doen|doe|verhuren)\s+"
    r"(?:jullie|je|u|jij|gij)\s+(?:ook\s+|al\s+|eigenlijk\s+)*(?P<what>[^?!.,:]{2,40}?)\s*\?",
    re.I,
)
# 'Misschien eens op maandagvoormiddag open?', 'Wat ik zou doen: één keer in de week 's avonds open, voor wie ...':
# a wish for other hours, named as 'om ... open te zijn' (how often it is asked for kept: 'een keer in de week').
_WISH_HOURS = re.compile(
    r"(?:\b(?:misschien|wellicht|anders)|\b(?:doen|idee|ideetje|tip|suggestie|voorstel|wens)\s*:)\s+(?:eens\s+|ook\s+)*"
    r"(?P<often>(?:een|ne|één|1)\s+keer\s+(?:in\s+de|per)\s+(?:week|maand)\s+)?"
    r"(?P<what>(?:op|in|tijdens|'s)\s+[^?!.,]{2,30}?)"
    r"\s+(?P<state>open|langer\s+open|eerder\s+open)\s*[?!.,]",
    re.I,
)
# 'Misschien van tevoren kunnen reserveren via de site?': a wish asked without a subject, as what could be done.
_WISH_MAYBE = re.compile(
    r"\b(?:misschien|wellicht)\s+(?:ook\s+|eens\s+)*(?P<how>(?:[^\W\d][\w'-]*\s+){0,4}?)(?:kunnen|kan)\s+"
    r"(?P<verb>[^\W\d]+en)(?P<rest>(?:\s+[^\W\d][\w'-]*){0,8}?)\s*\?",
    re.I,
)
# 'Eén tip voor het team: vermeld op de kaart bij welke gerechten noten zitten.': a tip put as what to do.
_WISH_DO = re.compile(
    r"\b(?:tip|tipje|idee|ideetje|suggestie|voorstel)(?:\s+voor\s+[^:.!?]{1,30})?\s*:\s*"
    r"(?P<verb>[a-z]{2,})\s+(?P<rest>[^.!?:,\n]{3,80}?)\s*(?:[.!?,\n]|$)",
    re.I,
)
# Words that open a clause the wished verb goes before: 'te vermelden bij welke gerechten ...'.
_CLAUSE_OPENS = word_set("welke welk waar waarin wie hoe wanneer dat zodat omdat als")
_MODALS = word_set("kunnen willen gaan moeten")
# Separable verbs take 'te' after their particle: 'aanbieden' → 'aan te bieden'.
_STATES = word_set("open dicht langer eerder later vaker")
_FILLERS = word_set("niet gewoon eens misschien toch nou eigenlijk alsjeblieft aub")
_NOT_IN_WISH = word_set("mij me ons je jouw jullie uw u jij")
_YOURS = word_set("je jouw")
# Verbs that ask, not order: 'Idee: kun je ...?', 'wil je ...?'.
_ASKING = word_set("kun kunt kan wil wilt zou mag moogt moet")
# Prepositions that may follow a thing named (also read by app.domain.draft_questions).
PREPOSITIONS = frozenset({"voor", "met", "aan", "bij", "van", "naar", "zonder", "tijdens", "in", "op"})


def _infinitive(stem: str) -> str:
    """The infinitive of an imperative by the spelling rules: 'vermeld' → 'vermelden', 'zet' → 'zetten', 'maak' →
    'maken', 'geef' → 'geven', 'kies' → 'kiezen'."""
    soft = {"f": "v", "s": "z"}
    if len(stem) > 3 and stem[-3] == stem[-2] and stem[-2] in "aeou":  # 'maak', 'geef', 'hoop'
        return stem[:-2] + soft.get(stem[-1], stem[-1]) + "en"
    if len(stem) > 3 and stem[-3:-1] in {"ie", "oe", "eu", "ui", "ei", "ij", "ou"}:  # 'kies', 'bied', 'zoek'
        return stem[:-1] + soft.get(stem[-1], stem[-1]) + "en"
    closed = stem[-1] not in "aeiouyjw" and stem[-2] in "aeiou" and (len(stem) < 3 or stem[-3] not in "aeiou")
    if closed and not (len(stem) >= 4 and stem[-2:] in {"en", "er", "el"}):  # 'leg', 'zet' (not 'teken')
        return stem + stem[-1] + "en"
    return stem + "en"


# What follows an imperative at the start of a tip: 'vermeld op de kaart', 'hang een pomp', 'maak de porties'.
_AFTER_IMPERATIVE = word_set("de het een op in bij aan voor wat meer ook eens er jullie uw je jouw iets alle")


def _told_to_do(text: str) -> str:
    """A tip put as what to do, as 'om ... te <verb>': 'Tip: vermeld op de kaart bij welke gerechten noten zitten'
    → 'om op de kaart te vermelden bij welke gerechten noten zitten'; '' for a tip of another shape."""
    found = _WISH_DO.search(text)
    if not found:
        return ""
    said = found.group("verb").lower()
    # ('maak er eens een kleine van (voor wie alleen is)': no softener, no aside said back)
    said_rest = strip_emoji(ASIDE.sub("", found.group("rest"))).split()
    rest = [FLEMISH_ARTICLES.get(w.lower(), w) for w in softened(said_rest)]
    if not rest:
        return ""
    # an imperative: no function word ('Tip: meer vegetarische gerechten'), no infinitive or plural ('Tip: parkeren
    # is lastig'), and a word after it that an order goes on with ('vermeld op', 'hang een')
    if said in stop_words() or said.endswith("en") or rest[0].lower() not in _AFTER_IMPERATIVE:
        return ""
    verb = _infinitive(said)
    # 'zet je agenda online': told to the business, the 'je' right after the order is its own ('jullie', which
    # ours() says as 'onze', 'mijn'); not before a function word ('Tip: laat je niet gek maken') nor after a verb
    # that asks ('kun je online afspraken ...?'), and no later 'je' ('voor als je dicht bent')
    if said not in _ASKING and rest[0].lower() in _YOURS and len(rest) > 1 and rest[1].lower() not in stop_words():
        rest = ["jullie", *rest[1:]]
    if (_NOT_IN_WISH - {"jullie", "uw"}) & {w.lower() for w in rest}:
        return ""  # 'Tip: bel me even': whose is 'me' in the reply?
    cut = next(
        (
            i
            for i, w in enumerate(rest)
            if w.lower() in _CLAUSE_OPENS
            or (w.lower() in PREPOSITIONS and i + 1 < len(rest) and rest[i + 1].lower() in _CLAUSE_OPENS)
            or (w.lower() == "nu" and i + 1 < len(rest) and rest[i + 1].lower() in _NOW_SUBJECTS)
        ),
        len(rest),
    )
    if at := er_split(rest[:cut]):  # 'maak er een mini-versie van voor singles': 'van te maken voor singles'
        return " ".join(["om", *rest[: at + 1], te_form(verb), *rest[at + 1 :]])
    if rest[0].lower() == "er" and cut > 1:  # 'zet er een menukaart op je site': 'er' is only 'there'
        rest, cut = rest[1:], cut - 1
    # 'zet een kan water klaar in de wachtzaal' → 'om een kan water in de wachtzaal klaar te zetten': the particle
    # of a separable verb goes with it
    particle = next((i for i in range(1, cut) if rest[i].lower() in _SEPARABLE and _ends_object(rest, i, cut)), 0)
    if particle:
        verb, rest, cut = rest[particle].lower() + verb, rest[:particle] + rest[particle + 1 :], cut - 1
    return " ".join(["om", *rest[:cut], te_form(verb), *rest[cut:]])


# The subjects of a clause 'nu' opens ('nu het zo warm is'): when or why, after the verb of the wish.
_NOW_SUBJECTS = word_set("het er je jullie u we wij ze zij ik hij de")


def _ends_object(rest: list[str], i: int, cut: int) -> bool:
    """Whether the particle at ``i`` ends the object of an order: last before the clause, or before a preposition
    ('klaar in de wachtzaal'), never one itself right after the verb ('op de kaart')."""
    return i + 1 == cut or rest[i + 1].lower() in PREPOSITIONS


def _wish_shape(text: str) -> str:
    """A suggestion with a shape of its own: 'idee om ...', 'zou er een ... bij kunnen', 'tip: ...', 'misschien
    eens op maandag open?'; '' otherwise."""
    found = _WISH_OM.search(text)
    if found and not _NOT_IN_WISH & {w.lower() for w in found.group("om").split()}:
        return " ".join(found.group("om").split())
    thing = _WISH_ER.search(text) or _WISH_TIP.search(text) or _WISH_WOULD_BE.search(text) or _WISH_AND.search(text)
    thing = thing or _WISH_RANGE.search(text) or _WISH_IF_THERE.search(text)
    if thing and len(thing.group("what").split()) <= 10:
        first, *rest = thing.group("what").split()
        first = (
            first.lower() if first.lower() in {"een", "meer", "wat"} else first
        )  # 'Een vega burger ...' opens a sentence
        return f"voor {' '.join([first, *rest])}"
    if done := _told_to_do(text):
        return done
    hours = _WISH_HOURS.search(text)
    if hours:
        often = "een keer " + " ".join(hours.group("often").split()[2:]) + " " if hours.group("often") else ""
        return f"om {often}{' '.join(hours.group('what').split())} {' '.join(hours.group('state').split())} te zijn"
    maybe = _WISH_MAYBE.search(text)
    if maybe and not _NOT_IN_WISH & {w.lower() for w in maybe.group(0).split()}:
        return " ".join(
            ["om", *maybe.group("how").split(), te_form(maybe.group("verb").lower()), *maybe.group("rest").split()]
        )
    return ""


# An idea asked as 'would it not be handy': 'Zou het niet handig zijn om bestellingen online te kunnen doorgeven?'.
@cache
def _handy() -> re.Pattern[str]:
    """'zou het niet handig zijn om ...' (the words for handy: resources/phrase_cues.toml handy_words)."""
    handy = alternation(phrase_cues().handy_words)
    return re.compile(
        rf"\bzou\s+het\s+(?:niet\s+|ook\s+|echt\s+)*(?:{handy})\s+"
        r"(?:zijn|wezen)\s+(?P<om>om\s+(?:[^\W\d][\w'-]*\s+){1,10}?te\s+(?:kunnen\s+)?[a-z]+en)\b",
        re.I,
    )


def _object_after(words: list[str]) -> int:
    """How many last words are a phrase after the wished verb: 2 for 'aanbieden voor ouderen', 3 for 'opzij leggen
    voor de fietsers' (a preposition, an article and a noun), up to 6 ('doen voor het 5de en 6de leerjaar'); 0 when
    the last word may be the verb."""
    for cut in (2, 3, 4, 5, 6):
        at = len(words) - cut
        verb_before = at > 1 and words[at].lower() in PREPOSITIONS and words[at - 1].lower().endswith("en")
        if verb_before and (cut == 2 or words[at + 1].lower() in {"de", "het", "een"}):
            return cut
    return 0


_ARTICLES = frozenset({"een", "de", "het"})


def _object_at(words: list[str], at: int) -> bool:
    """Whether a long wish's object can start at ``at``: an article, not after a preposition, with at most nine
    words from there on."""
    return len(words) - at <= 9 and words[at].lower() in _ARTICLES and words[at - 1].lower() not in PREPOSITIONS


def wish_clause(text: str) -> str:
    """What a suggestion asks for, as 'om ... te <verb>' ('om ook op maandag open te zijn', 'om ook een
    vega versie te maken'); '' when the suggestion has another shape."""
    more = wishes(text)  # 'online kunnen boeken zou ...', 'de muziek mag zachter', 'graag ook een ...'
    # ... or 'zou het niet handig zijn om bestellingen online te kunnen doorgeven?'
    handy = _handy().search(text)
    shaped = _wish_shape(text) or (" ".join(handy.group("om").split()) if handy else "")
    if shaped and len(more) < 2:
        return shaped
    if more:
        return joined(more)
    found = _WISH_ZOU.search(text) or _WISH_ZOU_SAID.search(text)
    if not found:
        return ""
    words = strip_emoji(found.group("what")).split()
    after: list[str] = []
    while len(words) >= 4 and (cut := _object_after(words)):  # '... aanbieden voor ouderen', 'voor de fietsers'
        after, words = words[-cut:] + after, words[:-cut]  # the verb is before 'voor'
    after += [f"(bijvoorbeeld {' '.join(found.group('example').split())})"] if found.group("example") else []
    while words and words[-1].lower() in _MODALS and len(words) > 1 and words[-2].lower() in _MODALS:
        words.pop()  # 'willen gaan'
    state = len(words) >= 2 and words[-1].lower() in _MODALS | _STATES and words[-2].lower() in _STATES
    if len(words) > 9 and not state:  # 'bij de start van het schooljaar in september een fietscontrole ... doen'
        words = words[next((i for i in range(1, len(words)) if _object_at(words, i)), 0) :]  # from its object
    # ('in de donkere maanden niet 1 avond in de week open kunnen': hours wished for, said whole up to 12 words)
    if len(words) < 2 or len(words) > (12 if state else 9) or not words[-1].isalpha():
        return ""
    verb = words[-1].lower()
    # 'kunnen jullie op zaterdag niet wat langer open?': 'open' is no verb to put 'te' before
    if verb in _MODALS | _STATES:
        if verb in _MODALS and words[-2].lower() not in _STATES:
            return ""  # 'zou je dat kunnen?': nothing to name
        said = words if verb in _STATES else words[:-1]
        kept = [w for w in said if w.lower() not in _FILLERS]  # 'op maandag niet ook open kunnen'
        return f"om {' '.join(kept)} te zijn"  # 'op maandag open kunnen' → 'op maandag open te zijn'
    if not verb.endswith("en") or any(w.lower() in _NOT_IN_WISH for w in words):
        # 'zou je mij kunnen bellen': a request, no suggestion to name; 'zou je je winkel ...': whose is
        # 'je' in the reply? Not named.
        return ""
    # 'zouden jullie niet gewoon ...': fillers of the question, not of the wish
    rest = [w for w in words[:-1] if w.lower() not in _MODALS | _FILLERS]
    return _om_te(rest, verb, after) if rest else ""


# Verbs that take another verb's bare infinitive: 'te' goes before them ('om online afspraken te laten maken').
_BARE_INFINITIVE = word_set("laten blijven komen helpen leren horen zien")


def _om_te(rest: list[str], verb: str, after: list[str]) -> str:
    """'om ... te <verb>' of the words before the wished verb, 'te' before a verb that takes its infinitive: 'online
    afspraken laten' + 'maken' → 'om online afspraken te laten maken', not 'laten te maken'."""
    helping = 0
    while helping < len(rest) - 1 and rest[-1 - helping].lower() in _BARE_INFINITIVE:
        helping += 1
    if helping:
        return " ".join(["om", *rest[:-helping], "te", *(w.lower() for w in rest[-helping:]), verb, *after])
    return " ".join(["om", *rest, te_form(verb), *after])


# An idea after a label: 'Suggestie voor volgend seizoen: een wildmenu met bijpassende wijnen.', 'Tip: meer
# vegetarische gerechten!', 'Kleine suggestie: het wildmenu ook in een vegetarische versie, met paddenstoelen of zo.'
# (without the writer's 'of zo'); a label before who asks for it names what they ask for: 'Een suggestie: veel
# gasten vragen naar een kindermenu.', 'Tip: toeristen zoeken een fietskaart.'
_LABELLED = re.compile(
    r"\b(?:suggestie|tip|tipje|idee|voorstel)(?:\s+voor\s+[^:.!?]{1,30})?\s*:\s*"
    r"(?:(?:[^\W\d_]+\s+){1,4}?(?:(?:vragen|vraagt|vroegen|vroeg)\s+(?:naar|om)|zoeken|zoekt|missen|mist)\s+)?"
    r"(?P<what>(?:een|meer|wat|nog|het|de)\s+[^.!?\n#]{3,80}?)(?:,?\s+of\s+zo|\s+ofzo)?\s*(?:[.!?\n#]|$)",
    re.I,
)


def labelled_wish(text: str) -> str:
    """The idea said after a label, as 'voor een wildmenu met bijpassende wijnen'; '' without such a label."""
    found = _LABELLED.search(text)
    return f"voor {' '.join(strip_emoji(found.group('what')).split())}" if found else ""
