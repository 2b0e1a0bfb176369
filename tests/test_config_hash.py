"""A ``Config`` can be hashed (fix4; api3 noticed it could not): a frozen dataclass promises it, and callers
key caches on one (``functools.lru_cache`` over a function taking the config, a dict of runs by config).
``hash(Config())`` raised ``TypeError: unhashable type: 'dict'`` (its ``headers`` default), as did a
config given a list of patterns or a set of status codes, which ``Config`` accepts as callers write them.
Equal configs hash alike; configs that differ stay apart.
"""

from __future__ import annotations

import functools
import pickle
from pathlib import Path

from linkcheck import Config


def test_the_default_config_hashes_and_keys_a_cache() -> None:
    assert hash(Config()) == hash(Config())
    calls: list[Config] = []

    @functools.lru_cache(maxsize=4)
    def plan(config: Config) -> int:
        calls.append(config)
        return config.workers

    assert plan(Config()) == plan(Config()) == Config().workers
    assert len(calls) == 1


def test_configs_of_every_kind_of_value_hash_and_equal_ones_alike() -> None:
    options: dict[str, object] = {
        "headers": {"news.example": {"Cookie": "consent=1"}},
        "include": [r"^https://news\.example/"],
        "exclude": (r"\.pdf$",),
        "accept_status": {403},
        "allow_hosts": ["127.0.0.1"],
        "cache_path": Path("/tmp/linkcheck-cache"),
    }
    one, two = Config(**options), Config(**options)  # type: ignore[arg-type]
    assert one == two
    assert hash(one) == hash(two)
    assert {one: "run"}[two] == "run"
    assert hash(pickle.loads(pickle.dumps(one))) == hash(one)
    assert hash(one.evolve(workers=3)) == hash(two.evolve(workers=3))


def test_configs_that_differ_stay_apart() -> None:
    base = Config(headers={"news.example": {"Cookie": "a"}})
    other = Config(headers={"news.example": {"Cookie": "b"}})
    assert base != other
    assert len({base, other, Config(), Config(workers=2)}) == 4
