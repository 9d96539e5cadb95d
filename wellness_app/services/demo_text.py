"""Sentences for demo-data notes, grouped by how the day felt (invented, not from anyone),
in English and German (`DemoText.for_language`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

LOW_NOTES: Final = (
    "Couldn't get out of bed until noon.",
    "Everything felt heavy today. Cancelled plans again.",
    "Grey all day. Didn't open the curtains.",
    "Woke at 4 and couldn't get back to sleep, mind racing about work.",
    "Skipped lunch, not hungry. 😞",
    "Felt like a burden to everyone. Wrote it down instead of believing it.",
    "Too tired to cook, cereal for dinner.",
    "Argued with my sister on the phone and then cried for an hour. I know she means well "
    "but it's hard to explain that I'm not being lazy, I just can't.",
    "Headache most of the afternoon.",
    "Didn't answer any messages today.",
    "The dark evenings are getting to me.",
    "Rough day. Used the safety plan list and called a friend — it helped a little.",
    "Lay on the sofa scrolling for hours, felt worse after.",
)
MID_NOTES: Final = (
    "Ordinary day. Work, dinner, TV.",
    "Meh. Not bad, not good.",
    "Busy at work, no time to think much.",
    "Did the laundry, small win.",
    "Slept badly but the afternoon was okay.",
    "Tried the new lamp this morning, not sure yet if it does anything.",
    "Rainy, stayed in and read a bit.",
    "Appointment with Dr. Patel — we talked about how the last weeks went and agreed to "
    "keep things as they are for now and check in again next month.",
    "A bit anxious before the meeting, fine afterwards.",
    "Made soup for the week ☕",
    "Tired, but I went for a short walk anyway.",
    "Quiet Sunday.",
    "Remembered to take my meds on time all week.",
)
HIGH_NOTES: Final = (
    "Long walk by the river in the sun 🌞",
    "Coffee with Sam, laughed a lot.",
    "Felt like myself again today.",
    "Finished the book I started in spring!",
    "Opened the curtains first thing, bright morning, got a lot done.",
    "Danced in the kitchen to old songs 💃",
    "Cooked dinner for friends, everyone stayed late.",
    "Good session with my therapist. We looked back at the diary from last winter and I "
    "could actually see how far I've come, which I never notice day to day. Keeping this "
    "note so I can find it next time things feel stuck.",
    "Went swimming for the first time in months.",
    "Calm, grateful day. 🙏",
    "Gardening all afternoon, the tomatoes are finally red 🍅",
    "Walked to work instead of taking the bus.",
    "Phoned Mum, she sounded happy.",
    "Energy back. Tidied the whole flat.",
)

LOW_NOTES_DE: Final = (
    "Bin erst mittags aus dem Bett gekommen.",
    "Alles fühlte sich heute schwer an. Wieder Pläne abgesagt.",
    "Den ganzen Tag grau. Die Vorhänge nicht aufgemacht.",
    "Um 4 aufgewacht und nicht mehr eingeschlafen, Gedankenkarussell wegen der Arbeit.",
    "Mittagessen ausgelassen, kein Hunger. 😞",
    "Hab mich wie eine Last für alle gefühlt. Aufgeschrieben, statt es zu glauben.",
    "Zu müde zum Kochen, Müsli zum Abendessen.",
    "Am Telefon mit meiner Schwester gestritten und danach eine Stunde geweint. Ich weiß, "
    "sie meint es gut, aber es ist schwer zu erklären, dass ich nicht faul bin, ich kann "
    "einfach nicht.",
    "Fast den ganzen Nachmittag Kopfschmerzen.",
    "Heute auf keine Nachricht geantwortet.",
    "Die dunklen Abende setzen mir zu.",
    "Schwerer Tag. Die Liste im Krisenplan benutzt und eine Freundin angerufen – hat ein "
    "bisschen geholfen.",
    "Stundenlang auf dem Sofa gescrollt, danach ging es mir schlechter.",
)
MID_NOTES_DE: Final = (
    "Normaler Tag. Arbeit, Abendessen, Fernsehen.",
    "Naja. Nicht schlecht, nicht gut.",
    "Viel los bei der Arbeit, kaum Zeit zum Nachdenken.",
    "Wäsche gewaschen, kleiner Erfolg.",
    "Schlecht geschlafen, aber der Nachmittag war okay.",
    "Heute früh die neue Lampe ausprobiert, weiß noch nicht, ob sie etwas bringt.",
    "Regen, drinnen geblieben und ein bisschen gelesen.",
    "Termin bei Dr. Patel – wir haben über die letzten Wochen gesprochen und vereinbart, "
    "erst mal alles so zu lassen und nächsten Monat wieder draufzuschauen.",
    "Vor der Besprechung etwas nervös, danach ging es.",
    "Suppe für die ganze Woche gekocht ☕",
    "Müde, aber trotzdem kurz spazieren gegangen.",
    "Ruhiger Sonntag.",
    "Die ganze Woche an meine Tabletten gedacht.",
)
HIGH_NOTES_DE: Final = (
    "Langer Spaziergang am Fluss in der Sonne 🌞",
    "Kaffee mit Sam, viel gelacht.",
    "Heute wieder wie ich selbst gefühlt.",
    "Das Buch ausgelesen, das ich im Frühling angefangen habe!",
    "Gleich morgens die Vorhänge aufgemacht, heller Morgen, viel geschafft.",
    "In der Küche zu alten Liedern getanzt 💃",
    "Für Freunde gekocht, alle sind lange geblieben.",
    "Gute Stunde bei meiner Therapeutin. Wir haben uns das Tagebuch vom letzten Winter "
    "angeschaut, und ich konnte wirklich sehen, wie weit ich gekommen bin – im Alltag merke "
    "ich das nie. Die Notiz behalte ich, damit ich sie finde, wenn es wieder festhängt.",
    "Zum ersten Mal seit Monaten schwimmen gewesen.",
    "Ruhiger, dankbarer Tag. 🙏",
    "Den ganzen Nachmittag im Garten, die Tomaten sind endlich rot 🍅",
    "Zur Arbeit gelaufen statt Bus gefahren.",
    "Mama angerufen, sie klang glücklich.",
    "Die Energie ist zurück. Die ganze Wohnung aufgeräumt.",
)


@dataclass(frozen=True, slots=True)
class DemoText:
    """Every sentence the demo writes into a journal, in one language."""

    low: tuple[str, ...]
    mid: tuple[str, ...]
    high: tuple[str, ...]
    sertraline_note: str
    citalopram_note: str
    clinic: str
    session_note: str  # {number}
    first_session: str

    @staticmethod
    def for_language(language: str) -> DemoText:
        """German for "de…", English otherwise."""
        return GERMAN if language.lower().startswith("de") else ENGLISH


ENGLISH: Final = DemoText(
    LOW_NOTES, MID_NOTES, HIGH_NOTES, "Once daily with breakfast.",
    "Stopped: nausea and poor sleep; switched to sertraline with my GP.",
    "Riverside Clinic", "Session {number} of 6.", " Felt floaty for an hour.")
GERMAN: Final = DemoText(
    LOW_NOTES_DE, MID_NOTES_DE, HIGH_NOTES_DE, "Einmal täglich zum Frühstück.",
    "Abgesetzt: Übelkeit und schlechter Schlaf; mit meiner Hausärztin auf Sertralin "
    "umgestellt.", "Klinik am Fluss", "Sitzung {number} von 6.",
    " Eine Stunde lang ein schwebendes Gefühl.")
