"""`reageerwijzer privacy`: the processing register, the retention period, and applying it."""

from __future__ import annotations

import argparse
from typing import IO

from app.cli.common import Parser, Subparsers, add_db, open_store
from app.domain.i18n import LANGUAGES, REFERENCE, content_language_as
from app.domain.privacy import MAX_MONTHS, MIN_MONTHS, PrivacyError
from app.errors import ReageerwijzerError


def _months(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value[:40]}' is geen geheel aantal maanden") from None
    if not MIN_MONTHS <= number <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(f"kies {MIN_MONTHS} tot en met {MAX_MONTHS} maanden")
    return number


def add_parser(sub: Subparsers) -> None:
    privacy = sub.add_parser("privacy", help="verwerkingsregister en bewaartermijn (AVG)")
    psub = privacy.add_subparsers(dest="privacy_command", metavar="ACTIE", parser_class=Parser)
    reg = psub.add_parser("register", help="de tekst voor het verwerkingsregister tonen")
    reg.add_argument("--lang", choices=LANGUAGES, default=REFERENCE, help="taal van de tekst: nl (standaard) of en")
    add_db(reg)
    retention = psub.add_parser(
        "retention", help="de bewaartermijn tonen, of kiezen met --months en --reason, en toepassen"
    )
    retention.add_argument("--months", type=_months, metavar="N", help="bewaartermijn in maanden")
    retention.add_argument("--reason", metavar="TEKST", help="waarom zo lang (verplicht bij --months)")
    retention.add_argument("--apply", action="store_true", help="zaken die de termijn voorbij zijn nu anonimiseren")
    add_db(retention)


def cmd_privacy(args: argparse.Namespace, out: IO[str]) -> int:
    from app.store.privacy import apply_retention, load_policy, register, save_policy

    action = args.privacy_command
    if action is None:
        raise ReageerwijzerError("kies een actie: register of retention")
    if action == "register":
        with open_store(args, read_only_ok=True) as store, content_language_as(args.lang):
            out.write(register(store) + "\n")
        return 0
    with open_store(args) as store:
        policy = load_policy(store)
        if args.months is not None or args.reason is not None:
            if args.months is None or not (args.reason or "").strip():
                raise ReageerwijzerError("geef zowel --months als --reason: de reden wordt bewaard")
            policy.months, policy.reason = args.months, args.reason
            try:
                save_policy(store, policy)
            except PrivacyError as exc:
                raise ReageerwijzerError(str(exc)) from None
        out.write(f"bewaartermijn: {policy.months} maanden — {policy.reason}\n")
        if args.apply:
            count = apply_retention(store)
            out.write(f"{count} zaken voorbij de bewaartermijn geanonimiseerd\n")
    return 0
