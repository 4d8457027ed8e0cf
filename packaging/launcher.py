"""Entry point of the bundled application (PyInstaller runs this file)."""

from app.cli import main

raise SystemExit(main())
