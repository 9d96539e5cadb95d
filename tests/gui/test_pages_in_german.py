"""The tracker, journal, trends and year pages in German: words from the .qm, numbers and
dates the German way, built-in words translated and the person's own words left alone."""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from wellness_app.domain.insights import Factor, compare
from wellness_app.domain.timestamps import Moment
from wellness_app.services.light import LightService
from wellness_app.services.moods import MoodService
from wellness_app.services.movement import MovementService


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    """The German translation installed as the app does it; removed again afterwards."""
    from wellness_app.ui.common.i18n import install_translators

    translators = install_translators(qapp, "de")
    assert translators, "the German .qm did not load"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


def _insights() -> list:
    rng = np.random.default_rng(4)
    days = np.arange(20_000, 20_060)
    daylight = days[::2]
    mood = np.where(np.isin(days, daylight), 4.0, 2.6) + rng.normal(0, 0.3, days.size)
    factors = [Factor("daylight_30", "with at least 30 minutes of daylight", daylight),
               Factor("tag:Kaffee mit Jo", "tagged “Kaffee mit Jo”", days[1::3])]
    return compare(days, mood, factors)


def test_light_page_speaks_german_with_german_numbers(german, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.light.page import LightPage

    LightService(ui_ctx.db).log(60, kind="daylight")
    page = LightPage(ui_ctx)
    qtbot.addWidget(page)
    assert page.quick.text() == "Vorhänge geöffnet / rausgegangen"
    assert "2.500 von 5.000 Lux-Stunden heute" in page.dose_label.text()
    assert "Tageslicht, 60 Min." in page.model.index(0).data()
    assert page.day_minutes.suffix() == " Min."


def test_journal_day_headers_use_german_dates_and_decimals(german, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.common.display_names import display_labels
    from wellness_app.ui.common.journal_model import JournalModel

    moods = MoodService(ui_ctx.db)
    moods.log(4, moment=Moment.from_local_naive(datetime(2025, 11, 4, 9)))
    moods.log(3, moment=Moment.from_local_naive(datetime(2025, 11, 4, 20)))
    model = JournalModel()
    model.set_entries(moods.for_day(date(2025, 11, 4))[::-1], display_labels(moods.labels()))
    assert model.index(0).data() == "Dienstag, 4. November 2025 · Mittel 3,5 · 2 Einträge"
    assert "20:00" in model.index(1).data() and "naja (3/5)" in model.index(1).data()


def test_insights_are_rebuilt_in_german(german) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.trends.insights_model import sentence

    insights = _insights()
    by_key = {i.factor: i for i in insights}
    from wellness_app.ui.trends.insights_model import detail, strength_words

    daylight = sentence(by_key["daylight_30"])
    assert daylight.startswith("Du fühlst dich an Tagen mit mindestens 30 Minuten Tageslicht "
                               "meist besser – ")
    assert f"{by_key['daylight_30'].mean_with:.1f}".replace(".", ",") in daylight
    assert strength_words(by_key["daylight_30"]) == "ein deutliches Muster"
    assert detail(by_key["daylight_30"]).endswith("Ein Muster, kein Beweis für eine Ursache.")
    assert "„Kaffee mit Jo“" in sentence(by_key["tag:Kaffee mit Jo"])


def test_insights_in_english_read_exactly_as_the_cli_prints_them(qapp) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.trends.insights_model import sentence

    insights = _insights()
    assert len(insights) == 2
    assert [sentence(i) for i in insights] == [i.sentence for i in insights]


def test_default_words_translate_but_the_persons_own_do_not(german, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.common.display_names import display_labels
    from wellness_app.ui.movement.page import MovementPage

    moods = MoodService(ui_ctx.db)
    moods.rename_label(5, "wonderful")
    labels = display_labels(moods.labels())
    assert labels[1] == "furchtbar" and labels[3] == "naja"
    assert labels[5] == "wonderful"  # a rename is the person's own word

    page = MovementPage(ui_ctx)
    qtbot.addWidget(page)
    page.kind.setCurrentText("Spaziergang")
    page.log_form()
    [session] = MovementService(ui_ctx.db).for_day(Moment.now().local_date)
    assert session.kind == "walk"  # stored by its built-in key, shown in German
    assert "Spaziergang" in page.model.index(0).data() and "mäßig" in page.model.index(0).data()
    assert page.week.days[0].accessibleName().startswith("Montag: ")


def test_tag_groups_show_in_german_and_are_stored_by_key(german, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services.tags import TagService
    from wellness_app.ui.common.dialogs.tag_catalog import TagCatalogDialog

    dialog = TagCatalogDialog(ui_ctx.services)
    qtbot.addWidget(dialog)
    assert dialog.group.findText("Gefühle") >= 0
    dialog.name.setText("Sonnenschein")
    dialog.group.setCurrentText("Gefühle")
    dialog._add()
    tag = next(t for t in TagService(ui_ctx.db).all() if t.name == "Sonnenschein")
    assert tag.group == "feelings"
    shown = {dialog.model.item(r).text(): [dialog.model.item(r).child(c).text()
                                          for c in range(dialog.model.item(r).rowCount())]
             for r in range(dialog.model.rowCount())}
    assert "Sonnenschein" in shown["Gefühle"]  # the name as written, under its group
    assert dialog.current_tag() == tag


def test_rename_dialog_keeps_translated_defaults_as_defaults(german, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.ui.common.dialogs.mood_labels import MoodLabelsDialog

    dialog = MoodLabelsDialog(ui_ctx.services)
    qtbot.addWidget(dialog)
    assert dialog.edits[1].text() == "furchtbar"
    dialog.edits[4].setText("richtig gut")
    dialog._save()
    labels = MoodService(ui_ctx.db).labels()
    assert labels[1] == "awful"  # still the default, so still translated for whoever reads
    assert labels[4] == "richtig gut"


def test_trend_read_out_and_markers_in_german(german, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from trend_seed import add_medication, add_metric, add_moods, add_treatment

    from wellness_app.domain.trends import SECONDS_PER_DAY, to_epoch_day
    from wellness_app.services.trends import TrendsService
    from wellness_app.ui.trends.plots import TrendPlots

    day = date(2026, 3, 3)
    add_moods(ui_ctx.db, [(day, 4), (day, 3)])
    add_metric(ui_ctx.db, "steps", [(day, 12_345)])
    add_medication(ui_ctx.db, "Sertralin", day, None)
    add_treatment(ui_ctx.db, day)
    data = TrendsService(ui_ctx.db).load()
    plots = TrendPlots()
    qtbot.addWidget(plots)
    plots.set_data(data.series, data.points, data.markers)
    text = plots.describe((to_epoch_day(day) + 0.5) * SECONDS_PER_DAY)
    assert text == "Di. 03.03.2026 · Stimmung 3,5 (2 Check-ins) · Schritte 12.345"
    assert sorted(plots.marker_labels) == ["Beginn Sertralin", "Ketamin-Infusion"]


def test_built_in_word_tables_match_the_domain_vocabulary(qapp) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.domain.moods import DEFAULT_MOOD_LABELS, TAG_GROUPS
    from wellness_app.domain.vocabulary import (
        DEFAULT_ACTIVITY_KINDS,
        INTENSITIES,
        TREATMENT_KINDS,
    )
    from wellness_app.ui.common import display_names as names

    assert names.DEFAULT_NAMES == DEFAULT_MOOD_LABELS
    assert tuple(names.TAG_GROUP_NAMES) == TAG_GROUPS
    assert tuple(names.ACTIVITY_KIND_NAMES) == DEFAULT_ACTIVITY_KINDS
    assert tuple(names.INTENSITY_NAMES) == INTENSITIES
    assert tuple(names.TREATMENT_KIND_NAMES) == TREATMENT_KINDS
    from wellness_app.domain.moods import DEFAULT_TAGS

    assert list(names.DEFAULT_TAG_NAMES) == [tag.name for tag in DEFAULT_TAGS]


def test_caution_class_table_matches_the_bundled_labels(qapp) -> None:  # type: ignore[no-untyped-def]
    from wellness_app.services.cautions import bundled_table
    from wellness_app.ui.common.caution_text import CLASS_LABELS

    assert {k: v["label"] for k, v in bundled_table()["classes"].items()} == CLASS_LABELS


def test_every_page_title_is_marked_for_translation() -> None:
    from wellness_app.ui.shell.registry import PAGES, TITLES

    assert {spec.title for spec in PAGES} <= set(TITLES)


def test_a_first_start_in_german_seeds_german_starter_tags(german, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wellness_app import app as app_module
    from wellness_app.paths import resolve_paths
    from wellness_app.services.tags import TagService

    paths = resolve_paths(tmp_path)
    paths.ensure()
    db = app_module.open_journal(paths)
    assert db is not None
    try:
        names = {tag.name for tag in TagService(db).all()}
    finally:
        db.close()
    assert {"Spaziergang", "Vorhänge geöffnet", "Tee", "müde"} <= names
    assert "walk" not in names

