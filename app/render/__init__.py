"""Renderers of domain data to files (the PDF report). They use QtGui, never widgets."""
