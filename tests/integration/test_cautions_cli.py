"""Cautions on the command line: `med add`, then `log selfcare …`, `log light --kind lamp`
and `log treatment`; `med list` never says "no caution"."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

Cli = Any  # the `cli` fixture of tests/integration/conftest.py

NOT_IN_LIST = ("not in this app's list — that does not mean it is safe with St John's Wort; "
               "ask your pharmacist")


def test_med_add_then_log_the_herb_tea(cli: Cli) -> None:
    assert cli("med", "add", "Sertralin 50 mg").code == 0
    result = cli("log", "selfcare", "St John's Wort tea with honey", "--new",
                 "--category", "tea_supplement")
    assert result.code == 0 and result.out.startswith("Saved: St John's Wort tea with honey")
    assert "Caution: St John's Wort and Sertralin 50 mg (an SSRI antidepressant): together " \
           "they can cause serotonin syndrome." in result.out
    for words in ("agitation, confusion, fever, heavy sweating, shaking or a fast heartbeat",
                  "Get urgent help", "don't stop a prescribed medicine on your own",
                  "bipolar disorder"):
        assert words in result.out
    again = cli("log", "selfcare", "St John's Wort tea with honey")
    assert again.code == 0 and "Caution" not in again.out  # once per pair per day


def test_herb_first_then_a_contraceptive_on_the_list(cli: Cli) -> None:
    assert cli("log", "selfcare", "Johanniskraut-Tee", "--new", "--category",
               "tea_supplement").code == 0
    result = cli("med", "add", "Yaz")
    assert result.code == 0 and "Caution: St John's Wort and Yaz (hormonal contraception)" \
        in result.out
    assert "backup method" in result.out and "ask a pharmacist" in result.out


def test_med_list_is_honest_about_unknown_names(cli: Cli) -> None:
    for name in ("Vitamin D3", "Venlafaxin retard 75 mg", "Kira 300"):
        assert cli("med", "add", name).code == 0
    out = cli("med", "list").out
    assert f"  St John's Wort: {NOT_IN_LIST}" in out
    assert "  St John's Wort: an SNRI antidepressant" in out
    assert "  St John's Wort: St John's Wort itself" in out
    assert "no caution" not in out
    assert "removed from the caution list" in cli("med", "class", "Vitamin D3", "none").out


def test_lamp_and_treatment_cautions(cli: Cli) -> None:
    assert cli("med", "add", "Amiodarone 200 mg").code == 0
    lamp = cli("log", "light", "--minutes", "30", "--kind", "lamp")
    assert lamp.code == 0
    assert "Caution: Amiodarone 200 mg (a medicine that makes skin and eyes more sensitive " \
           "to light) and your light-therapy lamp" in lamp.out
    ten_days_ago = (datetime.now() - timedelta(days=10)).strftime("%Y-%m-%dT09:00")
    assert cli("log", "selfcare", "Hypericum 900mg", "--new", "--category", "tea_supplement",
               "--at", ten_days_ago).code == 0
    session = cli("log", "treatment", "--kind", "esketamine-nasal-spray")
    assert session.code == 0 and session.out.startswith("Saved: Esketamine nasal spray")
    assert "Caution: St John's Wort and Esketamine nasal spray (Spravato): St John's Wort " \
           "within 14 days" in session.out
