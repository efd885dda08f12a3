"""Training and evaluation of smartnews models from public datasets read from a ``--data`` path.

``smartnews.training.ner`` builds the Indonesian NER training data (PER/ORG/LOC) and trains and scores the
spaCy pipeline shipped in ``models/ner-id``; ``smartnews.training.vectors`` trains static vectors for it;
``smartnews.training.relevance`` trains and scores the relevance and pillar models in
``models/relevance-id``.
"""
