"""`reageerwijzer cases submit | approve | send-back | edit-reply`: approval in a small team and
changes to saved replies. Names are chosen per command (``--by``), not accounts."""

from __future__ import annotations

import argparse
from typing import IO

from app.cli.common import Subparsers, add_db, case_id_arg, read_small_file
from app.errors import ReageerwijzerError
from app.jsonl import dumps
from app.store import CaseStore, team

TEAM_ACTIONS = ("submit", "approve", "send-back", "edit-reply")


def _by(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", required=True, metavar="NAAM", help="wie dit doet (een naam, geen account)")


def _reply_text(p: argparse.ArgumentParser, what: str) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--reply", metavar="TEKST", help=f"{what} (de vorige tekst blijft bewaard)")
    group.add_argument("--reply-file", metavar="BESTAND", help="hetzelfde, uit een UTF-8-bestand")


def add_team_parsers(csub: Subparsers) -> None:
    submit = csub.add_parser("submit", help="een afgehandelde zaak ter goedkeuring aanbieden")
    submit.add_argument("id", type=case_id_arg, metavar="ID")
    _by(submit)
    add_db(submit)

    approve = csub.add_parser("approve", help="een antwoord dat op goedkeuring wacht goedkeuren")
    approve.add_argument("id", type=case_id_arg, metavar="ID")
    _by(approve)
    _reply_text(approve, "keur deze aangepaste tekst goed")
    add_db(approve)

    back = csub.add_parser("send-back", help="een antwoord met opmerking terugsturen naar wie het opstelde")
    back.add_argument("id", type=case_id_arg, metavar="ID")
    _by(back)
    back.add_argument("--comment", required=True, metavar="TEKST", help="wat er anders moet")
    add_db(back)

    edit = csub.add_parser("edit-reply", help="een opgeslagen antwoord aanpassen (de vorige tekst blijft bewaard)")
    edit.add_argument("id", type=case_id_arg, metavar="ID")
    _by(edit)
    _reply_text(edit, "de nieuwe tekst")
    add_db(edit)


def _reply_of(args: argparse.Namespace) -> str | None:
    if getattr(args, "reply_file", None):
        try:
            return read_small_file(args.reply_file).decode("utf-8")
        except UnicodeDecodeError:
            raise ReageerwijzerError(f"{args.reply_file} is geen UTF-8-tekst") from None
    reply = getattr(args, "reply", None)
    return str(reply) if reply is not None else None


def cmd_team(store: CaseStore, args: argparse.Namespace, out: IO[str]) -> int:
    """Run one team action; prints the case's approval story as one JSON line."""
    action = args.cases_command
    if action == "submit":
        result = team.submit(store, args.id, args.by)
    elif action == "approve":
        result = team.approve(store, args.id, args.by, _reply_of(args))
    elif action == "send-back":
        result = team.send_back(store, args.id, args.by, args.comment)
    else:
        reply = _reply_of(args)
        if reply is None:
            raise ReageerwijzerError("geef de nieuwe tekst met --reply of --reply-file")
        result = team.edit_reply(store, args.id, reply, args.by)
    out.write(dumps(result.as_dict()) + "\n")
    return 0


def team_fields(store: CaseStore, case_id: int) -> dict[str, object]:
    """For `cases show`: who drafted and approved, the events and the earlier replies."""
    story = team.record(store, case_id).as_dict()
    return {"team": {key: value for key, value in story.items() if key not in ("id", "status")}}
