"""The spaCy side of smartnews: a fast-loading Indonesian tokenizer, the shipped NER model, and
:func:`load`, the cached pipeline with smartnews' components.

spaCy's ``id`` tokenizer builds about 16,000 special cases at load (1.7 s here; spaCy issue #11079),
most of them reduplications in every casing (``anak-anak``, ``Anak-anak``, ``ANAK-ANAK``). Ours keeps the
other exceptions (abbreviations such as ``Jl.``, ``dr.``) and keeps every reduplication whole with one
rule instead, in any casing (``data-data``, which spaCy's list misses, too): about 800 special cases.

>>> nlp = blank()
>>> [t.text for t in nlp("Anak-anak di Jl. Sudirman, kata dr. Ani.")]
['Anak-anak', 'di', 'Jl', '.', 'Sudirman', ',', 'kata', 'dr.', 'Ani', '.']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

from smartnews.errors import SmartnewsError

_REDUPLICATION = re.compile(r"(?i)^[a-z]*?([a-z]{2,})[a-z]*-[a-z]*?\1[a-z]*$")
MODELS = Path(__file__).resolve().parent.parent / "models"
NER_MODEL = "ner-id"


class ModelNotFoundError(SmartnewsError, FileNotFoundError):
    """A trained model is missing from its folder."""

    code = "E008"


def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's Indonesian tokenizer rules with reduplication as one rule instead of 15,000 exceptions."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        rules = {
            text: value
            for text, value in defaults.tokenizer_exceptions.items()
            if not _REDUPLICATION.match(text)
            and not ("-" in text and text != text.lower() and text.lower() in defaults.tokenizer_exceptions)
        }
        prefix = spacy.util.compile_prefix_regex(defaults.prefixes) if defaults.prefixes else None
        suffix = spacy.util.compile_suffix_regex(defaults.suffixes) if defaults.suffixes else None
        infix = spacy.util.compile_infix_regex(defaults.infixes) if defaults.infixes else None
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=prefix.search if prefix else None,
            suffix_search=suffix.search if suffix else None,
            infix_finditer=infix.finditer if infix else None,
            token_match=_REDUPLICATION.match,
            url_match=defaults.url_match,
        )

    return make


registry.tokenizers.register("smartnews.IndonesianTokenizer.v1", func=create_tokenizer)
_TOKENIZER = {"@tokenizers": "smartnews.IndonesianTokenizer.v1"}


def blank() -> Language:
    """An empty Indonesian pipeline with the fast tokenizer."""
    return spacy.blank("id", config={"nlp": {"tokenizer": _TOKENIZER}})


def model_path(name: str = NER_MODEL, *, marker: str = "config.cfg") -> Path:
    """Where a shipped model lives (``models/<name>`` beside the package, or inside it when installed);
    ``marker`` is a file the model folder must hold."""
    for base in (MODELS, Path(__file__).resolve().parent / "models"):
        if (base / name / marker).exists():
            return base / name
    raise ModelNotFoundError(
        f"model {name!r} not found in {MODELS}: train it with `smartnews train` (models/README.md) "
        "or reinstall smartnews"
    )


def load_model(path: Path) -> Language:
    """A trained spaCy pipeline from ``path``, loaded with the fast tokenizer.

    The saved vocab is not read: it is the training texts' strings (1.8 MB of JSON, 0.15-0.2 s of every
    start), which the hash-embedding NER does not use (it hashes each token's attributes as it comes; labels
    are loaded with the component). Predictions are the same with or without it (tests/test_nlp.py).
    """
    config = spacy.util.load_config(path / "config.cfg")
    config["nlp"]["tokenizer"] = dict(_TOKENIZER)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.from_disk(path, exclude=["tokenizer", "vocab"])
    return nlp


COMPONENTS = ("smartnews_regions", "smartnews_organizations", "smartnews_officials")


@functools.cache
def load(backend: str = "spacy") -> Language:
    """The cached smartnews pipeline: a backend (tokenizer, NER) and smartnews' components.

    ``backend="spacy"``: the fast tokenizer and the shipped spaCy NER model (``models/ner-id``).
    ``backend="stanza"``: the project's stanza models (``models/stanza-id``: tokens, multi-word tokens,
    lemmas, POS, NER) converted once into a spaCy ``Doc``; needs ``pip install "smartnews[stanza]"``.
    """
    if backend == "spacy":
        nlp = load_model(model_path())
    elif backend == "stanza":
        from smartnews.stanza_backend import new_pipeline

        nlp = new_pipeline()
    else:
        raise ValueError(f"unknown backend {backend!r}; use 'spacy' or 'stanza'")
    from smartnews import spacy_components  # noqa: F401  (registers the factories)

    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def entity_spans(doc: Any, label: str) -> list[tuple[int, int]]:
    """Character spans of the doc's entities with ``label``."""
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == label]
