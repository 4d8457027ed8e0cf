"""Dev report of the shipped pipeline next to the TF-IDF baseline: python nl_model/evaluate.py"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.nlp.evaluate import main

raise SystemExit(main())
