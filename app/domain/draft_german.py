"""A comment written in German or French gets the Dutch reply with fixed, correct sentences of the writer's language
(resources/replies.toml [german], [french]): the greeting, one sentence after it (sorry under a complaint, glad
under praise, else a hand held out) and, for a guest who says they come back, a see-you-again before the sign-off;
never a translation made up by the assistant. The owner gets a note that the comment is German or French."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.domain.draft_french import french_celebrated, french_dish, french_farewell, french_trip
from app.domain.draft_text import Part

# The German sentence for each kind of draft (the flowchart's draft kinds); any other kind gets 'help'.
_BY_KIND = {"herstel": "sorry", "bedanken": "praise"}
# A Dutch greeting as drafted: its word, a title, the name and the mark after it ('Beste meneer Hoffmann,').
_GREETING = re.compile(
    r"^(?:Beste|Dag|Hoi|Hallo|Hey|Goedendag|Goedemorgen|Goedemiddag|Goedenavond|Lieve)\b\s*"
    r"(?:(?P<title>meneer|mevrouw|familie)\s+)?(?P<name>[^,!]*?)\s*[,!]?$"
)
# A German guest who says they come back: next year ('nächstes Jahr', 'im nächsten Jahr', 'tot volgend jaar') or
# again ('wir kommen wieder', 'gerne wieder', 'bis bald').
_DE_NEXT_YEAR = re.compile(r"\b(?:nächste[sn]?\s+jahr|volgend\s+jaar|next\s+year)\b", re.I)
_DE_AGAIN = re.compile(
    r"\b(?:kommen?\s+(?:\w+\s+){0,3}wieder|wiederkommen|gerne?\s+wieder|bis\s+bald|auf\s+wiedersehen|tot\s+ziens)\b",
    re.I,
)

# A breakdown on the road the business helped with ('einen Platten', 'eine Panne', 'den Schlauch gewechselt').
_DE_BREAKDOWN = re.compile(
    r"\b(?:platten|plattfu(?:ß|ss)|panne|reifenpanne|pannenhilfe|schlauch|kette\s+(?:ist\s+)?gerissen|speiche)\b", re.I
)


# A thing German praise says is great: 'Die Zeeuwse bolus ist der Hammer', 'Der Apfelkuchen war super lecker', 'Die
# Brötchen sind köstlich' (the article turned as after 'für': 'der' → 'den').
_DE_PRAISED = re.compile(
    r"\b(?P<art>der|die|das)\s+(?P<thing>(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?[\wäöüß-]{3,})\s+(?:ist|war|sind|waren)\s+"
    r"(?:(?:echt|wirklich|einfach|so|sehr|super|total|absolut|der|die|das|ein|eine)\s+){0,3}"
    r"(?:hammer|lecker|köstlich|himmlisch|fantastisch|spitze|top|traum|gedicht|hervorragend|ausgezeichnet|perfekt"
    r"|großartig|genial|klasse|super|beste[nr]?)\b",
    re.I,
)
_FOR = {"der": "den", "die": "die", "das": "das"}


def german_praised(text: str) -> str:
    """The thing a German comment praises, as said after 'für' ('Die Zeeuwse bolus ist der Hammer' → 'die Zeeuwse
    bolus', 'Der Apfelkuchen war lecker' → 'den Apfelkuchen'); '' when none."""
    found = _DE_PRAISED.search(text)
    if found is None:
        return ""
    return f"{_FOR[found.group('art').lower()]} {' '.join(found.group('thing').split())}"


def german_key(kind: str) -> str:
    """The key in [german] for a draft of this kind ('herstel' → 'sorry')."""
    return _BY_KIND.get(kind, "help")


def greeting_keyed(greeting: str) -> tuple[str, str]:
    """(key, name) of a greeting in another language for a Dutch one: 'Beste meneer Hoffmann,' → ('greeting_sir',
    'Hoffmann'), 'mevrouw' → 'greeting_madam', a name without title → 'greeting_named', none → 'greeting'."""
    found = _GREETING.match(greeting.strip())
    if found is None or not found.group("name"):
        return "greeting", ""
    title = found.group("title") or ""
    key = {"meneer": "greeting_sir", "mevrouw": "greeting_madam"}.get(title, "greeting_named")
    name = found.group("name") if title != "familie" else f"Familie {found.group('name')}"
    return key, name


def farewell_key(text: str) -> str:
    """The [german] key for a guest who comes back ('next_year', 'again'), '' when the comment says no such thing."""
    if _DE_NEXT_YEAR.search(text):
        return "next_year"
    return "again" if _DE_AGAIN.search(text) else ""


def with_german(parts: list[Part], line: str) -> list[Part]:
    """``parts`` with the German ``line`` after the greeting (or first when there is none); left out first when the
    reply does not fit the platform."""
    german = Part("german", line, False, "")
    at = 1 if parts and parts[0].key == "greeting" else 0
    return [*parts[:at], german, *parts[at:]]


def with_guest_lines(
    parts: list[Part], section: str, key: str, text: str, line: Callable[[str, str, dict[str, str]], str]
) -> list[Part]:
    """``parts`` with the greeting in the writer's language (``section``: 'german' or 'french'), its sentence of
    ``key`` after it (in French with the dish and the day celebrated the writer named) and a see-you-again before
    the sign-off; ``line(section, key, values)`` gives a sentence of [german] or [french]."""
    if parts and parts[0].key == "greeting":
        greeting, name = greeting_keyed(parts[0].text)
        parts = [Part("greeting", line(section, greeting, {"naam": name}), False), *parts[1:]]
    said = [line(section, key, {})]
    farewell = farewell_key(text)
    thing = german_praised(text) if section == "german" and key == "praise" else ""
    if thing:  # the thanks in German with the thing, instead of the Dutch one
        said = [line(section, "praise_thing", {"waarde": thing})]  # instead of 'Das freut uns sehr!'
        parts = _without_bare_thanks(parts)
    elif section == "german" and key == "praise" and _DE_BREAKDOWN.search(text):
        said = [line(section, "praise_breakdown", {})]  # 'einen Platten ... den Schlauch sofort gewechselt'
        parts = _without_bare_thanks(parts)
    if section == "french":
        dish = french_dish(text) if key == "praise" else ""
        if dish:  # the thanks in French with the dish, instead of the Dutch one (which names it as made Dutch)
            said = [line(section, "praise_dish", {"waarde": dish})]
            parts = _without_bare_thanks(parts)
        if key == "praise" and (day := french_celebrated(text)):  # 'nos 30 ans de mariage'
            said.append(line(section, "congrats", {"waarde": day}))
        elif key == "praise" and (trip := french_trip(text)):  # 'balade à vélo le long de la Lys'
            said.append(line(section, "trip", {"waarde": trip}))
        farewell = french_farewell(text)
    # praise in the writer's language ends in it too, not with the Dutch 'Graag tot ziens!'
    farewell = farewell or ("again" if key == "praise" else "")
    parts = with_german(parts, " ".join(said))
    if farewell:  # instead of the Dutch 'Tot de volgende keer!': 'Bis nächstes Jahr!'
        parts = [p for p in parts if p.key != "closing"]
        at = len(parts) - 1 if parts and parts[-1].key == "sign" else len(parts)
        parts.insert(at, Part("farewell", line(section, farewell, {}), False, ""))
    return parts


def _without_bare_thanks(parts: list[Part], *, always: bool = False) -> list[Part]:
    """``parts`` without the Dutch thanks when the line in the writer's language thanks already and the Dutch one
    says nothing else (one sentence: 'Dank u wel voor uw mooie woorden over de broodjes!'); kept when it goes on
    ('... Mooi om te lezen wat het voor Lukas betekende.'), unless ``always`` (help on a breakdown: the Dutch one
    reads 'Radtour' as a person)."""
    one = re.compile(r"[.!?](?:\s|$)")
    return [p for p in parts if not (p.key == "thanks" and (always or len(one.findall(p.text.strip())) <= 1))]
