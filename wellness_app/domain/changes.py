"""What a write changed, so screens refresh only what they show.

Every write a person makes reports one or more `Change` kinds (the UI announces them on
`AppState.changed`); a page lists the kinds it shows and ignores the rest. A typo in a
kind is an AttributeError at once, not a page that silently never refreshes."""

from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    MOOD = "mood"  # check-ins: added, edited, deleted, restored
    MOOD_LABELS = "mood_labels"  # the words for the five moods were renamed
    TAGS = "tags"  # the tag catalogue (names, groups, archived)
    LIGHT = "light"  # daylight and lamp sessions
    ACTIVITY = "activity"  # movement sessions and steps
    SELFCARE = "selfcare"  # self-care acts and their catalogue
    MEDICATION = "medication"  # the medication list
    ASSESSMENT = "assessment"  # PHQ-9 / GAD-7 results
    TREATMENT = "treatment"  # treatment sessions
    SAFETY_PLAN = "safety_plan"  # the safety plan and its contacts
    SETTINGS = "settings"  # a preference that changes what pages show (place, lux…)


#: everything: after an import, a restore or a demo journal
ALL: frozenset[Change] = frozenset(Change)
