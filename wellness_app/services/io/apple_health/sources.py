"""Which device or app wrote a sample, and which one the Health app would believe.

A record names its source (`sourceName`, the phone's or watch's name, or an app such as
Pillow) and often the device (`<<HKDevice: 0x…>, name:iPhone, model:iPhone,
hardware:iPhone14,2, software:17.1>`; the `0x…` address differs record by record, so it
is cut off before the text is used as a key).

- Steps: Apple Watch, then iPhone (by name or device model), then anything else; between
  two watches or two phones the newer model (higher `hardware` number) first.
- Sleep: a watch or a dedicated sleep app wins over the iPhone itself; among those, the
  source with the most time asleep that night. "The iPhone itself" is a source named
  like one ("Anna's iPhone"), the Clock app's bedtime, or a source that also wrote the
  phone's own step counts (a phone renamed "Ryan Phone"); sleep apps such as Pillow run
  on the phone too but write no steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TIER_WATCH, TIER_PHONE, TIER_OTHER = 0, 1, 2
_HARDWARE = re.compile(r"hardware:[A-Za-z]*(\d+),(\d+)")
#: the Clock app's bedtime (iOS 13 and earlier) in a few languages
CLOCK_APPS = frozenset({"clock", "uhr", "horloge", "reloj", "orologio", "relógio", "klok",
                        "zegar"})


@dataclass(frozen=True, slots=True)
class Source:
    """One device or app. `rank` sorts best first."""

    name: str
    tier: int
    model: tuple[int, int]
    #: the device says it is an iPhone (apps on the phone may say so too)
    on_iphone: bool = False

    @property
    def rank(self) -> tuple[int, int, int, str]:
        return (self.tier, -self.model[0], -self.model[1], self.name)


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

    def phone_for_sleep(self, step_writers: set[int]) -> set[int]:
        """The ids of sources that are the iPhone itself, for choosing a night's source."""
        phone_names = {self.sources[sid].name for sid in step_writers
                       if self.sources[sid].on_iphone}
        return {sid for sid, src in enumerate(self.sources)
                if "iphone" in src.name.casefold() or src.name in phone_names
                or src.name.casefold() in CLOCK_APPS}


def describe(name: str, device: str) -> Source:
    """A watch by its device model or name ("Anna's Apple Watch"), the phone by its name
    ("Anna's iPhone"); apps write under their own name (Pillow, AutoSleep, SleepWatch)."""
    folded_name, folded_device = name.casefold(), device.casefold()
    on_iphone = "model:iphone" in folded_device
    if "model:watch" in folded_device or "apple watch" in folded_name:
        tier = TIER_WATCH
    elif "iphone" in folded_name or on_iphone:
        tier = TIER_PHONE
    else:
        tier = TIER_OTHER
    match = _HARDWARE.search(device)
    model = (int(match[1]), int(match[2])) if match else (0, 0)
    return Source(name, tier, model, on_iphone)
