"""Tables of language and reference data, read from YAML/CSV files beside this module.

``load(name)`` reads ``<name>.yaml`` once and caches it; every table of number words, units,
currencies, period phrases, indicator cues and entity words goes through it.

The tables are lists of words, so only ``true`` and ``false`` are booleans (as in YAML 1.2):
PyYAML's YAML 1.1 reading would turn the words "yes", "no", "on" and "off" into booleans.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml


class _WordsLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` whose booleans are ``true`` and ``false`` only (any case)."""


_WordsLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordsLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(text: Any) -> Any:
    """YAML text (or an open file) parsed as Tally's tables are: "yes", "no", "on", "off" stay words."""
    return yaml.load(text, Loader=_WordsLoader)  # noqa: S506 - a SafeLoader subclass


@cache
def load(name: str) -> Any:
    """The parsed content of ``tally/data/<name>.yaml`` (cached; treat it as read-only)."""
    path = resources.files(__package__).joinpath(f"{name}.yaml")
    with path.open("r", encoding="utf-8") as fh:
        return read_yaml(fh)


def path(name: str) -> Any:
    """A Traversable for a data file beside this module (CSV and other non-YAML tables)."""
    return resources.files(__package__).joinpath(name)
