"""`reageerwijzer radar`: is there a crisis brewing? One JSON object with the level and why."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import IO

from app.cli.common import Subparsers, add_db, open_store
from app.errors import ReageerwijzerError


def add_parser(sub: Subparsers) -> None:
    radar = sub.add_parser(
        "radar", help="crisisradar: rustig, verhoogd of crisis, met redenen, verklaring en stappen (JSON)"
    )
    radar.add_argument(
        "--now", metavar="ISO", help="het moment om te beoordelen (standaard: nu), bijv. 2026-03-07T14:00"
    )
    radar.add_argument(
        "--done", metavar="GOLF", help="opvolging van deze gaan-liggen golf (id uit 'follow_up') is geplaatst"
    )
    add_db(radar)


def parse_now(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ReageerwijzerError(f"ongeldig moment '{value[:40]}': gebruik ISO 8601, bijv. 2026-03-07T14:00") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def cmd_radar(args: argparse.Namespace, out: IO[str]) -> int:
    from app.nlp.topics import analyse_topics
    from app.store.radar import check, mark_follow_up_done

    now = parse_now(args.now)
    with open_store(args, read_only_ok=args.done is None) as store:
        report = check(store, now, analyse_topics)
        if args.done:
            waiting = {e.id for e in report.result.follow_ups}
            if args.done not in waiting:
                raise ReageerwijzerError(f"geen gaan-liggen golf '{args.done[:60]}' die nog op een opvolging wacht")
            mark_follow_up_done(store, args.done)
            report = check(store, now, analyse_topics)
    out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    return 0
