"""`wellness-app status [--json]`: what Today's banners say now.

Whether talking to a doctor is suggested and why (`phq9_item9`, `phq9_total`,
`low_mood_days`), whether a "Not now" keeps it quiet, and which check-ins are due.
A journal with no suggestion is never called "safe".
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry
    from wellness_app.services.today_status import TodayStatus

WHY = {
    "phq9_item9": "These thoughts are important to tell a doctor or someone you trust soon.",
    "low_mood_days": "When low days go on for two weeks or more, a doctor can help.",
    "phq9_total": "A PHQ-9 total of 10 or more is the usual point to talk it over with a "
                  "doctor.",
}
CRISIS_HINT = "Your safety plan and crisis lines: wellness-app crisis"


def register(registry: CliRegistry) -> None:
    p = registry.commands.add_parser(
        "status", help="what Today's banners say now: doctor suggested and why, check-ins due")
    p.add_argument("--json", action="store_true", help="print it as JSON")
    p.set_defaults(handler=run, command_name="status")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    journal = ctx.quick(write=False)
    if journal is not None:  # the ordinary case: no SQLAlchemy to import
        from wellness_app.services.quick import today_status as quick_status

        status = quick_status(journal)
    else:
        from wellness_app.services.today_status import today_status

        status = today_status(ctx.db())
    if args.json:
        ctx.print_json(as_json(status))
    else:
        for line in as_text(status):
            ctx.print(line)
    return 0


def as_json(status: TodayStatus) -> dict[str, Any]:
    check = status.escalation
    latest = check.latest_phq9
    return {
        "date": status.today.isoformat(),
        "doctor_suggested": check.show,
        "reasons": check.reason_keys(),
        "quiet_until": check.quiet_until.isoformat() if check.quiet_until else None,
        "latest_phq9": None if latest is None else {
            "date": latest.local_date.isoformat(), "total": latest.total,
            "item9": latest.item9},
        "low_mood_days": {"low": check.low_days, "days_with_checkins": check.days_considered},
        "checkin_due": {"phq9": status.phq9_due, "mood_today": status.mood_due},
    }


def as_text(status: TodayStatus) -> list[str]:
    check = status.escalation
    keys = check.reason_keys()
    if check.show:
        lines = ["It might help to talk to a doctor."]
        lines += [f"  {reason}" for reason in check.reasons()]
        lines.append(f"  {WHY[keys[0]]}")
        if "phq9_item9" in keys:
            lines.append(f"  {CRISIS_HINT}")
    elif check.suggested and check.quiet_until is not None:
        lines = [f"The suggestion to talk to a doctor is quiet until "
                 f"{check.quiet_until.isoformat()} (you chose Not now)."]
        lines += [f"  {reason}" for reason in check.reasons()]
    else:
        lines = ["No suggestion to see a doctor from your journal right now. Whatever it "
                 "shows, if you are struggling, talking to a doctor or someone you trust "
                 "can help."]
    lines.append("PHQ-9 check-in: " + ("due" if status.phq9_due else "not due"))
    lines.append("Mood check-in today: " + ("not yet" if status.mood_due else "done"))
    return lines
