"""Retrain the Reageerwijzer pipeline from corpus + config, evaluate on dev, write nl_model/pipeline.

python nl_model/train.py          # train, evaluate, write the pipeline the app loads
python nl_model/train.py --check  # is the shipped pipeline built from the current corpus and config?
python nl_model/evaluate.py       # dev report of the shipped pipeline next to the TF-IDF baseline
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.nlp.train import main

raise SystemExit(main())
