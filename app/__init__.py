"""Reageerwijzer: guided replies to social-media comments for small businesses."""

__version__ = "0.1.0"
