"""Apple Health `export.zip` / `export.xml` import: source (zip, DTD, control characters),
parser (streaming expat), dedup (devices, sleep, exercise vs workouts), workouts (kinds)."""
