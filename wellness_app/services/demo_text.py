"""Sentences for demo-data notes, grouped by how the day felt (invented, not from anyone)."""

from __future__ import annotations

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
