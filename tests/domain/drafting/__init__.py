"""Whole-pipeline drafting tests (app/domain/drafting.py: a comment in, a draft out), one file per kind of comment
or concern."""
