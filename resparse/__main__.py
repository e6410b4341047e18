"""``python -m resparse``: the same program as ``resparse``."""

from resparse.app.entry import main

main()
