"""Closed classes of words the praise finder (app.nlp.topic_praise) reads: adjectives that stay as they are
before a noun, words for being pleased, what children call their family."""

from __future__ import annotations

# What children call their family (a closed class): 'mam voelde zich weer mooi' praises no thing.
FAMILY_NAMES = frozenset({"mam", "pap", "ma", "pa", "mams", "paps", "moeke", "vake", "bomma", "bompa", "omi", "opi"})
# Words for being pleased with something ('blij met', 'tevreden over', 'fan van', 'verliefd op').
PLEASED = frozenset({"blij", "tevreden", "happy", "gelukkig", "verliefd", "trots", "fan", "content", "verrukt"})
# Adjectives that stay as they are before a het-word or a material ('een nieuw lichtje', 'een houten kist').
MATERIAL = frozenset(
    {"houten", "wollen", "leren", "gouden", "zilveren", "glazen", "extra", "gratis", "nieuw", "groot", "klein", "mooi"}
    | {"lekker", "vers", "warm", "lang", "kort", "oud", "zwart", "wit", "rood", "blauw", "groen", "roze", "echt"}
    | {"heerlijk", "prachtig", "speciaal", "apart", "eigen", "uniek", "schattig", "lief", "vrolijk", "feestelijk"}
    | {"fijn", "leuk", "goed", "bijzonder", "perfect", "gaaf", "tof", "vet", "ontspannen", "compleet", "stijlvol"}
)
