"""The care screens in German: translated text from the .qm file, German dates and numbers,
and the domain's English sentences marked for translation (issue #8, part 6)."""

from __future__ import annotations

from datetime import date, timedelta

from care_planting import at, phq9_answers, plant_assessment, plant_mood
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from wellness_app.domain.safety_plan import SECTIONS
from wellness_app.domain.treatments import ESKETAMINE_NOTE, TREATMENT_NAMES
from wellness_app.services.crisis_lines import CrisisLineService
from wellness_app.services.report import ReportService
from wellness_app.services.report.model import EMPTY_MESSAGE, STATEMENT, TITLE
from wellness_app.services.treatments import TreatmentService
from wellness_app.ui.common.care_text import MARKED, explanation
from wellness_app.ui.report.render import report_html

DAY = date(2026, 3, 2)


def test_every_domain_text_shown_by_the_care_screens_is_marked(db) -> None:
    directory = CrisisLineService(db).directory
    shown = {*TREATMENT_NAMES.values(), ESKETAMINE_NOTE, TITLE, STATEMENT, EMPTY_MESSAGE,
             *(s.title for s in SECTIONS), directory.note,
             *(c.name for c in directory.countries),
             *(line.label for c in directory.countries for line in c.emergency),
             *(line.hours for c in directory.countries for line in c.lines if line.hours),
             *(line.cost for c in directory.countries for line in c.lines if line.cost),
             "the local emergency number", "Directory of crisis lines",
             "National suicide prevention line"}
    assert shown - set(MARKED) == set()


def _plant_series(db) -> None:  # type: ignore[no-untyped-def]
    for n in range(1, 15):
        plant_mood(db, DAY - timedelta(days=n), 2 if n % 2 else 3)
    plant_assessment(db, DAY - timedelta(days=1), "phq9", phq9_answers(20))
    plant_assessment(db, DAY + timedelta(days=12), "phq9", phq9_answers(10))
    TreatmentService(db).log("ketamine-infusion", moment=at(DAY))
    TreatmentService(db).log("ketamine-infusion", moment=at(DAY + timedelta(days=5)))


def test_treatments_page_in_german(qtbot, ui_ctx, german) -> None:
    from wellness_app.ui.treatments.page import TreatmentsPage

    _plant_series(ui_ctx.db)
    page = TreatmentsPage(ui_ctx)
    qtbot.addWidget(page)
    text = page.summary.text()
    assert "Ketamin-Infusion · Sitzungen: 2 · 02.03.2026 – 07.03.2026" in text
    assert "mittlere Tagesstimmung 2,5 von 5 (Tage mit Check-in: 14)" in text
    assert "Dein PHQ-9-Gesamtwert ist am 14.03.2026 zum ersten Mal" in text
    assert page.model.index(0, 0).data() == "07.03.2026 09:00"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Behandlung"
    assert page.deleter.delete_action.text() == "Löschen"


def test_clinician_report_in_german(ui_ctx, german) -> None:
    _plant_series(ui_ctx.db)
    report = ReportService(ui_ctx.db).build(DAY - timedelta(days=20), DAY + timedelta(days=20))
    html = report_html(report)
    assert "Zusammenfassung des Selbstfürsorge-Tagebuchs für Behandelnde" in html
    assert "Zeitraum: 10.02.2026 – 22.03.2026" in html
    assert "Mittelwert der Tagesmittel: 2,5" in html
    assert "Ketamin-Infusion" in html and "02.03.2026 09:00" in html


def test_safety_plan_and_result_in_german(qtbot, ui_ctx, german) -> None:
    from wellness_app.ui.care.safety_plan_page import SafetyPlanPage

    page = SafetyPlanPage(ui_ctx)
    qtbot.addWidget(page)
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    assert "1. Warnsignale (Gedanken, Bilder, Stimmungen, Situationen, Verhalten)" in titles
    assert page.save_button.text() == "&Speichern"
    text = explanation("phq9", 12)
    assert text.startswith("Ein PHQ-9-Gesamtwert von 12 von 27")
    assert "„mittelgradig“" in text  # the German band name (issue 19, part 9)


def test_crisis_lines_in_german_but_the_persons_own_words_unchanged(qtbot, ui_ctx,
                                                                   german) -> None:
    from wellness_app.ui.crisis.manage import ManageLinesDialog

    service = CrisisLineService(ui_ctx.db)
    service.set_country("GB")
    service.edit("GB", "Samaritans", "Samaritans", "my sister", "call or text")
    dialog = ManageLinesDialog(service, "GB")
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(3)]
            for r in range(dialog.model.rowCount())]
    assert ["Notruf", "999 / 112", ""] in rows
    assert ["Samaritans", "my sister", "call or text"] in rows  # hers: never translated


def test_english_stays_the_source_without_a_translator(ui_ctx) -> None:
    _plant_series(ui_ctx.db)
    html = report_html(ReportService(ui_ctx.db).build(DAY - timedelta(days=20), DAY))
    assert "Self-care journal summary for a clinician" in html
    assert "Period: 2/10/2026 – 3/2/2026" in html


def test_import_summary_in_german_with_every_skip_reason_marked(german) -> None:
    import re
    from pathlib import Path

    import wellness_app.services.io as io_package
    from wellness_app.services.io.common import ImportReport
    from wellness_app.ui.io.report_text import REASONS, import_report_lines

    sources = "\n".join(p.read_text(encoding="utf-8")
                        for p in Path(io_package.__file__).parent.rglob("*.py"))
    given = set(re.findall(r'\.skip\(\s*"([^"]+)"', sources))
    given |= set(re.findall(r'skipped\["([^"]+)"\]', sources))
    assert given and given - set(REASONS) == set()
    report = ImportReport("daylio", "daylio.csv", added={"mood_entries": 12_345},
                          skipped={"already imported": 2})
    lines = import_report_lines(report)
    assert lines[0] == "Importiert aus daylio.csv (Daylio):"
    assert "  Check-ins: 12.345" in lines
    assert "  2 × bereits importiert" in lines
