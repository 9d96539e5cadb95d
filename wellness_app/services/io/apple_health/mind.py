"""iOS 17+ *State of Mind* samples → check-ins.

Read from `<StateOfMind …>` elements (and, to be safe, Records of a State of Mind type)
with a `valence` attribute and, when present, a `labels` attribute.

HealthKit stores a valence from −1 (very unpleasant) to +1 (very pleasant) and labels
("grateful", "anxious"). The valence is cut into five equal bands of 0.4:
−1…−0.6 → 1, −0.6…−0.2 → 2, −0.2…+0.2 → 3, +0.2…+0.6 → 4, +0.6…+1 → 5; a value on an
edge belongs to the band nearer neutral (−0.6 → 2, +0.2 → 3). The labels become tags;
the valence itself is kept as the entry's original label.
"""

from __future__ import annotations

import re
from datetime import datetime

from wellness_app.domain.import_records import MoodRecord
from wellness_app.domain.moods import normalise_tags
from wellness_app.domain.timestamps import Moment
from wellness_app.services.io.common import key_of

TYPES = ("HKDataTypeStateOfMind", "HKStateOfMindTypeIdentifier",
         "HKDataTypeIdentifierStateOfMind")


def level_for(valence: float) -> int:
    """The band rule in this module's docstring."""
    if not -1.0 <= valence <= 1.0:
        raise ValueError("valence out of range")
    steps = (abs(valence) > 0.2) + (abs(valence) > 0.6)
    return 3 + steps if valence > 0 else 3 - steps


def record(attrs: dict[str, str]) -> MoodRecord:
    """One sample's attributes → a check-in (ValueError/KeyError on a malformed one)."""
    stamp = attrs["startDate"]
    valence = float(attrs.get("valence") or attrs["value"])
    labels = [_words(label) for label in re.split(r"[,;|]", attrs.get("labels", ""))]
    moment = Moment.from_aware(datetime.fromisoformat(stamp))
    return MoodRecord(moment, level_for(valence), key_of("apple-health:mind", stamp, valence),
                      tags=normalise_tags([label for label in labels if label]),
                      label=f"valence {valence:+.2f}")


def _words(label: str) -> str:
    """`HKStateOfMindLabelSelfCare` / `selfCare` → 'self care'."""
    name = label.strip().removeprefix("HKStateOfMindLabel")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).casefold()
