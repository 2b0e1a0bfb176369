"""The rule the seventh API probe (api7) called for, each with what it must leave alone.

``Config`` equality compares each option's frozen form (a list and a tuple alike, an option declared a set
as a set), so a config read from JSON (lists) and the same one written in code (tuples, frozensets) are one
config and one cache key. See "The library API, seventh held-out probe" in docs/api.md.
"""

from __future__ import annotations

import functools
import http

from linkcheck import Config, Status


def test_a_list_and_a_tuple_for_a_tuple_option_are_one_config() -> None:
    listed = Config(allow_hosts=["127.0.0.1:8080"], include=["^https://a\\."], exclude=["x"])
    tupled = Config(allow_hosts=("127.0.0.1:8080",), include=("^https://a\\.",), exclude=("x",))
    assert listed == tupled
    assert hash(listed) == hash(tupled)
    assert listed.evolve(workers=2) == tupled.evolve(workers=2)


def test_a_set_option_given_as_a_list_in_any_order_is_the_same_set() -> None:
    listed = Config(accept_status=[503, 429], fail_on=["soft_404", "dead"])
    frozen = Config(accept_status=frozenset({429, 503}), fail_on=frozenset({"dead", "soft_404"}))
    assert listed == frozen
    assert hash(listed) == hash(frozen)
    assert Config(accept_status={503}) == Config(accept_status=(503,))


def test_enum_members_equal_their_values_in_set_options() -> None:
    members = Config(fail_on=frozenset({Status.DEAD}), accept_status=[http.HTTPStatus.SERVICE_UNAVAILABLE])
    plain = Config(fail_on=frozenset({"dead"}), accept_status=frozenset({503}))
    assert members == plain
    assert hash(members) == hash(plain)


def test_an_lru_cache_keyed_on_configs_hits_across_collection_types() -> None:
    made: list[Config] = []

    @functools.lru_cache(maxsize=4)
    def build(config: Config) -> int:
        made.append(config)
        return len(made)

    assert build(Config(allow_hosts=["h:1"], accept_status=[503])) == 1
    assert build(Config(allow_hosts=("h:1",), accept_status=frozenset({503}))) == 1
    assert len(made) == 1


def test_left_alone_different_values_order_of_patterns_and_other_types() -> None:
    assert Config(allow_hosts=("a:1",)) != Config(allow_hosts=("b:1",))
    assert Config(accept_status=[503]) != Config(accept_status=[503, 429])
    # a tuple option keeps its order (patterns are tried in the order given)
    assert Config(include=("a", "b")) != Config(include=("b", "a"))
    assert Config(headers={"a.example": {"X": "1"}}) != Config(headers={"a.example": {"X": "2"}})
    assert Config(workers=4) != Config(workers=5)
    assert Config() == Config()
    assert Config() != {"workers": 8}
    assert Config().__eq__(object()) is NotImplemented


def test_left_alone_the_values_are_kept_as_given() -> None:
    config = Config(allow_hosts=["h:1"], accept_status=[503])
    assert config.allow_hosts == ["h:1"]
    assert config.accept_status == [503]
