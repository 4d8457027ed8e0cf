"""The keys of resources/replies.toml's [complaint] and [complaint_cue] sections and the placeholders each key
may use (part of the table in app.domain.reply_keys, which app.domain.replies checks the file against)."""

from __future__ import annotations

from app.domain.words import word_set

# The placeholder sets these sections share with app.domain.reply_keys.
_NONE: frozenset[str] = frozenset()
_TOPIC = frozenset({"onderwerp", "meervoud"})
_WAARDE = frozenset({"waarde"})
# The complaint's own sentences.
COMPLAINT: dict[str, frozenset[str]] = {
    "fact": frozenset({"feit"}),
    "sold_out_tip": frozenset({"feit"}),
    "queue_tip": frozenset({"feit"}),
    "cancel_rule": frozenset({"feit"}),  # the profile's rule for cancelling
    "price_faq": frozenset({"feit"}),  # the profile's price for the thing named
    "fee_listed": frozenset({"feit"}),  # the profile's rule for the fee the writer was billed
    "pay_asked": frozenset({"voorbeelden"}),  # the examples of the proposal for the kind of business
    "remedy_asked": frozenset({"voorbeelden"}),  # what we do about it: the proposal open, with its examples
    **dict.fromkeys(
        (
            "cancel_fee",
            "cancel_deposit",
            "cancel_deposit_open",
            "cancel_deposit_when",
            "cancel_no_show",
            "cancel_fee_annulled",
        ),
        _TOPIC | {"waarde"},
    ),
    "cancel_moved": _TOPIC | {"waarde", "tweede"},  # billed as a no-show after asking to move it ('te verzetten')
    "cancel_ill": _TOPIC,
    "cancel_ill_beside": _TOPIC,  # the same, after a line that says the payment already
    "cancel_hospital": _TOPIC,
    "fee_feared_terms": frozenset({"feit"}),  # a fee feared: the profile's terms for cancelling
    "fee_feared": _NONE,  # ... or a slot
    "discount_missed": frozenset({"onderwerp"}),  # a discount the till did not give: 'de korting van 15%'
    "discount_back": _NONE,  # ... the difference back
    "next_open": frozenset({"feestdag", "waarde"}),  # the next open day after a closed one: 'dinsdag', '6.30 tot 18.00'
    "commemoration": frozenset({"onderwerp"}),  # a silence not kept: 'de twee minuten stilte op 4 mei'
    "walk_in_full": frozenset({"onderwerp", "tweede"}),  # walked in and it was full: 'de vrije inloop'
    "walk_in_booked": _NONE,  # ... the next chance, by appointment
    "walk_in_next": _NONE,  # ... or a slot for it
    "overrun": frozenset({"onderwerp"}),  # an appointment that ran over: 'je afspraak voor knippen en kleuren'
    "deposit_rule": _TOPIC | {"waarde"},  # a deposit asked when booking, complained about: ' van € 25 per persoon'
    "deposit_why": _NONE,  # the reason for it, a slot for the owner
    "deposit_if_rule": frozenset({"feit"}),  # the profile's rule for cancelling
    "deposit_if_ill": _NONE,
    "deposit_if": _NONE,  # ... cancelled because someone of theirs is in hospital ('uw vrouw')
    "cancel_ill_self": _NONE,
    "cancel_weather": _NONE,  # ... cancelled for the weather (ijzel, sneeuw)
    "no_show": _WAARDE | {"onderwerp"},  # nobody came to the appointment
    "unanswered": _TOPIC | {"waarde"},  # the mails nobody answered, and what they were about
    "unanswered_sorry": _NONE,
    "unanswered_answer": _NONE,
    "short_on": _TOPIC,  # the short line on a small platform, with the thing the empathy named
    "request_new": frozenset({"onderwerp"}),  # the thing the writer asked for: 'Een nieuwe zadelpen'
    "request_status": _TOPIC,  # where the thing left with us stands now
    "request_status_plain": _NONE,
    "employee_about": frozenset({"onderwerp"}),
    "rusted": _TOPIC,  # what the writer says has rusted, as the empathy names it: 'de ketting van de fiets'
    "rusted_after": _TOPIC | {"dienst"},  # ... after the work done on it: 'na de onderhoudsbeurt'
    "loyal": frozenset({"onderwerp"}),  # how long the writer has been a customer: 'al 12 jaar'
    **dict.fromkeys(
        word_set(
            "acknowledge apology understand price_next disputed_next order_public order_unknown solution_short "
            "neutral also_staff overlast overcharged stolen_general cold hot overlast_night employee employee_next "
            "tip short apology_rouw recovered_you appointment_too sold_out sold_out_plan sold_out_more sold_out_sorry "
            "sold_out_order offline offline_solution also_staff_remark own_leave"
        ),
        _NONE,
    ),
    "order_known": frozenset({"ordernummer"}),
    **dict.fromkeys(("condolence", "neutral_person", "staff_person", "person_too"), frozenset({"persoon"})),
    "terms_short": _NONE,
    "come_again_short": _NONE,
    "come_again_plain": _NONE,
    "loan_too": frozenset({"waarde"}),  # the profile's loan beside the warranty, for a writer left without
    "wait_too": _WAARDE,
    "closed_day": frozenset({"feestdag", "feestdag_naam", "feestdag_hoofd"}),  # closed on a holiday it lists
    "sold_out_day": _WAARDE,  # the day the writer came: 'zondagmorgen'
    "sold_out_named_day": _TOPIC | {"waarde", "meervoud"},
    "sold_out_meal": _TOPIC | {"waarde"},  # the meal it ran out at: 'de paasbrunch'
    "not_fixed": _TOPIC,  # the thing the work did not help: 'je versnellingen'
    "fix_by_phone": frozenset({"kanaal"}),  # the free fix booked by phone, where appointments are made so
    **dict.fromkeys(
        ("terms", "come_again", "wait_duration", "price_amount", "duration_too", "duration_over", "measure_too"),
        _WAARDE,
    ),
    **dict.fromkeys(("recovered", "price_over"), frozenset({"persoon", "waarde"})),
    "promise": frozenset({"waarde", "onderwerp"}),
    **dict.fromkeys(("wait_duration_on", "took_duration"), frozenset({"waarde", "onderwerp"})),
    "wait_duration_at": frozenset({"waarde", "onderwerp", "tweede"}),  # at the event named first
    # on the weekday the writer names, or every such day
    **dict.fromkeys(("wait_on_day", "wait_every_day", "wait_at_place"), frozenset({"waarde", "onderwerp", "tweede"})),
    "wait_duration_place": frozenset({"waarde", "tweede"}),  # how long and where, nothing waited on named
    "tip_about": frozenset({"wens"}),
    "tip_about_two": frozenset({"wens"}),  # two tips, joined
    "order_about": _TOPIC,
    "solution": frozenset({"voorbeelden"}),
    **dict.fromkeys(
        ("defect", "judged", "judged_too", "promised", "judged_service"),
        frozenset({"onderwerp", "meervoud", "waarde"}),
    ),
    **dict.fromkeys(("promised_job", "judged_staff_for"), frozenset({"onderwerp", "waarde", "dienst", "meervoud"})),
    **dict.fromkeys(("staff_remark", "staff_remark_for"), frozenset({"onderwerp", "waarde", "dienst", "meervoud"})),
    "noise_thing": _TOPIC
    | {
        "waarde",
        "tweede",
        "dienst",
    },  # 'dat je trapas na de beurt nog altijd kraakt'  # and the job it was brought in for
    **dict.fromkeys(
        word_set("judged_too_two price_quoted price_quoted_extra price_quoted_words price_too price_over_too"),
        _TOPIC | {"waarde", "tweede"},
    ),
    **dict.fromkeys(word_set("tried_callback tried_callback_promised tried_callback_also"), _NONE),  # none came
    "tried_callback_promised_also": _NONE,
    "price_unasked": _WAARDE,  # '€ 38 voor de onderdelen', charged without calling first
    "price_unasked_short": _WAARDE,  # '€ 89': the same, short, on a small platform
    "waited_until": frozenset({"waarde", "tweede"}),  # 'van 10:30 tot 11:10'
    "waited_until_for": frozenset({"waarde", "tweede", "onderwerp"}),  # ... for what: 'voor box braids'
    "late_until": frozenset({"waarde", "tweede"}),
    "count_short": frozenset({"waarde", "tweede"}),  # how many came instead of the count ordered
    "sum_back": frozenset({"waarde"}),  # the writer's own sum, paid ahead, asked back: given back by its amount
    "fee_back": frozenset({"waarde"}),  # a fee asked back from a business that was late itself
    "count_either": frozenset({"waarde", "onderwerp"}),  # too few came: the money back or the rest fetched, offered
    "property_short": frozenset({"waarde", "tweede"}),  # the colour, flavour or size that came instead
    "text_short": frozenset({"waarde", "tweede"}),  # the text on a thing that came instead ('Tim' for 'Tom')
    "count_billed": frozenset({"waarde", "tweede"}),  # how many the bill named instead of the count ordered
    **dict.fromkeys(
        word_set("appointment_moved appointment_cancelled appointment_not_booked appointment_not_booked_confirmed"),
        _TOPIC | {"waarde", "meervoud"},
    ),
    "appointment_double": _TOPIC | {"meervoud"},
    "appointment_unsure": _TOPIC,  # 'staat mijn afspraak nu vast of nie?': still to come, not yet sure
    "shut_door": _TOPIC,  # 'stond ik voor een dichte deur', with 'een afspraak' as booked
    "shut_door_plain": _NONE,
    "group_too": frozenset({"onderwerp"}),  # the group that waited with the writer ('wielerclub')
    "hours_chosen": _NONE,  # a letdown about the regular hours: understanding, no apology
    "set_aside": _NONE,  # goods held for those who ordered them: understanding, no apology
    "set_aside_rule": frozenset({"feit"}),  # the FAQ rule for reserving, how long it is held
    # where those the site calls welcome are, and where not
    **dict.fromkeys(("welcome_rule", "welcome_rule_plain"), frozenset({"onderwerp", "feit"})),
    "welcome_turned": frozenset({"onderwerp"}),  # the animal the writer could not bring in ('hond')
    "welcome_exception": _NONE,  # a slot: whether an exception is made
    "child_price": frozenset({"onderwerp", "waarde"}),  # the profile's price for children, a child charged full
    "channel_way": frozenset({"feit"}),  # the FAQ's way to book, after a booking tried by message
    "price_rise_reason": frozenset({"feit"}),  # the profile's reason for higher prices
    "sold_out_again": _NONE,  # sold out again: a way to be sure next time, a slot for the owner
    "chat_make_good": _NONE,  # in a chat, a thing that failed is made good; how, in private
    "free_said_sorry": frozenset({"waarde"}),  # the amount the writer should not have paid
    "free_said_right": frozenset({"feit", "waarde"}),  # the profile makes it free where the writer says; money back
    "other_way_mail": frozenset({"waarde", "tweede", "kanaal"}),  # 'verzetten', ' via www...', the mail address
    "other_way": frozenset({"waarde", "tweede"}),
    "walk_in_call": frozenset({"kanaal"}),  # the phone number, to call before a long trip to a walk-in
    "chat_refund": _NONE,  # in a chat, no money back was given: a slot for what is paid back
    "hours_closed_day": _WAARDE,  # 'Maandag'
    "hours_late": frozenset({"waarde", "tweede"}),  # 'Op donderdag', '20:00'
    "hours_now": _WAARDE,  # the opening hours as they are
    "hours_service": frozenset({"feit"}),  # the pickup the profile names, for one who cannot come in the hours
    **dict.fromkeys(("again_nth", "effort", "effort_too"), _WAARDE),  # 'Afgesproken was 10:00, en pas om half één'
    **dict.fromkeys(("damage", "bill_wrong"), _TOPIC),
    **dict.fromkeys(
        word_set(
            "stolen occasion_too occasion_soon event_too overcharged_product charged_twice money_named "
            "sold_out_named sold_out_ordered"
        ),
        _TOPIC,
    ),
    **dict.fromkeys(
        word_set("service asked judged_asked asked_for judged_asked_for"),
        frozenset({"onderwerp", "dienst", "meervoud", "waarde"}),
    ),
    "question": frozenset({"vraag"}),
    "question_other": frozenset({"vraag"}),  # the same, after a question the profile answered
    "remedy_lead_verb": frozenset({"waarde"}),
    "remedy_lead": _NONE,  # 'Wat moet ik nu?' answered by the proposal after it
    **dict.fromkeys(("question_fact", "price_listed"), frozenset({"antwoord"})),
    **dict.fromkeys(
        ("come_back", "come_back_closed", "come_when", "come_when_closed"),
        frozenset({"feestdag", "feestdag_hoofd", "waarde"}),
    ),
}
# Lines for what the complaint says happened.
COMPLAINT_CUE: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "not_asked",
            "not_told",
            "no_news",
            "rushed",
            "allergy_told",
            "tears",
            "staff_remark",
            "price_not_told",
            "see_doctor",  # a swelling in the face, no doctor named yet: one advised
            "fell",  # someone fell ('ben ik gevallen'): the fall said, not who
            "hospital_self",  # the writer landed in hospital ('Ik lig nu in het AZ')
            "warranty_refused_plain",  # a warranty refused, no reason quoted
            "report_ignored",  # reported on the spot and not taken seriously
            "report_brushed",  # ... and the brush-off quoted
            "served_before",  # others without an appointment helped before the writer who had one
            "pushed_back",  # the day promised moved on and on ('Werd donderdag. Werd zaterdag.')
        ),
        _NONE,
    ),
    **dict.fromkeys(
        word_set(
            "noise_many portion frozen "
            "wrong_item injury child_on_board children_on_board allergen_asked missing_item missing_none cold_food "
            "hurt_part hurt_part_state "
            "test_asked hair_wrong injuries uneven too_short courier_lost unloading condition_named suggestion "
            "late_until missing_count voucher_refused doctor_visit doctor_self sensitive_told test_not_done trip_ahead "
            "fix_by"
        ),
        _WAARDE,
    ),
    "hurt_part_state_of": frozenset({"waarde", "persoon"}),  # 'Ze is voorover gevallen, kin open'
    **dict.fromkeys(
        word_set("pain_told ordered_missing again wrong_text price_disbelief dirty hospital drip"), _WAARDE
    ),
    # a warning light, a rattle, an error code after the work; what the business promised itself
    **dict.fromkeys(("light_on", "noise", "error_back", "own_promise", "warranty_refused", "also_broken"), _WAARDE),
    **dict.fromkeys(("same_hands", "extra_part", "wrong_text_wanted", "charged_undone"), _WAARDE),
    "table_smaller": frozenset({"waarde", "tweede"}),  # a table for fewer than booked
    "wrong_for": _WAARDE | {"tweede"},  # who of the party got the wrong dish, and that dish
    "wrong_name": _WAARDE | {"naam"},  # the name on the order spelt wrong
    "wrong_name_other": _WAARDE | {"naam"},  # another name on the order altogether, and the right one
    "not_received": _WAARDE,  # never got what was due ('geen factuur gekregen')
    "not_offered": _WAARDE,  # what should have been offered ('een leenfiets')
    "on_phone": _WAARDE,  # who did the work was on the phone meanwhile ('Yusuf stond ondertussen te bellen')
    "dirty_tool": _NONE,  # a dirty or unsterilised tool named or asked about ('een vuil mesje')
    "rude_staff": _WAARDE,  # who of the business was rude, as the writer named them ('de nieuwe verkoopster')
    "price_rose": _NONE,  # a price that went up again, without the old amount ('alweer omhoog')
    "dog_kept_out": _NONE,  # the writer's dog not let in ('mochten we niet naar binnen')
    "used_to_be_better": _NONE,  # it was better here before ('vroeger was da hier veel beter')
    "told_before": _WAARDE,  # told beforehand what was needed ('dat hij in een rolstoel zit')
    "cold_named": _WAARDE | {"tweede"},  # the dish that came cold ('de friet was koud')
    "warm_drink": _WAARDE | {"tweede"},  # the drink that came warm ('het bier was lauw')
    "got_instead": _WAARDE | {"tweede"},  # what came instead of what was asked, both as said
    "extra_for": _WAARDE,  # the reason the business gave for a higher amount ('de bloemenkrans')
    "booking_tried": _WAARDE,  # trying for a while to make an appointment ('afspraak')
    "short_staffed": _NONE,  # the business said only afterwards it was short of staff through illness
    "seat_instead": _WAARDE | {"tweede"},  # asked for a place ('bij het raam'), seated elsewhere ('klapdeur')
    "soiled": _WAARDE,  # what came back dirty after the work, with what ('vet')
    "too_tight": _WAARDE,  # braids set so tight it hurt ('box braids')
    "diet_asked": _WAARDE | {"tweede"},  # asked if it was halal, and what was on it anyway ('salami')
    "wrong_ordered": _WAARDE | {"tweede"},  # the wrong thing came, and what was ordered ('kip teriyaki')
    "portion_price": _WAARDE | {"tweede"},  # a small portion and what was paid for it
    "own_promise_offer": _WAARDE | {"tweede"},  # what the business promised, with the offer quoted ('korting')
    "price_was": _WAARDE | {"tweede"},  # what it cost before ('vorige maand nog 4,50'): a price rise
    "fee_named": _WAARDE | {"tweede"},  # a fee by its name and amount ('€ 12,50 verplaatsing')
    "not_vegan": _WAARDE,  # something animal in what was to be vegan ('honing is niet vegan')
    "price_for": _WAARDE | {"tweede"},  # an amount for what came for it ('€ 7,95 voor een brood??')
    "price_differs": _WAARDE | {"tweede"},  # charged more than it said ('€ 38 ... op uw site € 32')
    "price_by_age": _WAARDE,  # a child's price by its age ('24 euro want hij is 13'): the age said back
    "charged_anyway": _WAARDE,  # still had to pay ('moest ik wel de helft betalen')
    "not_explained": _WAARDE,  # the explanation or advice that was part of it and not given
    "infection": _WAARDE,  # what got infected afterwards ('een ontstoken bult')
    "lost_booking": _NONE,  # a booking made (and confirmed) that was not there: turned away
    "place_instead": _WAARDE,  # booked on the terrace, seated inside ('terras')
    "lost_booking_confirmed": _NONE,  # ... after a confirmation or a check call
    "cut_more_than_asked": frozenset({"waarde"}),  # what was asked at the hairdresser's ('een beetje korter')
    "left_undone": _NONE,  # the work not even begun when the writer came to look
    "lost_order": _NONE,  # an order placed (and paid) that was nowhere in the system
    "never_delivered": _NONE,  # an order to be delivered that never came ('Niks gekomen')
    "fined": _NONE,  # a fine the writer got because of it ('ticket verlopen: € 35 boete')
    "bare_hands": _NONE,  # money first, then the food with bare hands ('zonder tang of handschoenen')
    "smoke": _NONE,  # a device that began to smoke ('begon tijdens het laden te roken')
    "fire": _NONE,  # a device that caught fire ('de lader vatte vlam')
    "had_to_hire": _WAARDE,  # what the writer had to rent or buy because of it ('een leenbakfiets')
    "body_bother": _WAARDE,  # a part of the body that bothers the writer since ('meer last van mijn knie')
    "promised_overdue": _WAARDE,  # the time the work was promised in, long past ('Twee werkdagen' zeiden ze)
    "part_awaited": _NONE,  # the part for the repair still not in ('Onderdeel niet binnen zegt hij elke keer')
    "hair_unlike": _WAARDE,  # a colour or cut unlike the photo the writer showed ('balayage')
    "ordered_with": _WAARDE,  # ordered with something, got it without ('met spijs besteld ... zonder spijs')
    "parts_awaited": _NONE,  # ... several parts ('de onderdelen zijn nog steeds niet geleverd')
    "price_more": _WAARDE | {"tweede"},  # how much more than before ('10 euro meer dan in januari'): a price rise
    "price_was_instead": frozenset({"tweede"}),  # the old price, without when ('in plaats van € 39,50')
}
