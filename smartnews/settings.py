"""One settings object. Defaults ship in ``settings.toml``; a user file overrides them key by key.

>>> load_settings().dedup.near_duplicate_threshold
88.0
"""

from __future__ import annotations

import dataclasses
import functools
import os
import tomllib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from smartnews.errors import SettingsError

BACKENDS = ("spacy", "stanza")


@dataclass(frozen=True, slots=True)
class FetchSettings:
    timeout: float
    max_bytes: int
    page_delay: float
    respect_robots: bool
    cache: str


@dataclass(frozen=True, slots=True)
class PagesSettings:
    min_chars: int


@dataclass(frozen=True, slots=True)
class DedupSettings:
    near_duplicate_threshold: float
    near_duplicate_min_chars: int


@dataclass(frozen=True, slots=True)
class LanguageSettings:
    min_indonesian_share: float
    min_words: int


@dataclass(frozen=True, slots=True)
class RelevanceSettings:
    threshold: float


@dataclass(frozen=True, slots=True)
class PillarSettings:
    threshold: float
    all_articles: bool


@dataclass(frozen=True, slots=True)
class EntitySettings:
    enabled: bool


@dataclass(frozen=True, slots=True)
class PipelineSettings:
    batch_size: int
    backend: str
    max_chars: int


@dataclass(frozen=True, slots=True)
class Settings:
    fetch: FetchSettings
    pages: PagesSettings
    dedup: DedupSettings
    language: LanguageSettings
    relevance: RelevanceSettings
    pillars: PillarSettings
    entities: EntitySettings
    pipeline: PipelineSettings


def _merge(base: dict[str, Any], override: dict[str, Any], where: str) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key not in base:
            raise SettingsError(f"unknown setting '{where}{key}'; known: {', '.join(sorted(base))}")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise SettingsError(f"setting '{where}{key}' must be a table")
            merged[key] = _merge(base[key], value, f"{where}{key}.")
        else:
            merged[key] = value
    return merged


def _build(data: dict[str, Any]) -> Settings:
    sections: dict[str, Any] = {}
    for section in dataclasses.fields(Settings):
        cls = section.type if not isinstance(section.type, str) else globals()[section.type]
        values = {}
        for f in dataclasses.fields(cls):
            value = data[section.name][f.name]
            expected = {"float": float, "int": int, "bool": bool, "str": str}[str(f.type)]
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
                raise SettingsError(
                    f"setting '{section.name}.{f.name}' must be {expected.__name__}, got {value!r}"
                )
            values[f.name] = value
        sections[section.name] = cls(**values)
    if sections["pipeline"].backend not in BACKENDS:
        raise SettingsError(
            f"setting 'pipeline.backend' must be one of {', '.join(BACKENDS)}, "
            f"got {sections['pipeline'].backend!r}"
        )
    if sections["pipeline"].max_chars < 1:
        raise SettingsError(
            f"setting 'pipeline.max_chars' must be at least 1, got {sections['pipeline'].max_chars}"
        )
    return Settings(**sections)


@functools.cache
def _defaults() -> dict[str, Any]:
    return tomllib.loads((files("smartnews") / "settings.toml").read_text(encoding="utf-8"))


def load_settings(path: str | Path | None = None) -> Settings:
    """The shipped defaults, overridden by the TOML file at ``path`` (or ``$SMARTNEWS_SETTINGS``)."""
    path = path or os.environ.get("SMARTNEWS_SETTINGS")
    data = _defaults()
    if path:
        try:
            override = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
        data = _merge(data, override, "")
    return _build(data)


@functools.cache
def default_settings() -> Settings:
    """The settings used when a caller passes none (cached; reads ``$SMARTNEWS_SETTINGS`` once)."""
    return load_settings()
