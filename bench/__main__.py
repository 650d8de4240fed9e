"""`python -m bench`: build (or reuse) the benchmark collection and print the table."""

import sys

from bench.run import main

sys.exit(main())
