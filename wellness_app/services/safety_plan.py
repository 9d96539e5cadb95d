"""The person's safety plan (Stanley–Brown) and their own contacts."""

from __future__ import annotations

import logging

from wellness_app.domain.safety_plan import SafetyPlan, clean_plan
from wellness_app.storage import Database
from wellness_app.storage.repositories import safety_plan

log = logging.getLogger(__name__)


class SafetyPlanService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def plan(self) -> SafetyPlan:
        with self._db.reading() as session:
            return safety_plan.load(session)

    def save(self, plan: SafetyPlan) -> SafetyPlan:
        """Validate, then store the whole plan in one transaction (nothing on error)."""
        cleaned = clean_plan(plan)
        with self._db.transaction() as session:
            safety_plan.replace(session, cleaned)
            saved = safety_plan.load(session)
        log.info("Saved the safety plan (%d sections, %d contacts)",
                 len(saved.items), len(saved.contacts))
        return saved
