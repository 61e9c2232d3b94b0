"""``communique aid``: aid activities — add, import, list, show, sync, export (IATI)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UsageError
from ._common import fail
from ._registry import DbOption, UserOption, registry_for

if TYPE_CHECKING:  # pragma: no cover
    from ..services.aid import AidFilter

aid_app = typer.Typer(help="Aid activities: add, import, list, show, sync, export.",
                      no_args_is_help=True)


class AidFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    iati = "iati"


def _filter(recipient: list[str] | None, donor: str | None, status: list[str] | None,
            modality: list[str] | None, from_date: str | None,
            to_date: str | None) -> AidFilter:
    from ..services.aid import AidFilter

    return AidFilter(recipients=recipient, donor=donor, statuses=status, modalities=modality,
                     from_date=from_date, to_date=to_date)


@aid_app.command("add")
def add_command(
    donor: Annotated[str, typer.Option(help="ISO3 of the giver.", show_default=False)],
    to: Annotated[list[str], typer.Option("--to", help="Recipient: ISO3 or organisation "
                                          "(repeatable).", show_default=False)],
    title: Annotated[str, typer.Option(help="What was given.", show_default=False)],
    date: Annotated[str | None, typer.Option(help="Start YYYY[-MM[-DD]].")] = None,
    end: Annotated[str | None, typer.Option(help="End YYYY[-MM[-DD]].")] = None,
    modality: Annotated[str, typer.Option(help="in_kind, cash, vaccines or services.")]
    = "in_kind",
    status: Annotated[str, typer.Option(help="pledged, committed or disbursed.")]
    = "disbursed",
    amount: Annotated[str | None, typer.Option(
        help="Amount with its currency, e.g. 'USD 2 million'.")] = None,
    channel: Annotated[str | None, typer.Option(help="Organisation it went through.")] = None,
    sector: Annotated[str | None, typer.Option(help="Sector (DAC 5-digit code or words).")]
    = None,
    measure: Annotated[list[str] | None, typer.Option(
        "--measure", help="What was given, e.g. '200000 doses' (repeatable).")] = None,
    db: DbOption = None, user: UserOption = None,
) -> None:
    """Add an aid activity by hand.

    Example: communique aid add --donor AZE --to IDN --title "Flood relief" --date 2021-04
    --amount "USD 100000" --modality cash
    """
    from ..aid import Aid
    from ..measures import is_currency, parse_measure
    from ..model import DateSpan
    from ..services.aid import add_aid

    try:
        money = parse_measure(amount) if amount else None
        if money is not None and not is_currency(money.unit):
            raise UsageError(f"--amount {amount!r}: give a currency, e.g. 'USD 2 million'")
        measures = [parse_measure(m) for m in measure or []]
    except UsageError as exc:
        fail(exc)
    aid = Aid(title=title, donor=donor.upper(),
              recipients=[r.upper() if len(r) == 3 else r for r in to], modality=modality,
              status=status, date=DateSpan(date, end), channel=channel, sector=sector,
              amount=money.value if money else None, currency=money.unit if money else None,
              measures=measures)
    with registry_for(db) as reg:
        typer.echo(f"aid {add_aid(reg, aid, user=user)}")


@aid_app.command("import")
def import_command(
    path: Annotated[Path, typer.Argument(help=".jsonl or .csv file.", show_default=False)],
    db: DbOption = None, user: UserOption = None,
) -> None:
    """Import aid activities, all or nothing (bad rows are listed by line).

    Example: communique aid import aid-2021.csv
    """
    from ..services.aid import import_aid

    with registry_for(db) as reg:
        n = import_aid(reg, path, user=user)
    typer.echo(f"imported {n} aid activit{'y' if n == 1 else 'ies'} from {path}")


@aid_app.command("list")
def list_command(
    recipient: Annotated[list[str] | None, typer.Option(help="Recipient (repeatable).")]
    = None,
    donor: Annotated[str | None, typer.Option(help="ISO3 of the giver.")] = None,
    status: Annotated[list[str] | None, typer.Option(help="pledged, committed, disbursed.")]
    = None,
    modality: Annotated[list[str] | None, typer.Option(help="in_kind, cash, vaccines, "
                                                       "services.")] = None,
    from_date: Annotated[str | None, typer.Option(help="From YYYY[-MM[-DD]].")] = None,
    to_date: Annotated[str | None, typer.Option(help="To YYYY[-MM[-DD]].")] = None,
    fmt: Annotated[AidFormat, typer.Option("--format", "-f")] = AidFormat.table,
    db: DbOption = None,
) -> None:
    """List aid activities in date order.

    Example: communique aid list --from-date 2020 --status disbursed
    """
    from rich.console import Console
    from rich.table import Table

    from ..measures import format_measure
    from ..model import Quantity
    from ..services.aid import list_aid

    with registry_for(db) as reg:
        rows = list_aid(reg, _filter(recipient, donor, status, modality, from_date, to_date))
    if fmt is AidFormat.jsonl:
        for a in rows:
            sys.stdout.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table()
    for col in ("id", "date", "donor", "to", "modality", "status", "amount", "title"):
        table.add_column(col, overflow="fold")
    for a in rows:
        money = format_measure(Quantity(a.amount, "exactly", a.currency)) \
            if a.amount is not None else ""
        table.add_row(str(a.id), a.date.start or "", a.donor, ", ".join(a.recipients),
                      a.modality, a.status, money, a.title)
    Console().print(table)


@aid_app.command("show")
def show_command(
    aid_id: Annotated[int, typer.Argument(help="Aid activity id.", show_default=False)],
    db: DbOption = None,
) -> None:
    """Show one aid activity as JSON.

    Example: communique aid show 3
    """
    from ..services.aid import get_aid

    with registry_for(db) as reg:
        aid = get_aid(reg, aid_id)
    sys.stdout.write(json.dumps(aid.to_dict(), ensure_ascii=False, indent=2) + "\n")


@aid_app.command("sync")
def sync_command(
    issuer: Annotated[str | None, typer.Option(help="Donor when a record names none.")]
    = None,
    db: DbOption = None, user: UserOption = None,
) -> None:
    """Make an aid activity of every accepted aid event that has none yet.

    Example: communique aid sync --issuer AZE
    """
    from ..services.aid import sync_aid

    with registry_for(db) as reg:
        n = sync_aid(reg, issuer=issuer.upper() if issuer else None, user=user)
    typer.echo(f"added {n} aid activit{'y' if n == 1 else 'ies'} from aid events")


@aid_app.command("export")
def export_command(
    out: Annotated[Path, typer.Option("--output", "-o", help="FILE.xml", show_default=False)],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.iati,
    reporting_org: Annotated[str | None, typer.Option(
        help="IATI organisation identifier of the publisher (default: e.g. AZ-MFA).")] = None,
    recipient: Annotated[list[str] | None, typer.Option(help="Recipient (repeatable).")]
    = None,
    from_date: Annotated[str | None, typer.Option(help="From YYYY[-MM[-DD]].")] = None,
    to_date: Annotated[str | None, typer.Option(help="To YYYY[-MM[-DD]].")] = None,
    db: DbOption = None,
) -> None:
    """Export aid activities as IATI 2.03 activity XML (validated against the schema).

    Example: communique aid export --format iati -o aid.xml
    """
    from ..services.aid import export_iati

    with registry_for(db) as reg:
        n = export_iati(reg, out, _filter(recipient, None, None, None, from_date, to_date),
                        reporting_org=reporting_org)
    typer.echo(f"wrote {n} activit{'y' if n == 1 else 'ies'} to {out} (IATI 2.03, valid)")


def register(app: typer.Typer) -> None:
    app.add_typer(aid_app, name="aid")
