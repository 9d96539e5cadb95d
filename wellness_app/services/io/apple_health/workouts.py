"""HealthKit workouts → the journal's activity kinds and intensities.

Intensity (WHO: a vigorous minute counts twice, light minutes not at all) comes from
the workout type where the type says it, after the Compendium of Physical Activities
(Ainsworth et al. 2011; METs: light < 3, moderate 3–5.9, vigorous ≥ 6): running, HIIT,
rowing, swimming, team and racket sports are vigorous; yoga, stretching and cool-downs
light; walking, dance, cycling, Pilates, tai chi, strength training moderate.
A type not in the table is judged by its active energy per minute when the export has it,
for a 70 kg reference person (active kcal/min ≈ (MET − 1) × 1.225): from 6.1 kcal/min
vigorous, under 2.45 kcal/min light. Otherwise it stays moderate.
"""

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
VIGOROUS = frozenset({
    "Running", "WheelchairRunPace", "HighIntensityIntervalTraining", "CrossTraining",
    "JumpRope", "Boxing", "Kickboxing", "MartialArts", "Rowing", "StairClimbing", "Stairs",
    "Swimming", "Squash", "Racquetball", "Soccer", "Basketball", "Hockey", "Rugby",
    "AmericanFootball", "AustralianFootball", "Lacrosse", "Handball", "WaterPolo",
    "CrossCountrySkiing", "Climbing", "SwimBikeRun", "Wrestling", "Fencing",
})
LIGHT = frozenset({"Yoga", "MindAndBody", "Flexibility", "Cooldown", "Fishing",
                   "PreparationAndRecovery"})
MODERATE = frozenset({
    "Walking", "Hiking", "WheelchairWalkPace", "Dance", "SocialDance", "CardioDance",
    "DanceInspiredTraining", "Barre", "Pilates", "TaiChi", "Cycling", "HandCycling",
    "TraditionalStrengthTraining", "FunctionalStrengthTraining", "Elliptical",
    "MixedCardio", "CoreTraining", "StepTraining", "Tennis", "Badminton", "Golf",
    "Volleyball", "Skating", "PaddleSports", "SurfingSports", "DownhillSkiing",
    "Snowboarding", "Gymnastics", "Sailing", "Equestrian", "Archery", "Bowling",
})
VIGOROUS_KCAL_PER_MIN = 6.1
LIGHT_KCAL_PER_MIN = 2.45
_KCAL = {"kcal": 1.0, "cal": 1.0, "kj": 1 / 4.184, "j": 1 / 4184}


def kind_for(activity_type: str) -> str:
    """`HKWorkoutActivityTypeSocialDance` → 'dance'; anything unmapped → 'other'."""
    return KINDS.get(activity_type.removeprefix(PREFIX), "other")


def intensity_for(activity_type: str, minutes: float, energy: str | None = None,
                  energy_unit: str | None = None) -> str:
    """'light', 'moderate' or 'vigorous' (the rule in this module's docstring)."""
    name = activity_type.removeprefix(PREFIX)
    if name in VIGOROUS:
        return "vigorous"
    if name in LIGHT:
        return "light"
    if name in MODERATE:
        return "moderate"
    kcal = _kcal(energy, energy_unit)
    if kcal is None or minutes <= 0:
        return "moderate"
    per_minute = kcal / minutes
    if per_minute >= VIGOROUS_KCAL_PER_MIN:
        return "vigorous"
    return "light" if per_minute < LIGHT_KCAL_PER_MIN else "moderate"


def _kcal(value: str | None, unit: str | None) -> float | None:
    factor = _KCAL.get((unit or "kcal").casefold())
    try:
        amount = float(value) if value else None
    except ValueError:
        return None
    if amount is None or factor is None or amount <= 0:
        return None
    return amount * factor


def duration_minutes(value: str | None, unit: str | None) -> float | None:
    try:
        amount = float(value) if value else None
    except ValueError:
        return None
    if amount is None:
        return None
    factor = {"min": 1.0, "s": 1 / 60, "sec": 1 / 60, "hr": 60.0, "h": 60.0}.get(unit or "min")
    return None if factor is None else amount * factor
