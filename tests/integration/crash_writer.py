"""Child process for test_crash_safety: writes mood entries in a burst, printing each id
as soon as its save returned. The parent kills it with SIGKILL at a random moment."""

import sys
from pathlib import Path

from wellness_app.services import open_database
from wellness_app.services.moods import MoodService


def main() -> None:
    path, passphrase = Path(sys.argv[1]), sys.argv[2] or None
    service = MoodService(open_database(path, passphrase, migrate=False))
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        entry = service.log(1 + n % 5, note=f"burst {n}", tags=("work",) if n % 3 else ())
        print(entry.id, flush=True)


if __name__ == "__main__":
    main()
