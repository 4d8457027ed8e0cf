"""The keys of resources/replies.toml's [joke] section and the placeholders each key may use (part of the table in
app.domain.reply_keys, which app.domain.replies checks the file against): light replies to a joke, per topic and
per shape of joke (resources/jokes.toml; {van} {naar} from its pattern)."""

from __future__ import annotations

from app.domain.words import word_set

# The placeholder sets this section shares with app.domain.reply_keys.
_NONE: frozenset[str] = frozenset()
_TOPIC = frozenset({"onderwerp", "meervoud"})
_WAARDE, _VAN_NAAR = frozenset({"waarde"}), frozenset({"van", "naar"})
_JOKE_THINGS = word_set(
    "product compliment_product guilty_product more_often_product comparison_product diet_product missing_product "
    "punch_thing proposal_product april_fool_product prijs_product resolution_product move_in_product proven_product"
)
_JOKE_SHAPES = word_set(
    "transformation comparison more_often score instead_of outdone routine asked asked_word lives_here waiting "
    "came_for unrecognised said_word renamed unnoticed unnoticed_by diet secret nickname choice punchline as_new "
    "bald meanwhile comparison_to named_now unrecognised_other grievance taken_for taken_back hairs_left guilty_claim "
    "crowned swapped asked_service clock_changed heat april_fool in_and_out in_and_out_unasked resolution "
    "excuse_lost excuse_gone move_in bean thinks_is believes named_after then_now proven fitted waiting_span "
    "never_sleeps asked_price grievance_look knows_the_way partner_suspects more_than eaten_by so_many e_bike_pushed"
)

JOKE: dict[str, frozenset[str]] = {
    **dict.fromkeys(("wachttijd", "prijs", "kwaliteit", "general", "compliment", "guilty", "survived"), _NONE),
    **dict.fromkeys(_JOKE_THINGS, _TOPIC),
    **dict.fromkeys(_JOKE_SHAPES, _VAN_NAAR),
    "outdone_product": _TOPIC | {"naar"},
    "closed_day": frozenset({"feestdag"}),
    "more_often_person": _VAN_NAAR | {"persoon"},  # the one the writer brought along comes more often
    "proposal": _VAN_NAAR,  # a mock proposal ('voorstel: ...')
    "punchline_product": _TOPIC | {"naar"},  # the last line said back, with the business's thing it is about
    # a complaint under the joke: a wait (with how long, as written), a result unlike what was asked
    "grievance_wait": _VAN_NAAR,
    "grievance_wait_duur": _WAARDE,
    "grievance_duur": _VAN_NAAR | _WAARDE,  # a job that lay for days, with how long as written
    "grievance_result": _VAN_NAAR,
    **dict.fromkeys(("treat_asked", "pet_took", "grievance_wait_for", "waiting_compared_for"), _TOPIC),
    "grievance_still": _VAN_NAAR,  # the writer's thing still here after days: asked to mail or call with a name
    **dict.fromkeys(("grievance_little", "grievance_little_thing"), _VAN_NAAR),  # too little, a laugh, no sorry
    "grievance_again": _VAN_NAAR,  # repaired again and again, broken each time: a sorry under the laugh
    "waiting_compared": _NONE,  # a wait only compared, no queue and no time: a light nod, no sorry
    "waiting_own_compared_to": _VAN_NAAR | {"onderwerp"},  # ... the writer's own thing waiting: still here?
    "waiting_compared_to": _VAN_NAAR,  # ... with what it was compared to ('langer dan de rij voor de Python')
    "more_often_place": _VAN_NAAR,  # more often at the business's place than home ({naar} = 'op het terras')
}
