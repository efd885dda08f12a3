"""The stanza backend: smartnews' Indonesian stanza models behind a spaCy ``Language``.

:func:`load_pipeline` returns a spaCy pipeline whose tokenizer runs the stanza pipeline (tokenize, mwt,
lemma, pos, ner; models in ``models/stanza-id``, trained by ``smartnews.training.stanza``) once per text and
turns its output into a spaCy ``Doc``: words and spaces, lemmas, UPOS, XPOS, features, sentence starts
and ``doc.ents`` (PER/ORG/LOC). smartnews' components are then added as on the spaCy backend
(``nlp.add_pipe("smartnews_regions")``). stanza is loaded offline (``download_method=None``) from the
folder's own ``resources.json``; stanza and torch are an optional extra (``pip install smartnews[stanza]``).

Offsets are exact: ``doc.text`` is the input text, character for character. Whitespace that is not a
single space after a token (newlines, tabs, runs of spaces, leading whitespace) becomes whitespace tokens,
as spaCy's own tokenizer makes them. A multi-word token (``bukunya`` = ``buku`` + ``nya``,
``dilakukannya`` = ``dilakukan`` + ``nya``) stays ONE spaCy token spanning its surface form, so that
character offsets and entity spans never cut a word. Its lemma, POS, tag and features are those of its
host word: the first of its words that is not a clitic (a PRON, DET or PART such as ``nya``, ``ku``,
``lah``), else the first (``bukunya`` → lemma ``buku``, NOUN; ``kuambil`` → ``ambil``, VERB). The full
expansion is kept in ``token._.stanza_words`` as ``(text, lemma, upos)`` triples (``None`` for a token of
one word).
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from smartnews.errors import SmartnewsError
from smartnews.nlp import ModelNotFoundError, model_path

log = logging.getLogger(__name__)

STANZA_MODEL = "stanza-id"
PROCESSORS = "tokenize,mwt,lemma,pos,ner"
CLITIC_UPOS = frozenset({"PRON", "DET", "PART"})
LABELS = frozenset({"PER", "ORG", "LOC"})


class BackendUnavailableError(SmartnewsError, ImportError):
    """The stanza backend was asked for but stanza (the ``stanza`` extra) is not installed."""

    code = "E010"


if not Token.has_extension("stanza_words"):
    Token.set_extension("stanza_words", default=None)


def stanza_model_path(model_dir: Path | None = None) -> Path:
    """The stanza model folder: ``model_dir`` if given, else the shipped ``models/stanza-id``."""
    if model_dir is None:
        return model_path(STANZA_MODEL, marker="resources.json")
    if (Path(model_dir) / "resources.json").exists():
        return Path(model_dir)
    raise ModelNotFoundError(
        f"stanza models not found in {model_dir}: train them with `smartnews train stanza`"
    )


def load_stanza(model_dir: Path | None = None, processors: str = PROCESSORS) -> Any:
    """The cached ``stanza.Pipeline`` over the folder's models (one per folder), loaded offline on the CPU."""
    return _load_stanza(stanza_model_path(model_dir).resolve(), processors)


@functools.cache
def _load_stanza(path: Path, processors: str) -> Any:
    try:
        import stanza
    except ImportError as exc:  # pragma: no cover - depends on the installed extra
        raise BackendUnavailableError(
            "the stanza backend needs stanza: pip install 'smartnews[stanza]'"
        ) from exc

    return stanza.Pipeline(
        "id",
        dir=str(path),
        processors=processors,
        download_method=None,
        use_gpu=False,
        logging_level="WARN",
    )


def _host(words: Sequence[Any]) -> Any:
    """The word whose lemma and POS a multi-word token takes: the first that is not a clitic."""
    for word in words:
        if word.upos not in CLITIC_UPOS:
            return word
    return words[0]


def stanza_to_doc(vocab: Vocab, text: str, sdoc: Any) -> Doc:
    """A spaCy ``Doc`` over exactly ``text`` from a processed stanza ``Document`` of it."""
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    morphs: list[str] = []
    starts: list[bool | int | None] = []
    expansions: list[tuple[tuple[str, str, str], ...] | None] = []

    def whitespace(gap: str) -> None:
        if not gap:
            return
        if words and not spaces[-1] and not words[-1].isspace() and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
            if not gap:
                return
        words.append(gap)
        spaces.append(False)
        lemmas.append(gap)
        pos.append("SPACE")
        tags.append("_SP")
        morphs.append("")
        starts.append(not starts)
        expansions.append(None)

    cursor = 0
    for sentence in sdoc.sentences:
        first = True
        for token in sentence.tokens:
            start, end = token.start_char, token.end_char
            if start is None or end is None or start < cursor or text[start:end] != token.text:
                found = text.find(token.text, cursor)
                if found < 0:
                    log.debug("stanza token %r not found after offset %d: skipped", token.text, cursor)
                    continue
                start, end = found, found + len(token.text)
            whitespace(text[cursor:start])
            host = _host(token.words)
            words.append(text[start:end])
            spaces.append(False)
            lemmas.append(host.lemma or text[start:end])
            pos.append(host.upos or "X")
            tags.append(host.xpos or "")
            morphs.append(host.feats or "")
            starts.append(first and (len(words) == 1 or any(not w.isspace() for w in words[:-1])))
            expansions.append(
                tuple((w.text, w.lemma or w.text, w.upos or "X") for w in token.words)
                if len(token.words) > 1
                else None
            )
            first = False
            cursor = end
    whitespace(text[cursor:])
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        morphs=morphs,
        sent_starts=starts,
    )
    for token, expansion in zip(doc, expansions, strict=True):
        if expansion is not None:
            token._.stanza_words = expansion
    spans: list[Span] = []
    for ent in getattr(sdoc, "ents", ()):
        if ent.type not in LABELS:
            continue
        span = doc.char_span(ent.start_char, ent.end_char, label=ent.type, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


class StanzaTokenizer:
    """A spaCy tokenizer that runs the whole stanza pipeline once and returns the converted ``Doc``."""

    def __init__(self, vocab: Vocab, pipeline: Any) -> None:
        self.vocab = vocab
        self.pipeline = pipeline

    def __call__(self, text: str) -> Doc:
        if not text.strip():
            return Doc(self.vocab, words=[text] if text else [], spaces=[False] if text else [])
        return stanza_to_doc(self.vocab, text, self.pipeline(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """Docs for ``texts``, ``batch_size`` at a time through stanza's bulk processing: much faster than
        one call per text for many short texts (phrase patterns); the same speed for whole articles."""
        iterator = iter(texts)
        while batch := list(itertools.islice(iterator, batch_size)):
            filled = [text for text in batch if text.strip()]
            processed = iter(self.pipeline.bulk_process(filled) if filled else ())
            for text in batch:
                yield stanza_to_doc(self.vocab, text, next(processed)) if text.strip() else self(text)

    # A tokenizer that cannot be serialised: the stanza models live in their own folder.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> StanzaTokenizer:
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> StanzaTokenizer:
        return self


def new_pipeline(model_dir: Path | None = None) -> Language:
    """A new spaCy ``Language`` (smartnews' blank ``id``) whose tokenizer is the (cached) stanza pipeline."""
    from smartnews.nlp import blank

    nlp = blank()
    nlp.tokenizer = StanzaTokenizer(nlp.vocab, load_stanza(model_dir))
    nlp.meta["name"] = "smartnews_stanza_id"
    return nlp


def load_pipeline(model_dir: Path | None = None) -> Language:
    """The cached spaCy ``Language`` over the stanza models (no components: add smartnews' with add_pipe).

    The instance is shared (one per folder): add components once (as ``smartnews.nlp.load`` does, itself
    cached), or take a fresh one with :func:`new_pipeline`, which shares the loaded stanza models.
    """
    return _load_pipeline(stanza_model_path(model_dir).resolve())


@functools.cache
def _load_pipeline(path: Path) -> Language:
    return new_pipeline(path)
