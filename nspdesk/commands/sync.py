"""``nspdesk sync``: a laptop's own database, synced with the team database (docs/sync.md).

``nspdesk sync join URL --db LAPTOP.sqlite3 --device MK`` connects the file once and copies the team
database down; ``nspdesk sync --db LAPTOP.sqlite3 [--json]`` sends this laptop's changes and fetches
the others'; ``sync conflicts`` / ``sync resolve ID --keep mine|theirs`` show and close what two sides
changed at once; ``sync leave`` keeps the file as a standalone database; ``sync remove-device NAME
--db TEAM-URL`` shuts a lost laptop out.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from nspdesk.commands.common import EXIT_FAILURE, EXIT_OK, CommandError, print_json
from nspdesk.commands.store_access import add_db_option, opened_workspace

if TYPE_CHECKING:
    from nspdesk.services.sync import SyncCounts


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser(
        "sync",
        help="mit der Team-Datenbank abgleichen (Änderungen senden und holen)",
        allow_abbrev=False,
    )
    sync.add_argument("--json", action="store_true", help="als JSON ausgeben")
    add_db_option(sync, dest="group_db")  # "sync --db X join …" as well as "sync join … --db X"
    sync.set_defaults(run=run_sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="AKTION", required=False)

    join = actions.add_parser(
        "join", help="dieses Gerät mit der Team-Datenbank verbinden und alles herunterladen"
    )
    join.add_argument(
        "url",
        metavar="URL",
        help="postgresql://benutzer[:passwort]@server/datenbank[?sslmode=verify-full&sslrootcert="
        "CA.pem]; das Passwort kommt in den Schlüsselbund des Systems",
    )
    join.add_argument(
        "--device", required=True, metavar="NAME", help="Name des Geräts, z. B. Initialen (MK)"
    )
    join.add_argument(
        "--ca",
        metavar="CA.pem",
        help="das CA-Zertifikat des Teams: die Verbindung verlangt dann TLS mit einem davon "
        "signierten Zertifikat für den Servernamen (sslmode=verify-full)",
    )
    join.add_argument(
        "--send-existing",
        action="store_true",
        help="Daten, die schon in der Datei sind, in die Team-Datenbank übernehmen",
    )
    _add_json_option(join)
    add_db_option(join)
    join.set_defaults(run=run_join)

    conflicts = actions.add_parser("conflicts", help="offene Konflikte zeigen")
    _add_json_option(conflicts)
    add_db_option(conflicts)
    conflicts.set_defaults(run=run_conflicts)

    resolve = actions.add_parser("resolve", help="einen Konflikt schließen")
    resolve.add_argument("id", type=int, metavar="ID", help="die Nummer aus 'sync conflicts'")
    resolve.add_argument(
        "--keep",
        required=True,
        choices=("mine", "theirs"),
        help="mine: die Fassung dieses Geräts wird gesendet; theirs: die des Teams bleibt",
    )
    add_db_option(resolve)
    resolve.set_defaults(run=run_resolve)

    status = actions.add_parser("status", help="Team, Gerät, letzter Abgleich")
    _add_json_option(status)
    add_db_option(status)
    status.set_defaults(run=run_status)

    leave = actions.add_parser(
        "leave", help="das Team verlassen; die Datei bleibt eine eigenständige Datenbank"
    )
    leave.add_argument(
        "--force", action="store_true", help="auch mit noch nicht gesendeten Änderungen"
    )
    add_db_option(leave)
    leave.set_defaults(run=run_leave)

    remove = actions.add_parser(
        "remove-device",
        help="in der Team-Datenbank (--db URL): ein Gerät aussperren (z. B. verloren)",
    )
    remove.add_argument("name", metavar="NAME")
    add_db_option(remove)
    remove.set_defaults(run=run_remove_device)


def _add_json_option(parser: argparse.ArgumentParser) -> None:
    """An action's ``--json``; without it the one before the action word holds (``sync --json
    status``): an action's default would overwrite it."""
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="als JSON ausgeben"
    )


def _counts_json(counts: SyncCounts) -> dict[str, int]:
    return {"pushed": counts.pushed, "pulled": counts.pulled, "conflicts": counts.conflicts}


def _print_counts(args: argparse.Namespace, counts: SyncCounts) -> None:
    if args.json:
        print_json(_counts_json(counts))
        return
    found = _counts_json(counts)
    print(
        f"Gesendet: {found['pushed']}, geholt: {found['pulled']}, neue Konflikte: "
        f"{found['conflicts']}"
    )
    if found["conflicts"]:
        print("Konflikte ansehen: nspdesk sync conflicts")


def run_sync(args: argparse.Namespace) -> int:
    from nspdesk.services import sync

    with opened_workspace(args) as workspace:
        counts = sync.sync(workspace)
    _print_counts(args, counts)
    return EXIT_OK


def run_join(args: argparse.Namespace) -> int:
    from nspdesk.services import sync
    from nspdesk.services.errors import ConflictError, InputError

    with opened_workspace(args, create=True) as workspace:
        try:
            counts = sync.join(
                workspace,
                args.url,
                args.device,
                send_existing=args.send_existing,
                ca_file=args.ca,
            )
        except ConflictError as error:  # a name, a file with data: the input, not the database
            raise CommandError(str(error)) from None
        except InputError as error:  # the team's CA file: named as the option is written
            raise CommandError(f"--ca: {error.message}") from None
    _print_counts(args, counts)
    return EXIT_OK


def run_conflicts(args: argparse.Namespace) -> int:
    from nspdesk.services import sync

    with opened_workspace(args) as workspace:
        found = sync.conflicts(workspace)
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "table": c.table,
                    "reason": c.reason,
                    "thing": c.thing,
                    "part": c.part,
                    "why": c.why,
                    "mine_deleted": c.mine_deleted,
                    "theirs_deleted": c.theirs_deleted,
                    "fields": {
                        f.name: {
                            "mine": f.mine,
                            "theirs": f.theirs,
                            "label": f.label,
                            "mine_shown": f.mine_shown,
                            "theirs_shown": f.theirs_shown,
                        }
                        for f in c.fields
                    },
                }
                for c in found
            ]
        )
        return EXIT_OK
    if not found:
        print("Keine offenen Konflikte.")
    for c in found:
        where = f"{c.thing} · {c.part}" if c.part else c.thing
        print(f"{c.id}: {where} – {c.why}")
        if c.mine_deleted:
            print("    hier gelöscht")
        if c.theirs_deleted:
            print("    im Team gelöscht")
        for f in c.fields:
            if c.theirs_deleted:  # what is kept here
                print(f"    {f.label}: „{f.mine_shown}“")
            elif not c.mine_deleted:
                print(f"    {f.label}: hier „{f.mine_shown}“, im Team „{f.theirs_shown}“")
    return EXIT_OK


def run_resolve(args: argparse.Namespace) -> int:
    from nspdesk.services import sync
    from nspdesk.services.errors import NotFoundError

    with opened_workspace(args) as workspace:
        try:
            sync.resolve(workspace, args.id, args.keep == "mine")
        except NotFoundError as error:
            raise CommandError(str(error)) from None
    print(f"Konflikt {args.id} geschlossen ({args.keep}).")
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    from nspdesk.services import sync

    with opened_workspace(args) as workspace:
        found = sync.status(workspace)
    if args.json:
        print_json(
            None
            if found is None
            else {
                "device": found.device,
                "team": found.team,
                "server": found.server,
                "joined_at": found.joined_at.isoformat(),
                "last_sync_at": None
                if found.last_sync_at is None
                else found.last_sync_at.isoformat(),
                "unsent": found.unsent,
                "open_conflicts": found.open_conflicts,
            }
        )
        return EXIT_OK
    if found is None:
        print("Nicht mit einer Team-Datenbank verbunden.")
        return EXIT_OK
    from nspdesk.domain.messages import Moment, render

    last = (
        "noch nie"
        if found.last_sync_at is None
        else render(Moment(found.last_sync_at.astimezone()))
    )
    print(f"Gerät {found.device} im Team {found.server}; letzter Abgleich: {last}")
    print(f"Nicht gesendete Änderungen: {found.unsent}; offene Konflikte: {found.open_conflicts}")
    return EXIT_OK


def run_leave(args: argparse.Namespace) -> int:
    from nspdesk.services import sync
    from nspdesk.services.errors import ConflictError

    with opened_workspace(args) as workspace:
        try:
            name = sync.leave(workspace, force=args.force)
        except ConflictError as error:
            raise CommandError(str(error), EXIT_FAILURE) from None
    print(f"Gerät {name} hat das Team verlassen; die Datei ist eine eigenständige Datenbank.")
    return EXIT_OK


def run_remove_device(args: argparse.Namespace) -> int:
    from nspdesk.services import sync
    from nspdesk.services.errors import NotFoundError

    with opened_workspace(args) as workspace:
        try:
            sync.remove_device(workspace, args.name)
        except NotFoundError as error:
            raise CommandError(str(error)) from None
    print(f"Gerät {args.name} ist ausgesperrt; es kann nichts mehr senden.")
    return EXIT_OK
