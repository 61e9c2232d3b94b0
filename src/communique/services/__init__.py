"""The service layer: the one API the CLI and the web app call.

    ingest    read, extract and store documents (one transaction each)
    review    accept, reject, edit, merge, split; add events by hand
    query     event lists with filters, one event in full, dossiers
    export    JSON Lines, CSV, Parquet
    importer  CSV / JSON Lines import, all or nothing
    persons   persons with time-bounded roles
    stats     counts by type, country, region, organisation, month; dyad-year table
              (reports and claim checks: communique.reports.review / .check)

Each function takes a :class:`communique.registry.Registry` (from
``open_registry()``) and plain arguments, and returns plain data classes.
Import the submodule you need; nothing is loaded here.
"""

__all__ = ["ingest", "review", "query", "export", "importer", "persons", "stats"]
