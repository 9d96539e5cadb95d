"""Realistic synthetic journals (`wellness-app demo`): to explore the app and make screenshots.

Mood follows a weekly rhythm (Mondays low, weekends up), a seasonal one (winter dips),
autocorrelated day-to-day noise, two rough patches (one answered by a ketamine-infusion
series), and a slow lift after an antidepressant is started. The trackers (daylight, a
light lamp on winter mornings, walks, steps, sleep, self-care, PHQ-9/GAD-7) follow the
same day, so the Insights page finds the relations a person would. All rows carry
`source='demo'` and are written in one transaction through Core bulk inserts.

The person takes an antidepressant and uses a lamp in winter, so the demo never logs St
John's Wort (it would be a silent, dangerous pair in screenshots); a test checks that no
logged self-care item is the herb while an interacting medicine, a lamp or a ketamine
session is near.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from wellness_app.domain.errors import UserError, ValidationError
from wellness_app.domain.moods import MOOD_MAX, MOOD_MIN
from wellness_app.domain.timestamps import Moment
from wellness_app.services.demo_text import DemoText
from wellness_app.storage import Database
from wellness_app.storage.repositories import bulk, selfcare, tags

SOURCE = "demo"
#: the starter items a new journal gets (domain.selfcare.DEFAULT_ITEMS) plus one more;
#: `fill(names=…)` gives them their names in the interface language
SELFCARE_ITEMS = (
    ("Lavender", "scent"), ("Sweet orange", "scent"), ("Chamomile tea", "tea_supplement"),
    ("Peppermint tea", "tea_supplement"), ("Lemon balm tea", "tea_supplement"),
    ("Music", "music"), ("Time with someone", "social"),
)
WEEKLY = (-0.15, 0.0, 0.0, 0.0, 0.1, 0.25, 0.15)  # Monday … Sunday
SERTRALINE_DAYS_AGO = 548
KETAMINE_DAYS_AGO = 180
KETAMINE_OFFSETS = (0, 2, 5, 9, 13, 20)  # six sessions over three weeks
#: for benchmarks: `fill(years=10, entries_per_day=BENCH_ENTRIES_PER_DAY)` ≈ 30,000 check-ins
BENCH_ENTRIES_PER_DAY = 8.2
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class DemoReport:
    """How much demo data was written."""

    days: int
    mood_entries: int
    light_sessions: int
    activity_sessions: int
    daily_metrics: int
    selfcare_logs: int
    medications: int
    assessments: int
    treatment_sessions: int
    seconds: float

    def __str__(self) -> str:
        return (
            f"{_n(self.mood_entries, 'check-in')} over {_n(self.days, 'day')}, "
            f"{_n(self.light_sessions, 'light session')}, "
            f"{_n(self.activity_sessions, 'activity', 'activities')}, "
            f"{_n(self.daily_metrics, 'daily metric')}, {_n(self.selfcare_logs, 'self-care log')}, "
            f"{_n(self.medications, 'medication')}, {_n(self.assessments, 'questionnaire')}, "
            f"{_n(self.treatment_sessions, 'treatment session')} ({self.seconds:.1f} s)"
        )


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count:,} {one if count == 1 else many or one + 's'}"


class DemoDataService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def fill(self, years: float = 2.0, seed: int = 7, *,
             entries_per_day: float | None = None, language: str = "en",
             names: Mapping[str, str] | None = None) -> DemoReport:
        """Fill an empty journal with `years` of data ending now.

        `entries_per_day` None gives a realistic 0–3 check-ins a day (~1.6 on average);
        a number (e.g. 8.2 for ~30,000 entries in ten years) is for benchmarks.
        `language` picks the notes' language ("de" German, else English); `names` gives
        the self-care items their names in the interface language (as a new journal's
        starter items get them), e.g. {"Lavender": "Lavendel"}.
        """
        if not 0 < years <= 50:
            raise ValidationError(f"Demo years must be between 0 and 50, not {years}")
        started = time.perf_counter()
        with self._db.transaction() as session:
            if bulk.count(session, "mood_entries"):
                raise UserError(
                    "This journal already holds entries; demo data only goes into an empty "
                    "one. Use --data-dir with a new folder to try the demo."
                )
            tags.seed_default_tags(session)
            plan = _Plan(random.Random(seed), years, entries_per_day,
                         DemoText.for_language(language))
            names = names or {}
            selfcare.seed_items(session, names)  # a new journal's list, if still empty
            shown = {name: names.get(name, "").strip() or name for name, _c in SELFCARE_ITEMS}
            item_ids = bulk.ensure_named(session, "selfcare_items", [
                {"name": shown[name], "category": category, "position": i, "archived": False}
                for i, (name, category) in enumerate(SELFCARE_ITEMS)
            ])
            plan.ids(
                first_entry=bulk.next_id(session, "mood_entries"),
                tag_ids=tags.default_tag_ids(session),
                kind_ids=bulk.seed_activity_kinds(session),
                item_ids={name: item_ids[shown[name].casefold()] for name in shown},
            )
            tables = plan.build()
            for table_name, rows in tables.items():
                bulk.insert_rows(session, table_name, rows)
        return DemoReport(
            days=plan.days, mood_entries=len(tables["mood_entries"]),
            light_sessions=len(tables["light_sessions"]),
            activity_sessions=len(tables["activity_sessions"]),
            daily_metrics=len(tables["daily_metrics"]),
            selfcare_logs=len(tables["selfcare_logs"]),
            medications=len(tables["medications"]), assessments=len(tables["assessments"]),
            treatment_sessions=len(tables["treatment_sessions"]),
            seconds=time.perf_counter() - started,
        )


def _clamp(value: float, low: int = MOOD_MIN, high: int = MOOD_MAX) -> int:
    return max(low, min(high, round(value)))


class _Plan:
    """Builds every row in memory (plain dicts), day by day."""

    def __init__(self, rng: random.Random, years: float, entries_per_day: float | None,
                 text: DemoText) -> None:
        self.rng, self.text = rng, text
        self.density = entries_per_day
        self.now = datetime.now().replace(second=0, microsecond=0)
        self.today = self.now.date()
        self.days = max(1, round(years * 365.25))
        self.start = self.today - timedelta(days=self.days - 1)
        self.sertraline = self.today - timedelta(days=SERTRALINE_DAYS_AGO)
        self.ketamine = self.today - timedelta(days=KETAMINE_DAYS_AGO)
        self.rough = [(self.ketamine - timedelta(days=24), self.ketamine + timedelta(days=8))]
        if self.days > 400:
            first = self.start + timedelta(days=self.days // 4)
            self.rough.append((first, first + timedelta(days=30)))
        self.t: dict[str, list[Row]] = {name: [] for name in (
            "mood_entries", "mood_entry_tags", "light_sessions", "activity_sessions",
            "daily_metrics", "selfcare_logs", "medications", "assessments",
            "treatment_sessions")}
        self.levels: list[float] = []
        self.anxieties: list[float] = []

    def ids(self, *, first_entry: int, tag_ids: dict[str, int], kind_ids: dict[str, int],
            item_ids: dict[str, int]) -> None:
        self.next_entry, self.tag_ids = first_entry, tag_ids
        self.kind_ids, self.item_ids = kind_ids, item_ids

    # ---- the day's underlying level ---------------------------------------------------
    def _level(self, day: date, noise: float) -> float:
        season = math.cos(2 * math.pi * (day.timetuple().tm_yday - 172) / 365.25)
        level = 3.15 + 0.45 * season + WEEKLY[day.weekday()] + noise
        for begin, end in self.rough:
            if begin <= day <= end:
                level -= 1.0
        if day >= self.sertraline:
            level += 0.35 * min(1.0, (day - self.sertraline).days / 42)
        after_ketamine = (day - self.ketamine).days - KETAMINE_OFFSETS[-1]
        if after_ketamine > 0:
            level += 0.5 * math.exp(-after_ketamine / 60)
        return level

    def _lived(self, day: date, hour: float) -> Row | None:
        naive = datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)
        naive = naive.replace(second=0, microsecond=0)
        if naive > self.now:
            return None
        moment = Moment.from_local_naive(naive)
        return {"at_utc": moment.utc, "utc_offset_min": moment.offset_minutes,
                "local_date": moment.local_date, "source": SOURCE}

    def build(self) -> dict[str, list[Row]]:
        noise = 0.0
        for offset in range(self.days):
            day = self.start + timedelta(days=offset)
            noise = 0.85 * noise + self.rng.gauss(0, 0.22)
            level = self._level(day, noise)
            self.levels.append(level)
            self._day(day, level)
        self._medications()
        self._assessments()
        self._ketamine()
        return self.t

    def _count(self) -> int:
        rng = self.rng
        if self.density is None:
            return 0 if rng.random() < 0.08 else rng.choices((1, 2, 3), (45, 35, 20))[0]
        return max(0, round(rng.gauss(self.density, self.density * 0.3)))

    def _day(self, day: date, level: float) -> None:
        rng = self.rng
        season = math.cos(2 * math.pi * (day.timetuple().tm_yday - 172) / 365.25)
        winter = day.month in (10, 11, 12, 1, 2, 3)
        walked = rng.random() < 0.45 + 0.1 * (level - 3)
        hours = sorted(rng.uniform(7.0, 22.9) for _ in range(self._count()))
        sleep = round(max(3.0, min(11.0, 7.2 + 0.35 * (level - 3) + rng.gauss(0, 0.8))) * 4) / 4
        anxiety_sum = 0.0
        for index, hour in enumerate(hours):
            mood = _clamp(level + rng.gauss(0, 0.55))
            anxiety = _clamp(4.2 - 0.6 * mood + 0.2 * winter + rng.gauss(0, 0.8))
            anxiety_sum += anxiety
            self._entry(day, hour, mood, anxiety, sleep if index == 0 else None, walked)
        self.anxieties.append(anxiety_sum / len(hours) if hours else math.nan)
        self._trackers(day, level, season, winter, walked, sleep)

    def _entry(self, day: date, hour: float, mood: int, anxiety: int,
               sleep: float | None, walked: bool) -> None:
        lived = self._lived(day, hour)
        if lived is None:
            return
        rng = self.rng
        entry_id = self.next_entry
        self.next_entry += 1
        note = ""
        if rng.random() < 0.3:
            text = self.text
            note = rng.choice(text.low if mood <= 2 else text.mid if mood == 3 else text.high)
        self.t["mood_entries"].append({
            **lived, "id": entry_id, "mood": mood,
            "energy": _clamp(mood - 0.3 + rng.gauss(0, 0.8)), "anxiety": anxiety,
            "sleep_hours": sleep, "note_title": "", "note": note,
            "created_at": lived["at_utc"], "updated_at": lived["at_utc"],
        })
        for name in self._tags(day, hour, mood, walked):
            tag_id = self.tag_ids.get(name)
            if tag_id is not None:
                self.t["mood_entry_tags"].append({"entry_id": entry_id, "tag_id": tag_id})

    def _tags(self, day: date, hour: float, mood: int, walked: bool) -> list[str]:
        rng, m = self.rng, mood - 1  # m: 0 (awful) … 4 (great)
        odds = {
            "walk": 0.05 + 0.08 * m + 0.25 * walked, "friends": 0.04 + 0.06 * m,
            "opened curtains": 0.08 + 0.08 * m, "went outside": 0.05 + 0.05 * m,
            "family": 0.12, "partner": 0.1, "cooking": 0.04 + 0.02 * m, "reading": 0.08,
            "tea": 0.15, "music": 0.05 + 0.03 * m, "shower": 0.1, "housework": 0.06,
            "lavender": 0.04, "headache": 0.06 - 0.01 * m,
            "work": 0.35 if day.weekday() < 5 and hour < 18 else 0.02,
            "grateful": 0.05 * m, "hopeful": 0.04 * m, "calm": 0.03 + 0.04 * m,
            "dancing": 0.12 if mood == 5 else 0.01, "tired": 0.4 - 0.09 * m,
            "lonely": 0.3 - 0.1 * m if m < 3 else 0.0, "irritable": 0.25 - 0.08 * m if m < 3
            else 0.0, "alone": 0.3 - 0.07 * m,
            "took medication": 0.3 if day >= self.sertraline and hour < 11 else 0.0,
        }
        return [name for name, p in odds.items() if rng.random() < p]

    def _trackers(self, day: date, level: float, season: float, winter: bool,
                  walked: bool, sleep: float) -> None:
        rng = self.rng
        summer = (season + 1) / 2
        if rng.random() < 0.55 + 0.25 * summer + 0.05 * (level - 3):
            minutes = max(5.0, round(rng.gauss(25 + 40 * summer + 8 * (level - 3), 12)))
            self._add("light_sessions", day, rng.uniform(11, 16), kind="daylight",
                      minutes=float(minutes), lux=None, distance_cm=None, note="")
        if winter and rng.random() < 0.6:
            self._add("light_sessions", day, rng.uniform(7.0, 8.2), kind="lamp",
                      minutes=rng.choice((30.0, 30.0, 30.0, 20.0, 45.0)), lux=10_000,
                      distance_cm=50, note="")
        if walked:
            self._activity(day, "walk", max(10.0, round(rng.gauss(35, 12))), "moderate")
        for kind, p, minutes, intensity in (
            ("yoga", 0.08, 30, "light"), ("housework", 0.15, 40, "light"),
            ("cycling", 0.08 * summer, 50, "moderate"), ("dance", 0.04, 45, "vigorous"),
            ("gym", 0.05, 50, "vigorous"), ("run", 0.03, 30, "vigorous"),
        ):
            if rng.random() < p:
                self._activity(day, kind, float(round(rng.gauss(minutes, 8))), intensity)
        if day < self.today or self.now.hour >= 21:
            if rng.random() < 0.93:
                steps = 3000 + 4500 * walked + 800 * (level - 3) + rng.gauss(0, 1500)
                self._metric(day, "steps", float(max(300, round(steps))))
            self._metric(day, "sleep_hours", sleep)
            if rng.random() < 0.12:
                self._metric(day, "mindful_minutes", 10.0)
        self._selfcare(day, level)

    def _activity(self, day: date, kind: str, minutes: float, intensity: str) -> None:
        self._add("activity_sessions", day, self.rng.uniform(8, 19),
                  kind_id=self.kind_ids[kind], minutes=max(5.0, minutes),
                  intensity=intensity, note="")

    def _metric(self, day: date, metric: str, value: float) -> None:
        self.t["daily_metrics"].append(
            {"local_date": day, "metric": metric, "value": value, "source": SOURCE})

    def _selfcare(self, day: date, level: float) -> None:
        rng = self.rng
        for name, p, hour in (
            ("Lavender", 0.12, 21.5), ("Sweet orange", 0.08, 8.0), ("Chamomile tea", 0.25, 21.0),
            ("Peppermint tea", 0.15, 15.0), ("Lemon balm tea", 0.08, 10.0),
            ("Music", 0.2 + 0.05 * (level - 3), 18.0),
            ("Time with someone", 0.1 + 0.05 * (level - 3), 17.0),
        ):
            if rng.random() < p:
                self._add("selfcare_logs", day, hour + rng.uniform(-0.5, 0.5),
                          item_id=self.item_ids[name], note="")

    def _add(self, table: str, day: date, hour: float, **values: Any) -> None:
        lived = self._lived(day, hour)
        if lived is not None:
            self.t[table].append({**lived, **values})

    def _medications(self) -> None:
        self.t["medications"] += [
            {"name": "sertraline", "dose": "50 mg", "start_date": self.sertraline,
             "stop_date": None, "note": self.text.sertraline_note},
            {"name": "citalopram", "dose": "20 mg", "start_date": self.sertraline
             - timedelta(days=330), "stop_date": self.sertraline - timedelta(days=2),
             "note": self.text.citalopram_note},
        ]

    def _assessments(self) -> None:
        rng, offset = self.rng, 13
        while offset < self.days:
            day = self.start + timedelta(days=offset)
            window = self.levels[max(0, offset - 13): offset + 1]
            mood = sum(window) / len(window)
            anx = [a for a in self.anxieties[max(0, offset - 13): offset + 1] if a == a]
            anxiety = sum(anx) / len(anx) if anx else 2.5
            phq = max(0, min(27, round((4.6 - mood) * 5.2 + rng.gauss(0, 1.5))))
            gad = max(0, min(21, round((anxiety - 1) * 4.5 + rng.gauss(0, 1.5))))
            hour = rng.uniform(19, 21)
            self._add("assessments", day, hour, kind="phq9",
                      answers=self._answers(phq, 9, item9=phq >= 15 and rng.random() < 0.3),
                      total=phq, difficulty=_difficulty(phq, 27))
            self._add("assessments", day, hour + 0.1, kind="gad7",
                      answers=self._answers(gad, 7, item9=False), total=gad,
                      difficulty=None)  # the app's GAD-7 asks no difficulty question
            offset += 14 + rng.choice((-2, -1, 0, 0, 1, 2))

    def _answers(self, total: int, items: int, *, item9: bool) -> str:
        answers = [0] * items
        last = items - 1 if items == 9 else items
        if item9:
            answers[8] = 1
        remaining = total - sum(answers)
        while remaining > 0:
            open_items = [i for i in range(last) if answers[i] < 3] or [
                i for i in range(items) if answers[i] < 3]
            answers[self.rng.choice(open_items)] += 1
            remaining -= 1
        return ",".join(map(str, answers))

    def _ketamine(self) -> None:
        for number, offset in enumerate(KETAMINE_OFFSETS, start=1):
            day = self.ketamine + timedelta(days=offset)
            if not self.start <= day <= self.today:
                continue
            before = _clamp(self.levels[(day - self.start).days] - 0.3)
            after = min(MOOD_MAX, before + self.rng.choice((1, 1, 2)))
            self._add("treatment_sessions", day, 10.0, kind="ketamine-infusion",
                      clinic=self.text.clinic, mood_before=before, mood_after=after,
                      note=self.text.session_note.format(number=number)
                      + (self.text.first_session if number == 1 else ""))


def _difficulty(total: int, maximum: int) -> int | None:
    return None if total == 0 else min(3, total * 4 // (maximum + 1))
