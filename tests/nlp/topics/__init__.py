"""Whole topic-finder tests (app.nlp.topics.analyse_topics on a comment), one file per kind of comment."""
