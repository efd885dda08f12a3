"""smartnews' stages as spaCy pipeline components, published through the ``spacy_factories`` entry point.

Each wraps the pure function of its stage and stores its result in a namespaced ``Doc`` extension:

- ``smartnews_regions`` → ``doc._.smartnews_regions`` (``Region`` records) and
  ``doc._.smartnews_region_mentions``;
- ``smartnews_organizations`` → ``doc._.smartnews_organizations`` and
  ``doc._.smartnews_organization_mentions``;
- ``smartnews_officials`` → ``doc._.smartnews_officials``.

People's names (``PER`` entities, when an NER component ran before) keep region names out of them and
bound officials' names.

>>> from smartnews.nlp import blank
>>> nlp = blank()
>>> _ = nlp.add_pipe("smartnews_regions")
>>> [r.code for r in nlp("Pemkab Kotim menerima penghargaan.")._.smartnews_regions]
['62.02']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from smartnews.nlp import entity_spans
from smartnews.officials import find_officials
from smartnews.organizations import find_organization_mentions
from smartnews.organizations import summarize as summarize_organizations
from smartnews.regions import find_region_mentions
from smartnews.regions import summarize as summarize_regions
from smartnews.types import Official

for _name in (
    "smartnews_regions",
    "smartnews_region_mentions",
    "smartnews_organizations",
    "smartnews_organization_mentions",
    "smartnews_officials",
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class RegionsComponent:
    def __call__(self, doc: Doc) -> Doc:
        mentions = find_region_mentions(doc.text, exclude=entity_spans(doc, "PER"))
        doc._.smartnews_region_mentions = mentions
        doc._.smartnews_regions = summarize_regions(mentions)
        return doc


class OrganizationsComponent:
    def __call__(self, doc: Doc) -> Doc:
        regions = doc._.smartnews_region_mentions
        mentions = find_organization_mentions(doc.text, region_mentions=regions)
        doc._.smartnews_organization_mentions = mentions
        doc._.smartnews_organizations = summarize_organizations(mentions)
        return doc


def doc_officials(doc: Doc, headline: str | None = None) -> tuple[Official, ...]:
    """The officials of a doc the regions and organisations components have run on; ``headline`` may name
    a holder whose name the text lost (see ``find_officials``)."""
    return find_officials(
        doc.text,
        regions=doc._.smartnews_region_mentions,
        orgs=doc._.smartnews_organization_mentions,
        persons=entity_spans(doc, "PER"),
        headline=headline,
    )


class OfficialsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.smartnews_officials = doc_officials(doc)
        return doc


@Language.factory("smartnews_regions", assigns=["doc._.smartnews_regions", "doc._.smartnews_region_mentions"])
def make_regions(nlp: Language, name: str) -> RegionsComponent:
    return RegionsComponent()


@Language.factory(
    "smartnews_organizations",
    assigns=["doc._.smartnews_organizations", "doc._.smartnews_organization_mentions"],
)
def make_organizations(nlp: Language, name: str) -> OrganizationsComponent:
    return OrganizationsComponent()


@Language.factory("smartnews_officials", assigns=["doc._.smartnews_officials"])
def make_officials(nlp: Language, name: str) -> OfficialsComponent:
    return OfficialsComponent()
