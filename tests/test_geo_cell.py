"""Grid cells: numbered as documented, a box lists every cell of its points, and the migration's
SQL numbers stored events exactly as the service numbers new ones."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from app.db.engine import make_engine
from app.services import geo_cell
from tests.conftest import ROOT

LAT = st.floats(min_value=-90, max_value=90)
LON = st.floats(min_value=-180, max_value=180)
# Cell borders, both poles and both sides of the antimeridian, and a value just under a border.
POINTS = [
    (-90.0, -180.0), (90.0, 180.0), (0.0, 0.0), (-0.5, -0.5), (33.0, 36.0),
    (32.99999999, 35.99999999), (-12.3, 44.9), (89.9999, 179.9999), (2.0371, 45.3438),
]  # fmt: skip


def test_cells_count_rows_from_the_south_pole_and_columns_from_the_antimeridian() -> None:
    assert geo_cell.cell(-90, -180) == 0
    assert geo_cell.cell(-89.5, -178.5) == 1
    assert geo_cell.cell(-88.5, -180) == 360
    assert geo_cell.cell(0, 0) == 90 * 360 + 180
    assert geo_cell.cell(-0.5, -0.5) == 89 * 360 + 179
    assert geo_cell.cell(90, 180) == 179 * 360 + 359  # the poles' edges join the last cells
    assert geo_cell.cell(None, 10) is None
    assert geo_cell.cell(10, None) is None
    assert geo_cell.cell(float("nan"), 10) is None  # no box holds these
    assert geo_cell.cell(10, 180.5) is None


@given(LAT, LAT, LON, LON, st.floats(0, 1), st.floats(0, 1))
def test_a_box_lists_the_cell_of_every_point_inside_it(
    lat1: float, lat2: float, lon1: float, lon2: float, u: float, v: float
) -> None:
    (south, north), (west, east) = sorted((lat1, lat2)), sorted((lon1, lon2))
    cells = geo_cell.cells((west, south, east, north))
    if cells is None:
        assert (north - south) * (east - west) > 40 * 40
        return
    lat, lon = south + u * (north - south), west + v * (east - west)
    assert geo_cell.cell(min(lat, north), min(lon, east)) in cells
    assert len(cells) == len(set(cells)) <= geo_cell.MAX_CELLS


def test_a_ten_degree_box_probes_its_121_cells_and_a_continent_sized_one_none() -> None:
    assert len(geo_cell.cells((30, 10, 40, 20)) or []) == 121
    assert geo_cell.cells((-20, -40, 60, 40)) is None


def _migration() -> ModuleType:
    path = ROOT / "alembic" / "versions" / "2026_11_29_0010_geo_cell.py"
    spec = importlib.util.spec_from_file_location("geo_cell_migration", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_migration_numbers_cells_as_the_service_does(database_url: str) -> None:
    engine = make_engine(database_url)
    expression = _migration()._cell_sql(engine.dialect.name)
    points = " UNION ALL ".join(
        f"SELECT {i} AS i, CAST({lat!r} AS FLOAT) AS latitude, CAST({lon!r} AS FLOAT) AS longitude"
        for i, (lat, lon) in enumerate(POINTS)
    )
    with engine.connect() as conn:
        computed = conn.execute(text(f"SELECT {expression} FROM ({points}) AS p ORDER BY i"))
        assert list(computed.scalars()) == [geo_cell.cell(lat, lon) for lat, lon in POINTS]
    engine.dispose()
