"""A csv of house prices for the "your own data" story: targets in the hundreds of thousands.

Generated (nothing is downloaded): price = 50,000 + 120·area + 8,000·rooms − 900·age −
3,000·distance + noise of 20,000, for 600 houses. The prices' standard deviation is about
100,000, so a model that learned nothing has an RMSE of about 100,000.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


def write_house_prices(path: Path, n: int = 600, seed: int = 0) -> np.ndarray:
    """Write the csv; returns the prices."""
    rng = np.random.default_rng(seed)
    area = rng.uniform(800, 3500, n)
    rooms = rng.integers(1, 6, n)
    age = rng.uniform(0, 60, n)
    distance = rng.uniform(1, 30, n)
    price = 50_000 + 120 * area + 8_000 * rooms - 900 * age - 3_000 * distance + rng.normal(0, 20_000, n)
    lines = ["area,rooms,age,distance,price"]
    lines += [f"{a:.0f},{r},{g:.1f},{d:.2f},{p:.0f}" for a, r, g, d, p in zip(area, rooms, age, distance, price, strict=True)]
    path.write_text("\n".join(lines) + "\n")
    return np.round(price)
