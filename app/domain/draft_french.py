"""What a French comment names, said back in French beside the Dutch reply: the dish ('la meilleure croquette aux
crevettes' → 'la croquette aux crevettes'), the day the writer celebrates ('fêter nos 30 ans de mariage' → 'vos 30
ans de mariage') and that they come back ('On revient l'année prochaine' → 'À l'année prochaine !')."""

from __future__ import annotations

import re

# A dish or thing to eat, as French names it (its head noun; what follows 'aux', 'au', 'de' is kept with it).
_DISHES = (
    r"croquettes?|moules|frites|gaufres?|cr[eê]pes?|tartes?|g[aâ]teaux?|glaces?|pains?|croissants?|baguettes?"
    r"|soupes?|poissons?|fromages?|desserts?|caf[eé]s?|bi[eè]res?|vins?|pâtisseries?|patisseries?|viennoiseries?"
    r"|sandwichs?|tartines?|salades?|steaks?|plats?|menus?|brioches?|éclairs?|eclairs?|macarons?|couques?"
    r"|pralines?|chocolats?|petit-déjeuner|petit déjeuner|déjeuner|dîner|repas|cuisine|coupes?|coiffure|couleur"
)
# Words after 'de' that say how much or whose, no filling: 'les meilleurs croissants de tout notre séjour'.
_NO_FILLING = r"(?:tout|toute|tous|toutes|notre|votre|nos|vos|leur|leurs|mon|ma|mes|cette|ces|ma|chez|la\s+ville)"
# The article the writer used, and the one a reply names it with ('une', 'la meilleure' → 'la').
_ARTICLES = {"le": "le", "la": "la", "les": "les", "l'": "l'", "un": "le", "une": "la", "des": "les", "du": "le"}
_DISH = re.compile(
    r"\b(?P<art>le|la|les|l'|un|une|des|du)\s*(?:(?:meilleure?s?|bonne?s?|délicieuse?s?|fameuse?s?|super|excellente?s?"
    r"|petite?s?|grande?s?)\s+)?"
    rf"(?P<dish>(?:{_DISHES})(?:\s+(?:aux|au|à\s+la|à\s+l'|de|d')\s*(?!{_NO_FILLING}\b)[a-zà-ÿ]{{3,}})?)\b",
    re.I,
)
# A day the writer celebrates ('pour fêter nos 30 ans de mariage', 'notre anniversaire de mariage').
_CELEBRATED = re.compile(
    r"\b(?:f[eê]ter|c[eé]l[eé]brer|pour)\s+(?P<own>nos|notre|mes|mon|ma)\s+"
    r"(?P<what>\d{1,3}\s+ans(?:\s+de\s+mariage)?|anniversaire(?:\s+de\s+mariage)?|mariage|noces\s+d'\w+)",
    re.I,
)
_YOURS = {"nos": "vos", "mes": "vos", "notre": "votre", "mon": "votre", "ma": "votre"}
# A guest who comes back: next year ('l'année prochaine', 'l'an prochain') or again ('on revient', 'à bientôt').
_NEXT_YEAR = re.compile(r"\bl['’](?:année|an)\s+prochain(?:e)?\b", re.I)
_AGAIN = re.compile(r"\b(?:reviendr\w+|revien\w+|revenir|revenons|à\s+bientôt|a\s+bientot|au\s+revoir)\b", re.I)


def french_dish(text: str) -> str:
    """The dish a French comment names, with the article a reply uses ('la meilleure croquette aux crevettes' → 'la
    croquette aux crevettes'); '' when none."""
    found = _DISH.search(text)
    if found is None:
        return ""
    article = _ARTICLES[found.group("art").lower()]
    dish = " ".join(found.group("dish").split())
    return f"{article}{dish}" if article == "l'" else f"{article} {dish}"


def french_celebrated(text: str) -> str:
    """The day a French comment celebrates, as the reply's: 'fêter nos 30 ans de mariage' → 'vos 30 ans de mariage';
    '' when none."""
    found = _CELEBRATED.search(text)
    if found is None:
        return ""
    return f"{_YOURS[found.group('own').lower()]} {' '.join(found.group('what').split())}"


def french_farewell(text: str) -> str:
    """The [french] key for a guest who comes back ('next_year', 'again'), '' when the comment says none."""
    if _NEXT_YEAR.search(text):
        return "next_year"
    return "again" if _AGAIN.search(text) else ""


# A trip the writer was on when they came by ('balade à vélo le long de la Lys', 'pendant nos vacances', 'notre séjour
# en Flandre'), with whose it was; the first one named.
_TRIP = re.compile(
    r"\b(?:(?P<own>notre|nos|mon|ma|mes|une|un)\s+)?(?P<what>balade(?:\s+à\s+vélo)?|séjour|vacances|voyage|escapade"
    r"|excursion|randonnée(?:\s+à\s+vélo)?|sortie\s+à\s+vélo|tour\s+à\s+vélo|week-end|weekend)\b",
    re.I,
)


def french_trip(text: str) -> str:
    """The trip a French comment says the writer was on, as the reply's: 'Balade à vélo le long de la Lys' → 'votre
    balade à vélo', 'pendant nos vacances' → 'vos vacances'; '' when none."""
    found = _TRIP.search(text)
    if found is None:
        return ""
    what = " ".join(found.group("what").split()).lower()
    return f"{'vos' if what == 'vacances' else 'votre'} {what}"
