"""`python -m wellness_app`: same as the `wellness-app` command."""

import sys

from wellness_app.cli import main

sys.exit(main())
