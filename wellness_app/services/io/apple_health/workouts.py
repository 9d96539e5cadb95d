"""HealthKit workout activity types → the journal's default activity kinds."""

from __future__ import annotations

PREFIX = "HKWorkoutActivityType"
KINDS: dict[str, str] = {
    "Walking": "walk", "Hiking": "walk", "WheelchairWalkPace": "walk",
    "Dance": "dance", "SocialDance": "dance", "CardioDance": "dance",
    "DanceInspiredTraining": "dance", "Barre": "dance",
    "Yoga": "yoga", "MindAndBody": "yoga", "Pilates": "yoga", "TaiChi": "yoga",
    "Flexibility": "yoga",
    "Cycling": "cycling", "HandCycling": "cycling",
    "Running": "run", "WheelchairRunPace": "run",
    "TraditionalStrengthTraining": "gym", "FunctionalStrengthTraining": "gym",
    "CrossTraining": "gym", "HighIntensityIntervalTraining": "gym", "Elliptical": "gym",
    "StairClimbing": "gym", "Stairs": "gym", "MixedCardio": "gym", "CoreTraining": "gym",
    "Rowing": "gym", "StepTraining": "gym",
}


def kind_for(activity_type: str) -> str:
    """`HKWorkoutActivityTypeSocialDance` → 'dance'; anything unmapped → 'other'."""
    return KINDS.get(activity_type.removeprefix(PREFIX), "other")


def duration_minutes(value: str | None, unit: str | None) -> float | None:
    try:
        amount = float(value) if value else None
    except ValueError:
        return None
    if amount is None:
        return None
    factor = {"min": 1.0, "s": 1 / 60, "sec": 1 / 60, "hr": 60.0, "h": 60.0}.get(unit or "min")
    return None if factor is None else amount * factor
