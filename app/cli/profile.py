"""`reageerwijzer profile`: show or set the business profile, or print a pause message."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import IO

from app.cli.common import Parser, Subparsers, add_db, open_store, read_small_file
from app.errors import ReageerwijzerError
from app.jsonl import parse_json_text


def add_parser(sub: Subparsers) -> None:
    profile = sub.add_parser("profile", help="het bedrijfsprofiel (naam, toon, contact, openingstijden, FAQ)")
    psub = profile.add_subparsers(dest="profile_command", metavar="ACTIE", parser_class=Parser, required=True)
    pshow = psub.add_parser("show", help="het profiel tonen (JSON)")
    add_db(pshow)
    pset = psub.add_parser("set", help="het profiel vervangen door een JSON-bestand")
    pset.add_argument("file", metavar="BESTAND")
    add_db(pset)
    ppause = psub.add_parser("pause-message", help="een eerlijke tekst om reacties tijdelijk uit te zetten")
    add_db(ppause)


def cmd_profile(args: argparse.Namespace, out: IO[str]) -> int:
    import json

    from app.domain.drafting import Drafter
    from app.domain.profile import BusinessProfile, ProfileError
    from app.store.profile import load_profile, save_profile

    with open_store(args) as store:
        if args.profile_command == "show":
            out.write(json.dumps(load_profile(store).to_dict(), ensure_ascii=False, indent=2) + "\n")
        elif args.profile_command == "set":
            path = Path(args.file)
            raw = read_small_file(args.file)
            try:
                data = parse_json_text(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                raise ReageerwijzerError(f"{path} is geen geldig JSON-bestand (geen geldige UTF-8)") from None
            except ValueError as exc:
                raise ReageerwijzerError(f"{path} is geen geldig JSON-bestand: {exc}") from None
            if not isinstance(data, dict):
                raise ReageerwijzerError(f"{path}: verwacht een JSON-object met het profiel")
            try:
                profile = BusinessProfile.from_dict(data)
            except (ProfileError, TypeError, ValueError, AttributeError) as exc:
                reason = str(exc).splitlines()[0] if str(exc) else "ongeldig profiel"
                raise ReageerwijzerError(f"{path}: {reason}") from None
            save_profile(store, profile)
            out.write(f"profiel opgeslagen voor {profile.name or '(naamloos bedrijf)'}\n")
        else:
            out.write(Drafter(load_profile(store)).pause_message() + "\n")
    return 0
