"""The Dutch language assistant: a spaCy pipeline trained on our own corpus.

Importing this package does not import spaCy; :mod:`app.nlp.pipeline` does.
"""
