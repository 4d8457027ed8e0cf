"""The sentence sections of resources/replies.toml, their keys and the placeholders each key may use.

app.domain.replies checks the file against this table when it loads it: a key that is not here, or a
placeholder a key may not use, is a clear error instead of a broken draft.
"""

from __future__ import annotations

from app.domain.reply_keys_complaint import COMPLAINT, COMPLAINT_CUE
from app.domain.reply_keys_joke import JOKE
from app.domain.words import word_set

# The platform styles, each with its own greetings and sign-offs.
STYLES = ("chat", "post", "review", "formal")
# Sections with lists of sentences, and the placeholders each may use.
_NONE: frozenset[str] = frozenset()
_TOPIC = frozenset({"onderwerp", "meervoud"})
_NAME = frozenset({"naam"})
_SIGN = frozenset({"ondertekenaar", "bedrijf"})
_KANAAL = frozenset({"kanaal"})
_SAFETY = frozenset({"onderwerp", "persoon", "persoon_subject", "werd", "na", "meervoud"})
_WAARDE, _VAN_NAAR = frozenset({"waarde"}), frozenset({"van", "naar"})
_CHANNEL: dict[str, frozenset[str]] = {
    **dict.fromkeys(word_set("email phone email_short phone_short callback_phone callback_phone_short"), _KANAAL),
    **{key: _KANAAL for key in ("email_urgent", "phone_urgent", "email_urgent_short", "phone_urgent_short")},
    **dict.fromkeys(word_set("dm missing dm_short missing_short tried_mail tried_telefoon tried_dm tried_both"), _NONE),
    **dict.fromkeys(word_set("callback callback_short callback_asked"), _NONE),
}
SECTIONS: dict[str, dict[str, frozenset[str]]] = {
    "greeting": {
        f"{style}_{reg}_{kind}": _NAME if kind == "named" else _NONE
        for style in STYLES
        for reg in ("je", "u")
        for kind in ("named", "anonymous")
    }
    | {"grave_named": _NAME, "grave_anonymous": _NONE, "chat_u_untitled": _NAME, "post_u_untitled": _NAME}
    | {"serious_named": _NAME, "serious_anonymous": _NONE, "light_named": _NAME},
    "signoff": {f"{style}_{reg}": _SIGN for style in STYLES for reg in ("je", "u")},
    "signoff_serious": {f"{style}_{reg}": _SIGN for style in STYLES for reg in ("je", "u")},
    # the tried_* lines without a second apology, when the reply says sorry already
    "channel": {
        **_CHANNEL,
        **dict.fromkeys(
            word_set(
                "tried_mail_also tried_telefoon_also tried_dm_also tried_both_also tried_mail_many tried_dm_many "
                "tried_mail_many_also tried_dm_many_also tried_telefoon_dm tried_telefoon_dm_also"
            ),
            _NONE,
        ),
        # where a thing left with us stands: we say it ourselves, the number for who will not wait
        **dict.fromkeys(word_set("callback_status callback_status_short"), _KANAAL),
        # a call in vain to order, book or make an appointment: the number answered now, or we call back
        **dict.fromkeys(word_set("callback_arrange callback_arrange_short"), _KANAAL),
        "callback_again": _NONE,  # 'Moet ik nog eens bellen?': no, we get in touch
        "callback_mailed": _NONE,  # a reply by mail to a call in vain: we phone
        "callback_again_phone": _KANAAL,
        # a price the business chose: worked out for the writer, no 'oplossing'
        **dict.fromkeys(word_set("email_price phone_price"), _KANAAL),
        "dm_price": _NONE,
    },
    "request_channel": _CHANNEL,
    "complaint": COMPLAINT,
    "complaint_cue": COMPLAINT_CUE,
    "safety": {
        "today_asked": _NONE,
        "waited_too": _WAARDE,  # a long wait beside a hygiene complaint ('anderhalf uur')
        "traces_unlabelled": _WAARDE,  # the profile's word on traces, after 'nergens staat iets over noten'
        # the writer's own part hurt on what was in the food ('kies'), with the dentist they named or without
        "foreign_self_dentist": _WAARDE,
        "foreign_self_part": _WAARDE,
        **{
            key: _SAFETY
            for key in ("allergie", "vergiftiging", "remmen", "letsel", "hoofdhuid", "hygiene", "gevaar", "breuk")
        },
        **dict.fromkeys(
            (
                "hygiene_about",
                "allergie_bijna",
                "intolerantie",
                "mould",
                "pest",
                "flying",  # wasps or flies drawn by dirt, not found in a dish
                "foreign_person",
                "foreign_person_dentist",
                "injured_too",
                "get_well",
                "ernstig",
                "ernstig_allergie",
                "ernstig_vergiftiging",
                "ernstig_hoofdhuid",
                "letsel_bijna",  # a near fall, nobody hurt
                "ill_too",  # ill beside a hygiene complaint
            ),
            _SAFETY,
        ),
        **dict.fromkeys(
            (
                "foreign",
                "caught",
                "allergie_bijna_in",
                "foreign_in_it",
                "letsel_keel",
                "steek",
                "ernstig_steek",
                "letsel_gebit",
            ),
            _SAFETY | {"waarde"},
        ),
        **dict.fromkeys(("occasion", "occasion_day", "occasion_soon"), _SAFETY),
        "keep": frozenset({"onderwerp"}),  # keep what was found and what it was in ('de rijsttaart')
        **dict.fromkeys(
            (
                "care",
                "short",
                "sorry",
                "sorry_alt",
                "doctor",
                "doctor_asked",
                "treatment_asked",
                "what_now_asked",
                "product_asked",
                "costs_asked",
                "keep_in_it",
                "kept",
                "statement_asked",
            ),
            _NONE,
        ),
    },
    "rumour": {
        "opening": _NONE,
        "opening_about": _TOPIC,
        **dict.fromkeys(("opening_claim", "care_hygiene", "care_safety", "care_accused"), _NONE),
        "opening_claim_about": _TOPIC,
        **dict.fromkeys(("opening_open", "opening_claim_open"), _NONE),
        **dict.fromkeys(("opening_about_open", "opening_claim_about_open"), _TOPIC),
        **dict.fromkeys(("hours_wrong", "hours_stay"), frozenset({"feestdag", "waarde"})),
        "still_here": frozenset({"onderwerp"}),
        "season_day_shut": frozenset({"naam", "feestdag", "waarde"}),
        "part_open": frozenset({"onderwerp", "waarde"}),
        "faq": frozenset({"vraag", "antwoord"}),
        **dict.fromkeys(("correction", "correction_closure"), _NONE),
        **dict.fromkeys(("correction_claim", "correction_said", "claim_also"), frozenset({"vraag"})),
        **dict.fromkeys(("correction_claim_denied", "correction_said_denied"), frozenset({"vraag"})),
        "closure_holiday": frozenset({"naam", "waarde"}),
        "closure_holiday_back": frozenset({"naam", "waarde", "tweede"}),  # and the day it opens again
        **dict.fromkeys(("closure_month", "month_open"), frozenset({"naam", "waarde"})),
        "span_open": frozenset({"waarde"}),
        "product_held": frozenset({"onderwerp", "waarde"}),  # the thing and the days the holiday lines give it
        "access_aid": frozenset({"onderwerp", "waarde"}),  # the mobility aid the rumour names, the way in
        "period_open": frozenset({"naam"}),
        "period_open_except": frozenset({"naam", "waarde"}),
        **dict.fromkeys(("period_open_but", "period_no_closing", "period_open_said"), frozenset({"naam", "waarde"})),
        **dict.fromkeys(("closure_unseen", "works_reach"), frozenset({"waarde"})),  # works_reach: the parking
        "no_notice": _NONE,
        **dict.fromkeys(("not_moving", "moving_later"), frozenset({"waarde"})),
        **dict.fromkeys(("moved_away", "moved_away_said"), frozenset({"waarde"})),
        **dict.fromkeys(("booked", "booked_many"), frozenset({"onderwerp"})),
        **dict.fromkeys(("booked_day_open", "booked_day_closed"), frozenset({"onderwerp", "waarde"})),
        "held": frozenset({"onderwerp"}),
        "person_invited": frozenset({"persoon"}),  # who the writer says paid or had trouble: come and see us
        "fact": frozenset({"feit"}),
        **dict.fromkeys(("fact_wrong", "fact_wrong_plain"), frozenset({"feit"})),
        "call_still": frozenset({"waarde"}),  # the phone number, for a rumour that calling no longer works
        "call_still_online": frozenset({"feit"}),  # the FAQ's way to book online, without its yes
        # ('Uit een fabriek', the FAQ answer that denies it)
        **dict.fromkeys(("fact_wrong_still", "elsewhere_wrong"), frozenset({"onderwerp", "feit"})),
        "fact_wrong_how": frozenset({"onderwerp", "feit"}),
        "fact_wrong_welcome": frozenset({"onderwerp", "meervoud", "feit"}),
        "fact_wrong_named": frozenset({"onderwerp", "feit"}),
        "only_not": frozenset({"onderwerp", "feit"}),
        "still_held": frozenset({"feit"}),
        "source": _NONE,
        # closing_call: after a rumour of stopping, moving or a sale, call or come by
        **dict.fromkeys(("source_site", "source_site_news", "closing_call"), _KANAAL),
        "source_own": _NONE,
        "closing": _NONE,
        "short": _NONE,
        "source_short": _NONE,
        "long_closed": frozenset({"waarde"}),
        "long_closed_partly": frozenset({"waarde"}),
        "long_closed_gone": frozenset({"waarde"}),
        "closes_later": frozenset({"onderwerp", "waarde"}),  # 'de keuken', '21:30'
    },
    "positive": {
        "thanks_home": frozenset({"persoon"}),
        "thanks_occasion_here": frozenset({"gelegenheid"}),
        "thanks_occasion_room": frozenset({"gelegenheid", "waarde"}),
        **dict.fromkeys(
            ("thanks_occasion_product", "thanks_achievement_product"), frozenset({"gelegenheid", "product", "meervoud"})
        ),
        **dict.fromkeys(("thanks_occasion", "occasion_noted", "achievement_noted"), frozenset({"gelegenheid"})),
        "occasion_gift": frozenset({"onderwerp", "gelegenheid"}),
        **dict.fromkeys(("thanks_product", "thanks_repair", "thanks_new"), frozenset({"product", "meervoud"})),
        "thanks_general": _NONE,
        **dict.fromkeys(
            ("thanks_body", "thanks_rescue", "thanks_felicitaties", "thanks_wensen", "no_trouble"),
            frozenset({"onderwerp"}),
        ),
        "thanks_person": frozenset({"persoon"}),
        "thanks_moment": _NONE,
        "moment_kept": frozenset({"onderwerp"}),  # a silence kept: "de twee minuten stilte op 4 mei"
        "milestone": frozenset({"onderwerp"}),  # a child's first step: 'zonder zijwieltjes'
        "despite": frozenset({"onderwerp"}),  # what the work held out against: 'de storm'
        "wish_back": frozenset({"onderwerp"}),  # the season's wish given back: 'Gelukkig nieuwjaar ook voor u!'
        "years_thing": frozenset({"product", "meervoud"}),  # the thing come for through the business's years
        "thanks_asked_after": frozenset({"persoon"}),  # greetings to someone the staff asked after
        "thanks_person_thing": frozenset({"persoon", "product"}),  # the child and its own new bike
        "thanks_company": frozenset({"persoon"}),
        "suggestion_meanwhile": _KANAAL,
        "congrats": frozenset({"persoon"}),
        "congrats_owner": frozenset({"persoon"}),
        "congrats_age": frozenset({"waarde"}),
        "congrats_age_young": frozenset({"waarde"}),
        "congrats_married": frozenset({"waarde"}),
        "congrats_age_owner": frozenset({"waarde", "persoon"}),
        "congrats_age_owner_young": frozenset({"waarde", "persoon"}),
        "congrats_ahead": frozenset({"persoon"}),
        "congrats_owner_ahead": frozenset({"persoon"}),
        **dict.fromkeys(("congrats_named", "congrats_named_ahead", "congrats_expecting"), _NONE),
        "condolence": frozenset({"persoon"}),
        **dict.fromkeys(("condolence_general", "thanks_grief_general", "idea_noted_general"), _NONE),
        "thanks_grief": frozenset({"product"}),
        "staff": _NAME,
        "self_praised_for": _TOPIC,  # ... thanked for a deed by name ('bedankt voor het inpakken met dat rode lint')
        "self_praised": _NONE,  # the signer is the one praised ('Gijs hef ... gemaakt'): glad to, said in person
        "self_praised_team": _NONE,  # the signer praised with the team ('Ilona en haar team'): the team's work
        "luck": _NAME,
        "luck_with": frozenset({"naam", "waarde"}),
        "luck_own": frozenset({"waarde"}),  # the writer's own trial ahead ('naar m'n eerste examen')
        "kin": _NAME,
        "crowd": _NAME,  # the counted guests at the writer's own feast ('120 gasten'): glad it went well
        "lasted": frozenset({"onderwerp", "waarde"}),
        "held_until": frozenset({"onderwerp"}),  # until when the work held ('tot na de openingsdans')
        "client": frozenset({"naam"}),  # the writer's organisation, the business's client
        "partner": _NONE,  # the business called a partner by another: the working together said back
        "partner_years": _WAARDE,  # ... with its years ('25 jaar')
        # what the work saved ('je Ronde-cyclo'), a named thing that works like new again (as a clause), what the
        # work made possible ('je weer kon fietsen'); '_moved': the same said to a writer moved or grieving
        **dict.fromkeys(("saved", "renewed", "made_possible"), frozenset({"onderwerp"})),
        **dict.fromkeys(("saved_moved", "renewed_moved", "made_possible_moved"), frozenset({"onderwerp"})),
        "made_possible_care": frozenset({"onderwerp"}),
        "body_better": frozenset({"onderwerp"}),  # the body part better again ('je knie')
        "own_illness": _NONE,  # the writer's own serious illness: strength wished
        "own_recovery": frozenset({"onderwerp"}),  # the writer's illness behind them ('uw chemo'): the moment
        "delivered": _NONE,  # the writer says it was brought home
        "cause": frozenset({"onderwerp"}),  # the good cause the work was for ('Stichting Haarwensen')
        "extra": frozenset({"onderwerp"}),  # what the business gave with the work ('een fluohesje'), as said
        "green": _NONE,  # how the business spares the environment, praised ('geeft haar knipafval mee')
        "on_the_way": frozenset({"onderwerp"}),  # where the writer was on the way to ('Walibi')
        "ride": frozenset({"onderwerp"}),  # the ride or run done after the work ('62 km zonder zere knieën')
        "came_from": frozenset({"onderwerp"}),  # the run or ride the writer came from ('de Beekse Zomerloop')
        "watched": frozenset({"onderwerp"}),  # a race or match watched here ('de koers op groot scherm')
        "honest": frozenset({"onderwerp"}),  # the honesty praised, as a sentence start ('Eerlijk advies')
        "compared": frozenset({"onderwerp", "persoon"}),  # 'De waterzooi' like at 'je grootmoeder''s
        "aid": frozenset({"onderwerp"}),  # the writer or their people came with an aid ('uw rolstoel')
        **dict.fromkeys(("diet", "allergy_cared", "likened", "generations", "first_of", "event_day"), _TOPIC),
        "put_back_on": frozenset({"onderwerp", "waarde"}),  # the writer's old part put back on ('zijn oude bel', 'op')
        **dict.fromkeys(("diets", "tasted_old"), _NONE),  # two or more diets met; a taste like the old days
        "diets_allergy": _NONE,  # the same with an allergy among them: the allergies said first
        "loyal": frozenset({"onderwerp"}),
        "first_in": frozenset({"onderwerp"}),  # years elsewhere, this business the first that got it right
        "suggestion": _NONE,
        "suggestion_fact": frozenset({"feit"}),
        **dict.fromkeys(("suggestion_about", "suggestion_about_two", "idea_noted"), frozenset({"wens"})),
        "staff_plan": frozenset({"onderwerp", "waarde"}),
        "criticism": _TOPIC,
        "criticism_general": _NONE,
        "minus_fact": frozenset({"feit"}),
        "suggestion_fact_about": frozenset({"feit", "wens"}),
        "suggestion_exists": frozenset({"feit"}),
        "suggestion_cannot": frozenset({"feit", "wens"}),  # the FAQ says no to the idea: why not
        "suggestion_day": frozenset({"feestdag_hoofd", "waarde"}),
        "closing": _NONE,
        "closing_habit": _WAARDE,  # the weekday the writer comes every week ('zondag')
        "closing_next_year": _NONE,  # the writer comes back next year ('volgend jaar zijn we er terug')
        "closing_return": _WAARDE,  # the holiday the writer comes back in ('de herfstvakantie')
        "closing_trip": _NONE,  # the writer is on holiday ('op fietsvakantie'): a good holiday wished
        "closing_once": _NONE,  # after the writer's wedding: no 'Tot de volgende keer'
        "emoji": _NONE,
        "short": _NONE,
    },
    "question": {
        "unknown": _NONE,
        "condition_asked": frozenset({"waarde"}),  # 'een notenallergie': named, never guessed
        "later": _NONE,
        "later_about": frozenset({"onderwerp"}),
        "later_about_some": frozenset({"onderwerp"}),  # 'een zaal voor 60 personen': no 'Wat een ... betreft'
        "later_whether": frozenset({"onderwerp"}),  # a question how a thing of the business is, as a clause
        "own_range": _NONE,  # what the business sells or allows: a place for the answer, no promise to find out
        "own_range_about": frozenset({"onderwerp"}),
        "own_range_also": frozenset({"onderwerp"}),
        "bespoke": frozenset({"onderwerp"}),  # work to measure asked for: looked into, the writer hears back
        "grief": _NONE,  # a gathering after a loss: arranged in person
        **dict.fromkeys(("grief_phone", "grief_mail"), _KANAAL),  # ... by phone or mail
        "purpose_noted": frozenset({"onderwerp"}),
        "work_noted": frozenset({"onderwerp"}),
        "sought_noted": frozenset({"onderwerp"}),
        "wished_with": frozenset({"onderwerp"}),  # 'een kookworkshop' of 'liefst met een kookworkshop erbij'
        "also_thing": frozenset({"onderwerp", "antwoord"}),
        "bikes_place": frozenset({"onderwerp", "antwoord"}),  # where to leave the bikes, from the parking fact
        "made_ahead": frozenset({"antwoord", "waarde"}),
        "made_ahead_plain": frozenset({"antwoord"}),
        "also_about": frozenset({"onderwerp", "antwoord"}),
        "booking": frozenset({"onderwerp", "antwoord"}),
        "price_topic": frozenset(),
        "yes_can": frozenset({"onderwerp", "waarde", "antwoord"}),
        "verb_yes": frozenset({"onderwerp", "antwoord"}),
        "may_yes": frozenset({"onderwerp", "antwoord"}),  # 'moet ik ... bestellen?' ~ 'Kan ik ...? Ja, ...'
        "named_yes": frozenset({"onderwerp", "antwoord"}),  # a general FAQ yes naming the writer's thing
        "get_well": frozenset(),
        "group_book": frozenset({"waarde", "kanaal"}),
        "room_asked": frozenset({"kanaal"}),
        "part_open": frozenset({"onderwerp", "waarde"}),
        "part_closed": frozenset({"onderwerp", "waarde", "feestdag"}),
        "ack_about": frozenset({"onderwerp"}),
        "ack": _NONE,
        "ack_more": _NONE,  # two or more other questions we come back on
        **dict.fromkeys(("more", "welcome_in", "welcome_book", "book_plain"), _NONE),
        "access_aid": frozenset({"waarde"}),
        **dict.fromkeys(("own_broken", "own_broken_plain", "own_fix_up"), frozenset({"onderwerp"})),
        **dict.fromkeys(("welcome", "welcome_nervous"), frozenset({"persoon", "meervoud"})),
        "visit_named": frozenset({"persoon"}),
        "past_age": frozenset({"persoon", "waarde"}),
        "illness": frozenset({"persoon"}),
        "pain": frozenset({"waarde", "onderwerp"}),
        "welcome_named": frozenset({"persoon", "waarde"}),
        **dict.fromkeys(("field_plain", "field_besides", "deliver_what", "place_outside"), frozenset({"waarde"})),
        "holiday_closed": frozenset({"feestdag"}),
        "listing_wrong": frozenset({"onderwerp"}),  # where the writer read that the business was open
        "listing_wrong_site": frozenset(),  # the same, read on the business's own website
        "holiday_open": frozenset({"feestdag", "waarde"}),
        "holiday_open_said": frozenset({"feestdag", "waarde"}),  # 'open tot 20:00' as the profile says it
        "holiday_text": frozenset({"feestdag_naam", "waarde"}),
        "holiday_text_own": frozenset({"feestdag_hoofd", "waarde"}),
        **dict.fromkeys(("holiday_range", "holiday_closed_range"), frozenset({"feestdag", "feestdag_hoofd", "waarde"})),
        "closed_after": frozenset({"waarde"}),  # a closing period that starts just after the day asked about
        "open_beside": frozenset({"onderwerp", "feestdag", "waarde"}),  # the hours of the day and occasion named
        "offer_line": frozenset({"waarde"}),  # a holiday line that offers what is asked
        "offer_named": frozenset({"waarde"}),  # that line, named by its own name
        "offer_named_yes": frozenset({"waarde"}),
        "holiday_thing": frozenset({"feestdag", "waarde"}),  # a later question's thing a holiday line offers
        "holiday_thing_yes": frozenset({"waarde"}),  # that line without a day of its own, after a yes
        "holiday_rest_open_named": frozenset({"feestdag"}),  # ... named by the period's one-word name
        "holiday_rest_open": frozenset({"waarde"}),  # the rest of a period open as ever, after its one day off
        "dated_weekday_closed": frozenset({"feestdag", "waarde"}),  # a dated closing on the weekday asked about
        "holiday_unknown": frozenset({"feestdag_hoofd", "waarde"}),
        "holiday_weekday_closed": frozenset({"feestdag_hoofd", "waarde"}),  # a feast always on a closed weekday
        **dict.fromkeys(
            ("day_until", "open_before", "open_after", "too_late"), frozenset({"feestdag_hoofd", "waarde"})
        ),
        "too_late_for": frozenset({"waarde", "onderwerp"}),  # and what the writer comes for
        **dict.fromkeys(
            ("day_not", "open_later", "season_open", "season_more"), frozenset({"feestdag_hoofd", "waarde"})
        ),
        "open_again": frozenset({"waarde"}),  # the day after a closing the writer found
        "season_day_open": frozenset({"feestdag_hoofd", "feestdag", "waarde"}),  # a closed weekday open in a period
        "season_day_open_bare": frozenset({"feestdag_hoofd", "feestdag"}),  # ... with no times given
        "season_outside": frozenset({"feestdag_hoofd", "antwoord"}),  # a month outside the FAQ answer's season
        "condition_not": frozenset({"waarde", "antwoord"}),  # the FAQ answer says it is no good for what was named
        "limit_outside": frozenset({"waarde", "antwoord"}),  # the writer's number lies beyond the FAQ answer's limit
        "whether_slot": frozenset({"onderwerp"}),  # 'Is het dinsdag rustig bij u?': a place for its yes or no
        "wh_slot": frozenset({"onderwerp"}),  # a later question for a time or an amount, said back
    },
    "joke": JOKE,  # light replies to a joke (app/domain/reply_keys_joke.py)
    "current": {"lines": _NONE},
    "repeat": {"lines": _NONE, "invite": _NONE},
    "pause": {"lines": _NONE},
    # Replies to comments written in English (app/domain/draft_english.py).
    "english_greeting": {
        f"{style}_{kind}": _NAME if kind == "named" else _NONE for style in STYLES for kind in ("named", "anonymous")
    },
    "english_signoff": {**{style: _SIGN for style in STYLES}, "chat_sorry": _SIGN},
    "english_channel": {
        **_CHANNEL,
        "tried_callback_promised": _NONE,
        "tried_mail_about": _TOPIC,
        "callback_mailed": _NONE,
    },
    "english_request_channel": _CHANNEL,
    "english": {
        **dict.fromkeys(
            word_set("congrats closing safety solution question rumour criticism short more praise_heard"), _NONE
        ),
        **dict.fromkeys(
            (
                "safety_allergy",
                "same_day",
                "lost_booking",
                "rumour_fact",
                "rumour_source_own",
                "rumour_source_link",
                "solution_missing_refund",
            ),
            _NONE,
        ),
        "criticism_about": _TOPIC,  # what the writer missed ('a couple of tables and some coffee')
        **dict.fromkeys(
            word_set("thanks complaint question_about own_broken safety_about joke_product lost_booking_for"), _TOPIC
        ),
        "joke": _NONE,
        "solution_deposit": frozenset({"waarde"}),  # the money paid ahead ('the €50 deposit')
        "solution_fix_asked": frozenset({"waarde"}),  # asked to put it right, and by when (' before Monday')
        "solution_still_on": frozenset({"waarde"}),  # whether a booking stands, with the money paid ahead
        "wait_for": frozenset({"waarde", "onderwerp"}),  # how long, and for what ('a flat tire')
        "charged_instead": frozenset({"waarde", "tweede"}),  # paid, and what was said ('€24', '€12.50')
        "property_instead": frozenset({"waarde", "tweede"}),  # asked for, and what came ('copper', 'orange')
        "charged_extra": frozenset({"waarde"}),  # charged unasked ('€140')
        "charged_extra_for": frozenset({"waarde", "onderwerp"}),
        "charged_fee": frozenset({"waarde", "onderwerp"}),  # a fee by its name ('€10', 'late fee')
        "deposit_kept": frozenset({"waarde"}),  # the part of a deposit kept ('€15')
        "deposit_kept_all": _NONE,  # charged on top, and for what ('€15', 'call-out')
        "group_book": frozenset({"waarde", "kanaal"}),  # a group named: best booked ahead, by phone or email
        **dict.fromkeys(
            (
                "visit",
                "wait",
                "hours",
                "event_sorry",
                "event_soon_sorry",
                "event_before_sorry",
                "feast_sorry",
                "failed_part",
                "flat_tyre",
                "booked_closed",
                "booked_closed_ill",  # ... closed because of illness, a note on the door and no word to the writer
                "came_without",
                "occasion_ahead",
                "diet_asked",
                "came_far",
                "name_wrong",
            ),
            frozenset({"waarde"}),
        ),
        **{
            key: frozenset({"onderwerp", "antwoord"})
            for key in ("answer", "answer_yes", "answer_no", "also", "also_dutch")
        },
        # said in English when every word of the answer is known; _plain without what was asked
        **dict.fromkeys(("answer_en", "answer_yes_en", "answer_no_en"), frozenset({"onderwerp", "antwoord"})),
        **dict.fromkeys(("answer_en_plain", "answer_yes_en_plain", "answer_no_en_plain"), frozenset({"antwoord"})),
        **dict.fromkeys(("said_yes", "said_no", "said_yes_more", "said_no_more"), frozenset({"antwoord", "waarde"})),
        # part said in English ('antwoord'), the rest as the profile says it ('waarde')
        **dict.fromkeys(
            ("answer_part", "answer_yes_part", "answer_no_part", "also_part"),
            frozenset({"onderwerp", "antwoord", "waarde"}),
        ),
        **dict.fromkeys(("said_yes_part", "said_no_part"), frozenset({"antwoord", "tweede", "waarde"})),
        "kitchen_shut": frozenset({"feestdag", "waarde", "tweede"}),  # the kitchen closed at the writer's time
        **dict.fromkeys(("asked_to_leave", "asked_to_leave_untold"), frozenset({"waarde"})),  # ' at 13:30' or ''
        "rumour_claim": frozenset({"vraag"}),
        "rumour_source_site": _KANAAL,  # where the right information stands
        "also_open": frozenset({"vraag"}),  # a further question the profile has nothing on, quoted in a slot
        "also_check": frozenset({"waarde"}),  # whether the business can do a thing asked: looked into
        **dict.fromkeys(("also_check_mail", "also_check_phone"), frozenset({"waarde", "kanaal"})),  # ... heard back on
        "question_quoted": frozenset({"vraag"}),  # the first of more questions the profile has nothing on, quoted
        "question_about_quoted": frozenset({"onderwerp", "vraag"}),  # ... with what it is about
        "complaint_fact": frozenset({"onderwerp", "antwoord"}),  # a complaint about how it works here
        "complaint_fact_dutch": frozenset({"onderwerp", "antwoord"}),
        "recovery": frozenset({"naam"}),  # who is hurt: 'you', 'your son'
        "noise": frozenset({"onderwerp", "waarde", "tweede", "dienst"}),  # 'your bike still squeaks after the service'
        "staff_remark": _NONE,  # a remark of the staff that blamed the writer
        "site_welcome": frozenset({"onderwerp"}),  # the site calls them welcome and the writer was turned away
        "site_welcome_rule": frozenset({"onderwerp", "feit"}),  # ... with the profile's rule for them, in Dutch
        # what the writer of a complaint still liked; free_fix: ' within 10 days' or '', a hair result put right
        **dict.fromkeys(("praised", "free_fix"), frozenset({"waarde"})),
        "staff": frozenset({"naam"}),
        "group": frozenset({"naam"}),  # the group the work was done for ('four colleagues')
        **dict.fromkeys(("came_by", "held_through"), frozenset({"waarde"})),  # where it was done; what it held through
        "fixed": frozenset({"waarde"}),  # what the business fixed, as the writer named it ('flat tyre')
        "fixed_during": frozenset({"waarde", "tweede"}),  # the fix in the middle of a named event ('Drenthe 200')
        "fitted": frozenset({"waarde"}),  # what the business put on, as written ('Schwalbe winter tyres')
        "serviced": frozenset({"waarde"}),  # the writer's things serviced, as written ('all 14 of your company bikes')
        "serviced_fitted": frozenset({"waarde", "tweede"}),  # both: the things serviced and what was fitted
        "trip": frozenset({"waarde"}),  # the trip the writer is on ('cycling holiday')
        "appointment_only": _NONE,  # a walk-in asked at a business that works by appointment only
        "regular": frozenset({"waarde"}),  # the day the writer comes every week ('Saturday')
        "trip_visit": frozenset({"waarde"}),  # came by while on holiday, now or then ('holiday')
        "extra": frozenset({"waarde"}),  # a little extra given free ('water bottles', 'biscuit')
        "suggestion": frozenset({"waarde"}),  # what an English compliment suggests ('an English menu')
        "suggestion_meanwhile": _KANAAL,  # the mail, for a wish to book online from someone who finds calling hard
        "came_for": frozenset({"waarde"}),  # what brought the writer to town ('Christmas market')
        "congrats_on": _TOPIC,  # the day celebrated as said ("your daughter's 18th birthday")
        **dict.fromkeys(("day_of_other", "day_ahead"), _TOPIC),  # someone else's day the writer went to
        "event_done": _TOPIC,  # an event the writer went to, nobody's day ("your company's New Year reception")
        "congrats_named": frozenset({"naam", "waarde"}),  # whose birthday it was, how old ('Lily', '18')
        "congrats_years": frozenset({"waarde"}),  # the years a wedding anniversary counts ('40')
        "congrats_turned": frozenset({"persoon", "waarde"}),  # who turned how old ('your mother', '80')
        "home": frozenset({"waarde"}),  # where the writer lives, far off ('Manchester')
        "holiday_closed": frozenset({"feestdag"}),
        "listing_wrong": frozenset({"onderwerp"}),  # where the writer read that the business was open
        "listing_wrong_site": frozenset(),  # the same, read on the business's own website
        "season_outside": frozenset({"feestdag", "waarde", "antwoord"}),  # a month outside the FAQ answer's season
        **dict.fromkeys(("holiday_open", "open_before", "day_until", "drop_by_day"), frozenset({"feestdag", "waarde"})),
        "closed_day": frozenset({"feestdag", "waarde"}),
        "closed_day_hours": frozenset({"feestdag", "waarde"}),
        **dict.fromkeys(("shut_in_hours", "shut_day_hours"), frozenset({"feestdag", "waarde"})),  # door shut, day open
        "season_day_open": frozenset({"feestdag_hoofd", "feestdag"}),  # a closed weekday open in a holiday period
        "closed_span": frozenset({"waarde"}),  # a closing period in the month asked ('Tuesday 17 July to ...')
        "back_on": frozenset({"waarde"}),  # the day the business is back after that closing
    },
    # One fixed German sentence atop the Dutch reply to a comment written in German (app/domain/draft_german.py).
    "german": {
        "sorry": _NONE,
        **dict.fromkeys(("praise", "praise_breakdown"), _NONE),  # glad; glad to have helped on a breakdown
        "help": _NONE,
        **dict.fromkeys(("greeting_sir", "greeting_madam", "greeting_named"), frozenset({"naam"})),
        "greeting": _NONE,
        "next_year": _NONE,  # a guest who comes back next year
        "again": _NONE,  # ... or again
        "praise_thing": frozenset({"waarde"}),  # the thing praised ('die Zeeuwse bolus')
    },
    # The same in French, and the dish and the day the writer named (app/domain/draft_french.py).
    "french": {
        "sorry": _NONE,
        "praise": _NONE,
        "help": _NONE,
        **dict.fromkeys(("greeting_sir", "greeting_madam", "greeting_named"), frozenset({"naam"})),
        "greeting": _NONE,
        "praise_dish": frozenset({"waarde"}),
        **dict.fromkeys(("congrats", "trip"), frozenset({"waarde"})),  # the day celebrated, the trip they were on
        "next_year": _NONE,
        "again": _NONE,
    },
    # Pieces of sentences filled into the ones above ({na}, {persoon}, {persoon_subject}).
    "phrases": {
        "after_meal": _NONE,
        "after_treatment": _NONE,
        "both_subject": frozenset({"persoon"}),
        "both_person": _NONE,
        "whole_family": _NONE,
        "colleagues": _NONE,
        "group": _NONE,
        "group_colleagues": _NONE,
        "group_colleagues_subject": _NONE,
        "group_with": frozenset({"persoon"}),
        "group_with_subject": frozenset({"persoon"}),
    },
    # Fixed texts for the owner next to a draft (warnings, copy checks), one sentence each.
    "notes": {
        "german_comment": _NONE,
        "french_comment": _NONE,
        "repeat": frozenset({"aantal"}),
        "report": frozenset({"platform", "stappen"}),
        "police": _NONE,
        "flag_threat": frozenset({"platform", "stappen"}),
        "flag_hate": frozenset({"platform", "stappen"}),
        "legal": _NONE,
        "shortened": frozenset({"platform", "lengte", "limiet"}),
        "too_long": frozenset({"platform", "lengte", "limiet", "kort"}),
        "short_too_long": frozenset({"platform"}),
        "faq_maybe": frozenset({"vraag", "antwoord"}),
        "english_answer": _NONE,
        "english_answer_more": frozenset({"antwoord"}),
        "signer_missing": _NONE,
        "copy_personal": frozenset({"gegevens"}),
        "copy_incentive": _NONE,
        "copy_ask_change": _NONE,
        "comment_review_deal": _NONE,
        "comment_personal": frozenset({"gegevens"}),
        "safety_in_praise": _NONE,
        "data_order": frozenset({"waarde"}),
        "data_phone": frozenset({"waarde"}),
        "data_email": frozenset({"waarde"}),
        "data_address": frozenset({"waarde"}),
    },
}
