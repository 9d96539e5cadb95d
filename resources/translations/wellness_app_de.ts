<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../wellness_app/ui/shell/about.py" line="12"/>
        <source>This is a self-care journal, not a medical device. It does not diagnose or advise on treatment.</source>
        <translation>Dies ist ein Selbstfürsorge-Tagebuch, kein Medizinprodukt. Es stellt keine Diagnosen und gibt keine Behandlungsempfehlungen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/about.py" line="19"/>
        <source>Your data folder:</source>
        <translation>Dein Datenordner:</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/about.py" line="20"/>
        <source>Everything stays on this computer; the app has no network code.</source>
        <translation>Alles bleibt auf diesem Computer; die App enthält keinen Netzwerkcode.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/about.py" line="29"/>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../wellness_app/boot.py" line="168"/>
        <source>The app seems to be open already, but its window did not respond. Close it and try again.</source>
        <translation>Die App scheint schon geöffnet zu sein, aber ihr Fenster hat nicht reagiert. Schließ sie und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/process_hooks.py" line="71"/>
        <source>Something went wrong inside the app. Your saved entries are safe.

Details were written to the log:
{path}</source>
        <extracomment>the one test switch (the installer&apos;s smoke test): a bug prints and exits instead</extracomment>
        <translation>In der App ist etwas schiefgegangen. Deine gespeicherten Einträge sind sicher.

Details stehen im Protokoll:
{path}</translation>
    </message>
</context>
<context>
    <name>AssessmentChart</name>
    <message>
        <location filename="../../wellness_app/ui/care/assessment_chart.py" line="33"/>
        <source>Questionnaire totals over time</source>
        <translation>Fragebogen-Gesamtwerte im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessment_chart.py" line="36"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessment_chart.py" line="66"/>
        <source>{title} totals</source>
        <translation>{title} – Gesamtwerte</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessment_chart.py" line="89"/>
        <source>Bands: {bands}</source>
        <translation>Bereiche: {bands}</translation>
    </message>
</context>
<context>
    <name>AssessmentsModel</name>
    <message>
        <location filename="../../wellness_app/ui/care/assessments_model.py" line="23"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessments_model.py" line="24"/>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessments_model.py" line="25"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessments_model.py" line="26"/>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessments_model.py" line="27"/>
        <source>Item 9</source>
        <translation>Frage 9</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessments_model.py" line="28"/>
        <source>Difficulty</source>
        <translation>Beeinträchtigung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessments_model.py" line="94"/>
        <source>item 9: {answer}</source>
        <translation>Frage 9: {answer}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/assessments_model.py" line="98"/>
        <source>difficulty: {answer}</source>
        <translation>Beeinträchtigung: {answer}</translation>
    </message>
</context>
<context>
    <name>CareText</name>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="28"/>
        <source>Ketamine infusion</source>
        <translation>Ketamin-Infusion</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="29"/>
        <source>Esketamine nasal spray (Spravato)</source>
        <translation>Esketamin-Nasenspray (Spravato)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="30"/>
        <source>Psychotherapy</source>
        <translation>Psychotherapie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="31"/>
        <source>TMS</source>
        <translation>TMS</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="32"/>
        <source>ECT</source>
        <translation>EKT</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="33"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="35"/>
        <source>Esketamine (Spravato) is given under observation for at least 2 hours. Do not drive until the next day, after a night&apos;s sleep.</source>
        <translation>Esketamin (Spravato) wird unter Beobachtung für mindestens 2 Stunden gegeben. Fahr erst am nächsten Tag wieder Auto, nach einer Nacht Schlaf.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="38"/>
        <source>Self-care journal summary for a clinician</source>
        <translation>Zusammenfassung des Selbstfürsorge-Tagebuchs für Behandelnde</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="39"/>
        <source>This is a self-care journal, not a medical device. It records what the person chose to log; it does not diagnose and does not recommend any treatment.</source>
        <translation>Dies ist ein Selbstfürsorge-Tagebuch, kein Medizinprodukt. Es zeigt, was die Person eingetragen hat; es stellt keine Diagnose und empfiehlt keine Behandlung.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="42"/>
        <source>Nothing was logged between these dates.</source>
        <translation>Zwischen diesen Daten wurde nichts eingetragen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="44"/>
        <source>Warning signs (thoughts, images, moods, situations, behaviours)</source>
        <translation>Warnsignale (Gedanken, Bilder, Stimmungen, Situationen, Verhalten)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="46"/>
        <source>Internal coping strategies — things I can do on my own</source>
        <translation>Eigene Bewältigungsstrategien — was ich allein tun kann</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="47"/>
        <source>People and social settings that provide distraction</source>
        <translation>Menschen und Orte, die mich ablenken</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="48"/>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="49"/>
        <source>Professionals or agencies to contact in a crisis (incl. crisis lines)</source>
        <translation>Fachleute oder Stellen, die ich in einer Krise kontaktieren kann (auch Krisentelefone)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="51"/>
        <source>Making the environment safe (reducing access to lethal means)</source>
        <translation>Die Umgebung sicher machen (den Zugang zu gefährlichen Mitteln erschweren)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="53"/>
        <source>The one thing that is most important to me and worth living for</source>
        <translation>Das eine, was mir am wichtigsten ist und wofür es sich zu leben lohnt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="56"/>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="57"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="58"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="59"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="60"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="61"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="62"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="63"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="64"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="65"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="66"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="67"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="68"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="69"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="70"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="71"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="72"/>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="73"/>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="74"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="75"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="76"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="77"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="78"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="79"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="80"/>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="81"/>
        <source>Numbers change. Check that these work where you live, and add your own people and your clinician.</source>
        <translation>Nummern ändern sich. Prüf, ob sie dort gelten, wo du lebst, und füge deine eigenen Menschen und deine Behandlerin oder deinen Behandler hinzu.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="85"/>
        <source>Emergency</source>
        <translation>Notruf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="86"/>
        <source>Emergency (SAMU)</source>
        <translation>Notruf (SAMU)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="87"/>
        <source>Emergency (ambulance, fire)</source>
        <translation>Notruf (Rettungsdienst, Feuerwehr)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="88"/>
        <source>Police</source>
        <translation>Polizei</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="89"/>
        <source>Emergency (from a mobile)</source>
        <translation>Notruf (vom Handy)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="90"/>
        <source>Ambulance</source>
        <translation>Rettungsdienst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="91"/>
        <source>Medical emergency</source>
        <translation>Medizinischer Notruf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="95"/>
        <source>24/7</source>
        <translation>rund um die Uhr</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="96"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="97"/>
        <source>normal call rate</source>
        <translation>normaler Gesprächstarif</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="92"/>
        <source>National suicide prevention line</source>
        <translation>Nationale Suizidpräventions-Hotline</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="93"/>
        <source>Directory of crisis lines</source>
        <translation>Verzeichnis von Krisentelefonen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="94"/>
        <source>the local emergency number</source>
        <translation>die örtliche Notrufnummer</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="125"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="151"/>
        <source>In your latest PHQ-9 you said you have had thoughts that you would be better off dead or of hurting yourself.</source>
        <translation>In deinem letzten PHQ-9 hast du angegeben, dass du Gedanken hattest, dass du lieber tot wärst oder dir Leid zufügen möchtest.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="155"/>
        <source>Your mood was low on {low} of your last {days} days with check-ins.</source>
        <translation>Deine Stimmung war an {low} deiner letzten {days} Tage mit Check-in niedrig.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="159"/>
        <source>Your latest PHQ-9 total was {total}.</source>
        <translation>Dein letzter PHQ-9-Gesamtwert war {total}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="171"/>
        <source>A {title} total of {total} out of {max} falls in the range usually described as {band} depression symptoms over the last 2 weeks.</source>
        <translation>Ein {title}-Gesamtwert von {total} von {max} liegt in dem Bereich, der für die letzten 2 Wochen üblicherweise als „{band}“ (depressive Beschwerden) beschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="175"/>
        <source>A {title} total of {total} out of {max} falls in the range usually described as {band} anxiety symptoms over the last 2 weeks.</source>
        <translation>Ein {title}-Gesamtwert von {total} von {max} liegt in dem Bereich, der für die letzten 2 Wochen üblicherweise als „{band}“ (Angstbeschwerden) beschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="179"/>
        <source>This is a description of your answers, not a diagnosis.</source>
        <translation>Das beschreibt deine Antworten, es ist keine Diagnose.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="181"/>
        <source>A total of {threshold} or more is the usual point to talk it over with a doctor or another clinician.</source>
        <translation>Ab einem Gesamtwert von {threshold} ist es üblich, mit einer Ärztin, einem Arzt oder anderen Behandelnden darüber zu sprechen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="185"/>
        <source>Whatever the total, if you are struggling, talking to a doctor or someone you trust can help.</source>
        <translation>Egal, wie hoch der Wert ist: Wenn es dir schwerfällt, kann ein Gespräch mit einer Ärztin, einem Arzt oder jemandem, dem du vertraust, helfen.</translation>
    </message>
</context>
<context>
    <name>CautionBanner</name>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/caution_banner.py" line="22"/>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/caution_banner.py" line="23"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/caution_banner.py" line="24"/>
        <source>Close the caution</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>Cautions</name>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="14"/>
        <source>{herb} and {other} ({label}): together they can cause serotonin syndrome. Get urgent help if agitation, confusion, fever, heavy sweating, shaking or a fast heartbeat appear. Talk to your doctor or pharmacist, and don&apos;t stop a prescribed medicine on your own.</source>
        <translation>{herb} und {other} ({label}): Zusammen können sie ein Serotoninsyndrom auslösen. Hol dir sofort Hilfe, wenn Unruhe, Verwirrtheit, Fieber, starkes Schwitzen, Zittern oder Herzrasen auftreten. Sprich mit deiner Ärztin, deinem Arzt oder in der Apotheke, und setze ein verschriebenes Medikament nicht auf eigene Faust ab.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="20"/>
        <source>{herb} and {other} ({label}): {herb} can make {other} work less well. Talk to your doctor or pharmacist, and don&apos;t stop a prescribed medicine on your own.</source>
        <translation>{herb} und {other} ({label}): {herb} kann die Wirkung von {other} abschwächen. Sprich mit deiner Ärztin, deinem Arzt oder in der Apotheke, und setze ein verschriebenes Medikament nicht auf eigene Faust ab.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="25"/>
        <source>{herb} and {other} ({label}): {herb} can make {other} work less well, so it may not prevent pregnancy. Consider a backup method such as condoms and ask a pharmacist. Talk to your doctor or pharmacist, and don&apos;t stop a prescribed medicine on your own.</source>
        <translation>{herb} und {other} ({label}): {herb} kann die Wirkung von {other} abschwächen, sodass eine Schwangerschaft womöglich nicht sicher verhütet wird. Denk an eine zusätzliche Methode wie Kondome und frag in der Apotheke nach. Sprich mit deiner Ärztin, deinem Arzt oder in der Apotheke, und setze ein verschriebenes Medikament nicht auf eigene Faust ab.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="31"/>
        <source>{herb} and {other} ({label}): {herb} can change how strongly {other} works. Talk to your doctor or pharmacist, and don&apos;t stop a prescribed medicine on your own.</source>
        <translation>{herb} und {other} ({label}): {herb} kann verändern, wie stark {other} wirkt. Sprich mit deiner Ärztin, deinem Arzt oder in der Apotheke, und setze ein verschriebenes Medikament nicht auf eigene Faust ab.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="36"/>
        <source>{herb} and your light-therapy lamp: {herb} makes skin and eyes more sensitive to light, so bright light can harm them. Talk to your doctor or pharmacist, and don&apos;t stop a prescribed medicine on your own.</source>
        <translation>{herb} und deine Lichttherapielampe: {herb} macht Haut und Augen lichtempfindlicher, sodass helles Licht ihnen schaden kann. Sprich mit deiner Ärztin, deinem Arzt oder in der Apotheke, und setze ein verschriebenes Medikament nicht auf eigene Faust ab.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="42"/>
        <source>{other} ({label}) and your light-therapy lamp: {other} can make skin and eyes more sensitive to bright light. Talk to your doctor or pharmacist, and don&apos;t stop a prescribed medicine on your own.</source>
        <translation>{other} ({label}) und deine Lichttherapielampe: {other} kann Haut und Augen empfindlicher für helles Licht machen. Sprich mit deiner Ärztin, deinem Arzt oder in der Apotheke, und setze ein verschriebenes Medikament nicht auf eigene Faust ab.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="47"/>
        <source>{herb} and {other}: {herb} within 14 days of a ketamine or esketamine session can make the treatment work less well. Tell your treatment team. Talk to your doctor or pharmacist, and don&apos;t stop a prescribed medicine on your own.</source>
        <translation>{herb} und {other}: {herb} innerhalb von 14 Tagen um eine Ketamin- oder Esketamin-Sitzung kann die Behandlung abschwächen. Sag es deinem Behandlungsteam. Sprich mit deiner Ärztin, deinem Arzt oder in der Apotheke, und setze ein verschriebenes Medikament nicht auf eigene Faust ab.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="53"/>
        <source>About {herb}: it may trigger mania in bipolar disorder and is not advised during pregnancy. If either applies to you, please ask your doctor or pharmacist.</source>
        <translation>Zu {herb}: Es kann bei einer bipolaren Störung eine Manie auslösen und wird in der Schwangerschaft nicht empfohlen. Wenn eines davon auf dich zutrifft, frag bitte deine Ärztin, deinen Arzt oder in der Apotheke.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="60"/>
        <source>an SSRI antidepressant</source>
        <translation>ein SSRI-Antidepressivum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="62"/>
        <source>an SNRI antidepressant</source>
        <translation>ein SNRI-Antidepressivum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="64"/>
        <source>a tricyclic antidepressant</source>
        <translation>ein trizyklisches Antidepressivum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="66"/>
        <source>an antidepressant (mirtazapine, trazodone, vortioxetine, vilazodone, bupropion…)</source>
        <translation>ein Antidepressivum (Mirtazapin, Trazodon, Vortioxetin, Vilazodon, Bupropion …)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="69"/>
        <source>an MAOI antidepressant</source>
        <translation>ein MAO-Hemmer (Antidepressivum)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="71"/>
        <source>a triptan (migraine medicine)</source>
        <translation>ein Triptan (Migränemittel)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="73"/>
        <source>a serotonergic pain medicine (tramadol, tapentadol, methadone, fentanyl, pethidine)</source>
        <translation>ein serotonerges Schmerzmittel (Tramadol, Tapentadol, Methadon, Fentanyl, Pethidin)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="76"/>
        <source>a medicine with serotonin effects (dextromethorphan, linezolid, lithium, buspirone)</source>
        <translation>ein Medikament mit Wirkung auf Serotonin (Dextromethorphan, Linezolid, Lithium, Buspiron)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="79"/>
        <source>hormonal contraception</source>
        <translation>hormonelle Verhütung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="81"/>
        <source>an anticoagulant (blood thinner)</source>
        <translation>ein Gerinnungshemmer (Blutverdünner)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="83"/>
        <source>an antiplatelet medicine (clopidogrel)</source>
        <translation>ein Thrombozytenhemmer (Clopidogrel)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="85"/>
        <source>digoxin (a heart medicine)</source>
        <translation>Digoxin (ein Herzmedikament)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="87"/>
        <source>ivabradine (a heart medicine)</source>
        <translation>Ivabradin (ein Herzmedikament)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="89"/>
        <source>a calcium-channel blocker (blood pressure or heart medicine)</source>
        <translation>ein Calciumkanalblocker (Blutdruck- oder Herzmedikament)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="91"/>
        <source>a statin broken down by CYP3A4 (simvastatin, atorvastatin, lovastatin)</source>
        <translation>ein über CYP3A4 abgebautes Statin (Simvastatin, Atorvastatin, Lovastatin)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="94"/>
        <source>an immunosuppressant (cyclosporine, tacrolimus, sirolimus, everolimus)</source>
        <translation>ein Immunsuppressivum (Ciclosporin, Tacrolimus, Sirolimus, Everolimus)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="97"/>
        <source>an HIV medicine</source>
        <translation>ein HIV-Medikament</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="99"/>
        <source>a hepatitis C medicine</source>
        <translation>ein Hepatitis-C-Medikament</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="101"/>
        <source>an anti-seizure medicine broken down by CYP3A4</source>
        <translation>ein über CYP3A4 abgebautes Antiepileptikum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="103"/>
        <source>a sleeping or calming medicine broken down by CYP3A4 (alprazolam, midazolam, triazolam, zolpidem)</source>
        <translation>ein über CYP3A4 abgebautes Schlaf- oder Beruhigungsmittel (Alprazolam, Midazolam, Triazolam, Zolpidem)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="106"/>
        <source>a pain medicine broken down by CYP3A4 (oxycodone, methadone, fentanyl, buprenorphine…)</source>
        <translation>ein über CYP3A4 abgebautes Schmerzmittel (Oxycodon, Methadon, Fentanyl, Buprenorphin …)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="109"/>
        <source>ketamine or esketamine</source>
        <translation>Ketamin oder Esketamin</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="111"/>
        <source>a stomach-acid medicine (omeprazole or another PPI)</source>
        <translation>ein Magensäureblocker (Omeprazol oder ein anderer Protonenpumpenhemmer)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="113"/>
        <source>an antipsychotic broken down by CYP3A4 (quetiapine, lurasidone, aripiprazole…)</source>
        <translation>ein über CYP3A4 abgebautes Antipsychotikum (Quetiapin, Lurasidon, Aripiprazol …)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="116"/>
        <source>a cancer medicine</source>
        <translation>ein Krebsmedikament</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="118"/>
        <source>voriconazole (an antifungal)</source>
        <translation>Voriconazol (ein Pilzmittel)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="120"/>
        <source>theophylline (an asthma medicine)</source>
        <translation>Theophyllin (ein Asthmamedikament)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="122"/>
        <source>fexofenadine (an allergy medicine)</source>
        <translation>Fexofenadin (ein Allergiemedikament)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="124"/>
        <source>a medicine that makes skin and eyes more sensitive to light</source>
        <translation>ein Medikament, das Haut und Augen lichtempfindlicher macht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="127"/>
        <source>St John&apos;s Wort</source>
        <translation>Johanniskraut</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="128"/>
        <source>not in this app&apos;s list — that does not mean it is safe with St John&apos;s Wort; ask your pharmacist</source>
        <translation>nicht in der Liste dieser App – das heißt nicht, dass es mit Johanniskraut sicher ist; frag in der Apotheke nach</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/caution_text.py" line="131"/>
        <source>St John&apos;s Wort itself (see About on the Self-care page)</source>
        <translation>Johanniskraut selbst (siehe „Über“ auf der Seite Selbstfürsorge)</translation>
    </message>
</context>
<context>
    <name>CheckinWhen</name>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/checkin_when.py" line="23"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/checkin_when.py" line="23"/>
        <source>Earlier today</source>
        <translation>Früher am Tag</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/checkin_when.py" line="23"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/checkin_when.py" line="24"/>
        <source>Another day</source>
        <translation>Anderer Tag</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/checkin_when.py" line="25"/>
        <source>When: now or earlier</source>
        <translation>Zeitpunkt: jetzt oder früher</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/checkin_when.py" line="29"/>
        <source>Date and time of the check-in</source>
        <translation>Datum und Uhrzeit des Check-ins</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/checkin_when.py" line="31"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
</context>
<context>
    <name>ClinicianReport</name>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="157"/>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="132"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="133"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="24"/>
        <source>Sleep (hours a night logged)</source>
        <translation>Schlaf (Stunden pro erfasster Nacht)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="25"/>
        <source>Movement (minutes a day)</source>
        <translation>Bewegung (Minuten pro Tag)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="26"/>
        <source>Light (minutes a day)</source>
        <translation>Licht (Minuten pro Tag)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="27"/>
        <source>Steps (a day logged)</source>
        <translation>Schritte (pro erfasstem Tag)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="34"/>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="37"/>
        <source>Period: {start} – {end}</source>
        <translation>Zeitraum: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="39"/>
        <source>Generated: {date}</source>
        <translation>Erstellt: {date}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="54"/>
        <source>PHQ-9 question 9 answered above “Not at all”</source>
        <translation>PHQ-9-Frage 9 mit mehr als „Überhaupt nicht“ beantwortet</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="56"/>
        <source>“{item}”: {when}.</source>
        <translation>„{item}“: {when}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="63"/>
        <source>only one in this period</source>
        <translation>nur einer in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="66"/>
        <source>{change} since {date} ({first})</source>
        <translation>{change} seit {date} ({first})</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="72"/>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="81"/>
        <source>No PHQ-9 or GAD-7 in this period.</source>
        <translation>Kein PHQ-9 oder GAD-7 in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="83"/>
        <source>Latest total</source>
        <translation>Letzter Gesamtwert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="85"/>
        <source>Change since the first in the period</source>
        <translation>Änderung seit dem ersten im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="107"/>
        <source>Sleep, movement and light</source>
        <translation>Schlaf, Bewegung und Licht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="109"/>
        <source>No sleep, movement or light logged in this period or the one before.</source>
        <translation>In diesem und im vorherigen Zeitraum wurden weder Schlaf noch Bewegung noch Licht erfasst.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="111"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="112"/>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="113"/>
        <source>Previous {days} days</source>
        <translation>Vorherige {days} Tage</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="122"/>
        <source>Current medications</source>
        <translation>Aktuelle Medikamente</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="124"/>
        <source>No current medications on the list.</source>
        <translation>Keine aktuellen Medikamente auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="128"/>
        <source>{date}: {before} → {after}</source>
        <translation>{date}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="133"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="134"/>
        <source>Dose changes in the period</source>
        <translation>Dosisänderungen im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="139"/>
        <source>Treatments in this period</source>
        <translation>Behandlungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/document.py" line="82"/>
        <source>Choose a wider range, or log a few days first.</source>
        <translation>Wähle einen längeren Zeitraum oder trag erst ein paar Tage ein.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/document.py" line="185"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="90"/>
        <source>Mood (daily mean, 1 = awful … 5 = great)</source>
        <translation>Stimmung (Tagesmittel, 1 = furchtbar … 5 = super)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="69"/>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="92"/>
        <source>No mood check-ins in this period.</source>
        <translation>Keine Stimmungs-Check-ins in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="72"/>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="95"/>
        <source>Days with check-ins: {days}. Mean of daily means: {mean}. Days with a mean of 2 or lower: {low}.</source>
        <translation>Tage mit Check-in: {days}. Mittelwert der Tagesmittel: {mean}. Tage mit einem Mittel von 2 oder weniger: {low}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="86"/>
        <source>PHQ-9 and GAD-7</source>
        <translation>PHQ-9 und GAD-7</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="88"/>
        <source>No questionnaires in this period.</source>
        <translation>Keine Fragebögen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="106"/>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="84"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="82"/>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="83"/>
        <source>Band</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="46"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="66"/>
        <source>Mood in detail (daily mean, 1 = awful … 5 = great)</source>
        <translation>Stimmung im Einzelnen (Tagesmittel, 1 = furchtbar … 5 = super)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="104"/>
        <source>Item 9: “{item}”</source>
        <translation>Frage 9: „{item}“</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="107"/>
        <source>Item 9</source>
        <translation>Frage 9</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="125"/>
        <source>Treatment sessions</source>
        <translation>Behandlungssitzungen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="127"/>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="141"/>
        <source>No treatment sessions in this period.</source>
        <translation>Keine Behandlungssitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="129"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="130"/>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="130"/>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="131"/>
        <source>Mood before → after</source>
        <translation>Stimmung vorher → nachher</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="153"/>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="155"/>
        <source>No medications on the list for this period.</source>
        <translation>Keine Medikamente auf der Liste für diesen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="157"/>
        <location filename="../../wellness_app/ui/report/summary_page.py" line="132"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="158"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="158"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="165"/>
        <source>Light and movement per week</source>
        <translation>Licht und Bewegung pro Woche</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="167"/>
        <source>No light or movement logged in this period.</source>
        <translation>In diesem Zeitraum wurden weder Licht noch Bewegung erfasst.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="176"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="177"/>
        <source>Light (minutes)</source>
        <translation>Licht (Minuten)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="178"/>
        <source>Light sessions</source>
        <translation>Lichteinheiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="179"/>
        <source>Movement (moderate-equivalent minutes)</source>
        <translation>Bewegung (Minuten, moderat gerechnet)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="180"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="189"/>
        <source>Notes (included by the person)</source>
        <translation>Notizen (von der Person freigegeben)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/details.py" line="191"/>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/extension.py" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/extension.py" line="30"/>
        <source>Clinician &amp;report…</source>
        <translation>&amp;Bericht für Behandelnde…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/extension.py" line="33"/>
        <source>Prepare a summary of your journal for your clinician</source>
        <translation>Eine Zusammenfassung deines Tagebuchs für deine Behandelnden vorbereiten</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/contacts_model.py" line="19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/contacts_model.py" line="20"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/contacts_model.py" line="21"/>
        <source>Professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/contacts_model.py" line="22"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/contacts_model.py" line="81"/>
        <source>professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/contacts_model.py" line="82"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>CrisisCards</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="35"/>
        <source>Copied {number}.</source>
        <translation>{number} kopiert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="42"/>
        <source>This computer has no app that can do that. Please use your phone: {number}</source>
        <translation>Auf diesem Computer gibt es dafür keine App. Bitte nimm dein Telefon: {number}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="66"/>
        <source>call</source>
        <translation>anrufen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="66"/>
        <source>text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="67"/>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="76"/>
        <source>hours: see the operator&apos;s site</source>
        <translation>Zeiten: siehe Website des Angebots</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="121"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="121"/>
        <source>No number yet: add one under Manage lines</source>
        <translation>Noch keine Nummer: Füge unter „Telefone verwalten“ eine hinzu</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="125"/>
        <source>Text: {number}</source>
        <translation>SMS: {number}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="134"/>
        <source>{name}: {number}. {details}</source>
        <translation>{name}: {number}. {details}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="137"/>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="182"/>
        <source>Copy number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="138"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="139"/>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="183"/>
        <source>Copy the number of {name}</source>
        <translation>Nummer von {name} kopieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="143"/>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="186"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="144"/>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="187"/>
        <source>Call {name}</source>
        <translation>{name} anrufen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="148"/>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="189"/>
        <source>Text</source>
        <translation>SMS schreiben</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="149"/>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="190"/>
        <source>Send a text to {name}</source>
        <translation>{name} eine SMS schreiben</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="154"/>
        <source>Open chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/cards.py" line="155"/>
        <source>Open the chat of {name} in the browser</source>
        <translation>Den Chat von {name} im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>CrisisCountry</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/country.py" line="31"/>
        <source>Where are you?</source>
        <translation>Wo bist du?</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/country.py" line="32"/>
        <source>Choose your country to see its crisis lines. Type to search.</source>
        <translation>Wähle dein Land, um seine Krisentelefone zu sehen. Tippe, um zu suchen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/country.py" line="36"/>
        <location filename="../../wellness_app/ui/crisis/country.py" line="37"/>
        <source>Search for a country</source>
        <translation>Land suchen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/country.py" line="41"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/country.py" line="54"/>
        <source>&amp;Use this country</source>
        <translation>Dieses &amp;Land verwenden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/country.py" line="55"/>
        <source>Use this country</source>
        <translation>Dieses Land verwenden</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="85"/>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="86"/>
        <source>Crisis support</source>
        <translation>Hilfe in der Krise</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="112"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="116"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="117"/>
        <source>&amp;Manage lines…</source>
        <translation>Telefone &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="118"/>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="41"/>
        <source>Manage crisis lines</source>
        <translation>Krisentelefone verwalten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="149"/>
        <source>Your safety plan and your own people are shown once your journal is unlocked. These numbers need no passphrase.</source>
        <translation>Dein Sicherheitsplan und deine eigenen Menschen erscheinen, sobald dein Tagebuch entsperrt ist. Diese Nummern brauchen keine Passphrase.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="165"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="166"/>
        <source>In immediate danger? Call {numbers} now.</source>
        <translation>In akuter Gefahr? Ruf jetzt {numbers} an.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="169"/>
        <source>In immediate danger? Call your local emergency number now. In the EU and many other countries it is 112.</source>
        <translation>In akuter Gefahr? Ruf jetzt den örtlichen Notruf an. In der EU und vielen anderen Ländern ist das die 112.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="182"/>
        <source>Call {number}</source>
        <translation>{number} anrufen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="183"/>
        <source>Call the emergency number {number}</source>
        <translation>Den Notruf {number} anrufen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="187"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="188"/>
        <source>Copy the emergency number</source>
        <translation>Die Notrufnummer kopieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="204"/>
        <source>Crisis lines — {country}</source>
        <translation>Krisentelefone — {country}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="206"/>
        <source>C&amp;hange country…</source>
        <translation>Land &amp;ändern…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="207"/>
        <source>Change country</source>
        <translation>Land ändern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="215"/>
        <source>Last reviewed {date}. {note}</source>
        <translation>Zuletzt geprüft: {date}. {note}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="219"/>
        <source>These numbers were last checked on {date}, more than a year ago. Please take a moment to confirm yours, and change them under Manage lines if needed.</source>
        <translation>Diese Nummern wurden zuletzt am {date} geprüft, vor mehr als einem Jahr. Bitte nimm dir einen Moment, um deine zu bestätigen, und ändere sie bei Bedarf unter „Telefone verwalten“.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="227"/>
        <source>No lines are bundled for where you are. Add your own under Manage lines, or choose a country above.</source>
        <translation>Für deinen Ort sind keine Telefone hinterlegt. Füge unter „Telefone verwalten“ eigene hinzu oder wähle oben ein Land.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="234"/>
        <source>Your people</source>
        <translation>Deine Menschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="238"/>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="253"/>
        <source>Your safety plan</source>
        <translation>Dein Sicherheitsplan</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="240"/>
        <source>You have not written a safety plan yet; it takes a few minutes, and you can make it with someone you trust.</source>
        <translation>Du hast noch keinen Sicherheitsplan geschrieben; das dauert ein paar Minuten, und du kannst ihn mit jemandem machen, dem du vertraust.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="245"/>
        <source>Make a safety plan</source>
        <translation>Einen Sicherheitsplan erstellen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="247"/>
        <source>Go only as far as you need: start with the first step, and move on to the next one only if things still feel too much.</source>
        <translation>Geh nur so weit, wie du musst: Fang mit dem ersten Schritt an und geh erst zum nächsten, wenn es noch zu viel ist.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="258"/>
        <source>Edit my safety &amp;plan</source>
        <translation>Meinen Sicherheits&amp;plan bearbeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="259"/>
        <source>Edit my safety plan</source>
        <translation>Meinen Sicherheitsplan bearbeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="53"/>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="54"/>
        <source>You answered that you have had thoughts that you would be better off dead or of hurting yourself. You do not have to carry this alone. Here is your safety plan, and people you can contact now.</source>
        <translation>Du hast angegeben, dass du Gedanken hattest, dass du lieber tot wärst oder dir etwas antun könntest. Du musst das nicht allein tragen. Hier ist dein Sicherheitsplan und Menschen, die du jetzt erreichen kannst.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="44"/>
        <source>Crisis lines — {country}. Numbers change: check them, edit or hide a line, and add your own people and your clinician. The emergency number is always shown.</source>
        <translation>Krisentelefone — {country}. Nummern ändern sich: Prüf sie, bearbeite oder verstecke eine Zeile und füge deine eigenen Menschen und deine Behandlerin oder deinen Behandler hinzu. Der Notruf wird immer angezeigt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="64"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="65"/>
        <source>Edit the selected line</source>
        <translation>Ausgewählte Nummer bearbeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="68"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="69"/>
        <source>Hide or show the selected line</source>
        <translation>Ausgewählte Nummer aus- oder einblenden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="70"/>
        <source>&amp;Add your own…</source>
        <translation>&amp;Eigene hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="71"/>
        <source>Add your own line</source>
        <translation>Eigene Nummer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="73"/>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="74"/>
        <source>Undo your change to this line</source>
        <translation>Deine Änderung an dieser Nummer rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="76"/>
        <source>Bring back &amp;bundled lines</source>
        <translation>&amp;Mitgelieferte Telefone zurückholen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="77"/>
        <source>Bring back every bundled line as shipped</source>
        <translation>Alle mitgelieferten Telefone wie ausgeliefert zurückholen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="79"/>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="80"/>
        <source>Show hidden lines</source>
        <translation>Ausgeblendete Nummern zeigen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/manage.py" line="123"/>
        <source>The emergency number is always shown.</source>
        <translation>Der Notruf wird immer angezeigt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="120"/>
        <source>Save card as P&amp;DF…</source>
        <translation>Karte als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="121"/>
        <source>Save the safety plan card as PDF</source>
        <translation>Karte mit dem Sicherheitsplan als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="244"/>
        <source>Make a safety &amp;plan</source>
        <translation>Sicherheits&amp;plan erstellen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/dialog.py" line="325"/>
        <source>Saved the safety plan card.</source>
        <translation>Die Karte mit dem Sicherheitsplan wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="101"/>
        <source>Save safety plan card</source>
        <translation>Karte mit dem Sicherheitsplan speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="104"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="121"/>
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>CrisisLearn</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="18"/>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="19"/>
        <source>Talking about wanting to die, about being a burden, or about feeling trapped or without hope.</source>
        <translation>Davon sprechen, sterben zu wollen, eine Last zu sein oder sich gefangen und ohne Hoffnung zu fühlen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="22"/>
        <source>Pulling away from people, saying goodbye, giving things away.</source>
        <translation>Sich von Menschen zurückziehen, sich verabschieden, Dinge verschenken.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="24"/>
        <source>Looking for a way to end one&apos;s life, or making a plan.</source>
        <translation>Nach einem Weg suchen, sich das Leben zu nehmen, oder einen Plan machen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="26"/>
        <source>Sudden changes: much more alcohol or drugs, sleeping far more or far less, great agitation, or an unexpected calm after a dark time.</source>
        <translation>Plötzliche Veränderungen: viel mehr Alkohol oder Drogen, viel mehr oder viel weniger Schlaf, große Unruhe oder eine unerwartete Ruhe nach einer dunklen Zeit.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="31"/>
        <source>What helps in the moment</source>
        <translation>Was im Moment hilft</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="32"/>
        <source>Put distance between now and acting: the strongest urges usually pass.</source>
        <translation>Abstand zwischen jetzt und Handeln bringen: Auch die stärksten Impulse gehen meist vorüber.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="35"/>
        <source>Use your safety plan one step at a time, and reach out to a person or a line above. You do not need the right words.</source>
        <translation>Geh deinen Sicherheitsplan Schritt für Schritt durch und melde dich bei einem Menschen oder einem Telefon oben. Du brauchst nicht die richtigen Worte.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="38"/>
        <source>Go to a place where you are with other people, or ask someone to come to you.</source>
        <translation>Geh an einen Ort, an dem andere Menschen sind, oder bitte jemanden, zu dir zu kommen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="42"/>
        <source>If you are worried about someone</source>
        <translation>Wenn du dir um jemanden Sorgen machst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="43"/>
        <source>Ask directly: &quot;Are you thinking about suicide?&quot; Asking does not put the idea in their head; it often brings relief.</source>
        <translation>Frag direkt: „Denkst du daran, dir das Leben zu nehmen?“ Die Frage bringt niemanden erst auf den Gedanken; oft ist sie eine Erleichterung.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="46"/>
        <source>Listen without judging or arguing. Take what they say seriously.</source>
        <translation>Hör zu, ohne zu urteilen oder zu widersprechen. Nimm ernst, was die Person sagt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="49"/>
        <source>Stay with them, or make sure someone else does, and help them contact a crisis line or their doctor. If life is in danger, call the emergency number.</source>
        <translation>Bleib bei der Person oder sorg dafür, dass jemand anderes bleibt, und hilf ihr, ein Krisentelefon oder ihre Ärztin oder ihren Arzt zu erreichen. Wenn Lebensgefahr besteht, ruf den Notruf.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="53"/>
        <source>Check in again in the days after: it matters.</source>
        <translation>Melde dich in den Tagen danach wieder: Das zählt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="56"/>
        <source>Making the surroundings safer</source>
        <translation>Die Umgebung sicherer machen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="57"/>
        <source>Time and distance save lives: put away or hand over anything that could be used to hurt oneself, such as stored medicines, weapons, or other means.</source>
        <translation>Zeit und Abstand retten Leben: Räum alles weg oder gib es ab, womit man sich verletzen könnte, etwa gelagerte Medikamente, Waffen oder andere Mittel.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="61"/>
        <source>Ask a pharmacist how to get rid of medicines that are no longer needed; keep only small amounts at home where that is possible.</source>
        <translation>Frag in der Apotheke, wie du nicht mehr gebrauchte Medikamente loswirst; bewahre, wo es geht, nur kleine Mengen zu Hause auf.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="86"/>
        <source>Understanding a crisis — for you and for the people who care for you</source>
        <translation>Eine Krise verstehen — für dich und für die Menschen, die für dich da sind</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="88"/>
        <location filename="../../wellness_app/ui/crisis/learn.py" line="95"/>
        <source>Understanding a crisis</source>
        <translation>Eine Krise verstehen</translation>
    </message>
</context>
<context>
    <name>CrisisLineEditor</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="27"/>
        <source>Add your own line</source>
        <translation>Eigene Nummer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="26"/>
        <source>Edit crisis line</source>
        <translation>Krisentelefon bearbeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="32"/>
        <source>e.g. my therapist, Dr Okafor</source>
        <translation>z. B. meine Therapeutin, Dr. Okafor</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="34"/>
        <source>phone number, text number or other contact</source>
        <translation>Telefonnummer, SMS-Nummer oder anderer Kontakt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="36"/>
        <source>Number or contact</source>
        <translation>Nummer oder Kontakt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="37"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="40"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="41"/>
        <source>Number or &amp;contact</source>
        <translation>Nummer oder &amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="42"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/line_editor.py" line="45"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CrisisLinesModel</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/lines_model.py" line="20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/lines_model.py" line="21"/>
        <source>Number or contact</source>
        <translation>Nummer oder Kontakt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/lines_model.py" line="22"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/lines_model.py" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/lines_model.py" line="73"/>
        <source>always shown</source>
        <translation>immer angezeigt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/lines_model.py" line="75"/>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/lines_model.py" line="76"/>
        <source>as shipped</source>
        <translation>wie mitgeliefert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/lines_model.py" line="77"/>
        <source>edited by you</source>
        <translation>von dir geändert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/lines_model.py" line="78"/>
        <source>your own</source>
        <translation>deine eigene</translation>
    </message>
</context>
<context>
    <name>CrisisSupport</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/button.py" line="36"/>
        <location filename="../../wellness_app/ui/crisis/button.py" line="45"/>
        <location filename="../../wellness_app/ui/crisis/button.py" line="55"/>
        <location filename="../../wellness_app/ui/crisis/button.py" line="150"/>
        <location filename="../../wellness_app/ui/crisis/button.py" line="152"/>
        <source>Crisis support</source>
        <translation>Hilfe in der Krise</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/button.py" line="43"/>
        <source>Your safety plan and crisis lines ({key})</source>
        <translation>Dein Sicherheitsplan und Krisentelefone ({key})</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/button.py" line="138"/>
        <source>In immediate danger? Call {numbers} now.</source>
        <translation>In akuter Gefahr? Ruf jetzt {numbers} an.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/button.py" line="139"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/button.py" line="140"/>
        <source>In immediate danger? Call your local emergency number now.</source>
        <translation>In akuter Gefahr? Ruf jetzt den örtlichen Notruf an.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/button.py" line="146"/>
        <source>Crisis lines need no passphrase. Your own safety plan is shown after you unlock.</source>
        <translation>Krisentelefone brauchen keine Passphrase. Deinen eigenen Sicherheitsplan siehst du nach dem Entsperren.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/crisis_support.py" line="26"/>
        <source>A PHQ-9 check-in is due</source>
        <translation>Ein PHQ-9-Check-in ist fällig</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/crisis_support.py" line="28"/>
        <source>Answer &amp;now</source>
        <translation>&amp;Jetzt beantworten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/crisis_support.py" line="29"/>
        <source>Answer the PHQ-9 now</source>
        <translation>PHQ-9 jetzt beantworten</translation>
    </message>
</context>
<context>
    <name>CsvFields</name>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="27"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="28"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="29"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="30"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="31"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="32"/>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="33"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="34"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="35"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="36"/>
        <source>Daylight (minutes)</source>
        <translation>Tageslicht (Minuten)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="37"/>
        <source>Movement (minutes)</source>
        <translation>Bewegung (Minuten)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="38"/>
        <source>Sleep (hours)</source>
        <translation>Schlaf (Stunden)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="39"/>
        <source>Measure (one per row)</source>
        <translation>Messgröße (eine pro Zeile)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="40"/>
        <source>Reading (one per row)</source>
        <translation>Messwert (einer pro Zeile)</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="90"/>
        <source>Import CSV: columns</source>
        <translation>CSV importieren: Spalten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="92"/>
        <source>Choose what each column holds. A date (or date and time) column is needed; columns left empty are ignored.</source>
        <translation>Wähle, was jede Spalte enthält. Eine Spalte mit Datum (oder Datum und Uhrzeit) ist nötig; leere Spalten werden ignoriert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="98"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="104"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="108"/>
        <source>Field for column {c}</source>
        <translation>Feld für Spalte {c}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="137"/>
        <source>the one format every date fits</source>
        <translation>das einzige Format, das zu allen Datumsangaben passt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="140"/>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="156"/>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="142"/>
        <source>only unmistakable numbers</source>
        <translation>nur eindeutige Zahlen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="143"/>
        <source>point (7.5)</source>
        <translation>Punkt (7.5)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="144"/>
        <source>comma (7,5)</source>
        <translation>Komma (7,5)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="145"/>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="157"/>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="147"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="147"/>
        <source>comma (12,345)</source>
        <translation>Komma (12,345)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="148"/>
        <source>point (12.345)</source>
        <translation>Punkt (12.345)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="148"/>
        <source>space (12 345)</source>
        <translation>Leerzeichen (12 345)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="149"/>
        <source>apostrophe (12&apos;345)</source>
        <translation>Apostroph (12&apos;345)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="151"/>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="158"/>
        <source>Thousands separator</source>
        <translation>Tausendertrennzeichen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="155"/>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="159"/>
        <source>Mood scale in the file</source>
        <translation>Stimmungsskala in der Datei</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="173"/>
        <source>Choose the column that holds the date.</source>
        <translation>Wähle die Spalte, die das Datum enthält.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="176"/>
        <source>Each field can come from one column only.</source>
        <translation>Jedes Feld kann nur aus einer Spalte kommen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="179"/>
        <source>One row per reading needs both a kind and a value column.</source>
        <translation>Eine Zeile pro Messwert braucht eine Spalte für die Art und eine für den Wert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/csv_mapping_dialog.py" line="184"/>
        <source>The decimal and thousands separators must differ.</source>
        <translation>Dezimal- und Tausendertrennzeichen müssen verschieden sein.</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/entry_delegate.py" line="61"/>
        <source>mean {mean} · 1 entry</source>
        <translation>Mittel {mean} · 1 Eintrag</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/entry_delegate.py" line="62"/>
        <source>mean {mean} · {count} entries</source>
        <translation>Mittel {mean} · {count} Einträge</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/entry_delegate.py" line="94"/>
        <source>energy {n}/5</source>
        <translation>Energie {n}/5</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/entry_delegate.py" line="96"/>
        <source>anxiety {n}/5</source>
        <translation>Angst {n}/5</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/entry_delegate.py" line="99"/>
        <source>slept {h} h</source>
        <translation>{h} Std. geschlafen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/journal_model.py" line="40"/>
        <location filename="../../wellness_app/ui/common/widgets/entry_delegate.py" line="102"/>
        <source>imported as “{label}”</source>
        <translation>importiert als „{label}“</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="36"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="40"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="44"/>
        <source>&amp;Mood</source>
        <translation>&amp;Stimmung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="48"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="49"/>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="51"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="52"/>
        <source>walk, friends, tea</source>
        <translation>Spaziergang, Freunde, Tee</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="53"/>
        <source>T&amp;ags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="54"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="55"/>
        <source>&amp;Energy</source>
        <translation>&amp;Energie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="56"/>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="57"/>
        <source>A&amp;nxiety</source>
        <translation>A&amp;ngst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="59"/>
        <source>Hours &amp;slept</source>
        <translation>Stunden ge&amp;schlafen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="62"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="63"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="75"/>
        <source>Your unsaved changes to the note are back.</source>
        <translation>Deine nicht gespeicherten Änderungen an der Notiz sind wieder da.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/entry_dialog.py" line="79"/>
        <source>The note is over {limit} characters; shorten it to save.</source>
        <translation>Die Notiz hat mehr als {limit} Zeichen; kürze sie, um zu speichern.</translation>
    </message>
</context>
<context>
    <name>EscalationBanner</name>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="28"/>
        <source>A suggestion</source>
        <translation>Ein Vorschlag</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="32"/>
        <source>It might help to talk to a doctor</source>
        <translation>Es könnte helfen, mit einer Ärztin oder einem Arzt zu sprechen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="37"/>
        <source>Prepare a report</source>
        <translation>Bericht vorbereiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="38"/>
        <source>Prepare a report for your doctor</source>
        <translation>Bericht für deine Ärztin oder deinen Arzt vorbereiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="39"/>
        <source>Crisis support</source>
        <translation>Hilfe in der Krise</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="40"/>
        <source>Open crisis support</source>
        <translation>Krisenhilfe öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="42"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="43"/>
        <source>Not now: hide this for 7 days</source>
        <translation>Nicht jetzt: 7 Tage lang ausblenden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="68"/>
        <source>These thoughts are important to tell a doctor or someone you trust soon.</source>
        <translation>Solche Gedanken sind wichtig: Erzähl bald einer Ärztin, einem Arzt oder einem Menschen, dem du vertraust, davon.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="71"/>
        <source>When low days go on for two weeks or more, a doctor can help.</source>
        <translation>Wenn schlechte Tage zwei Wochen oder länger anhalten, kann eine Ärztin oder ein Arzt helfen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="73"/>
        <source>A PHQ-9 total of 10 or more is the usual point to talk it over with a doctor.</source>
        <translation>Ein PHQ-9-Gesamtwert von 10 oder mehr ist der übliche Punkt, um mit einer Ärztin oder einem Arzt darüber zu sprechen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="76"/>
        <source>You do not have to carry this alone. If you like, the app can prepare a short report of your journal to bring along.</source>
        <translation>Du musst das nicht allein tragen. Wenn du möchtest, kann die App einen kurzen Bericht aus deinem Tagebuch vorbereiten, den du mitnehmen kannst.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/escalation_banner.py" line="98"/>
        <source>Okay. This suggestion stays quiet until {day}.</source>
        <translation>Okay. Dieser Vorschlag bleibt bis {day} still.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="27"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="31"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="38"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="41"/>
        <source>&amp;Licenses</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="65"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="93"/>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="95"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="93"/>
        <source>The user guide was not found in this installation.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="99"/>
        <source>The list of shortcuts was not found in this installation.</source>
        <translation>Die Liste der Tastenkürzel fehlt in dieser Installation.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="101"/>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="38"/>
        <location filename="../../wellness_app/ui/io/actions.py" line="57"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="39"/>
        <source>Daylio CSV or backup, Apple Health export, CSV, this app&apos;s CSV export (*.csv *.zip *.xml *.txt *.daylio);;All files (*)</source>
        <translation>Daylio-CSV oder -Sicherung, Apple-Health-Export, CSV, CSV-Export dieser App (*.csv *.zip *.xml *.txt *.daylio);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="47"/>
        <source>Export as CSV files in a zip</source>
        <translation>Als CSV-Dateien in einer ZIP-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="49"/>
        <source>Zip of CSV files (*.zip)</source>
        <translation>ZIP mit CSV-Dateien (*.zip)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="62"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="66"/>
        <source>Import from Daylio, Apple Health or a CSV file</source>
        <translation>Aus Daylio, Apple Health oder einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="68"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="71"/>
        <source>Export everything as CSV files in a zip</source>
        <translation>Alles als CSV-Dateien in einer ZIP-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="105"/>
        <source>Importing {name}</source>
        <translation>{name} wird importiert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="111"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="114"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="130"/>
        <source>{name}: not a format this app imports (Daylio CSV, Apple Health export.zip or XML, or a CSV file).</source>
        <translation>{name}: Dieses Format kann die App nicht importieren (Daylio-CSV, Apple-Health-export.zip oder -XML oder eine CSV-Datei).</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="134"/>
        <source>This looks like a JSON backup: import it with `wellness-app import json FILE`.</source>
        <translation>Das sieht nach einer JSON-Sicherung aus: Importiere sie mit `wellness-app import json FILE`.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="167"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="171"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/actions.py" line="172"/>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="15"/>
        <source>Daylio</source>
        <translation>Daylio</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="16"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="17"/>
        <source>Apple Health</source>
        <translation>Apple Health</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="18"/>
        <source>this app&apos;s CSV export</source>
        <translation>CSV-Export dieser App</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="19"/>
        <source>Bearable</source>
        <translation>Bearable</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="20"/>
        <source>Loop Habit Tracker</source>
        <translation>Loop Habit Tracker</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="23"/>
        <source>Check-ins: {count}</source>
        <translation>Check-ins: {count}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="24"/>
        <source>Daily figures (steps, sleep, …): {count}</source>
        <translation>Tageswerte (Schritte, Schlaf, …): {count}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="25"/>
        <source>Daylight sessions: {count}</source>
        <translation>Tageslicht-Einheiten: {count}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="26"/>
        <source>Activity sessions: {count}</source>
        <translation>Bewegungseinheiten: {count}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="27"/>
        <source>Self-care logs (habits): {count}</source>
        <translation>Selbstfürsorge-Einträge (Gewohnheiten): {count}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="28"/>
        <source>Check-ins given a new level (changed mood map): {count}</source>
        <translation>Einträge mit neuer Stufe (geänderte Stimmungszuordnung): {count}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="33"/>
        <source>empty row</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="34"/>
        <source>rows with a note or tags but no mood</source>
        <translation>Zeilen mit Notiz oder Tags, aber ohne Stimmung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="35"/>
        <source>empty line</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="36"/>
        <source>identical entry repeated in the file</source>
        <translation>gleicher Eintrag mehrfach in der Datei</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="37"/>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="38"/>
        <source>days whose exercise minutes were all inside workouts</source>
        <translation>Tage, deren Trainingsminuten alle in Workouts lagen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="39"/>
        <source>records of other types (heart rate, energy, …): not tracked here</source>
        <translation>Datensätze anderer Art (Puls, Energie, …): werden hier nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="41"/>
        <source>in-bed or awake sleep samples (only time asleep counts)</source>
        <translation>Schlafdaten „im Bett“ oder „wach“ (nur die Schlafzeit zählt)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="42"/>
        <source>records with a missing or malformed date or value</source>
        <translation>Datensätze mit fehlendem oder fehlerhaftem Datum oder Wert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="43"/>
        <source>step samples from a lower-priority device in the same hour</source>
        <translation>Schrittwerte eines nachrangigen Geräts in derselben Stunde</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="44"/>
        <source>exact duplicate records (counted once)</source>
        <translation>exakt doppelte Datensätze (einmal gezählt)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="45"/>
        <source>workouts of 0 minutes</source>
        <translation>Trainings von 0 Minuten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="46"/>
        <source>sleep samples from other sources the same night (one source per night)</source>
        <translation>Schlafwerte anderer Quellen in derselben Nacht (eine Quelle pro Nacht)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="48"/>
        <source>readings of a kind this app does not track</source>
        <translation>Messwerte einer Art, die diese App nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="49"/>
        <source>entries with a missing or malformed date or mood</source>
        <translation>Einträge mit fehlendem oder fehlerhaftem Datum oder Stimmung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="50"/>
        <source>already in the journal</source>
        <translation>schon im Tagebuch</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="51"/>
        <source>energy, symptoms or factors on a day without a mood rating</source>
        <translation>Energie, Symptome oder Faktoren an einem Tag ohne Stimmungswert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="53"/>
        <source>duplicate within the file</source>
        <translation>doppelt in der Datei</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="59"/>
        <source>Imported from {file} ({source}):</source>
        <translation>Importiert aus {file} ({source}):</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="62"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="68"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="70"/>
        <source>{count} × {reason}</source>
        <translation>{count} × {reason}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="73"/>
        <source>Please check:</source>
        <translation>Bitte prüfen:</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="74"/>
        <source>{date}: {hours} h of sleep recorded (over 16 h)</source>
        <translation>{date}: {hours} Std. Schlaf erfasst (über 16 Std.)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="79"/>
        <source>Read as {encoding} text.</source>
        <translation>Als {encoding}-Text gelesen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="82"/>
        <source>Mood names and their levels (remembered for next time): {pairs}</source>
        <translation>Stimmungsnamen und ihre Stufen (für das nächste Mal gemerkt): {pairs}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/report_text.py" line="87"/>
        <source>Backup taken before the import: {path}</source>
        <translation>Sicherung vor dem Import: {path}</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="26"/>
        <source>You tend to feel better {condition} — {with} {those}, {without} {other}.</source>
        <translation>Du fühlst dich {condition} meist besser – {with} {those}, {without} {other}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="28"/>
        <source>You tend to feel worse {condition} — {with} {those}, {without} {other}.</source>
        <translation>Du fühlst dich {condition} meist schlechter – {with} {those}, {without} {other}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="30"/>
        <source>Your mood was about the same {condition} — {with} {those}, {without} {other}.</source>
        <translation>Deine Stimmung war {condition} etwa gleich – {with} {those}, {without} {other}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="35"/>
        <source>on days with at least 30 minutes of daylight</source>
        <translation>an Tagen mit mindestens 30 Minuten Tageslicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="36"/>
        <source>on days with a light-therapy lamp session</source>
        <translation>an Tagen mit einer Lichttherapie-Sitzung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="37"/>
        <source>on days with at least 30 minutes of activity</source>
        <translation>an Tagen mit mindestens 30 Minuten Bewegung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="38"/>
        <source>on days after at least 7 hours of sleep</source>
        <translation>an Tagen nach mindestens 7 Stunden Schlaf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="39"/>
        <source>on the day after a day with at least 30 minutes of daylight</source>
        <translation>am Tag nach einem Tag mit mindestens 30 Minuten Tageslicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="41"/>
        <source>on the day after a day with a light-therapy lamp session</source>
        <translation>am Tag nach einem Tag mit einer Lichttherapie-Sitzung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="43"/>
        <source>on the day after a day with at least 30 minutes of activity</source>
        <translation>am Tag nach einem Tag mit mindestens 30 Minuten Bewegung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="45"/>
        <source>on the day after a day with at least 7 hours of sleep</source>
        <translation>am Tag nach einem Tag mit mindestens 7 Stunden Schlaf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="47"/>
        <source>on days tagged “{name}”</source>
        <translation>an Tagen mit dem Schlagwort „{name}“</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="48"/>
        <source>on days when you logged “{name}”</source>
        <translation>an Tagen, an denen du „{name}“ eingetragen hast,</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="49"/>
        <source>on Saturdays and Sundays</source>
        <translation>samstags und sonntags</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="50"/>
        <source>on days with less than 12 hours from sunrise to sunset</source>
        <translation>an Tagen mit weniger als 12 Stunden von Sonnenaufgang bis Sonnenuntergang</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="52"/>
        <source>from November to February</source>
        <translation>von November bis Februar</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="55"/>
        <source>after less sleep</source>
        <translation>nach weniger Schlaf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="56"/>
        <source>on weekdays</source>
        <translation>an Wochentagen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="57"/>
        <source>on longer days</source>
        <translation>an längeren Tagen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="58"/>
        <source>from March to October</source>
        <translation>von März bis Oktober</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="60"/>
        <source>on other days</source>
        <translation>an anderen Tagen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="61"/>
        <source>on those days</source>
        <translation>an diesen Tagen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="62"/>
        <source>in those months</source>
        <translation>in diesen Monaten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="64"/>
        <source>a clear pattern</source>
        <translation>ein deutliches Muster</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="65"/>
        <source>a slight pattern</source>
        <translation>ein schwaches Muster</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="66"/>
        <source>may be chance</source>
        <translation>vielleicht Zufall</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="100"/>
        <source>Difference {difference} (95 % interval {low} to {high}); {days_with} days with, {days_without} without.</source>
        <translation>Unterschied {difference} (95-%-Intervall {low} bis {high}); {days_with} Tage mit, {days_without} ohne.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="107"/>
        <source>Even allowing for the {count} comparisons made, the interval stays clear of no difference. A pattern, not proof of cause.</source>
        <translation>Auch wenn man die {count} durchgeführten Vergleiche berücksichtigt, schließt das Intervall „kein Unterschied“ aus. Ein Muster, kein Beweis für eine Ursache.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="111"/>
        <source>Allowing for the {count} comparisons made, it could still be chance. A pattern, not proof of cause.</source>
        <translation>Berücksichtigt man die {count} durchgeführten Vergleiche, könnte es noch Zufall sein. Ein Muster, kein Beweis für eine Ursache.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_model.py" line="114"/>
        <source>The interval includes no difference, so this may be chance.</source>
        <translation>Das Intervall schließt „kein Unterschied“ ein, also kann das Zufall sein.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_panel.py" line="42"/>
        <source>Mean mood with and without, as bars</source>
        <translation>Mittlere Stimmung mit und ohne, als Balken</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_panel.py" line="71"/>
        <location filename="../../wellness_app/ui/trends/insights_panel.py" line="76"/>
        <source>How sure is this?</source>
        <translation>Wie sicher ist das?</translation>
    </message>
</context>
<context>
    <name>JournalCommands</name>
    <message>
        <location filename="../../wellness_app/ui/journal/commands.py" line="25"/>
        <source>delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/commands.py" line="51"/>
        <source>edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../wellness_app/ui/common/journal_model.py" line="118"/>
        <source>{day} · mean {mean} · 1 entry</source>
        <translation>{day} · Mittel {mean} · 1 Eintrag</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/journal_model.py" line="119"/>
        <source>{day} · mean {mean} · {count} entries</source>
        <translation>{day} · Mittel {mean} · {count} Einträge</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="84"/>
        <source>Search notes…</source>
        <translation>Notizen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="86"/>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="88"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="90"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="91"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="92"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="93"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="94"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="95"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="113"/>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="122"/>
        <location filename="../../wellness_app/ui/journal/page.py" line="123"/>
        <source>Show older entries</source>
        <translation>Ältere Einträge zeigen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="125"/>
        <location filename="../../wellness_app/ui/journal/page.py" line="126"/>
        <source>Back to the latest entries</source>
        <translation>Zurück zu den neuesten Einträgen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="212"/>
        <source>The journal could not be read just now. Please try again.</source>
        <translation>Das Tagebuch ließ sich gerade nicht lesen. Versuch es bitte noch einmal.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="229"/>
        <source>No entries match your search. Try another word or clear the tag filter.</source>
        <translation>Keine Einträge passen zu deiner Suche. Versuch ein anderes Wort oder entferne den Schlagwort-Filter.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="233"/>
        <source>Your journal is empty for now.
Log your first check-in on the Today page (Ctrl+1) — it takes five seconds.</source>
        <translation>Dein Tagebuch ist noch leer.
Trag deinen ersten Check-in auf der Seite „Heute“ ein (Ctrl+1) – das dauert fünf Sekunden.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="277"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="393"/>
        <source>Entry saved · Ctrl+Z to undo</source>
        <translation>Eintrag gespeichert · Ctrl+Z zum Rückgängigmachen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="394"/>
        <source>Entry saved.</source>
        <translation>Eintrag gespeichert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="431"/>
        <source>Entry deleted · Ctrl+Z to undo</source>
        <translation>Eintrag gelöscht · Ctrl+Z zum Rückgängigmachen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="432"/>
        <source>Entry deleted.</source>
        <translation>Eintrag gelöscht.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../wellness_app/ui/shell/language_menu.py" line="33"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/language_menu.py" line="37"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/language_menu.py" line="52"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/language_menu.py" line="53"/>
        <source>The new language is used from the next start. Restart the app now? Everything you saved stays.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start. App jetzt neu starten? Alles Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/language_menu.py" line="56"/>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/language_menu.py" line="58"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/language_menu.py" line="75"/>
        <source>The new language is used the next time you open the app.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Öffnen der App.</translation>
    </message>
</context>
<context>
    <name>Licenses</name>
    <message>
        <location filename="../../wellness_app/ui/shell/licenses.py" line="48"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/licenses.py" line="49"/>
        <source>{name} is free software: you may use, study, share and change it under the GNU General Public License, version 3 or later. It is built on the software listed under Third-party software.</source>
        <translation>{name} ist freie Software: Sie dürfen sie unter der GNU General Public License, Version 3 oder später, nutzen, untersuchen, weitergeben und verändern. Sie baut auf der Software auf, die unter „Software von Dritten“ aufgeführt ist.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/licenses.py" line="57"/>
        <source>License of this app</source>
        <translation>Lizenz dieser App</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/licenses.py" line="60"/>
        <source>Collecting the licenses…</source>
        <translation>Lizenzen werden gesammelt…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/licenses.py" line="61"/>
        <location filename="../../wellness_app/ui/shell/licenses.py" line="68"/>
        <source>Third-party software</source>
        <translation>Software von Dritten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/licenses.py" line="67"/>
        <source>This app</source>
        <translation>Diese App</translation>
    </message>
</context>
<context>
    <name>LightPage</name>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="53"/>
        <source>{time}  lamp {lux} lux, {minutes} min</source>
        <translation>{time}  Lampe {lux} Lux, {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="55"/>
        <source>{time}  daylight, {minutes} min</source>
        <translation>{time}  Tageslicht, {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="85"/>
        <source>Today&apos;s light</source>
        <translation>Licht heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="90"/>
        <source>Light dose today</source>
        <translation>Lichtdosis heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="93"/>
        <source>Opened the curtains / went outside</source>
        <translation>Vorhänge geöffnet / rausgegangen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="94"/>
        <source>Log 15 minutes of daylight now</source>
        <translation>Jetzt 15 Minuten Tageslicht eintragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="95"/>
        <source>Logs 15 minutes of daylight, starting now</source>
        <translation>Trägt 15 Minuten Tageslicht ein, ab jetzt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="98"/>
        <source>Lux-hours are brightness times time: 10,000 lux for half an hour makes 5,000 lux-hours, and so does an hour at 5,000 lux. Dimmer light needs longer.</source>
        <translation>Lux-Stunden sind Helligkeit mal Zeit: 10.000 Lux eine halbe Stunde lang ergeben 5.000 Lux-Stunden, eine Stunde bei 5.000 Lux ebenso. Bei schwächerem Licht dauert es länger.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="108"/>
        <source>Daylight</source>
        <translation>Tageslicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="110"/>
        <source>Daylight minutes</source>
        <translation>Tageslicht-Minuten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="110"/>
        <location filename="../../wellness_app/ui/light/page.py" line="124"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="111"/>
        <source>Daylight start time</source>
        <translation>Beginn des Tageslichts</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="112"/>
        <location filename="../../wellness_app/ui/light/page.py" line="113"/>
        <source>Log daylight</source>
        <translation>Tageslicht eintragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="115"/>
        <source>Minutes outside or by a window</source>
        <translation>Minuten draußen oder am Fenster</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="116"/>
        <location filename="../../wellness_app/ui/light/page.py" line="148"/>
        <source>Started at</source>
        <translation>Begonnen um</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="120"/>
        <source>Light-therapy lamp</source>
        <translation>Lichttherapielampe</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="122"/>
        <source>Lamp lux</source>
        <translation>Lampe: Lux</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="122"/>
        <source> lux</source>
        <translation> Lux</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="124"/>
        <source>Lamp minutes</source>
        <translation>Lampe: Minuten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="125"/>
        <source>Lamp distance in centimetres</source>
        <translation>Abstand zur Lampe in Zentimetern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="126"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="127"/>
        <source>Lamp session start time</source>
        <translation>Beginn der Lampensitzung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="128"/>
        <location filename="../../wellness_app/ui/light/page.py" line="129"/>
        <source>Log lamp session</source>
        <translation>Lampensitzung eintragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="134"/>
        <location filename="../../wellness_app/ui/light/page.py" line="297"/>
        <source>Start lamp timer</source>
        <translation>Lampen-Timer starten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="135"/>
        <source>Start or stop the lamp timer</source>
        <translation>Lampen-Timer starten oder stoppen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="138"/>
        <source>Counts down the session and logs it. Before bright light, see Lamp safety: bipolar disorder, eye disease and light-sensitising medicines.</source>
        <translation>Zählt die Sitzung herunter und trägt sie ein. Vor hellem Licht lies „Lampensicherheit“: bipolare Störung, Augenerkrankungen und Medikamente, die lichtempfindlich machen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="140"/>
        <source>Lamp safety</source>
        <translation>Lampensicherheit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="141"/>
        <source>Show the light-therapy safety note</source>
        <translation>Den Sicherheitshinweis zur Lichttherapie zeigen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="144"/>
        <source>Lamp time remaining</source>
        <translation>Verbleibende Lampenzeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="145"/>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="146"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="147"/>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="158"/>
        <source>Today&apos;s sessions</source>
        <translation>Sitzungen heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="158"/>
        <source>Today&apos;s light sessions</source>
        <translation>Lichtsitzungen heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="162"/>
        <source>Nothing logged yet today — opening the curtains or a few minutes outside counts.</source>
        <translation>Heute noch nichts eingetragen – schon die Vorhänge öffnen oder ein paar Minuten draußen zählen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="215"/>
        <source>{total} of {target} lux-hours today · {morning} before {ten} · target reached</source>
        <translation>{total} von {target} Lux-Stunden heute · {morning} vor {ten} · Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="217"/>
        <source>{total} of {target} lux-hours today · {morning} before {ten}</source>
        <translation>{total} von {target} Lux-Stunden heute · {morning} vor {ten}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="224"/>
        <source>Lamp lux × hours, plus daylight at your outdoor estimate of {lux} lux (change it in Place and light settings)</source>
        <translation>Lampen-Lux × Stunden plus Tageslicht mit deiner Schätzung von {lux} Lux draußen (änderbar unter „Ort und Licht“)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="244"/>
        <source>{h} h {m} min</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="302"/>
        <source>Logged {m} min</source>
        <translation>{m} Min. eingetragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="159"/>
        <source>Delete the selected light session</source>
        <translation>Ausgewählte Lichtsitzung löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="167"/>
        <source>Daylight where you live</source>
        <translation>Tageslicht an deinem Wohnort</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="171"/>
        <source>Place and light settings…</source>
        <translation>Ort und Licht…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="172"/>
        <source>Place and light settings</source>
        <translation>Ort und Licht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="194"/>
        <source>Day length over the year</source>
        <translation>Tageslänge im Jahresverlauf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="195"/>
        <source>hours of daylight</source>
        <translation>Stunden Tageslicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="232"/>
        <source>Set your place to see sunrise, sunset and how day length changes over the year.</source>
        <translation>Leg deinen Ort fest, um Sonnenaufgang, Sonnenuntergang und die Veränderung der Tageslänge über das Jahr zu sehen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="248"/>
        <source>{place}: sunrise {rise}, sunset {set}, day length {length}</source>
        <translation>{place}: Sonnenaufgang {rise}, Sonnenuntergang {set}, Tageslänge {length}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="254"/>
        <source>{place}: no sunrise or sunset today ({length} of daylight)</source>
        <translation>{place}: heute kein Sonnenaufgang oder -untergang ({length} Tageslicht)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="265"/>
        <source>Light saved</source>
        <translation>Licht gespeichert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="285"/>
        <source>Stop and log</source>
        <translation>Stoppen und eintragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="291"/>
        <source>{left} left</source>
        <translation>noch {left}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="300"/>
        <source>Stopped before a minute; nothing logged</source>
        <translation>Vor Ablauf einer Minute gestoppt; nichts eingetragen</translation>
    </message>
</context>
<context>
    <name>LightSafetyNote</name>
    <message>
        <location filename="../../wellness_app/ui/light/safety_note.py" line="23"/>
        <source>Light-therapy safety</source>
        <translation>Sicherheit bei Lichttherapie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/safety_note.py" line="24"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/safety_note.py" line="25"/>
        <source>Close the light-therapy safety note</source>
        <translation>Den Sicherheitshinweis zur Lichttherapie schließen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/safety_note.py" line="30"/>
        <source>Bipolar disorder: only together with your clinician, because bright light can trigger mania or hypomania.</source>
        <translation>Bipolare Störung: nur gemeinsam mit deiner Behandlerin oder deinem Behandler, denn helles Licht kann eine Manie oder Hypomanie auslösen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/safety_note.py" line="34"/>
        <source>Some medicines make skin and eyes sensitive to light (for example doxycycline, amiodarone, chlorpromazine, isotretinoin, hydrochlorothiazide, lithium, St John&apos;s Wort): ask your doctor or pharmacist.</source>
        <translation>Manche Medikamente machen Haut und Augen lichtempfindlich (zum Beispiel Doxycyclin, Amiodaron, Chlorpromazin, Isotretinoin, Hydrochlorothiazid, Lithium, Johanniskraut): Frag deine Ärztin, deinen Arzt oder in der Apotheke.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/safety_note.py" line="40"/>
        <source>Headaches, eye strain, nausea or restlessness: stop and talk to your clinician.</source>
        <translation>Kopfschmerzen, müde Augen, Übelkeit oder Unruhe: Hör auf und sprich mit deiner Behandlerin oder deinem Behandler.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/safety_note.py" line="32"/>
        <source>Eye disease (retina problems, macular degeneration, diabetic eye disease): ask an eye doctor first.</source>
        <translation>Augenerkrankungen (Netzhautprobleme, Makuladegeneration, diabetische Augenerkrankung): Frag zuerst eine Augenärztin oder einen Augenarzt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/safety_note.py" line="39"/>
        <source>Before using a light-therapy lamp</source>
        <translation>Bevor du eine Lichttherapielampe nutzt</translation>
    </message>
</context>
<context>
    <name>LightSettingsDialog</name>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="94"/>
        <source>Place and light settings</source>
        <translation>Ort und Licht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="104"/>
        <source> lux</source>
        <translation> Lux</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="106"/>
        <source>Outdoor light estimate in lux</source>
        <translation>Geschätztes Außenlicht in Lux</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="107"/>
        <source>Outdoor estimate</source>
        <translation>Schätzung draußen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="109"/>
        <source>Daylight sessions without a measured lux count at this estimate. Outdoors on an overcast day is several thousand lux or more; a low estimate keeps the daily dose honest. Everything is computed on this computer.</source>
        <translation>Tageslicht-Sitzungen ohne gemessenen Lux-Wert zählen mit dieser Schätzung. Draußen an einem bewölkten Tag sind es mehrere tausend Lux oder mehr; eine niedrige Schätzung hält die Tagesdosis ehrlich. Alles wird auf diesem Computer berechnet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/support_line.py" line="63"/>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="263"/>
        <location filename="../../wellness_app/ui/onboarding/extension.py" line="18"/>
        <location filename="../../wellness_app/ui/shell/language_menu.py" line="32"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="264"/>
        <source>Reminders and start-up…</source>
        <translation>Erinnerungen und Autostart…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="267"/>
        <source>Quick check-in…</source>
        <translation>Schneller Check-in…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="274"/>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="233"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/licenses.py" line="53"/>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="69"/>
        <source>Wellness Journal</source>
        <translation>Wellness-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="77"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="87"/>
        <location filename="../../wellness_app/ui/today/preview.py" line="32"/>
        <source>Opening your journal…</source>
        <translation>Dein Tagebuch wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="234"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="244"/>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="245"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="247"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="248"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="249"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/main_window.py" line="259"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/shell/help_menu.py" line="34"/>
        <source>&amp;About Wellness Journal</source>
        <translation>Ü&amp;ber Wellness-Tagebuch</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="46"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="47"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="48"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="49"/>
        <source>St John&apos;s Wort caution</source>
        <translation>Hinweis zu Johanniskraut</translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="111"/>
        <source>The list is used for the St John&apos;s Wort caution and, if you choose, in a report for your clinician. The app never suggests changing a medication.</source>
        <translation>Die Liste wird für den Johanniskraut-Hinweis genutzt und, wenn du möchtest, in einem Bericht für deine Behandlerin oder deinen Behandler. Die App schlägt nie vor, ein Medikament zu ändern.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="128"/>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="130"/>
        <source>No medications listed yet. Add one below if you would like it in your journal.</source>
        <translation>Noch keine Medikamente eingetragen. Füge unten eines hinzu, wenn du es in deinem Tagebuch haben möchtest.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="141"/>
        <source>Stopped today</source>
        <translation>Heute abgesetzt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="142"/>
        <source>Mark the selected medication stopped today</source>
        <translation>Ausgewähltes Medikament als heute abgesetzt markieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="138"/>
        <source>Delete the selected medication</source>
        <translation>Ausgewähltes Medikament löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="147"/>
        <source>take this name off the caution list</source>
        <translation>diesen Namen von der Hinweisliste nehmen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="148"/>
        <source>St John&apos;s Wort caution class</source>
        <translation>Johanniskraut-Hinweisklasse</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="153"/>
        <source>Set caution class</source>
        <translation>Hinweisklasse festlegen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="154"/>
        <source>Set the caution class of the selected name</source>
        <translation>Hinweisklasse des ausgewählten Namens festlegen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="162"/>
        <source>Add a medication, or select one above to edit it</source>
        <translation>Füge ein Medikament hinzu oder wähle oben eines zum Bearbeiten aus</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="165"/>
        <source>Medication name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="167"/>
        <source>free text, e.g. 50 mg in the morning</source>
        <translation>freier Text, z. B. 50 mg morgens</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="168"/>
        <location filename="../../wellness_app/ui/medications/page.py" line="200"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="169"/>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="170"/>
        <source>I know the start date</source>
        <translation>Ich kenne das Startdatum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="174"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="177"/>
        <source>Stopped on</source>
        <translation>Abgesetzt am</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="178"/>
        <source>It has a stop date</source>
        <translation>Es hat ein Enddatum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="182"/>
        <source>Stop date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="189"/>
        <location filename="../../wellness_app/ui/medications/page.py" line="190"/>
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="192"/>
        <source>Save changes to selected</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="193"/>
        <source>Save the form over the selected medication</source>
        <translation>Formular über das ausgewählte Medikament speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="199"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="228"/>
        <source>Medication added</source>
        <translation>Medikament hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="251"/>
        <source>Medication saved</source>
        <translation>Medikament gespeichert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="258"/>
        <source>Marked stopped</source>
        <translation>Als abgesetzt markiert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="264"/>
        <source>Caution class saved</source>
        <translation>Hinweisklasse gespeichert</translation>
    </message>
</context>
<context>
    <name>MoodButtons</name>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/mood_buttons.py" line="50"/>
        <source>Mood {level}: {name}</source>
        <extracomment>the chosen level (1–5), or 0 when cleared</extracomment>
        <translation>Stimmung {level}: {name}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/mood_buttons.py" line="52"/>
        <source>Press {level}</source>
        <translation>Drück {level}</translation>
    </message>
</context>
<context>
    <name>MoodLabelsDialog</name>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/mood_labels.py" line="17"/>
        <source>Rename moods</source>
        <translation>Stimmungen umbenennen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/mood_labels.py" line="20"/>
        <source>Only the words change: 1 is always the lowest mood and 5 the highest.</source>
        <translation>Nur die Wörter ändern sich: 1 ist immer die niedrigste Stimmung und 5 die höchste.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/mood_labels.py" line="28"/>
        <source>Name for mood {level}</source>
        <translation>Name für Stimmung {level}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/mood_labels.py" line="30"/>
        <source>Mood {level}</source>
        <translation>Stimmung {level}</translation>
    </message>
</context>
<context>
    <name>MoodMapDialog</name>
    <message>
        <location filename="../../wellness_app/ui/io/mood_map_dialog.py" line="24"/>
        <source>Daylio moods</source>
        <translation>Daylio-Stimmungen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/mood_map_dialog.py" line="26"/>
        <source>Your Daylio export uses mood names of your own. The app proposes a level for each (1 = awful … 5 = rad): check them and change any that are wrong. Each entry keeps its name.</source>
        <translation>Dein Daylio-Export verwendet eigene Stimmungsnamen. Die App schlägt für jeden eine Stufe vor (1 = furchtbar … 5 = super): Prüf die Vorschläge und ändere, was nicht passt. Jeder Eintrag behält seinen Namen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/mood_map_dialog.py" line="40"/>
        <source>(a guess: please check)</source>
        <translation>(geschätzt: bitte prüfen)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/io/mood_map_dialog.py" line="36"/>
        <source>Level for {name}</source>
        <translation>Stufe für {name}</translation>
    </message>
</context>
<context>
    <name>MoodNames</name>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="22"/>
        <source>awful</source>
        <translation>furchtbar</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="23"/>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="24"/>
        <source>meh</source>
        <translation>naja</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="25"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="26"/>
        <source>great</source>
        <translation>super</translation>
    </message>
</context>
<context>
    <name>MovementPage</name>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="46"/>
        <source>{time}  {kind}, {minutes} min ({intensity}) — {note}</source>
        <translation>{time}  {kind}, {minutes} Min. ({intensity}) — {note}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="47"/>
        <source>{time}  {kind}, {minutes} min ({intensity})</source>
        <translation>{time}  {kind}, {minutes} Min. ({intensity})</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="131"/>
        <source>This week (WHO: {low}–{high} minutes; a vigorous minute counts as two)</source>
        <translation>Diese Woche (WHO: {low}–{high} Minuten; eine intensive Minute zählt doppelt)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="137"/>
        <location filename="../../wellness_app/ui/movement/page.py" line="163"/>
        <location filename="../../wellness_app/ui/movement/page.py" line="164"/>
        <source>Log movement</source>
        <translation>Bewegung eintragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="142"/>
        <source>Kind of movement (type a new one to add it)</source>
        <translation>Art der Bewegung (tippe eine neue ein, um sie hinzuzufügen)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="143"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="144"/>
        <source>Remove this kind from the list</source>
        <translation>Diese Art aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="152"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="153"/>
        <location filename="../../wellness_app/ui/movement/page.py" line="168"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="158"/>
        <location filename="../../wellness_app/ui/movement/page.py" line="169"/>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="160"/>
        <source>optional</source>
        <translation>freiwillig</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="161"/>
        <location filename="../../wellness_app/ui/movement/page.py" line="170"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="162"/>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="167"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="171"/>
        <source>Started at</source>
        <translation>Begonnen um</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="175"/>
        <source>Move now</source>
        <translation>Jetzt bewegen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="181"/>
        <source>Time moving</source>
        <translation>Bewegungszeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="184"/>
        <location filename="../../wellness_app/ui/movement/page.py" line="259"/>
        <source>Start moving</source>
        <translation>Losbewegen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="185"/>
        <source>Start or stop the Move now stopwatch</source>
        <translation>Stoppuhr für „Jetzt bewegen“ starten oder stoppen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="187"/>
        <source>Uses the kind and intensity from the form. Five minutes counts.</source>
        <translation>Nutzt Art und Intensität aus dem Formular. Auch fünf Minuten zählen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="197"/>
        <location filename="../../wellness_app/ui/movement/page.py" line="201"/>
        <source>Steps today</source>
        <translation>Schritte heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="198"/>
        <source>Save steps</source>
        <translation>Schritte speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="199"/>
        <source>Save today&apos;s steps</source>
        <translation>Heutige Schritte speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="209"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="209"/>
        <source>Today&apos;s movement</source>
        <translation>Bewegung heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="213"/>
        <source>Nothing logged yet today — every movement counts: a walk, dancing in the kitchen, housework.</source>
        <translation>Heute noch nichts eingetragen – jede Bewegung zählt: ein Spaziergang, Tanzen in der Küche, Hausarbeit.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="265"/>
        <source>Logged {m} min</source>
        <translation>{m} Min. eingetragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="210"/>
        <source>Delete the selected session</source>
        <translation>Ausgewählte Sitzung löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="245"/>
        <source>Movement saved</source>
        <translation>Bewegung gespeichert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="256"/>
        <source>Stop and log</source>
        <translation>Stoppen und eintragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="262"/>
        <source>Under a minute; nothing logged</source>
        <translation>Unter einer Minute; nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="269"/>
        <source>Steps saved</source>
        <translation>Schritte gespeichert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="274"/>
        <source>Kind removed from the list</source>
        <translation>Art aus der Liste entfernt</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../../wellness_app/ui/onboarding/extension.py" line="19"/>
        <source>Welcome and setup…</source>
        <translation>Willkommen und Einrichtung…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="175"/>
        <source>Country for crisis lines</source>
        <translation>Land für Krisentelefone</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="168"/>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="17"/>
        <source>Optional: leave both fields empty to continue without a passphrase.</source>
        <translation>Freiwillig: Lass beide Felder leer, um ohne Passphrase weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="20"/>
        <source>Very short: easy to guess. Several unrelated words are stronger.</source>
        <translation>Sehr kurz: leicht zu erraten. Mehrere Wörter, die nichts miteinander zu tun haben, sind sicherer.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="23"/>
        <source>Fair. Longer is stronger: try four unrelated words.</source>
        <translation>Ganz gut. Länger ist sicherer: Versuch es mit vier Wörtern, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="24"/>
        <source>Good length.</source>
        <translation>Gute Länge.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="30"/>
        <source>A passphrase (optional)</source>
        <translation>Eine Passphrase (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="36"/>
        <source>Your journal is already encrypted. You can change or remove the passphrase under Privacy → Privacy &amp; data.</source>
        <translation>Dein Tagebuch ist bereits verschlüsselt. Du kannst die Passphrase unter Datenschutz → Datenschutz &amp; Daten ändern oder entfernen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="40"/>
        <source>Encryption is not available on this computer, so this step is skipped:</source>
        <translation>Verschlüsselung ist auf diesem Computer nicht verfügbar, daher wird dieser Schritt übersprungen:</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="48"/>
        <source>With a passphrase, your journal and its backups are encrypted: nobody who gets your files can read them. You type it each time the app starts.</source>
        <translation>Mit einer Passphrase werden dein Tagebuch und seine Sicherungen verschlüsselt: Niemand, der an deine Dateien kommt, kann sie lesen. Du gibst sie bei jedem Start der App ein.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="51"/>
        <source>Write it down somewhere safe. A lost passphrase cannot be recovered: without it the journal and its backups cannot be opened, by you or anyone else.</source>
        <translation>Schreib sie an einem sicheren Ort auf. Eine verlorene Passphrase lässt sich nicht wiederherstellen: Ohne sie können das Tagebuch und seine Sicherungen nicht geöffnet werden – weder von dir noch von anderen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="61"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="62"/>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="70"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="82"/>
        <source>Repeat the passphrase to go on, or clear it to continue without one.</source>
        <translation>Wiederhole die Passphrase, um weiterzumachen, oder lösche sie, um ohne fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/passphrase_page.py" line="84"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="42"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="55"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="57"/>
        <source>A quiet place to note how you feel, and what you did for yourself: mood, daylight, movement, self-care, medications and treatments.</source>
        <translation>Ein ruhiger Ort, um festzuhalten, wie du dich fühlst und was du für dich getan hast: Stimmung, Tageslicht, Bewegung, Selbstfürsorge, Medikamente und Behandlungen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="60"/>
        <source>This is a self-care journal, not a medical device. It does not diagnose or advise on treatment.</source>
        <translation>Dies ist ein Selbstfürsorge-Tagebuch, kein Medizinprodukt. Es stellt keine Diagnosen und gibt keine Behandlungsempfehlungen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="68"/>
        <source>Everything you write stays on this computer, in one file:
{path}
There is no account and no cloud, and the app has no network code: nothing is ever sent anywhere. You decide what to export or print.</source>
        <translation>Alles, was du schreibst, bleibt auf diesem Computer, in einer einzigen Datei:
{path}
Es gibt kein Konto und keine Cloud, und die App enthält keinen Netzwerkcode: Nichts wird jemals irgendwohin gesendet. Du entscheidest, was du exportierst oder druckst.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="73"/>
        <source>The next steps are all optional: a place for daylight times, reminders, a passphrase, and your country for crisis lines. &quot;Skip setup&quot; keeps the defaults and you can come back here from Settings → Welcome and setup.</source>
        <translation>Die nächsten Schritte sind alle freiwillig: ein Ort für die Tageslichtzeiten, Erinnerungen, eine Passphrase und dein Land für Krisentelefone. „Einrichtung überspringen“ behält die Standardwerte bei, und du kannst jederzeit über Einstellungen → Willkommen und Einrichtung hierher zurückkehren.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="83"/>
        <source>Your place, for daylight</source>
        <translation>Dein Ort, für das Tageslicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="85"/>
        <source>Sunrise, sunset and day length are worked out on this computer from a built-in list of cities. Leave the city empty to skip this; you can set it later on the Light page.</source>
        <translation>Sonnenaufgang, Sonnenuntergang und Tageslänge werden auf diesem Computer aus einer eingebauten Städteliste berechnet. Lass die Stadt leer, um das zu überspringen; du kannst sie später auf der Seite „Licht“ festlegen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="101"/>
        <source>latitude and longitude</source>
        <translation>Breiten- und Längengrad</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="119"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="121"/>
        <source>A gentle reminder to check in, shown by your desktop at the times you choose. Off unless you turn it on.</source>
        <translation>Eine sanfte Erinnerung für deinen Check-in, angezeigt von deinem Desktop zu den Zeiten, die du wählst. Aus, solange du sie nicht einschaltest.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="125"/>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="126"/>
        <source>Remind me to check in</source>
        <translation>Erinnere mich an den Check-in</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="130"/>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="132"/>
        <source>24-hour times separated by commas</source>
        <translation>Uhrzeiten im 24-Stunden-Format, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="134"/>
        <source>Times (24-hour, e.g. 08:30, 20:00)</source>
        <translation>Uhrzeiten (24 Stunden, z. B. 08:30, 20:00)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="149"/>
        <source>Add at least one time, e.g. 20:00</source>
        <translation>Füge mindestens eine Uhrzeit hinzu, z. B. 20:00</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="171"/>
        <source>If things get very hard, the Crisis support screen shows phone numbers to call in your country. Pick it here; you can add your own numbers there later.</source>
        <translation>Wenn es sehr schwer wird, zeigt der Bildschirm „Hilfe in der Krise“ Telefonnummern in deinem Land. Wähle es hier aus; eigene Nummern kannst du dort später hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="181"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="204"/>
        <source>Example data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="206"/>
        <source>Curious what the charts and insights look like after a while? This fills your empty journal with two years of made-up check-ins, daylight, walks, sleep, self-care and questionnaires from an imagined person.</source>
        <translation>Neugierig, wie die Diagramme und Erkenntnisse nach einer Weile aussehen? Damit wird dein leeres Tagebuch mit zwei Jahren ausgedachter Check-ins, Tageslicht, Spaziergängen, Schlaf, Selbstfürsorge und Fragebögen einer erfundenen Person gefüllt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="210"/>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="212"/>
        <source>Explore with two years of example data</source>
        <translation>Mit zwei Jahren Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/steps.py" line="214"/>
        <source>It is example data, not yours, and your own check-ins would land next to it. To start your real journal afterwards, use Privacy → Privacy &amp; data → Delete all my data.</source>
        <translation>Es sind Beispieldaten, nicht deine, und deine eigenen Check-ins kämen dazu. Um danach dein echtes Tagebuch zu beginnen, wähle Datenschutz → Datenschutz &amp; Daten → Alle meine Daten löschen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/wizard.py" line="34"/>
        <source>Some choices were not saved</source>
        <translation>Einige Einstellungen wurden nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/wizard.py" line="44"/>
        <source>Welcome and setup</source>
        <translation>Willkommen und Einrichtung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/wizard.py" line="60"/>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/wizard.py" line="64"/>
        <location filename="../../wellness_app/ui/onboarding/wizard.py" line="68"/>
        <source>Skip setup</source>
        <translation>Einrichtung überspringen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/wizard.py" line="65"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/wizard.py" line="66"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/wizard.py" line="67"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/onboarding/wizard.py" line="83"/>
        <source>Setting up</source>
        <translation>Einrichtung läuft</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../wellness_app/ui/common/operations.py" line="60"/>
        <source>Something went wrong; nothing was changed. The log has the details.</source>
        <translation>Etwas ist schiefgelaufen; nichts wurde geändert. Die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/operations.py" line="273"/>
        <source>Could not finish</source>
        <translation>Konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="44"/>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="53"/>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="45"/>
        <source>Choose a city</source>
        <translation>Stadt wählen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="46"/>
        <source>Latitude and longitude</source>
        <translation>Breiten- und Längengrad</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="47"/>
        <source>Enter latitude and longitude</source>
        <translation>Breiten- und Längengrad eingeben</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="52"/>
        <source>Type to search, e.g. London</source>
        <translation>Zum Suchen tippen, z. B. Berlin</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="61"/>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="71"/>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="65"/>
        <location filename="../../wellness_app/ui/common/place_settings.py" line="72"/>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../wellness_app/ui/privacy/lock.py" line="46"/>
        <location filename="../../wellness_app/ui/privacy/lock.py" line="47"/>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="51"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="143"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="31"/>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="38"/>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="37"/>
        <source>Privacy &amp; data</source>
        <translation>Datenschutz &amp; Daten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="45"/>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="87"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="53"/>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="75"/>
        <source>Also back up into…</source>
        <translation>Zusätzlich sichern in…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="115"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="118"/>
        <source>Store the journal unencrypted? Anyone who can read your files could then read it.</source>
        <translation>Das Tagebuch unverschlüsselt speichern? Dann könnte es jeder lesen, der Zugriff auf deine Dateien hat.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="123"/>
        <source>Enter your passphrase to decrypt the journal.</source>
        <translation>Gib deine Passphrase ein, um das Tagebuch zu entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="127"/>
        <source>The journal is no longer encrypted.</source>
        <translation>Das Tagebuch ist nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="80"/>
        <source>The file could not be written: {error}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="100"/>
        <source>Encrypted: the journal and {count} backup copies.</source>
        <translation>Verschlüsselt: das Tagebuch und {count} Sicherungskopien.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="103"/>
        <source>These copies are too damaged to encrypt and are still unencrypted. Delete them?</source>
        <translation>Diese Kopien sind zu beschädigt, um sie zu verschlüsseln, und liegen noch unverschlüsselt vor. Löschen?</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="134"/>
        <source>Backed up to {path}</source>
        <translation>Gesichert nach {path}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="142"/>
        <source>Backups also go to {folder}</source>
        <translation>Sicherungen gehen auch nach {folder}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="152"/>
        <source>This backup is encrypted. Enter its passphrase.</source>
        <translation>Diese Sicherung ist verschlüsselt. Gib ihre Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="158"/>
        <source>Journal restored from the backup.</source>
        <translation>Tagebuch aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="168"/>
        <source>This deletes your journal, every backup, the logs and settings. There is no undo. Type DELETE to confirm.</source>
        <translation>Dies löscht dein Tagebuch, alle Sicherungen, die Protokolle und die Einstellungen. Das lässt sich nicht rückgängig machen. Tippe DELETE zur Bestätigung.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="173"/>
        <source>Nothing was deleted (you did not type DELETE).</source>
        <translation>Nichts wurde gelöscht (du hast nicht DELETE eingegeben).</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="180"/>
        <source>All your data was deleted. The app will now close.</source>
        <translation>Alle deine Daten wurden gelöscht. Die App wird jetzt geschlossen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/actions.py" line="194"/>
        <location filename="../../wellness_app/ui/privacy/lock.py" line="149"/>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="73"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Diese Passphrase stimmt nicht. Versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="40"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="46"/>
        <source>Encrypt…</source>
        <translation>Verschlüsseln…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="47"/>
        <source>Encrypt the journal</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="48"/>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="49"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="50"/>
        <source>Decrypt…</source>
        <translation>Entschlüsseln…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="51"/>
        <source>Decrypt the journal</source>
        <translation>Tagebuch entschlüsseln</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="58"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="59"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="60"/>
        <source>Lock after idle minutes</source>
        <translation>Nach Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="63"/>
        <source>Lock after being idle for</source>
        <translation>Sperren nach Inaktivität von</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="67"/>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="104"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="73"/>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="74"/>
        <location filename="../../wellness_app/ui/privacy/extension.py" line="49"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="76"/>
        <source>Choose an extra backup folder</source>
        <translation>Zusätzlichen Sicherungsordner wählen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="77"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="78"/>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="88"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="83"/>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="84"/>
        <location filename="../../wellness_app/ui/privacy/extension.py" line="53"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="86"/>
        <location filename="../../wellness_app/ui/privacy/extension.py" line="55"/>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="100"/>
        <source>Your journal and its backups are encrypted with your passphrase.</source>
        <translation>Dein Tagebuch und seine Sicherungen sind mit deiner Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="103"/>
        <source>Your journal is not encrypted: anyone who can read your files can read it.</source>
        <translation>Dein Tagebuch ist nicht verschlüsselt: Jeder, der deine Dateien lesen kann, kann es lesen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="112"/>
        <source>A backup is made each day you use the app (7 daily, 4 weekly and 12 monthly are kept) in {folder} and in {extra}.</source>
        <translation>An jedem Tag, an dem du die App nutzt, wird eine Sicherung angelegt (7 tägliche, 4 wöchentliche und 12 monatliche bleiben erhalten), in {folder} und in {extra}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/dialog.py" line="115"/>
        <source>A backup is made each day you use the app (7 daily, 4 weekly and 12 monthly are kept) in {folder}.</source>
        <translation>An jedem Tag, an dem du die App nutzt, wird eine Sicherung angelegt (7 tägliche, 4 wöchentliche und 12 monatliche bleiben erhalten), in {folder}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/extension.py" line="33"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/extension.py" line="48"/>
        <source>Privacy &amp;&amp; data…</source>
        <translation>Datenschutz &amp;&amp; Daten…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/extension.py" line="50"/>
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/extension.py" line="51"/>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/lock.py" line="38"/>
        <source>Your journal is locked</source>
        <translation>Dein Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/lock.py" line="55"/>
        <location filename="../../wellness_app/ui/privacy/lock.py" line="56"/>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="61"/>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="62"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="28"/>
        <source>Daily (automatic)</source>
        <translation>Täglich (automatisch)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="29"/>
        <source>Made by you</source>
        <translation>Von dir angelegt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="30"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="31"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="32"/>
        <source>Before a migration</source>
        <translation>Vor einer Aktualisierung der Datenbank</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="37"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="38"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="39"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="40"/>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="41"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="78"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="78"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="92"/>
        <source>Choose a backup. It is checked before it replaces anything, and your current journal is kept aside in the data folder.</source>
        <translation>Wähle eine Sicherung. Sie wird geprüft, bevor sie etwas ersetzt, und dein aktuelles Tagebuch wird im Datenordner beiseitegelegt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="96"/>
        <source>There are no backups yet. One is made automatically each day you use the app.</source>
        <translation>Es gibt noch keine Sicherungen. An jedem Tag, an dem du die App nutzt, wird automatisch eine erstellt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="117"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/restore.py" line="118"/>
        <source>Restore the selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="29"/>
        <source>Your journal needs attention</source>
        <translation>Dein Tagebuch braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="31"/>
        <source>Restore the newest good backup</source>
        <translation>Neueste intakte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="33"/>
        <source>Start a new, empty journal</source>
        <translation>Neues, leeres Tagebuch beginnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="35"/>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="64"/>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="65"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="46"/>
        <source>Welcome. You can protect your journal with a passphrase, so nobody who gets your files can read it. This is optional and can be changed later under Privacy → Privacy &amp; data. Cancel to continue without one.</source>
        <translation>Willkommen. Du kannst dein Tagebuch mit einer Passphrase schützen, damit niemand, der an deine Dateien kommt, es lesen kann. Das ist freiwillig und lässt sich später unter Datenschutz → Datenschutz &amp; Daten ändern. Brich ab, um ohne Passphrase weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="123"/>
        <source>An earlier encryption was interrupted: your journal is not encrypted yet and some backups may be. Choose Encrypt under Privacy &amp; data again, with the same passphrase, to finish it.</source>
        <translation>Eine frühere Verschlüsselung wurde unterbrochen: Dein Tagebuch ist noch nicht verschlüsselt, einige Sicherungen vielleicht schon. Wähle unter Datenschutz &amp; Daten noch einmal Verschlüsseln, mit derselben Passphrase, um sie abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="165"/>
        <source>The disk is full. Free some space on it.</source>
        <translation>Der Datenträger ist voll. Mach dort etwas Platz frei.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="166"/>
        <source>The app may not write there. Check that folder&apos;s permissions.</source>
        <translation>Die App darf dort nicht schreiben. Prüfe die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="168"/>
        <source>The folder is read-only. Make it writable.</source>
        <translation>Der Ordner ist schreibgeschützt. Mach ihn beschreibbar.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="169"/>
        <source>Another program held the journal. Close other programs that use it.</source>
        <translation>Ein anderes Programm hat das Tagebuch blockiert. Schließe andere Programme, die es benutzen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="171"/>
        <source>The disk reported an error. Check the disk.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet. Prüfe den Datenträger.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="172"/>
        <source>The folder cannot be written: is the drive connected? Connect it, or choose another folder under Privacy &amp; data.</source>
        <translation>In den Ordner kann nicht geschrieben werden: Ist das Laufwerk angeschlossen? Schließ es an oder wähle unter Datenschutz &amp; Daten einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="176"/>
        <source>Something went wrong; the log has the details.</source>
        <translation>Etwas ist schiefgegangen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="179"/>
        <source>Today&apos;s automatic backup could not be written to {folder}.</source>
        <translation>Die heutige automatische Sicherung konnte nicht in {folder} geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/startup.py" line="182"/>
        <source>Your journal is safe and saving works. The backup is tried again at every start; you are told again only if something else goes wrong.</source>
        <translation>Dein Tagebuch ist sicher und Speichern funktioniert. Die Sicherung wird bei jedem Start erneut versucht; Bescheid bekommst du erst wieder, wenn etwas anderes schiefgeht.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="42"/>
        <source>Unlock your journal</source>
        <translation>Tagebuch entsperren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="47"/>
        <source>Your journal is encrypted. Enter your passphrase.</source>
        <translation>Dein Tagebuch ist verschlüsselt. Gib deine Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="79"/>
        <source>Enter your passphrase.</source>
        <translation>Gib deine Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="105"/>
        <source>Choose a passphrase</source>
        <translation>Wähle eine Passphrase</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="112"/>
        <source>There is no way to recover a forgotten passphrase: without it the journal and its backups cannot be opened.</source>
        <translation>Eine vergessene Passphrase lässt sich auf keinem Weg wiederherstellen: Ohne sie können das Tagebuch und seine Sicherungen nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="117"/>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="119"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="120"/>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="122"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="121"/>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="123"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="132"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/privacy/unlock.py" line="139"/>
        <source>A passphrase needs at least {count} characters; a few unusual words are easy to remember.</source>
        <translation>Eine Passphrase braucht mindestens {count} Zeichen; ein paar ungewöhnliche Wörter kann man sich leicht merken.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../wellness_app/ui/common/progress_dialog.py" line="31"/>
        <source>Working… you can cancel at any time; nothing changes until the end.</source>
        <translation>In Arbeit… Du kannst jederzeit abbrechen; erst am Ende wird etwas geändert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/progress_dialog.py" line="32"/>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/progress_dialog.py" line="35"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/progress_dialog.py" line="38"/>
        <location filename="../../wellness_app/ui/common/progress_dialog.py" line="39"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/progress_dialog.py" line="68"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/progress_dialog.py" line="78"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaire_form.py" line="76"/>
        <source>(Optional; not part of the total.)</source>
        <translation>(Freiwillig; zählt nicht zum Gesamtwert.)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaire_form.py" line="84"/>
        <source>Keys: 0–3 answer the focused question and move on; Tab and the arrow keys move too.</source>
        <translation>Tasten: 0–3 beantworten die aktuelle Frage und gehen weiter; auch Tab und die Pfeiltasten bewegen dich.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaire_form.py" line="89"/>
        <source>&amp;See my result</source>
        <translation>Mein Ergebnis &amp;ansehen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaire_form.py" line="90"/>
        <source>See my result</source>
        <translation>Mein Ergebnis ansehen</translation>
    </message>
</context>
<context>
    <name>QuestionnaireWording</name>
    <message>
        <location filename="../../wellness_app/ui/common/care_text.py" line="134"/>
        <source>en</source>
        <extracomment>Not a text: the code (en or de) of the validated PHQ-9/GAD-7 wording to show with this translation. Only change it when that language&apos;s validated wording exists.</extracomment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="106"/>
        <source>Open crisis support</source>
        <translation>Krisenhilfe öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="85"/>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="87"/>
        <source>PHQ-9 — depression</source>
        <translation>PHQ-9 — Depression</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="88"/>
        <source>GAD-7 — anxiety</source>
        <translation>GAD-7 — Angst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="104"/>
        <source>If you are in danger now, open your safety plan and crisis lines</source>
        <translation>Wenn du jetzt in Gefahr bist, öffne deinen Sicherheitsplan und die Krisentelefone</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="130"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="135"/>
        <source>Questionnaire history</source>
        <translation>Fragebogen-Verlauf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="156"/>
        <source>No check-ins yet. Your answers stay on this computer.</source>
        <translation>Noch keine Check-ins. Deine Antworten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="172"/>
        <source>Remind me on Today when a PHQ-9 is due (every 14 days)</source>
        <translation>Auf „Heute“ erinnern, wenn ein PHQ-9 fällig ist (alle 14 Tage)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="169"/>
        <source>PHQ-9 reminder every 14 days</source>
        <translation>PHQ-9-Erinnerung alle 14 Tage</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="241"/>
        <source>Saved your {title}.</source>
        <translation>Dein {title} wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>QuickCheckIn</name>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="40"/>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="41"/>
        <source>Quick check-in</source>
        <translation>Schneller Check-in</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="45"/>
        <source>How are you feeling? Press 1–5, add tags, then Enter.</source>
        <translation>Wie fühlst du dich? Drück 1–5, füge Schlagwörter hinzu, dann Enter.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="54"/>
        <source>Mood {0}: {1}</source>
        <translation>Stimmung {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="58"/>
        <source>tags, separated by commas (optional)</source>
        <translation>Schlagwörter, durch Kommas getrennt (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="59"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="66"/>
        <source>Check-in status</source>
        <translation>Check-in-Status</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="67"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="69"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="78"/>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="80"/>
        <source>Crisis support</source>
        <translation>Hilfe in der Krise</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="81"/>
        <source>Your safety plan and crisis lines (Ctrl+Shift+H)</source>
        <translation>Dein Sicherheitsplan und Krisentelefone (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="123"/>
        <source>Pick a mood first: press 1 to 5.</source>
        <translation>Wähle zuerst eine Stimmung: Drück 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="140"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="146"/>
        <location filename="../../wellness_app/ui/desktop/quick_checkin.py" line="147"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="32"/>
        <source>Reminders and start-up</source>
        <translation>Erinnerungen und Autostart</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="35"/>
        <source>Remind me to check in</source>
        <translation>Erinnere mich an den Check-in</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="39"/>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="40"/>
        <source>24-hour times separated by commas</source>
        <translation>Uhrzeiten im 24-Stunden-Format, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="43"/>
        <source>Keep running in the tray when the window closes</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="46"/>
        <source>Start when I log in</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="57"/>
        <source>Times:</source>
        <translation>Uhrzeiten:</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="60"/>
        <source>No system tray here: reminders appear as desktop notifications and in the window.</source>
        <translation>Kein Infobereich vorhanden: Erinnerungen erscheinen als Desktop-Benachrichtigungen und im Fenster.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="63"/>
        <source>No system tray here: reminders appear in the window.</source>
        <translation>Kein Infobereich vorhanden: Erinnerungen erscheinen im Fenster.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="75"/>
        <source>Add at least one time, e.g. 20:00</source>
        <translation>Füge mindestens eine Uhrzeit hinzu, z. B. 20:00</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/reminder_settings.py" line="83"/>
        <source>Could not change the start at login: {0}</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: {0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../wellness_app/ui/io/report_dialog.py" line="15"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="48"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="49"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="50"/>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="51"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="52"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="53"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="54"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="61"/>
        <source>Prepare a report for your clinician</source>
        <translation>Bericht für deine Behandlerin oder deinen Behandler vorbereiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="69"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="74"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="74"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="79"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="84"/>
        <source>Optional: left out unless you type it</source>
        <translation>Freiwillig: fehlt, solange du nichts einträgst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="85"/>
        <source>Your name on the report</source>
        <translation>Dein Name im Bericht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="86"/>
        <source>Include my notes (they are private: off unless you tick this)</source>
        <translation>Meine Notizen einschließen (sie sind privat: aus, solange du das nicht ankreuzt)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="88"/>
        <source>Include my notes</source>
        <translation>Meine Notizen einschließen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="90"/>
        <source>A summary of your journal to bring to an appointment: your mood, PHQ-9 and GAD-7, treatments, medications, light and movement. It shows what you chose to log; it is not a diagnosis and does not recommend any treatment.</source>
        <translation>Eine Zusammenfassung deines Tagebuchs für einen Termin: deine Stimmung, PHQ-9 und GAD-7, Behandlungen, Medikamente, Licht und Bewegung. Er zeigt, was du eingetragen hast; er ist keine Diagnose und empfiehlt keine Behandlung.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="101"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="102"/>
        <source>Save the report as a PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="104"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="105"/>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="106"/>
        <source>Save for a clinic &amp;system (FHIR)…</source>
        <translation>Für ein &amp;Praxissystem speichern (FHIR)…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="107"/>
        <location filename="../../wellness_app/ui/report/dialog.py" line="170"/>
        <source>Save for a clinic system (FHIR)</source>
        <translation>Für ein Praxissystem speichern (FHIR)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="108"/>
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="109"/>
        <source>Open the saved PDF</source>
        <translation>Das gespeicherte PDF öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="115"/>
        <source>P&amp;eriod</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="294"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="298"/>
        <source>Nothing was logged between these dates; the file holds an empty bundle.</source>
        <translation>Zwischen diesen Daten wurde nichts erfasst; die Datei enthält ein leeres Bundle.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="301"/>
        <source>Saved {count} records for a clinic system to {path}.</source>
        <translation>{count} Einträge für ein Praxissystem in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="96"/>
        <source>Preparing the report</source>
        <translation>Bericht wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="100"/>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="111"/>
        <location filename="../../wellness_app/ui/report/dialog.py" line="112"/>
        <location filename="../../wellness_app/ui/report/dialog.py" line="310"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="116"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="117"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="118"/>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="119"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="165"/>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="171"/>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="233"/>
        <source>No program to open PDF files was found; the file is at {path}.</source>
        <translation>Kein Programm zum Öffnen von PDF-Dateien gefunden; die Datei liegt unter {path}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="245"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="248"/>
        <source>Preparing the report…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="257"/>
        <location filename="../../wellness_app/ui/report/dialog.py" line="277"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/jobs.py" line="46"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="288"/>
        <source>Saved to {path}.</source>
        <translation>Unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/report/dialog.py" line="282"/>
        <source>The report says so.</source>
        <translation>Das steht so auch im Bericht.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../wellness_app/ui/care/result_view.py" line="30"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/result_view.py" line="33"/>
        <source>You said that you have had thoughts that you would be better off dead or of hurting yourself. Thank you for being honest about it. These thoughts are important to tell a doctor or someone you trust, soon — you do not have to carry them alone. If they feel strong right now, your safety plan and crisis lines are one click away.</source>
        <translation>Du hast angegeben, dass du Gedanken hattest, dass du lieber tot wärst oder dir Leid zufügen möchtest. Danke, dass du das ehrlich beantwortet hast. Solche Gedanken sind wichtig: Erzähl bald einer Ärztin, einem Arzt oder einem Menschen, dem du vertraust, davon — du musst sie nicht allein tragen. Wenn sie gerade stark sind, sind dein Sicherheitsplan und die Krisentelefone nur einen Klick entfernt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/result_view.py" line="41"/>
        <source>About your answer to question 9</source>
        <translation>Zu deiner Antwort auf Frage 9</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/result_view.py" line="46"/>
        <source>Your safety plan and crisis lines are always one click away: Crisis support (Ctrl+Shift+H).</source>
        <translation>Dein Sicherheitsplan und die Krisentelefone sind immer nur einen Klick entfernt: Hilfe in der Krise (Ctrl+Shift+H).</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/result_view.py" line="53"/>
        <source>&amp;Back to the questionnaires</source>
        <translation>&amp;Zurück zu den Fragebögen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/result_view.py" line="54"/>
        <source>Back to the questionnaires</source>
        <translation>Zurück zu den Fragebögen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/result_view.py" line="56"/>
        <source>Open &amp;crisis support</source>
        <translation>&amp;Krisenhilfe öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/result_view.py" line="57"/>
        <source>Open crisis support</source>
        <translation>Krisenhilfe öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/result_view.py" line="69"/>
        <source>Your {title} result</source>
        <translation>Dein {title}-Ergebnis</translation>
    </message>
</context>
<context>
    <name>RowDelete</name>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/row_delete.py" line="155"/>
        <source>Delete this row (Delete key); you can undo it</source>
        <translation>Diese Zeile löschen (Entf-Taste) – du kannst es rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/row_delete.py" line="159"/>
        <source>Delete key or context menu: delete the selected row. Ctrl+Z brings it back.</source>
        <translation>Entf-Taste oder Kontextmenü: die ausgewählte Zeile löschen. Ctrl+Z holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/row_delete.py" line="161"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/row_delete.py" line="169"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/row_delete.py" line="152"/>
        <source>Deleted: {what}</source>
        <translation>Gelöscht: {what}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/row_delete.py" line="197"/>
        <source>{done} · Ctrl+Z to undo</source>
        <translation>{done} · Ctrl+Z zum Rückgängigmachen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/row_delete.py" line="213"/>
        <source>Put back: {what}</source>
        <translation>Zurückgeholt: {what}</translation>
    </message>
</context>
<context>
    <name>SafetyCard</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="27"/>
        <source>You have not written a safety plan yet. The Safety plan page helps you make one, step by step, with your own people and your clinician.</source>
        <translation>Du hast noch keinen Sicherheitsplan geschrieben. Die Seite „Sicherheitsplan“ hilft dir, Schritt für Schritt einen zu erstellen – mit deinen Menschen und deiner Behandlerin oder deinem Behandler.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="30"/>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="64"/>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="54"/>
        <source>Crisis lines — {country}</source>
        <translation>Krisentelefone — {country}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="55"/>
        <source>Last reviewed {date}.</source>
        <translation>Zuletzt geprüft am {date}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="68"/>
        <source>If you are in immediate danger, call your local emergency number now.</source>
        <translation>Wenn du in akuter Gefahr bist, ruf jetzt deinen örtlichen Notruf an.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="75"/>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/safety_card.py" line="96"/>
        <source>Could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="82"/>
        <source>Open crisis support</source>
        <translation>Krisenhilfe öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="75"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="40"/>
        <source>e.g. not answering messages; thinking I am a burden</source>
        <translation>z. B. nicht mehr auf Nachrichten antworten; denken, dass ich anderen zur Last falle</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="42"/>
        <source>e.g. a cold shower; a walk round the block; a favourite song</source>
        <translation>z. B. eine kalte Dusche; eine Runde um den Block; ein Lieblingslied</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="44"/>
        <source>e.g. the library; my sister&apos;s kitchen; the park café</source>
        <translation>z. B. die Bücherei; die Küche meiner Schwester; das Café im Park</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="46"/>
        <source>people you can ask (add their numbers under My contacts)</source>
        <translation>Menschen, die du fragen kannst (ihre Nummern unter „Meine Kontakte“ eintragen)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="48"/>
        <source>e.g. my GP surgery; my therapist (numbers under My contacts)</source>
        <translation>z. B. meine Hausarztpraxis; meine Therapeutin (Nummern unter „Meine Kontakte“)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="50"/>
        <source>e.g. give my tablets to Sam to keep</source>
        <translation>z. B. meine Tabletten Sam zum Aufbewahren geben</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="76"/>
        <source>Save the safety plan</source>
        <translation>Sicherheitsplan speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="78"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="79"/>
        <source>Save the card as PDF</source>
        <translation>Karte als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="81"/>
        <source>&amp;Crisis lines…</source>
        <translation>&amp;Krisentelefone…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="249"/>
        <source>Saving as you type…</source>
        <translation>Wird beim Tippen gespeichert …</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="262"/>
        <source>the warning signs that a crisis may be coming;</source>
        <translation>die Warnzeichen, dass eine Krise kommen könnte;</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="263"/>
        <source>what you can do on your own to cope;</source>
        <translation>was du selbst tun kannst, um damit umzugehen;</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="264"/>
        <source>people and places that take your mind off things;</source>
        <translation>Menschen und Orte, die dich ablenken;</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="265"/>
        <source>people you can ask for help;</source>
        <translation>Menschen, die du um Hilfe bitten kannst;</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="266"/>
        <source>professionals and crisis lines;</source>
        <translation>Fachleute und Krisentelefone;</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="267"/>
        <source>how to make your surroundings safer, for example by asking someone to keep medicines or other things you might use to hurt yourself.</source>
        <translation>wie du deine Umgebung sicherer machst, zum Beispiel indem du jemanden bittest, Medikamente oder andere Dinge aufzubewahren, mit denen du dir etwas antun könntest.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="271"/>
        <source>Write your plan when you feel steadier, if you can together with someone you trust or your clinician. Go through all six steps in order, in your own words, one item per line:</source>
        <translation>Schreib deinen Plan, wenn es dir etwas besser geht – wenn möglich gemeinsam mit einem Menschen, dem du vertraust, oder mit deiner Ärztin, deinem Arzt oder deiner Therapeutin, deinem Therapeuten. Geh alle sechs Schritte der Reihe nach durch, in deinen eigenen Worten, ein Punkt pro Zeile:</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="274"/>
        <source>End with what matters most to you. The plan saves itself as you type.</source>
        <translation>Schließ mit dem ab, was dir am wichtigsten ist. Der Plan speichert sich beim Tippen von selbst.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="110"/>
        <source>My contacts (people for step 4, professionals for step 5)</source>
        <translation>Meine Kontakte (Menschen für Schritt 4, Fachleute für Schritt 5)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="119"/>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="130"/>
        <source>&amp;Add contact</source>
        <translation>Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="131"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="133"/>
        <source>&amp;Remove contact</source>
        <translation>Kontakt &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="134"/>
        <source>Remove the selected contact</source>
        <translation>Ausgewählten Kontakt entfernen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="193"/>
        <source>Saved, except a contact that needs a name: give it one to keep it.</source>
        <translation>Gespeichert, bis auf einen Kontakt ohne Namen: Gib ihm einen Namen, damit er erhalten bleibt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="197"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="232"/>
        <source>Saved the card to {path}.</source>
        <translation>Karte unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/scales.py" line="17"/>
        <location filename="../../wellness_app/ui/common/widgets/scales.py" line="39"/>
        <source>not noted</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/scales.py" line="35"/>
        <source>Hours slept</source>
        <translation>Stunden geschlafen</translation>
    </message>
</context>
<context>
    <name>SelfCarePage</name>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="110"/>
        <source>Time of the next log</source>
        <translation>Zeitpunkt des nächsten Eintrags</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="112"/>
        <source>Note for the next one (optional)</source>
        <translation>Notiz für den nächsten (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="113"/>
        <source>Note for the next self-care log</source>
        <translation>Notiz für den nächsten Selbstfürsorge-Eintrag</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="114"/>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="119"/>
        <source>One click to log</source>
        <translation>Mit einem Klick eintragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="126"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="126"/>
        <source>Today&apos;s self-care</source>
        <translation>Selbstfürsorge heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="38"/>
        <source>Scents</source>
        <translation>Düfte</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="39"/>
        <source>Teas and supplements</source>
        <translation>Tees und Nahrungsergänzung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="40"/>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="41"/>
        <source>Time with someone</source>
        <translation>Zeit mit jemandem</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="42"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="52"/>
        <source>About St John&apos;s Wort: it may help mild to moderate depression, but in a large trial it did not help major depression of moderate severity (Hypericum Depression Trial Study Group, JAMA 2002). It interacts with many medicines; the app shows a caution when it meets one on your medication list. Do not combine it with a prescribed antidepressant unless your prescriber agrees.</source>
        <translation>Über Johanniskraut: Es kann bei leichter bis mittelschwerer Depression helfen, half in einer großen Studie aber nicht bei einer mittelschweren Major Depression (Hypericum Depression Trial Study Group, JAMA 2002). Es hat Wechselwirkungen mit vielen Medikamenten; die App zeigt einen Hinweis, wenn es auf eines auf deiner Medikamentenliste trifft. Kombiniere es nicht mit einem verschriebenen Antidepressivum, außer die verschreibende Person ist einverstanden.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="64"/>
        <source>{time}  {item} — {note}</source>
        <translation>{time}  {item} — {note}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="66"/>
        <source>{time}  {item}</source>
        <translation>{time}  {item}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="90"/>
        <source>Scents, teas, music and time with someone are here for comfort: small things that may help you feel a little better. They are not a treatment for depression.</source>
        <translation>Düfte, Tees, Musik und Zeit mit anderen sind zum Wohlfühlen da: kleine Dinge, die helfen können, dass es dir ein wenig besser geht. Sie sind keine Behandlung einer Depression.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="94"/>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="95"/>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="103"/>
        <source>About St John&apos;s Wort</source>
        <translation>Über Johanniskraut</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="127"/>
        <source>Delete the selected self-care entry</source>
        <translation>Ausgewählten Selbstfürsorge-Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="130"/>
        <source>Nothing logged yet today — one small thing for yourself counts. Use the buttons above.</source>
        <translation>Heute noch nichts eingetragen – schon eine kleine Sache für dich zählt. Nutze die Schaltflächen oben.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="135"/>
        <source>Your items</source>
        <translation>Deine Punkte</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="138"/>
        <source>e.g. Bergamot, a bath, a podcast</source>
        <translation>z. B. Bergamotte, ein Bad, ein Podcast</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="139"/>
        <source>New item name</source>
        <translation>Name des neuen Punkts</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="143"/>
        <source>New item category</source>
        <translation>Kategorie des neuen Punkts</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="144"/>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="145"/>
        <source>Add the new item</source>
        <translation>Neuen Punkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="153"/>
        <source>Your self-care items</source>
        <translation>Deine Selbstfürsorge-Punkte</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="161"/>
        <source>Remove the selected item from the buttons</source>
        <translation>Ausgewählten Punkt von den Schaltflächen entfernen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="162"/>
        <source>Removed from the buttons: {what}</source>
        <translation>Von den Knöpfen genommen: {what}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="201"/>
        <source>Log {name}</source>
        <translation>{name} eintragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="219"/>
        <source>{name} logged</source>
        <translation>{name} eingetragen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="226"/>
        <source>Item added</source>
        <translation>Punkt hinzugefügt</translation>
    </message>
</context>
<context>
    <name>SupportLine</name>
    <message>
        <location filename="../../wellness_app/ui/crisis/support_line.py" line="27"/>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="137"/>
        <source>If things feel unbearable, your safety plan and crisis lines are here.</source>
        <translation>Wenn es sich unerträglich anfühlt: Dein Sicherheitsplan und die Krisentelefone sind hier.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/support_line.py" line="30"/>
        <location filename="../../wellness_app/ui/crisis/support_line.py" line="31"/>
        <source>Open crisis support</source>
        <translation>Krisenhilfe öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/support_line.py" line="64"/>
        <source>Offer crisis support after a hard check-in</source>
        <translation>Nach einem schweren Check-in Krisenhilfe anbieten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/crisis/support_line.py" line="69"/>
        <source>After a check-in at the lowest mood, or with words of self-harm in the note, Today shows one calm line with a button to crisis support (at most once a day).</source>
        <translation>Nach einem Check-in mit der niedrigsten Stimmung oder mit Worten über Selbstverletzung in der Notiz zeigt „Heute“ eine ruhige Zeile mit einer Schaltfläche zur Krisenhilfe (höchstens einmal am Tag).</translation>
    </message>
</context>
<context>
    <name>TagCatalogDialog</name>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="38"/>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="47"/>
        <source>Tags by group</source>
        <translation>Tags nach Gruppe</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="52"/>
        <source>Tag name</source>
        <translation>Name des Schlagworts</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="57"/>
        <source>Tag group</source>
        <translation>Gruppe des Schlagworts</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="58"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="62"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="64"/>
        <source>&amp;Add new tag</source>
        <translation>Neues Schlagwort &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="65"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="66"/>
        <source>&amp;Move to group</source>
        <translation>In Gruppe &amp;verschieben</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="67"/>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="137"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="105"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="136"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="151"/>
        <source>Added “{name}”.</source>
        <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="158"/>
        <source>Renamed to “{name}”.</source>
        <translation>Umbenannt in „{name}“.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="165"/>
        <source>Moved “{name}”.</source>
        <translation>„{name}“ verschoben.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="173"/>
        <source>Restored “{name}”.</source>
        <translation>„{name}“ wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/dialogs/tag_catalog.py" line="174"/>
        <source>Archived “{name}”; past entries keep it.</source>
        <translation>„{name}“ archiviert; frühere Einträge behalten es.</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/tag_chips.py" line="41"/>
        <source>Tag {name}</source>
        <translation>Schlagwort {name}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="83"/>
        <location filename="../../wellness_app/ui/today/preview.py" line="29"/>
        <source>How are you feeling?</source>
        <translation>Wie fühlst du dich?</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="90"/>
        <source>What&apos;s been going on?</source>
        <translation>Was war los?</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="92"/>
        <source>Edit tags…</source>
        <translation>Schlagwörter bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="93"/>
        <source>Rename moods…</source>
        <translation>Stimmungen umbenennen…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="105"/>
        <source>A note, if you like (optional)</source>
        <translation>Eine Notiz, wenn du magst (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="106"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="114"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="118"/>
        <source>More: energy, anxiety, sleep</source>
        <translation>Mehr: Energie, Angst, Schlaf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="128"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="129"/>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="131"/>
        <source>Energy (1–5)</source>
        <translation>Energie (1–5)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="132"/>
        <source>Anxiety (1–5)</source>
        <translation>Angst (1–5)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="133"/>
        <source>Hours slept</source>
        <translation>Stunden geschlafen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="140"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="141"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="142"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="147"/>
        <source>Check-in status</source>
        <translation>Check-in-Status</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="157"/>
        <location filename="../../wellness_app/ui/today/preview.py" line="35"/>
        <source>Today so far</source>
        <translation>Heute bisher</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="165"/>
        <location filename="../../wellness_app/ui/today/preview.py" line="45"/>
        <source>Today&apos;s entries</source>
        <translation>Heutige Einträge</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="167"/>
        <source>Double-click or press Enter to edit</source>
        <translation>Doppelklick oder Enter zum Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="168"/>
        <location filename="../../wellness_app/ui/today/preview.py" line="47"/>
        <source>Nothing logged yet today — how are you feeling?</source>
        <translation>Heute noch nichts eingetragen – wie fühlst du dich?</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="182"/>
        <source>Your unsaved note from before is back.</source>
        <translation>Deine nicht gespeicherte Notiz von vorhin ist wieder da.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="281"/>
        <source>{n} / {limit}</source>
        <translation>{n} / {limit}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="283"/>
        <source>The note is {n} characters; the limit is {limit}. Shorten it to save.</source>
        <translation>Die Notiz hat {n} Zeichen; erlaubt sind {limit}. Kürze sie, um zu speichern.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="302"/>
        <source>Choose a mood first (keys 1–5).</source>
        <translation>Wähle zuerst eine Stimmung (Tasten 1–5).</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="328"/>
        <source>Saved · {label} at {time}</source>
        <translation>Gespeichert · {label} um {time}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/page.py" line="330"/>
        <source>Saved · {label} on {day}, {time}</source>
        <translation>Gespeichert · {label} am {day}, {time}</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="63"/>
        <source>Wellness Journal</source>
        <translation>Wellness-Tagebuch</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="84"/>
        <source>Log mood {0} · {1}</source>
        <translation>Stimmung {0} eintragen · {1}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="89"/>
        <source>Quick check-in…</source>
        <translation>Schneller Check-in…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="90"/>
        <source>Open journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="91"/>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="94"/>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="196"/>
        <source>Crisis support</source>
        <translation>Hilfe in der Krise</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="97"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="131"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="139"/>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="141"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="135"/>
        <source>Mood {0} ({1}) logged.</source>
        <translation>Stimmung {0} ({1}) eingetragen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="197"/>
        <source>Check in</source>
        <translation>Check-in öffnen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="199"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="214"/>
        <source>Time for a check-in</source>
        <translation>Zeit für einen Check-in</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="215"/>
        <source>How are you feeling? One click is enough.</source>
        <translation>Wie fühlst du dich? Ein Klick genügt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="244"/>
        <source>Still running</source>
        <translation>Läuft weiter</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/desktop/tray.py" line="245"/>
        <source>The journal keeps running in the tray for your reminders. To end it, choose Quit in the tray menu or the File menu.</source>
        <translation>Das Tagebuch läuft für deine Erinnerungen im Infobereich weiter. Zum Beenden wähle „Beenden“ im Menü des Infobereichs oder im Menü „Datei“.</translation>
    </message>
</context>
<context>
    <name>TreatmentForm</name>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="50"/>
        <source>Treatment kind</source>
        <translation>Art der Behandlung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="53"/>
        <source>Choose a treatment…</source>
        <translation>Behandlung wählen…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="57"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="60"/>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="61"/>
        <source>Mood before, 1 to 5</source>
        <translation>Stimmung vorher, 1 bis 5</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="62"/>
        <source>Mood after, 1 to 5</source>
        <translation>Stimmung nachher, 1 bis 5</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="64"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="69"/>
        <source>Esketamine note</source>
        <translation>Esketamin-Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="75"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="76"/>
        <location filename="../../wellness_app/ui/treatments/form.py" line="77"/>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="79"/>
        <location filename="../../wellness_app/ui/treatments/form.py" line="80"/>
        <location filename="../../wellness_app/ui/treatments/form.py" line="143"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="83"/>
        <source>&amp;Treatment</source>
        <translation>&amp;Behandlung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="84"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="85"/>
        <source>&amp;Clinic</source>
        <translation>&amp;Klinik</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="87"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="89"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="92"/>
        <source>Mood (1–5)</source>
        <translation>Stimmung (1–5)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="93"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="157"/>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/form.py" line="194"/>
        <source>Choose which treatment this session was.</source>
        <translation>Wähle, welche Behandlung diese Sitzung war.</translation>
    </message>
</context>
<context>
    <name>TreatmentOutcome</name>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="22"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="31"/>
        <source>{treatment} · sessions: {count} · {span}</source>
        <translation>{treatment} · Sitzungen: {count} · {span}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="39"/>
        <source>14 days before the first session ({start} – {end})</source>
        <translation>14 Tage vor der ersten Sitzung ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="41"/>
        <source>14 days after the last session ({start} – {end})</source>
        <translation>14 Tage nach der letzten Sitzung ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="43"/>
        <source>14 days after the last session, so far ({start} – {end})</source>
        <translation>14 Tage nach der letzten Sitzung, bisher ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="50"/>
        <source>no mood check-ins</source>
        <translation>keine Stimmungs-Check-ins</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="52"/>
        <source>mean daily mood {mean} of 5 (days with check-ins: {days})</source>
        <translation>mittlere Tagesstimmung {mean} von 5 (Tage mit Check-in: {days})</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="56"/>
        <source>no PHQ-9</source>
        <translation>kein PHQ-9</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="58"/>
        <source>mean PHQ-9 {mean} (taken: {count})</source>
        <translation>mittlerer PHQ-9 {mean} (ausgefüllt: {count})</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="60"/>
        <source>{period}: {mood}; {phq9}.</source>
        <translation>{period}: {mood}; {phq9}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="70"/>
        <source>No PHQ-9 was taken in the 14 days before the first session, so response and remission cannot be marked.</source>
        <translation>In den 14 Tagen vor der ersten Sitzung wurde kein PHQ-9 ausgefüllt, daher lassen sich Ansprechen und Remission nicht markieren.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="74"/>
        <source>PHQ-9 baseline (last before the first session): {total}.</source>
        <translation>PHQ-9-Ausgangswert (der letzte vor der ersten Sitzung): {total}.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="78"/>
        <source>The PHQ-9 total first fell by half or more on {date}.</source>
        <translation>Der PHQ-9-Gesamtwert ist am {date} zum ersten Mal um die Hälfte oder mehr gesunken.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="81"/>
        <source>Your PHQ-9 total first fell by half or more on {date}.</source>
        <translation>Dein PHQ-9-Gesamtwert ist am {date} zum ersten Mal um die Hälfte oder mehr gesunken.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="86"/>
        <source>The PHQ-9 total was first below 5 on {date}.</source>
        <translation>Der PHQ-9-Gesamtwert lag am {date} zum ersten Mal unter 5.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/outcome_text.py" line="89"/>
        <source>Your PHQ-9 total was first below 5 on {date}.</source>
        <translation>Dein PHQ-9-Gesamtwert lag am {date} zum ersten Mal unter 5.</translation>
    </message>
</context>
<context>
    <name>TreatmentTableModel</name>
    <message>
        <location filename="../../wellness_app/ui/treatments/model.py" line="22"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/model.py" line="23"/>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/model.py" line="24"/>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/model.py" line="25"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/model.py" line="66"/>
        <source>Mood before → after the session (1–5)</source>
        <translation>Stimmung vor → nach der Sitzung (1–5)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/model.py" line="79"/>
        <source>mood before {before}, after {after}</source>
        <translation>Stimmung vorher {before}, nachher {after}</translation>
    </message>
</context>
<context>
    <name>TreatmentsPage</name>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="55"/>
        <source>Treatment sessions</source>
        <translation>Behandlungssitzungen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="67"/>
        <source>No treatment sessions yet. Add one on the right: the kind, when, the clinic, and how you felt before and after.</source>
        <translation>Noch keine Behandlungssitzungen. Füge rechts eine hinzu: die Art, wann, die Klinik und wie du dich vorher und nachher gefühlt hast.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="96"/>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="70"/>
        <source>Prepare a report…</source>
        <translation>Bericht vorbereiten…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="71"/>
        <source>Prepare a report for your clinician</source>
        <translation>Bericht für deine Behandlerin oder deinen Behandler vorbereiten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="77"/>
        <source>Before and after summary</source>
        <translation>Zusammenfassung vorher und nachher</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="104"/>
        <source>Before and after each series</source>
        <translation>Vorher und nachher, je Serie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="144"/>
        <source>A summary appears here once you log a session.</source>
        <translation>Eine Zusammenfassung erscheint hier, sobald du eine Sitzung einträgst.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="170"/>
        <source>Treatment session saved.</source>
        <translation>Behandlungssitzung gespeichert.</translation>
    </message>
</context>
<context>
    <name>TrendPlots</name>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="41"/>
        <source>Light (minutes)</source>
        <translation>Licht (Min.)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="42"/>
        <source>daylight</source>
        <translation>Tageslicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="43"/>
        <source>lamp</source>
        <translation>Lampe</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="44"/>
        <source>Activity (minutes)</source>
        <translation>Bewegung (Min.)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="45"/>
        <source>activity</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="46"/>
        <source>Sleep (hours)</source>
        <translation>Schlaf (Std.)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="47"/>
        <source>sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="48"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="49"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="53"/>
        <source>daylight {value} min</source>
        <translation>Tageslicht {value} Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="54"/>
        <source>lamp {value} min</source>
        <translation>Lampe {value} Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="55"/>
        <source>activity {value} min</source>
        <translation>Bewegung {value} Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="56"/>
        <source>sleep {value} h</source>
        <translation>Schlaf {value} Std.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="57"/>
        <source>steps {value}</source>
        <translation>Schritte {value}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="60"/>
        <source>start {name}</source>
        <translation>Beginn {name}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="61"/>
        <source>stop {name}</source>
        <translation>Ende {name}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="93"/>
        <source>Mood and daily measures over time</source>
        <translation>Stimmung und tägliche Werte im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="97"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="350"/>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="351"/>
        <source>daily mean</source>
        <translation>Tagesmittel</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="325"/>
        <source>mood {mean} (1 check-in)</source>
        <translation>Stimmung {mean} (1 Check-in)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="326"/>
        <source>mood {mean} ({count} check-ins)</source>
        <translation>Stimmung {mean} ({count} Check-ins)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/plots.py" line="335"/>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="49"/>
        <source>Export the current view</source>
        <translation>Aktuelle Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="50"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="39"/>
        <source>2 &amp;weeks</source>
        <translation>2 &amp;Wochen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="40"/>
        <source>3 &amp;months</source>
        <translation>3 &amp;Monate</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="41"/>
        <source>1 &amp;year</source>
        <translation>1 &amp;Jahr</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="42"/>
        <source>&amp;All</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="91"/>
        <source>Show {range}</source>
        <translation>{range} anzeigen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="127"/>
        <source>Drag or ← → to pan, wheel or + − to zoom</source>
        <translation>Ziehen oder ← → zum Verschieben, Mausrad oder + − zum Zoomen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="98"/>
        <source>&amp;Export PNG…</source>
        <translation>PNG &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="100"/>
        <source>Export the current view as a PNG image</source>
        <translation>Aktuelle Ansicht als PNG-Bild exportieren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="108"/>
        <source>No check-ins yet. Log a mood and your trends appear here.</source>
        <translation>Noch keine Check-ins. Trag eine Stimmung ein, dann erscheinen hier deine Verläufe.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="115"/>
        <source>Point at a day to see its values.</source>
        <translation>Zeig auf einen Tag, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="117"/>
        <source>Values of the day under the pointer</source>
        <translation>Werte des Tages unter dem Mauszeiger</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="201"/>
        <source>How your mood differs with each factor, clearest first. Patterns, not proof of cause.</source>
        <translation>Wie sich deine Stimmung mit jedem Faktor unterscheidet, das Deutlichste zuerst. Muster, kein Beweis für eine Ursache.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/insights_panel.py" line="108"/>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="136"/>
        <location filename="../../wellness_app/ui/trends/page.py" line="174"/>
        <source>Working out insights…</source>
        <translation>Erkenntnisse werden berechnet…</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="142"/>
        <source>&lt;b&gt;Insights&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erkenntnisse&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="205"/>
        <source>No insights yet: each factor needs at least 5 days with it and 5 without.</source>
        <translation>Noch keine Erkenntnisse: Jeder Faktor braucht mindestens 5 Tage mit ihm und 5 ohne ihn.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="215"/>
        <source>Could not load the trends; see the log.</source>
        <translation>Die Verläufe konnten nicht geladen werden; siehe Protokoll.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="257"/>
        <source>Could not write {path}</source>
        <translation>{path} konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="260"/>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/undo_bar.py" line="24"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/undo_bar.py" line="25"/>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/widgets/undo_bar.py" line="30"/>
        <location filename="../../wellness_app/ui/common/widgets/undo_bar.py" line="31"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>WeekStrip</name>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="58"/>
        <source>{minutes} minutes this week: the full WHO range. Rest counts too.</source>
        <translation>{minutes} Minuten diese Woche: der volle WHO-Bereich. Auch Ruhe zählt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="61"/>
        <source>{minutes} minutes this week: you&apos;ve reached the WHO 150. Well done.</source>
        <translation>{minutes} Minuten diese Woche: Du hast die 150 Minuten der WHO erreicht. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="64"/>
        <source>Any movement counts this week, even five minutes of dancing in the kitchen.</source>
        <translation>Jede Bewegung zählt diese Woche, auch fünf Minuten Tanzen in der Küche.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="66"/>
        <source>{minutes} of 150 minutes so far. Every bit of movement counts.</source>
        <translation>Bisher {minutes} von 150 Minuten. Jedes bisschen Bewegung zählt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="79"/>
        <source>WHO minutes this week</source>
        <translation>WHO-Minuten diese Woche</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="101"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="105"/>
        <source>{day}: {minutes} minutes</source>
        <translation>{day}: {minutes} Minuten</translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="31"/>
        <source>◀ &amp;Previous year</source>
        <translation>◀ &amp;Vorheriges Jahr</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="32"/>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="33"/>
        <source>&amp;Next year ▶</source>
        <translation>&amp;Nächstes Jahr ▶</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="34"/>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="38"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="39"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="44"/>
        <source>Click a day, or move with the arrow keys and press Enter, to open it in the Journal.</source>
        <translation>Klick auf einen Tag oder wähle ihn mit den Pfeiltasten und drück Enter, um ihn im Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="77"/>
        <source>1 day with a check-in in {year}</source>
        <translation>1 Tag mit Check-in in {year}</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="78"/>
        <source>{count} days with a check-in in {year}</source>
        <translation>{count} Tage mit Check-in in {year}</translation>
    </message>
</context>
<context>
    <name>YearPixels</name>
    <message>
        <location filename="../../wellness_app/ui/trends/year_pixels.py" line="43"/>
        <source>Year in pixels: mean mood of each day</source>
        <translation>Jahr in Pixeln: mittlere Stimmung jedes Tages</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_pixels.py" line="144"/>
        <source>no check-in</source>
        <translation>kein Check-in</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_pixels.py" line="151"/>
        <source>{day}: no check-in</source>
        <translation>{day}: kein Check-in</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_pixels.py" line="152"/>
        <source>{day}: mean mood {mean}</source>
        <translation>{day}: mittlere Stimmung {mean}</translation>
    </message>
</context>
<context>
    <name>activity kinds</name>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="59"/>
        <source>walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="60"/>
        <source>dance</source>
        <translation>Tanzen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="61"/>
        <source>housework</source>
        <translation>Hausarbeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="62"/>
        <source>yoga</source>
        <translation>Yoga</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="63"/>
        <source>cycling</source>
        <translation>Radfahren</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="64"/>
        <source>run</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="65"/>
        <source>gym</source>
        <translation>Fitnessstudio</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="66"/>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>intensities</name>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="69"/>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="70"/>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="71"/>
        <source>vigorous</source>
        <translation>intensiv</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../wellness_app/ui/today/preview.py" line="19"/>
        <source>Check in with your mood in a few seconds; tags, a note and the time are optional.</source>
        <translation>Halte deine Stimmung in wenigen Sekunden fest; Schlagwörter, Notiz und Uhrzeit sind freiwillig.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="57"/>
        <source>Every check-in, newest first: search, edit or delete, and undo.</source>
        <translation>Alle Check-ins, die neuesten zuerst: suchen, bearbeiten oder löschen und rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="60"/>
        <source>Your mood over time beside light, movement, sleep and steps, with insights in plain words.</source>
        <translation>Deine Stimmung im Verlauf neben Licht, Bewegung, Schlaf und Schritten, mit Erkenntnissen in einfachen Worten.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="21"/>
        <source>Every day of the year as one square, coloured by that day&apos;s mean mood.</source>
        <translation>Jeder Tag des Jahres als ein Quadrat, gefärbt nach der mittleren Stimmung des Tages.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="62"/>
        <source>Daylight and lamp sessions, today&apos;s lux-hours, and your sunrise and sunset.</source>
        <translation>Tageslicht und Lampensitzungen, die Lux-Stunden von heute sowie Sonnenaufgang und -untergang bei dir.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="113"/>
        <source>Walks and other movement; every minute counts towards the week.</source>
        <translation>Spaziergänge und andere Bewegung; jede Minute zählt für die Woche.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="75"/>
        <source>Small things that help, logged in one click.</source>
        <translation>Kleine Dinge, die helfen, mit einem Klick eingetragen.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="95"/>
        <source>Your medication list, kept on this computer for you and your prescriber.</source>
        <translation>Deine Medikamentenliste, auf diesem Computer gespeichert, für dich und deine verordnende Ärztin oder deinen verordnenden Arzt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="74"/>
        <source>The PHQ-9 and GAD-7 check-ins, your results and their history.</source>
        <translation>Die Check-ins mit PHQ-9 und GAD-7, deine Ergebnisse und ihr Verlauf.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="60"/>
        <source>Your plan for hard moments, in your own words, step by step.</source>
        <translation>Dein Plan für schwere Momente, in deinen eigenen Worten, Schritt für Schritt.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="42"/>
        <source>Treatment sessions with your mood before and after.</source>
        <translation>Behandlungssitzungen mit deiner Stimmung davor und danach.</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/today/preview.py" line="18"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/journal/page.py" line="56"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/page.py" line="59"/>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/trends/year_page.py" line="20"/>
        <source>Year in pixels</source>
        <translation>Jahr in Pixeln</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/light/page.py" line="61"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/movement/page.py" line="112"/>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/selfcare/page.py" line="74"/>
        <source>Self-care</source>
        <translation>Selbstfürsorge</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/medications/page.py" line="94"/>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/safety_plan_page.py" line="59"/>
        <source>Safety plan</source>
        <extracomment>how long after the last keystroke the plan saves itself</extracomment>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/treatments/page.py" line="41"/>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/care/questionnaires_page.py" line="73"/>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
</context>
<context>
    <name>self-care items</name>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="138"/>
        <source>Lavender</source>
        <translation>Lavendel</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="139"/>
        <source>Sweet orange</source>
        <translation>Süße Orange</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="140"/>
        <source>St John&apos;s Wort</source>
        <translation>Johanniskraut</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="141"/>
        <source>Chamomile tea</source>
        <translation>Kamillentee</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="142"/>
        <source>Peppermint tea</source>
        <translation>Pfefferminztee</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="143"/>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="144"/>
        <source>Time with someone</source>
        <translation>Zeit mit jemandem</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="156"/>
        <source>Lemon balm tea</source>
        <translation>Melissentee</translation>
    </message>
</context>
<context>
    <name>tag groups</name>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="43"/>
        <source>people</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="44"/>
        <source>activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="45"/>
        <source>self-care</source>
        <translation>Selbstfürsorge</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="46"/>
        <source>feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="47"/>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="48"/>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>tag names</name>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="103"/>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="104"/>
        <source>friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="105"/>
        <source>partner</source>
        <translation>Partner/in</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="106"/>
        <source>alone</source>
        <translation>allein</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="107"/>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="108"/>
        <source>walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="109"/>
        <source>dancing</source>
        <translation>Tanzen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="110"/>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="111"/>
        <source>cooking</source>
        <translation>Kochen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="112"/>
        <source>housework</source>
        <translation>Hausarbeit</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="113"/>
        <source>opened curtains</source>
        <translation>Vorhänge geöffnet</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="114"/>
        <source>went outside</source>
        <translation>draußen gewesen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="115"/>
        <source>tea</source>
        <translation>Tee</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="116"/>
        <source>lavender</source>
        <translation>Lavendel</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="117"/>
        <source>music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="118"/>
        <source>shower</source>
        <translation>Dusche</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="119"/>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="120"/>
        <source>tired</source>
        <translation>müde</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="121"/>
        <source>hopeful</source>
        <translation>hoffnungsvoll</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="122"/>
        <source>irritable</source>
        <translation>gereizt</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="123"/>
        <source>lonely</source>
        <translation>einsam</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="124"/>
        <source>grateful</source>
        <translation>dankbar</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="125"/>
        <source>headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="126"/>
        <source>took medication</source>
        <translation>Medikament genommen</translation>
    </message>
</context>
<context>
    <name>treatment kinds</name>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="87"/>
        <source>Ketamine infusion</source>
        <translation>Ketamin-Infusion</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="88"/>
        <source>Esketamine nasal spray</source>
        <translation>Esketamin-Nasenspray</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="89"/>
        <source>Psychotherapy</source>
        <translation>Psychotherapie</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="90"/>
        <source>TMS</source>
        <translation>TMS</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="91"/>
        <source>ECT</source>
        <translation>EKT</translation>
    </message>
    <message>
        <location filename="../../wellness_app/ui/common/display_names.py" line="92"/>
        <source>Other treatment</source>
        <translation>Andere Behandlung</translation>
    </message>
</context>
</TS>
