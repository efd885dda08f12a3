"""Every error smartnews raises, each with a code and a sentence that says what to do next.

Exceptions subclass both :class:`SmartnewsError` and the built-in they resemble, so existing
``except ValueError`` / ``except OSError`` clauses keep working.
"""

from __future__ import annotations


class SmartnewsError(Exception):
    """Base class of every smartnews error."""

    code: str = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(SmartnewsError, ValueError):
    """The input cannot be used: empty, binary, of an unknown kind."""

    code = "E001"


class FeedError(SmartnewsError, ValueError):
    """A feed could not be parsed, or was refused as hostile."""

    code = "E002"


class FetchError(SmartnewsError, OSError):
    """A URL could not be fetched: network failure, timeout, too large, redirect loop."""

    code = "E003"


class HTTPStatusError(FetchError):
    """The server answered with an HTTP error status (4xx or 5xx)."""

    code = "E004"

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class RobotsDisallowedError(FetchError):
    """The site's robots.txt does not allow smartnews to fetch this URL (or could not be read)."""

    code = "E006"


class SettingsError(SmartnewsError, ValueError):
    """A settings file has an unknown key or a value of the wrong type."""

    code = "E005"


class ExtractionError(SmartnewsError, ValueError):
    """A page holds no article text that could be extracted (an index page, an empty or non-HTML page)."""

    code = "E007"


class ModelLoadError(SmartnewsError, ValueError):
    """A saved model holds types smartnews does not trust, or cannot be read."""

    code = "E009"
