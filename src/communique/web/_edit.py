"""Turning edit forms and API bodies into service calls (checked, minimal changes)."""

from __future__ import annotations

from typing import Any

from ..errors import UsageError
from ..measures import format_measure, parse_measure
from ..model import Record
from ..services.importer import validate

__all__ = ["codes", "changes_from_form", "record_from_dict", "record_from_form", "current_values",
           "api_changes"]


def codes(text: str | list[str] | None) -> list[str]:
    """``"AZE, tur"`` -> ``["AZE", "TUR"]`` (also accepts a list)."""
    items = text if isinstance(text, list) else (text or "").replace(";", ",").split(",")
    return [c.strip() for c in items if c and c.strip()]


def current_values(rec: Record, status: str) -> dict[str, Any]:
    """An event's editable fields as the edit form shows them."""
    q, place = rec.quantity, rec.place
    return {
        "type": rec.type, "date_start": rec.date.start or "", "date_end": rec.date.end or "",
        "from": ", ".join(rec.from_), "to": ", ".join(rec.to),
        "organizations": ", ".join(rec.organizations),
        "place_country": (place.country if place else None) or "",
        "place_city": (place.city if place else None) or "", "title": rec.title or "",
        "quantity_value": "" if q is None else str(q.value),
        "quantity_qualifier": q.qualifier if q else "exactly",
        "quantity_unit": (q.unit if q else None) or "", "status": status,
        "measures": "; ".join(format_measure(m) for m in rec.measures),
    }


def _check_countries(values: list[str], field: str) -> list[str]:
    from ..services.importer import is_country_code

    out = [v.upper() for v in values]
    bad = [v for v in out if not is_country_code(v)]
    if bad:
        raise UsageError(f"{field}: unknown country code(s) {', '.join(bad)} "
                         "(ISO 3166-1 alpha-3, e.g. AZE)")
    return out


def changes_from_form(rec: Record, status: str, form: dict[str, str]) -> dict[str, Any]:
    """The fields the form changes, typed as :func:`communique.services.review.edit` wants."""
    old = current_values(rec, status)
    out: dict[str, Any] = {}
    for key, before in old.items():
        if key not in form:
            continue
        value = (form.get(key) or "").strip()
        if value == before:
            continue
        if key in ("from", "to"):
            out[key] = _check_countries(codes(value), key)
        elif key == "organizations":
            out[key] = codes(value)
        elif key == "place_country":
            out[key] = _check_countries([value], key)[0] if value else None
        elif key == "quantity_value":
            try:
                out[key] = float(value) if value else None
            except ValueError:
                raise UsageError(f"quantity: {value!r} is not a number") from None
        elif key in ("date_start", "date_end", "place_city", "title", "quantity_unit"):
            out[key] = value or None
        elif key == "measures":
            out[key] = _form_measures(value)
        else:
            out[key] = value
    if "quantity_value" in out and out["quantity_value"] is not None:
        out.setdefault("quantity_qualifier", form.get("quantity_qualifier") or "exactly")
    return out


def _form_measures(text: str | None) -> list[dict[str, Any]]:
    """``"143 votes; USD 2 million"`` -> measure dicts (UsageError says how to write one)."""
    return [parse_measure(part).to_dict() for part in (text or "").split(";") if part.strip()]


def record_from_dict(data: dict[str, Any]) -> Record:
    """An interchange record from JSON, refused with every problem listed (the one
    check every write shares: :func:`communique.services.importer.validate`)."""
    problems = validate(data)
    persons = data.get("persons") if isinstance(data, dict) else None
    for i, p in enumerate(persons if isinstance(persons, list) else [], 1):
        if isinstance(p, dict) and any(p.get(k) is not None and not isinstance(p.get(k), str)
                                       for k in ("name", "country")):
            problems.append(f"person {i}: name and country must be text or null")
    place = data.get("place") if isinstance(data, dict) else None
    if isinstance(place, dict) and any(place.get(k) is not None
                                       and not isinstance(place.get(k), str)
                                       for k in ("country", "city")):
        problems.append("place.country and place.city must be text or null")
    quantity = data.get("quantity") if isinstance(data, dict) else None
    if isinstance(quantity, dict) and quantity.get("unit") is not None \
            and not isinstance(quantity.get("unit"), str):
        problems.append("quantity.unit must be text or null")
    if problems:
        raise UsageError("the record is not valid: " + "; ".join(problems))
    try:
        return Record.from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise UsageError(f"the record is not valid: {exc}") from None


def record_from_form(form: dict[str, str]) -> Record:
    qty = None
    if (form.get("quantity_value") or "").strip():
        try:
            value = float(form["quantity_value"])
        except ValueError:
            raise UsageError(f"quantity: {form['quantity_value']!r} is not a number") from None
        qty = {"value": int(value) if value.is_integer() else value,
               "qualifier": form.get("quantity_qualifier") or "exactly",
               "unit": (form.get("quantity_unit") or "").strip() or None}
    place = None
    if (form.get("place_country") or "").strip() or (form.get("place_city") or "").strip():
        place = {"country": (form.get("place_country") or "").strip().upper() or None,
                 "city": (form.get("place_city") or "").strip() or None}
    data: dict[str, Any] = {
        "type": form.get("type") or "",
        "date": {"start": (form.get("date_start") or "").strip() or None,
                 "end": (form.get("date_end") or "").strip() or None},
        "countries": {"from": [c.upper() for c in codes(form.get("from"))],
                      "to": [c.upper() for c in codes(form.get("to"))]},
        "organizations": codes(form.get("organizations")),
        "persons": [], "place": place, "title": (form.get("title") or "").strip() or None,
        "quantity": qty, "optional": False, "source": None,
        "measures": _form_measures(form.get("measures")),
    }
    return record_from_dict(data)


_TEXT_FIELDS = ("type", "date_start", "date_end", "place_country", "place_city", "title",
                "quantity_qualifier", "quantity_unit", "status")


def api_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """An API edit's ``changes``, type-checked (the service checks the values)."""
    from ..services.review import EDITABLE

    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise UsageError(f"cannot edit {', '.join(unknown)}; editable: {', '.join(EDITABLE)}")
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key in ("from", "to", "organizations"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise UsageError(f"{key} must be a list of codes")
            out[key] = _check_countries(value, key) if key != "organizations" else value
        elif key == "quantity_value":
            if value is not None and (isinstance(value, bool)
                                      or not isinstance(value, int | float)):
                raise UsageError("quantity_value must be a number or null")
            out[key] = value
        elif key == "measures":
            if isinstance(value, str):
                out[key] = _form_measures(value)
            elif isinstance(value, list):
                out[key] = value  # the service checks each {value, qualifier, unit}
            else:
                raise UsageError("measures must be a list of {value, qualifier, unit} "
                                 "or text such as '143 votes; 40 students'")
        elif key in _TEXT_FIELDS:
            if value is not None and not isinstance(value, str):
                raise UsageError(f"{key} must be text or null")
            if key == "place_country" and value:
                value = _check_countries([value], key)[0]
            out[key] = value
    widths = {"organizations": 40, "title": 1000, "place_city": 200, "quantity_unit": 100,
              "date_start": 10, "date_end": 10, "type": 20, "status": 10,
              "quantity_qualifier": 20}
    for key, value in out.items():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and ("\x00" in text or len(text) > widths.get(key, 1000)):
                raise UsageError(f"{key}: at most {widths.get(key, 1000)} characters, no NUL")
    return out
