"""Entry point of the bundled application (PyInstaller runs this file).

A file handed over by the desktop (``Exec=... %f``, "Open with") opens as a history: app/launch.py.
"""

import sys

from app.launch import launch

raise SystemExit(launch(sys.argv[1:]))
