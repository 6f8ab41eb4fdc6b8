"""Train the stance model on labeled/ and write models/stance.joblib + models/stance.json.

Usage: python train.py [--data PATH ...] [--out DIR] [--seed N] ...  (see --help)
"""

import sys
from pathlib import Path

from stance.training import main

if __name__ == "__main__":
    sys.exit(main(root=Path(__file__).resolve().parent))
