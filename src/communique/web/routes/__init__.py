"""The web routes, one module per area: auth (login, users), pages (dashboard,
dossiers, people, organisations), events, review, documents, reports, and the
JSON API (api_events, api_more)."""
