"""The vendored world map: TopoJSON decoding, ISO codes, the antimeridian."""

from __future__ import annotations

from communique.reports._geo import _cut, equal_earth, load_shapes, topology_features


def test_topojson_arcs_are_delta_decoded_and_stitched():
    topo = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "031", "properties": {"name": "Square"},
             "arcs": [[0, 1]]},
            {"type": "Polygon", "id": "032", "properties": {"name": "Reversed"},
             "arcs": [[~1]]}]}},
    }
    square, back = topology_features(topo, "countries")
    assert square["geometry"]["coordinates"] == [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]
    assert back["geometry"]["coordinates"] == [[[0, 0], [0, 2], [2, 2]]]


def test_shapes_carry_iso3_codes_including_kosovo():
    codes = {code for code, _name, _rings in load_shapes()}
    assert {"AZE", "TUR", "RUS", "FJI", "USA", "XKX"} <= codes
    assert len(codes) > 170


def test_rings_crossing_the_antimeridian_are_cut_in_two():
    ring = [(170.0, 60.0), (-170.0, 60.0), (-170.0, 70.0), (170.0, 70.0), (170.0, 60.0)]
    parts = _cut(ring)
    assert len(parts) == 2
    assert all(-180 <= x <= 180 for part in parts for x, _ in part)


def test_equal_earth_keeps_the_equator_and_the_meridian():
    assert equal_earth(0, 0) == (0.0, 0.0)
    x, y = equal_earth(180, 0)
    assert 2.6 < x < 2.8 and y == 0.0
