"""First-run setup: a short wizard (welcome, place, reminders, passphrase, crisis-line
country, example data), skippable at every step and reachable again from Settings.

Only `first_run` is imported at start-up; the wizard module loads when it is shown.
"""
