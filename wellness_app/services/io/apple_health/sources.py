"""Which device or app wrote a sample, and which one the Health app would believe.

A record names its source (`sourceName`, the phone's or watch's name, or an app such as
Pillow) and often the device (`<<HKDevice: 0x…>, name:iPhone, model:iPhone,
hardware:iPhone14,2, software:17.1>`; the `0x…` address differs record by record, so it
is cut off before the text is used as a key).

- Steps: Apple Watch, then iPhone, then anything else; between two watches or two
  phones the newer model (higher `hardware` number) first.
- Sleep: a watch or a dedicated sleep app (any source that is not the iPhone itself)
  wins over the iPhone; among those, the source with the most time asleep that night.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TIER_WATCH, TIER_PHONE, TIER_OTHER = 0, 1, 2
_HARDWARE = re.compile(r"hardware:[A-Za-z]*(\d+),(\d+)")


@dataclass(frozen=True, slots=True)
class Source:
    """One device or app. `rank` sorts best first."""

    name: str
    tier: int
    model: tuple[int, int]

    @property
    def rank(self) -> tuple[int, int, int, str]:
        return (self.tier, -self.model[0], -self.model[1], self.name)

    @property
    def is_phone(self) -> bool:
        return self.tier == TIER_PHONE


class SourceTable:
    """Source descriptions → small integer ids, parsed once per distinct source."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, str], int] = {}
        self.sources: list[Source] = []

    def id_of(self, attrs: dict[str, str]) -> int:
        name = attrs.get("sourceName", "")
        device = attrs.get("device", "")
        cut = device.find(">,")
        key = (name, device[cut:] if cut >= 0 else device)
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = len(self.sources)
            self.sources.append(describe(name, key[1]))
        return found

    def rank(self, source_id: int) -> tuple[int, int, int, str]:
        return self.sources[source_id].rank


def describe(name: str, device: str) -> Source:
    """A watch by its device model or name ("Anna's Apple Watch"), the phone by its name
    ("Anna's iPhone"); apps write under their own name (Pillow, AutoSleep, SleepWatch)."""
    folded_name, folded_device = name.casefold(), device.casefold()
    if "model:watch" in folded_device or "apple watch" in folded_name:
        tier = TIER_WATCH
    elif "iphone" in folded_name:
        tier = TIER_PHONE
    else:
        tier = TIER_OTHER
    match = _HARDWARE.search(device)
    model = (int(match[1]), int(match[2])) if match else (0, 0)
    return Source(name, tier, model)
