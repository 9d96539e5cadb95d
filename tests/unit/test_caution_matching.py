"""The caution table and its matcher: every name in the bundled table, the herb in any
spelling, 150+ real-world ways of writing a medicine, near-misses, and the sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wellness_app.domain.cautions import (
    HERB_KINDS,
    KINDS,
    NOT_IN_LIST,
    TEMPLATES,
    Caution,
    InteractionTable,
    german_spellings,
)
from wellness_app.domain.name_match import NameIndex, normalise, words
from wellness_app.services.cautions import bundled_table

DOCS = Path(__file__).resolve().parents[2] / "docs" / "clinical-sources.md"
BUNDLED = bundled_table()
TABLE = InteractionTable.from_json(BUNDLED)
TABLE_NAMES = [(name, klass) for klass, names in BUNDLED["medicines"].items() for name in names]
GERMAN = [(spelling, klass) for name, klass in TABLE_NAMES for spelling in german_spellings(
    normalise(name))]


@pytest.mark.parametrize(("name", "klass"), TABLE_NAMES + GERMAN)
def test_every_name_in_the_table_triggers_its_class(name: str, klass: str) -> None:
    assert klass in TABLE.classes_of(name)
    assert klass in TABLE.classes_of(name.upper() + " 10 mg tablets")


# Real-world spellings: brands, salts, strengths, forms, German INN, US/UK, combinations.
VARIANTS: list[tuple[str, str]] = [
    # SSRIs
    ("Sertralin 50 mg", "ssri"), ("Sertralin-ratiopharm 100mg", "ssri"),
    ("sertraline hydrochloride", "ssri"), ("SERTRALINE HCl 50MG", "ssri"),
    ("Sertralinhydrochlorid", "ssri"), ("Zoloft 25", "ssri"), ("Lustral", "ssri"),
    ("Fluoxetin 20 mg Kapseln", "ssri"), ("fluoxetine hydrochloride 20mg caps", "ssri"),
    ("Prozac weekly", "ssri"), ("Citalopram 20 mg", "ssri"), ("citalopram hydrobromide", "ssri"),
    ("Cipramil", "ssri"), ("Escitalopram oxalate 10 mg", "ssri"), ("Cipralex 10", "ssri"),
    ("Lexapro", "ssri"), ("Paroxetin 20", "ssri"), ("Seroxat", "ssri"),
    ("paroxetine mesylate", "ssri"), ("Fluvoxamin", "ssri"), ("Fevarin 50 mg", "ssri"),
    # SNRIs
    ("Venlafaxin retard 75 mg", "snri"), ("venlafaxine XR 150", "snri"),
    ("Venlafaxine ER capsules", "snri"), ("Effexor XR", "snri"), ("Efexor XL", "snri"),
    ("Trevilor retard", "snri"), ("Duloxetin 60 mg", "snri"), ("Cymbalta 30mg", "snri"),
    ("duloxetine delayed-release", "snri"), ("Desvenlafaxine succinate", "snri"),
    ("Pristiq 50", "snri"), ("Milnacipran", "snri"), ("Fetzima", "snri"),
    # tricyclics
    ("Amitriptylin 25 mg", "tricyclic"), ("amitriptyline hydrochloride 10mg", "tricyclic"),
    ("Elavil", "tricyclic"), ("Saroten retard", "tricyclic"), ("Nortriptylin", "tricyclic"),
    ("nortriptyline HCl", "tricyclic"), ("Clomipramin 75", "tricyclic"),
    ("Anafranil", "tricyclic"), ("Imipramine", "tricyclic"), ("Doxepin 10 mg", "tricyclic"),
    ("Trimipramin Tropfen", "tricyclic"), ("Stangyl", "tricyclic"),
    ("Dosulepin", "tricyclic"), ("dothiepin", "tricyclic"),
    # other antidepressants
    ("Mirtazapin 15 mg", "antidepressant_other"),
    ("mirtazapine orodispersible", "antidepressant_other"),
    ("Remeron SolTab", "antidepressant_other"), ("Trazodon 100", "antidepressant_other"),
    ("trazodone hydrochloride 50 mg", "antidepressant_other"),
    ("Vortioxetin 10 mg", "antidepressant_other"), ("Trintellix 20mg", "antidepressant_other"),
    ("Brintellix", "antidepressant_other"), ("Vilazodone", "antidepressant_other"),
    ("Viibryd 40 mg", "antidepressant_other"), ("Bupropion XL 150", "antidepressant_other"),
    ("bupropion hydrochloride SR", "antidepressant_other"),
    ("Wellbutrin XL", "antidepressant_other"), ("Elontril 300 mg", "antidepressant_other"),
    # MAOIs
    ("Phenelzine sulfate", "maoi"), ("Nardil", "maoi"), ("Tranylcypromin 10 mg", "maoi"),
    ("Parnate", "maoi"), ("Moclobemid 150", "maoi"), ("Selegiline patch", "maoi"),
    ("Emsam", "maoi"), ("Rasagilin", "maoi"),
    # triptans
    ("Sumatriptan 50 mg", "triptan"), ("sumatriptan succinate nasal spray", "triptan"),
    ("Imigran", "triptan"), ("Rizatriptan Schmelztabletten", "triptan"),
    ("Maxalt Lingua", "triptan"), ("Zolmitriptan", "triptan"), ("Relpax 40", "triptan"),
    ("Naratriptan", "triptan"), ("Almotriptan", "triptan"), ("Frovatriptan", "triptan"),
    # serotonergic pain medicines and others
    ("Tramadol 50 mg", "tramadol"), ("tramadol hydrochloride", "tramadol"),
    ("Tramal long 100", "tramadol"), ("Paracetamol + Tramadol", "tramadol"),
    ("Zaldiar", "tramadol"), ("Tapentadol retard", "tramadol"), ("Palexia", "tramadol"),
    ("Methadon", "tramadol"), ("methadone hydrochloride oral solution", "tramadol"),
    ("Fentanyl patch 25 mcg/h", "tramadol"), ("Durogesic", "tramadol"),
    ("Pethidin", "tramadol"), ("Dextromethorphan", "serotonergic_other"),
    ("DXM cough syrup", "serotonergic_other"), ("Linezolid 600 mg", "serotonergic_other"),
    ("Zyvox", "serotonergic_other"), ("Lithium carbonate 400mg", "serotonergic_other"),
    ("Lithiumcarbonat", "serotonergic_other"), ("Priadel", "serotonergic_other"),
    ("Quilonum retard", "serotonergic_other"), ("Buspiron", "serotonergic_other"),
    # contraception, every route, emergency contraception
    ("Yaz", "contraceptive"), ("YAZ 24+4", "contraceptive"),
    ("birth control pill", "contraceptive"),
    ("the pill", "contraceptive"), ("Birth control", "contraceptive"),
    ("Microgynon 30", "contraceptive"), ("Rigevidon", "contraceptive"),
    ("ethinylestradiol/levonorgestrel", "contraceptive"),
    ("Levonorgestrel 1.5 mg", "contraceptive"), ("Ulipristal acetate 30 mg", "contraceptive"),
    ("ellaOne", "contraceptive"), ("Plan B One-Step", "contraceptive"),
    ("Levonelle", "contraceptive"), ("morning-after pill", "contraceptive"),
    ("Pille danach", "contraceptive"), ("die Pille", "contraceptive"),
    ("Antibabypille", "contraceptive"), ("Cerazette", "contraceptive"),
    ("desogestrel 75 micrograms", "contraceptive"), ("Nexplanon implant", "contraceptive"),
    ("NuvaRing", "contraceptive"), ("Evra patch", "contraceptive"),
    ("Drospirenon/Ethinylestradiol", "contraceptive"), ("Qlaira", "contraceptive"),
    ("mini pill", "contraceptive"), ("Norethisteron", "contraceptive"),
    ("norethindrone acetate", "contraceptive"),
    # blood thinners and the heart
    ("Warfarin 5 mg", "anticoagulant"), ("warfarin sodium", "anticoagulant"),
    ("Coumadin", "anticoagulant"), ("Marcumar", "anticoagulant"),
    ("Phenprocoumon 3 mg", "anticoagulant"), ("Falithrom", "anticoagulant"),
    ("Eliquis 5 mg", "anticoagulant"), ("Apixaban", "anticoagulant"),
    ("Xarelto 20", "anticoagulant"), ("Rivaroxaban", "anticoagulant"),
    ("Pradaxa 150 mg", "anticoagulant"), ("dabigatran etexilate", "anticoagulant"),
    ("Clopidogrel 75 mg", "clopidogrel"), ("clopidogrel bisulfate", "clopidogrel"),
    ("Plavix", "clopidogrel"), ("Digoxin 0.125 mg", "digoxin"), ("Lanoxin", "digoxin"),
    ("Ivabradin 5 mg", "ivabradine"), ("Procoralan", "ivabradine"),
    ("Verapamil retard 240", "calcium_channel_blocker"), ("Isoptin", "calcium_channel_blocker"),
    ("Nifedipin", "calcium_channel_blocker"), ("Adalat LA", "calcium_channel_blocker"),
    ("Amlodipin/Valsartan 5/80", "calcium_channel_blocker"),
    ("amlodipine besylate 10mg", "calcium_channel_blocker"),
    ("Simvastatin 40", "statin"), ("Zocor", "statin"), ("Atorvastatin calcium 20 mg", "statin"),
    ("Lipitor", "statin"), ("Sortis 10", "statin"), ("Lovastatin", "statin"),
    # transplant, HIV, hepatitis C
    ("Ciclosporin", "immunosuppressant"), ("cyclosporine modified", "immunosuppressant"),
    ("Neoral 100 mg", "immunosuppressant"), ("Sandimmun", "immunosuppressant"),
    ("Tacrolimus 1 mg", "immunosuppressant"), ("Prograf", "immunosuppressant"),
    ("Advagraf", "immunosuppressant"), ("Sirolimus", "immunosuppressant"),
    ("Rapamune", "immunosuppressant"), ("Everolimus 0.75 mg", "immunosuppressant"),
    ("Biktarvy", "hiv"), ("Triumeq", "hiv"), ("Efavirenz 600", "hiv"),
    ("darunavir/cobicistat", "hiv"), ("Ritonavir", "hiv"), ("Dovato", "hiv"),
    ("Harvoni", "hepatitis_c"), ("Epclusa", "hepatitis_c"),
    ("glecaprevir/pibrentasvir", "hepatitis_c"), ("Maviret", "hepatitis_c"),
    # anti-seizure, sleep and calm, opioids, ketamine
    ("Carbamazepin retard 200", "antiseizure"), ("Tegretol", "antiseizure"),
    ("Phenytoin sodium", "antiseizure"), ("Phenobarbital", "antiseizure"),
    ("Clobazam", "antiseizure"), ("Perampanel", "antiseizure"),
    ("Alprazolam 0.5 mg", "benzodiazepine_hypnotic"), ("Xanax XR 1 mg", "benzodiazepine_hypnotic"),
    ("Tafil", "benzodiazepine_hypnotic"), ("Midazolam", "benzodiazepine_hypnotic"),
    ("Dormicum", "benzodiazepine_hypnotic"), ("Triazolam", "benzodiazepine_hypnotic"),
    ("Halcion", "benzodiazepine_hypnotic"), ("Zolpidem tartrate 10 mg", "benzodiazepine_hypnotic"),
    ("Ambien CR", "benzodiazepine_hypnotic"), ("Stilnox", "benzodiazepine_hypnotic"),
    ("Oxycodon 10 mg retard", "opioid_cyp3a4"), ("oxycodone hydrochloride", "opioid_cyp3a4"),
    ("OxyContin", "opioid_cyp3a4"), ("Targin 10/5", "opioid_cyp3a4"),
    ("Percocet", "opioid_cyp3a4"), ("Buprenorphin", "opioid_cyp3a4"),
    ("Suboxone film", "opioid_cyp3a4"), ("Ketamin", "ketamine"),
    ("ketamine infusion", "ketamine"), ("Esketamin", "ketamine"),
    ("esketamine nasal spray", "ketamine"), ("Spravato 28 mg", "ketamine"),
    # PPIs, antipsychotics, cancer, and the rest
    ("Omeprazol 20 mg", "ppi"), ("omeprazole magnesium", "ppi"), ("Prilosec OTC", "ppi"),
    ("Esomeprazol", "ppi"), ("Nexium 40", "ppi"), ("Pantoprazol 40 mg", "ppi"),
    ("Pantozol", "ppi"), ("Lansoprazole", "ppi"), ("Quetiapin 25 mg", "antipsychotic"),
    ("quetiapine fumarate XR", "antipsychotic"), ("Seroquel Prolong", "antipsychotic"),
    ("Lurasidone", "antipsychotic"), ("Abilify Maintena", "antipsychotic"),
    ("Aripiprazol", "antipsychotic"), ("Imatinib mesylate 400 mg", "cancer"),
    ("Glivec", "cancer"), ("Irinotecan", "cancer"), ("Docetaxel", "cancer"),
    ("Tamoxifen 20", "cancer"), ("Voriconazol", "voriconazole"), ("Vfend", "voriconazole"),
    ("Theophyllin retard", "theophylline"), ("Uniphyllin Continus", "theophylline"),
    ("Fexofenadin 180 mg", "fexofenadine"), ("Allegra 180", "fexofenadine"),
    ("Telfast", "fexofenadine"),
    # light-sensitising
    ("Doxycyclin 100 mg", "photosensitising"), ("doxycycline hyclate", "photosensitising"),
    ("Vibramycin", "photosensitising"), ("Tetracyclin", "photosensitising"),
    ("Minocycline", "photosensitising"), ("Amiodaron 200", "photosensitising"),
    ("Cordarone X", "photosensitising"), ("Chlorpromazin", "photosensitising"),
    ("Largactil", "photosensitising"), ("Promethazin", "photosensitising"),
    ("Isotretinoin 20 mg", "photosensitising"), ("Roaccutane", "photosensitising"),
    ("Hydrochlorothiazid 12.5 mg", "photosensitising"), ("HCTZ", "photosensitising"),
    ("Lisinopril/Hydrochlorothiazide", "photosensitising"),
    ("Valsartan/HCTZ", "photosensitising"),
    ("Lithium", "photosensitising"),
]


@pytest.mark.parametrize(("text", "klass"), VARIANTS)
def test_real_world_spellings(text: str, klass: str) -> None:
    assert klass in TABLE.classes_of(text), TABLE.classes_of(text)


def test_at_least_150_variants_and_every_class_covered() -> None:
    assert len(VARIANTS) >= 150
    assert {klass for _, klass in VARIANTS} == set(BUNDLED["classes"])


HERB_SPELLINGS = [
    "St John's Wort", "St. Johns wort", "Saint John's wort", "St Johns Wort capsules",
    "St John's Wort tea with honey", "st john’s wort", "ST. JOHN'S WORT 300MG",
    "St Johns-Wort tea", "St.John's Wort", "StJohnsWort", "John's wort", "St John wort",
    "SJW", "sjw 900mg", "Hypericum", "Hypericum perforatum extract", "Hypericum 900mg",
    "Hypericum D6 Globuli", "Johanniskraut", "Johanniskraut-Tee", "Johanniskrauttee",
    "Johanniskrautkapseln 425 mg", "Johannis kraut", "St.-Johanniskraut", "JOHANNISKRAUT",
    "Johanniskrautöl", "millepertuis", "Millepertuis bio", "hierba de San Juan",
    "hipérico", "Hiperico", "hipericão", "iperico", "Erba di San Giovanni",
    "sint-janskruid", "Sint Janskruid thee", "dziurawiec", "Dziurawiec zwyczajny",
    "třezalka", "johannesört", "Perikon", "mäkikuisma", "зверобой", "Jarsin 300",
    "Jarsin", "Laif 900", "Kira", "Neuroplant 300 mg", "Remotiv", "Perika",
    "Hyperiforce", "Felis 650 mg", "Esbericum", "Helarium Hypericum", "Movina",
]
NEAR_MISSES = ["St John's bread", "wort", "Johannisbeere", "Johannisbeersaft",
               "Johannisbrot", "St John Ambulance", "Saint John", "Wort (beer)", "Hyperion",
               "Chamomile tea", "Lavender", "Peppermint tea", "Lemon balm", "Kiran",
               "Bergamot", "Vitamin D", "Lemon verbena", "Sweet orange"]


@pytest.mark.parametrize("text", HERB_SPELLINGS)
def test_the_herb_in_any_spelling(text: str) -> None:
    assert TABLE.is_herb(text)


@pytest.mark.parametrize("alias", BUNDLED["herb_aliases"])
def test_every_herb_alias_with_words_around_it(alias: str) -> None:
    for around in ("{} tea with honey", "{}-Tee", "{} 900 mg", "{} capsules", "my {}"):
        assert TABLE.is_herb(around.format(alias)), around.format(alias)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_are_not_the_herb(text: str) -> None:
    assert not TABLE.is_herb(text)


@pytest.mark.parametrize("name", ["pravastatin", "Rosuvastatin 10 mg", "Crestor",
                                  "levetiracetam", "Keppra", "Paracetamol", "Ibuprofen",
                                  "Vitamin D3", "Mystery pill", "Pillow spray",
                                  "Estradiol gel", "Lamotrigin", "Valproat"])
def test_what_the_sources_do_not_support_is_not_listed(name: str) -> None:
    assert TABLE.classes_of(name) == ()


def test_a_combination_product_matches_each_part() -> None:
    assert set(TABLE.classes_of("Tramadol/Paracetamol + Omeprazol")) == {"tramadol", "ppi"}
    assert set(TABLE.classes_of("Fentanyl")) == {"tramadol", "opioid_cyp3a4"}
    assert set(TABLE.classes_of("lithium mit Quetiapin")) == {
        "serotonergic_other", "photosensitising", "antipsychotic"}
    assert TABLE.classify("Lithium") == "serotonergic_other"  # a herb class before light


def test_normalisation_of_case_accents_apostrophes_and_units() -> None:
    assert words("St. John’s-WORT 900mg") == ("st", "johns", "wort", "900", "mg")
    assert normalise("Hipérico Ćwiczenie Łąka Øl") == "hiperico cwiczenie laka ol"
    assert NameIndex({"ab cd": 1}).find("x AB-CD y") and not NameIndex({"abcdefgh": 1}).find(
        "abcdefg")
    assert not NameIndex({"kira": 1}).find("Kiran")  # short names: whole words only


def test_the_persons_edits_silence_or_add_a_name() -> None:
    table = InteractionTable.from_json(BUNDLED, {"Mystatin": "statin", "Sertraline": None,
                                                 "X": "no-such-class"})
    assert table.classes_of("mystatin 10mg") == ("statin",)
    assert table.classes_of("Sertraline 50 mg") == ()
    assert table.classes_of("Citalopram") == ("ssri",)


def test_every_class_has_a_kind_a_reason_and_sources_in_the_docs() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    anchors = set(re.findall(r"<a id=\"([a-z0-9-]+)\"></a>", docs))
    for key, info in BUNDLED["classes"].items():
        assert info["kind"] in KINDS, key
        assert len(info["reason"]) > 40 and info["label"], key
        assert info["sources"] and set(info["sources"]) <= anchors, (key, info["sources"])
        assert BUNDLED["medicines"][key], key


def test_wording_for_every_kind() -> None:
    always = "Talk to your doctor or pharmacist, and don't stop a prescribed medicine on your own."
    for kind in (*HERB_KINDS, "herb_lamp", "photosensitising", "treatment"):
        text = Caution("k", kind, "Sertraline", "ssri", "an SSRI antidepressant").text
        assert always in text, kind
    serotonergic = Caution("k", "serotonergic", "Zoloft", "ssri", "an SSRI").text
    assert serotonergic.startswith("St John's Wort and Zoloft")
    assert "serotonin syndrome" in serotonergic
    for sign in ("agitation", "confusion", "fever", "heavy sweating", "shaking",
                 "fast heartbeat", "urgent help"):
        assert sign in serotonergic
    pill = Caution("k", "contraception", "Yaz", "contraceptive", "hormonal contraception").text
    assert "backup method" in pill and "pharmacist" in pill and "work less well" in pill
    assert "work less well" in Caution("k", "weakened", "Eliquis", "anticoagulant", "x").text
    assert "no caution" not in " ".join(TEMPLATES.values()) + NOT_IN_LIST
    assert NOT_IN_LIST == ("not in this app's list — that does not mean it is safe with "
                           "St John's Wort; ask your pharmacist")
    for text in (*TEMPLATES.values(), BUNDLED["about"],
                 *(c["reason"] for c in BUNDLED["classes"].values())):
        assert "raises serotonin" not in text and "cure" not in text.lower()
