"""smartnews: watch Indonesian news feeds for Smart City stories.

>>> import smartnews
>>> analysis = smartnews.analyze("Sampit (ANTARA) - Pemerintah kabupaten menerima penghargaan.")
>>> analysis.dateline.agency
'ANTARA'

The public API is what ``__all__`` lists; heavy modules load on first use, so ``import smartnews`` is fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "read_feed": "smartnews.feeds",
    "fetch_article": "smartnews.pages",
    "PoliteClient": "smartnews.polite",
    "analyze": "smartnews.pipeline",
    "analyze_many": "smartnews.pipeline",
    "load": "smartnews.nlp",
    "load_settings": "smartnews.settings",
    "Settings": "smartnews.settings",
    "Article": "smartnews.types",
    "Analysis": "smartnews.types",
    "FeedResult": "smartnews.types",
    "Dateline": "smartnews.types",
    "Removed": "smartnews.types",
    "Relevance": "smartnews.types",
    "PillarTag": "smartnews.types",
    "Evidence": "smartnews.types",
    "Official": "smartnews.types",
    "Region": "smartnews.types",
    "Organization": "smartnews.types",
    "Entity": "smartnews.types",
    "SmartnewsError": "smartnews.errors",
    "InputError": "smartnews.errors",
    "FeedError": "smartnews.errors",
    "FetchError": "smartnews.errors",
    "HTTPStatusError": "smartnews.errors",
    "SettingsError": "smartnews.errors",
    "RobotsDisallowedError": "smartnews.errors",
    "ExtractionError": "smartnews.errors",
}

__all__ = [
    "Analysis",
    "Article",
    "Dateline",
    "Entity",
    "Evidence",
    "ExtractionError",
    "FeedError",
    "FeedResult",
    "FetchError",
    "HTTPStatusError",
    "InputError",
    "Official",
    "Organization",
    "PillarTag",
    "PoliteClient",
    "Region",
    "Relevance",
    "Removed",
    "RobotsDisallowedError",
    "Settings",
    "SettingsError",
    "SmartnewsError",
    "__version__",
    "analyze",
    "analyze_many",
    "fetch_article",
    "load",
    "load_settings",
    "read_feed",
]

if TYPE_CHECKING:
    from smartnews.errors import (
        ExtractionError,
        FeedError,
        FetchError,
        HTTPStatusError,
        InputError,
        RobotsDisallowedError,
        SettingsError,
        SmartnewsError,
    )
    from smartnews.feeds import read_feed
    from smartnews.nlp import load
    from smartnews.pages import fetch_article
    from smartnews.pipeline import analyze, analyze_many
    from smartnews.polite import PoliteClient
    from smartnews.settings import Settings, load_settings
    from smartnews.types import (
        Analysis,
        Article,
        Dateline,
        Entity,
        Evidence,
        FeedResult,
        Official,
        Organization,
        PillarTag,
        Region,
        Relevance,
        Removed,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'smartnews' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
