"""Project settings for the command line: ``jiaohe.toml``, or ``[tool.jiaohe]`` in ``pyproject.toml``.

The nearest such file from the working directory upwards gives defaults that a command-line
option overrides::

    # jiaohe.toml
    ignore = ["T001"]      # heading numbering is not this team's concern
    lang = "en"
    max-size = 80          # MB
    jobs = 2               # jiaohe scan's worker processes

Keys: ``select`` and ``ignore`` (lists of rule-code prefixes), ``lang`` (``zh``/``en``),
``max-size`` (MB) and ``jobs``. An unknown key, a wrong type or an unknown code prefix is an error
that names the file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_FILE = "jiaohe.toml"
_KEYS = {"select": list, "ignore": list, "lang": str, "max-size": (int, float), "jobs": int}


class ConfigError(ValueError):
    """A settings file that cannot be used, with the file named in the message."""


@dataclass(frozen=True)
class Settings:
    """The settings read, and the file they came from (``None``: built-in defaults)."""

    source: Path | None = None
    values: dict = field(default_factory=dict)

    def get(self, key: str, default=None):
        return self.values.get(key, default)


def find_settings(start: Path) -> Path | None:
    """The nearest ``jiaohe.toml``, or ``pyproject.toml`` with a ``[tool.jiaohe]`` table, from
    ``start`` upwards.

    Example: in a repository whose ``pyproject.toml`` has ``[tool.jiaohe]\nignore = ["T"]``, any
    directory below it finds that file.
    """
    for directory in (start, *start.parents):
        own = directory / CONFIG_FILE
        if own.is_file():
            return own
        project = directory / "pyproject.toml"
        if project.is_file() and "jiaohe" in _read(project).get("tool", {}):
            return project
    return None


def load_settings(path: Path | None) -> Settings:
    """The checked settings of ``path`` (a ``jiaohe.toml`` or a ``pyproject.toml``).

    Example: ``ignore = ["T001"]`` in ``jiaohe.toml`` gives ``Settings(values={"ignore": ["T001"]})``.
    """
    if path is None:
        return Settings()
    data = _read(path)
    table = data.get("tool", {}).get("jiaohe", {}) if path.name == "pyproject.toml" else data
    for key, value in table.items():
        wanted = _KEYS.get(key)
        if wanted is None:
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {', '.join(_KEYS)})")
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise ConfigError(f"{path}: setting {key!r} has the wrong type ({type(value).__name__})")
        if wanted is list and not all(isinstance(item, str) for item in value):
            raise ConfigError(f"{path}: setting {key!r} must list rule-code prefixes as strings")
    if table.get("lang", "zh") not in ("zh", "en"):
        raise ConfigError(f"{path}: setting 'lang' must be \"zh\" or \"en\"")
    return Settings(path, dict(table))


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
