"""Country shapes for the world map, from the vendored Natural Earth TopoJSON.

``static/countries-110m.json`` (npm world-atlas 2) is decoded here at run
time (a small TopoJSON decoder: quantized, delta-encoded arcs stitched into
rings), ids mapped from ISO 3166-1 numeric to alpha-3 with pycountry, and
projected with the Equal Earth projection (Šavrič, Patterson, Jenny 2018)
so that the map is a plain x/y figure: no map tiles, no base-map download,
nothing fetched at run time.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["Shape", "load_shapes", "equal_earth", "topology_features", "marker_point",
           "SMALL_AREA"]

#: a country whose projected area is below this (Luxembourg, Lebanon, Qatar) gets a
#: marker on the map as well as its shape, so that it can be seen and pointed at
SMALL_AREA = 0.0006

Ring = list[tuple[float, float]]
Shape = tuple[str, str, list[Ring]]  # (iso3, name, outer rings, projected)

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
#: features without an ISO numeric id in world-atlas, by name
_BY_NAME = {"Kosovo": "XKX"}


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth projection of a point in degrees (x in about -2.7..2.7)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(theta) / (
        3 * (9 * _A4 * t6 * t2 + 7 * _A3 * t6 + 3 * _A2 * t2 + _A1))
    y = theta * (_A4 * t6 * t2 + _A3 * t6 + _A2 * t2 + _A1)
    return x, y


def _arcs(topo: dict[str, Any]) -> list[Ring]:
    tr = topo.get("transform")
    out: list[Ring] = []
    for arc in topo["arcs"]:
        if tr:
            (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
            x = y = 0
            pts = []
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(float(p[0]), float(p[1])) for p in arc]
        out.append(pts)
    return out


def _ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    ring: Ring = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(pts if not ring else pts[1:])
    return ring


def topology_features(topo: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The GeoJSON features of object ``name`` of a TopoJSON topology."""
    arcs = _arcs(topo)
    feats = []
    for geom in topo["objects"][name]["geometries"]:
        kind = geom.get("type")
        if kind == "Polygon":
            coords: Any = [[list(p) for p in _ring(r, arcs)] for r in geom["arcs"]]
        elif kind == "MultiPolygon":
            coords = [[[list(p) for p in _ring(r, arcs)] for r in poly] for poly in geom["arcs"]]
        else:
            continue
        feats.append({"type": "Feature", "id": geom.get("id"),
                      "properties": geom.get("properties") or {},
                      "geometry": {"type": kind, "coordinates": coords}})
    return feats


def _iso3(feature: dict[str, Any]) -> str | None:
    import pycountry

    fid = feature.get("id")
    if fid:
        c = pycountry.countries.get(numeric=str(fid).zfill(3))
        if c is not None:
            return str(c.alpha_3)
    return _BY_NAME.get(feature["properties"].get("name", ""))


def _clip(ring: Ring, c: float, keep_below: bool) -> Ring:
    """Sutherland-Hodgman: the part of ``ring`` with lon <= c (or >= c)."""
    def inside(p: tuple[float, float]) -> bool:
        return p[0] <= c if keep_below else p[0] >= c

    out: Ring = []
    for i, cur in enumerate(ring):
        prev = ring[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(_cross(prev, cur, c))
            out.append(cur)
        elif inside(prev):
            out.append(_cross(prev, cur, c))
    return out


def _cross(a: tuple[float, float], b: tuple[float, float], c: float) -> tuple[float, float]:
    t = (c - a[0]) / (b[0] - a[0])
    return c, a[1] + t * (b[1] - a[1])


def _cut(ring: Ring) -> list[Ring]:
    """Rings that cross the antimeridian (Russia, Fiji) as two rings, one each side."""
    if not any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:], strict=False)):
        return [ring]
    unwrapped: Ring = [ring[0]]
    shift = 0.0
    for (x0, _), (x1, y1) in zip(ring, ring[1:], strict=False):
        if x1 - x0 > 180:
            shift -= 360
        elif x0 - x1 > 180:
            shift += 360
        unwrapped.append((x1 + shift, y1))
    lo, hi = min(p[0] for p in unwrapped), max(p[0] for p in unwrapped)
    edge = 180.0 if hi > 180 else -180.0
    if hi - lo >= 359:  # goes round the pole (Antarctica): not drawn
        return []
    inner = _clip(unwrapped, edge, keep_below=edge > 0)
    outer = [(x - 360 if edge > 0 else x + 360, y)
             for x, y in _clip(unwrapped, edge, keep_below=edge < 0)]
    return [r for r in (inner, outer) if len(r) > 2]


def _area(ring: Ring) -> float:
    pairs = zip(ring, ring[1:] + ring[:1], strict=True)
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs))


@lru_cache(maxsize=1)
def load_shapes() -> tuple[Shape, ...]:
    """Every country with an ISO code: (iso3, name, projected outer rings), the
    largest first (so that enclaves drawn later stay visible)."""
    text = resources.files("communique.reports").joinpath(
        "static", "countries-110m.json").read_text(encoding="utf-8")
    shapes = []
    for feat in topology_features(json.loads(text), "countries"):
        code = _iso3(feat)
        if code is None:
            continue
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        rings = [[equal_earth(lon, lat) for lon, lat in part]
                 for poly in polys if poly for part in _cut([tuple(p) for p in poly[0]])]
        if not rings:
            continue
        shapes.append((code, str(feat["properties"].get("name", code)), rings))
    shapes.sort(key=lambda s: -sum(_area(r) for r in s[2]))
    return tuple(shapes)


@lru_cache(maxsize=1)
def _small_states() -> dict[str, tuple[float, float]]:
    text = resources.files("communique.reports").joinpath(
        "static", "small_states.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.startswith("#") or line.startswith("iso3") or not line.strip():
            continue
        code, lat, lon = line.split("\t")
        out[code] = equal_earth(float(lon), float(lat))
    return out


def marker_point(code: str) -> tuple[float, float] | None:
    """Where a small country's marker goes (projected): the centre of its shape when it
    is drawn but tiny, its capital when the base map leaves it out (Malta, Singapore);
    None for a country big enough to see."""
    for shape_code, _, rings in load_shapes():
        if shape_code == code:
            if sum(_area(r) for r in rings) / 2 >= SMALL_AREA:
                return None
            biggest = max(rings, key=_area)
            return (sum(p[0] for p in biggest) / len(biggest),
                    sum(p[1] for p in biggest) / len(biggest))
    return _small_states().get(code)
