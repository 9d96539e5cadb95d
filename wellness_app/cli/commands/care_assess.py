"""`wellness-app assess phq9|gad7 --answers …` and `wellness-app crisis [--country CC]`.

When PHQ-9 item 9 is above "Not at all", the person's safety plan and the crisis lines
are printed first, before the score (docs/clinical-sources.md).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wellness_app.domain.assessments import explanation, parse_answers, record_from
from wellness_app.domain.crisis_lines import (
    ELSEWHERE,
    CrisisLine,
    code_for_name,
    normalise_country,
)
from wellness_app.domain.errors import ValidationError
from wellness_app.domain.questionnaires import QUESTIONNAIRES
from wellness_app.domain.safety_plan import plan_as_text
from wellness_app.domain.timestamps import Moment, parse_moment

if TYPE_CHECKING:
    from wellness_app.cli.context import CliContext
    from wellness_app.cli.parser import CliRegistry
    from wellness_app.services import Database
    from wellness_app.services.crisis_lines import CrisisLineService

ITEM9_INTRO = (
    "You answered that you have had thoughts that you would be better off dead or of "
    "hurting yourself. You do not have to carry this alone. Your safety plan and people "
    "you can contact now:"
)
ITEM9_AFTER = ("These thoughts are important to tell a doctor or someone you trust soon. "
               "You do not have to carry them alone.")
NO_PLAN = ("You have not written a safety plan yet. The app's Safety plan page helps you "
           "make one, with your own people and your clinician.")


def register(registry: CliRegistry) -> None:
    assess = registry.commands.add_parser("assess", help="answer a PHQ-9 or GAD-7 check-in")
    kinds = assess.add_subparsers(title="questionnaire", dest="assess_kind", required=True,
                                  parser_class=type(assess))
    for kind, count in (("phq9", 9), ("gad7", 7)):
        q = QUESTIONNAIRES[kind]
        p = kinds.add_parser(kind, help=f"{q.title}: {count} answers, each 0–3")
        p.add_argument("--answers", required=True, metavar=f"A1,…,A{count}",
                       help="0 Not at all, 1 Several days, 2 More than half the days, "
                            "3 Nearly every day")
        if kind == "phq9":
            p.add_argument("--difficulty", metavar="N",
                           help="0 Not difficult at all … 3 Extremely difficult (not scored)")
        p.add_argument("--at", help="when, ISO-8601 (default: now)")
        p.add_argument("--country", metavar="CC",
                       help="crisis lines for this country (default: your setting)")
        p.set_defaults(handler=run_assess, command_name=f"assess {kind}", kind=kind)

    crisis = registry.commands.add_parser("crisis", help="your safety plan and crisis lines")
    crisis.add_argument("--country", metavar="CC",
                        help="two-letter code, e.g. US, GB, DE, or 'elsewhere'")
    crisis.add_argument("--set-country", metavar="CC",
                        help="remember this country for crisis lines (GUI and CLI)")
    crisis.set_defaults(handler=run_crisis, command_name="crisis")


def run_assess(args: argparse.Namespace, ctx: CliContext) -> int:
    # Validate everything before opening or writing the journal.
    from wellness_app.services.assessments import AssessmentService
    from wellness_app.services.crisis_lines import CrisisLineService

    moment = parse_moment(args.at) if args.at else Moment.now()
    difficulty = _difficulty(getattr(args, "difficulty", None))
    record = record_from(args.kind, parse_answers(args.answers), moment, difficulty)
    country = (known_country(CrisisLineService(None, ctx.paths.data_dir), args.country)
               if args.country is not None else None)
    saved = AssessmentService(ctx.db()).save(args.kind, record.answers,
                                             difficulty=difficulty, moment=moment)
    if saved.needs_safety_plan:
        ctx.print(ITEM9_INTRO)
        ctx.print()
        print_plan_and_lines(ctx, country)
        ctx.print()
    q = saved.questionnaire
    ctx.print(f"{q.title} total: {saved.total} of {q.max_total} ({saved.band.name})")
    ctx.print(explanation(saved.kind, saved.total))
    if saved.needs_safety_plan:
        ctx.print(ITEM9_AFTER)
    ctx.print(f"Saved for {saved.moment.local.strftime('%Y-%m-%d %H:%M')}.")
    return 0


def run_crisis(args: argparse.Namespace, ctx: CliContext) -> int:
    """Works without the passphrase: an encrypted journal whose passphrase is not given
    shows the bundled lines (and says the plan needs the passphrase)."""
    from wellness_app.services.crisis_lines import CrisisLineService

    bundled = CrisisLineService(None, ctx.paths.data_dir)
    country = known_country(bundled, args.country) if args.country is not None else None
    if args.set_country:
        code = known_country(bundled, args.set_country)
        db = _journal_if_open(ctx)
        code = CrisisLineService(db, ctx.paths.data_dir).set_country(code)
        ctx.print(f"Crisis lines will be shown for {bundled.country_name(code)} ({code}).")
        country = country or code
    print_plan_and_lines(ctx, country, db=_journal_if_open(ctx))
    return 0


def known_country(service: CrisisLineService, text: str) -> str:
    """A code with bundled lines (or 'elsewhere'); anything else is one clear line (with
    the code, when a country's name was typed)."""
    try:
        code = normalise_country(text)
    except ValidationError as exc:
        guess = code_for_name(text, dict(service.countries()))
        if guess is None:
            raise
        raise ValidationError(f"{exc}; for {service.country_name(guess)} use {guess}") from None
    if not service.directory.has(code):
        known = ", ".join(c for c, _ in service.countries() if c != ELSEWHERE)
        raise ValidationError(f"No crisis lines are bundled for '{text.strip()}'. Known: "
                              f"{known}; or 'elsewhere' for the local emergency number")
    return code


def _journal_if_open(ctx: CliContext) -> Database | None:
    """The journal, or None when it is encrypted and no passphrase was given."""
    from wellness_app.services.privacy import is_encrypted

    path = ctx.paths.db_path
    if path.exists() and is_encrypted(path) and not ctx.passphrase():
        return None
    return ctx.db()


def print_plan_and_lines(ctx: CliContext, country: str | None,
                         db: Database | bool | None = True) -> None:
    """The safety plan first (or a pointer to make one), then the crisis lines, the
    emergency number first among them."""
    from wellness_app.services.crisis_lines import CrisisLineService
    from wellness_app.services.safety_plan import SafetyPlanService

    journal = ctx.db() if db is True else db or None
    if journal is None:
        ctx.print("Your safety plan is in your encrypted journal: set WELLNESS_APP_PASSPHRASE "
                  "(or run this in a terminal) to see it. These crisis lines need no "
                  "passphrase.")
    else:
        plan = SafetyPlanService(journal).plan()
        if plan.is_empty:
            ctx.print(NO_PLAN)
        else:
            for text in plan_as_text(plan):
                ctx.print(text)
    ctx.print()
    service = CrisisLineService(journal, ctx.paths.data_dir)
    code = country or service.country()
    ctx.print(f"Crisis lines — {service.country_name(code)}")
    for line in service.lines(code):
        ctx.print(f"  {line_text(line)}")
    if code == ELSEWHERE or not service.directory.has(code):
        ctx.print("  (No lines are bundled for where you are; add your own in the app's "
                  "crisis screen, under Manage lines.)")
    if not country and not service.country_is_known():
        ctx.print("  Your country is not set: wellness-app crisis --set-country CC "
                  "(for example US, GB or DE) shows its lines from now on.")
    reviewed = service.directory.last_reviewed.isoformat()
    ctx.print(f"  Last reviewed {reviewed}. {service.directory.note}")
    if service.is_stale():
        ctx.print(f"  These numbers were last checked on {reviewed}, more than a year ago: "
                  "please confirm yours.")
    ctx.print("  If you are in immediate danger, call your local emergency number now.")


def line_text(line: CrisisLine) -> str:
    """"Samaritans: 116 123 — call · 24/7 · free" (emergency lines marked). A channel with
    its own number or address is named once, with it: "call · chat at https://…"."""
    detailed = {"text": f"text {line.text_number}" if line.text_number else "",
                "chat": f"chat at {line.chat_url}" if line.chat_url else ""}
    plain = [c for c in line.channels if not detailed.get(c)]
    extras = [", ".join(plain)] if plain else []
    extras += [detailed[c] for c in line.channels if detailed.get(c)]
    extras += [x for x in (line.hours, line.cost, line.note) if x]
    return f"{line.text().split(' (')[0]} — {' · '.join(extras)}"


def _difficulty(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValidationError(f"Difficulty must be 0, 1, 2 or 3, not '{text}'") from None
