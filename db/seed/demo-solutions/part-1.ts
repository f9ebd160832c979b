// DEMO DATA: invented implementation examples for real municipalities and real OZG services.
import type { DemoSolution } from "./type";

export const part1: DemoSolution[] = [
  {
    key: "fellbach-wohnsitz-anmeldung",
    title: "Digitale Wohnsitzanmeldung über service-bw in Fellbach",
    summary:
      "Fellbach bietet die Anmeldung einer Wohnung vollständig online an. Meldebescheinigungen werden direkt im Anschluss elektronisch bereitgestellt.",
    body: `## Ausgangslage

Im Bürgeramt der Stadt Fellbach entfielen rund ein Drittel aller Termine auf Umzüge innerhalb der Stadt und Zuzüge. Die Wartezeit auf einen Termin lag zeitweise bei drei Wochen, obwohl die meisten Fälle fachlich einfach sind.

## Umsetzung

Wir haben den landesweit bereitgestellten Online-Dienst zur elektronischen Wohnsitzanmeldung über service-bw aktiviert und an unser Einwohnermeldeverfahren angebunden. Wichtige Schritte waren:

- Anpassung der Zuständigkeitsdaten und Gebühren im Serviceportal,
- Test der Datenübernahme mit dem Fachverfahren gemeinsam mit Komm.ONE,
- Schulung von sechs Sachbearbeitenden im Bürgeramt,
- Hinweise auf der städtischen Website und in den Wohnungsgesellschaften.

Die Identifizierung erfolgt mit der Online-Ausweisfunktion. Die Wohnungsgeberbestätigung kann hochgeladen oder vom Vermieter digital übermittelt werden.

## Ergebnis

Nach einem Jahr werden etwa 35 Prozent der Anmeldungen online gestellt. Die Bearbeitung dauert im Schnitt zwei Arbeitstage, Meldebescheinigungen stehen danach digital im Postfach bereit. Die frei gewordenen Termine nutzen wir für komplexere Anliegen wie Pass- und Ausweisanträge.`,
    ags: "08119020",
    authorEmail: "jana.keller@demo.kommunalnetz.invalid",
    serviceIds: [10124, 10559],
    status: "live",
    goLiveDate: "2023-03-15",
    maturity: 3,
    software: "Serviceportal Baden-Württemberg (service-bw)",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 4000,
    costOneOffMax: 8000,
    costYearlyMin: 1500,
    costYearlyMax: 3000,
    effortPersonDays: 25,
    lessonsLearned:
      "Der Test mit echten Umzugsfällen hat mehr Fehler aufgedeckt als jede Checkliste. Frühzeitige Information der Wohnungsgesellschaften erhöht die Nutzung deutlich.",
    contactName: "Team Digitalisierung, Bürgeramt",
    contactEmail: "digitalisierung-fellbach@demo.kommunalnetz.invalid",
    tags: ["meldewesen", "umzug", "bürgeramt"],
    links: [
      { kind: "efa_marketplace", url: "https://example.org/demo/efa/wohnsitzanmeldung", label: "EfA-Leistung Wohnsitzanmeldung" },
    ],
    basedOnKey: null,
    reuses: [
      { ags: "08119079", status: "in_progress" },
      { ags: "08119008", status: "considering" },
    ],
  },
  {
    key: "fellbach-kita-platzvergabe",
    title: "Zentrale Online-Vormerkung für Kita-Plätze in Fellbach",
    summary:
      "Eltern melden den Betreuungsbedarf für alle städtischen und freien Kitas in Fellbach über ein gemeinsames Online-Portal an. Doppelanmeldungen und Papierlisten entfallen.",
    body: `## Ausgangslage

In Fellbach mussten Eltern ihr Kind bisher in jeder Einrichtung einzeln vormerken lassen. Die Kitas führten eigene Listen, sodass niemand einen verlässlichen Überblick über den tatsächlichen Bedarf hatte. Zusagen kamen spät und oft doppelt.

## Umsetzung

Gemeinsam mit den freien Trägern haben wir ein zentrales Vormerkportal eingeführt. Eltern legen einen Antrag an, wählen bis zu drei Wunsch-Einrichtungen und geben den gewünschten Betreuungsumfang an. Die Vergabe erfolgt nach abgestimmten Kriterien, die im Gemeinderat beschlossen wurden.

- Einbindung aller 38 Einrichtungen, auch kirchlicher Träger,
- Schnittstelle zur Elternbeitragsberechnung,
- Benachrichtigung per E-Mail bei Zusage oder Absage,
- Sprechstunden für Familien ohne Internetzugang.

## Ergebnis

Seit dem Start laufen über 90 Prozent der Vormerkungen digital. Die Bedarfsplanung für den Ausbau kann nun auf belastbaren Zahlen aufbauen. Zusagen werden vier Wochen früher verschickt als vorher, und die Kita-Leitungen sparen spürbar Verwaltungsaufwand.`,
    ags: "08119020",
    authorEmail: "mehmet.yilmaz@demo.kommunalnetz.invalid",
    serviceIds: [10019],
    status: "live",
    goLiveDate: "2022-09-01",
    maturity: 3,
    software: "Kita-Vormerkportal",
    vendor: "Little Bird",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 15000,
    costOneOffMax: 25000,
    costYearlyMin: 6000,
    costYearlyMax: 9000,
    effortPersonDays: 60,
    lessonsLearned:
      "Die Vergabekriterien müssen vor der Technik politisch geklärt sein. Die freien Träger früh einzubinden war der wichtigste Erfolgsfaktor.",
    contactName: "Abteilung Kindertagesbetreuung",
    contactEmail: "kita-fellbach@demo.kommunalnetz.invalid",
    tags: ["kita", "familie", "vormerkung"],
    links: [],
    basedOnKey: null,
    reuses: [{ ags: "08119067", status: "considering" }],
  },
  {
    key: "waiblingen-hundesteuer-online",
    title: "Hundesteuer-An- und Abmeldung online in Waiblingen",
    summary:
      "Hundehalterinnen und Hundehalter in Waiblingen melden ihr Tier digital an oder ab. Die Daten fließen ohne Medienbruch ins Steuerverfahren.",
    body: `## Ausgangslage

Die Stadt Waiblingen bearbeitet jedes Jahr mehrere hundert An- und Abmeldungen von Hunden. Bisher kamen die Formulare per Post oder E-Mail, wurden abgetippt und die Steuermarken per Brief verschickt. Rückfragen zu fehlenden Angaben waren häufig.

## Umsetzung

Wir haben einen Online-Antrag im Serviceportal Baden-Württemberg eingerichtet und über eine Schnittstelle mit dem kommunalen Steuerverfahren verbunden. Pflichtfelder und Plausibilitätsprüfungen verhindern unvollständige Anträge, zum Beispiel bei Chipnummer und Rasse.

- Anmeldung, Abmeldung und Änderung in einem Formular,
- Nachweis über die Haftpflichtversicherung als Upload,
- automatische Übernahme in die Veranlagung,
- Bescheid und Steuermarke per Post, Bescheid zusätzlich digital.

## Ergebnis

Rund 70 Prozent der Meldungen kommen inzwischen online. Die Bearbeitungszeit je Vorgang ist von etwa 15 auf 5 Minuten gesunken. Das Formular ist so generisch aufgebaut, dass andere Kommunen im Rems-Murr-Kreis es mit geringem Aufwand übernehmen können.`,
    ags: "08119079",
    authorEmail: "sabine.hoffmann@demo.kommunalnetz.invalid",
    serviceIds: [10160],
    status: "live",
    goLiveDate: "2022-05-10",
    maturity: 3,
    software: "service-bw Formularmanagement mit Schnittstelle zum Steuerverfahren",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 3000,
    costOneOffMax: 6000,
    costYearlyMin: 500,
    costYearlyMax: 1200,
    effortPersonDays: 15,
    lessonsLearned:
      "Plausibilitätsprüfungen im Formular sparen mehr Zeit als die spätere Automatisierung. Die Steuerabteilung sollte von Anfang an im Projektteam sitzen.",
    contactName: "OZG-Koordination, Hauptamt",
    contactEmail: "ozg-waiblingen@demo.kommunalnetz.invalid",
    tags: ["hundesteuer", "tierhaltung", "steuern"],
    links: [],
    basedOnKey: null,
    reuses: [
      { ags: "08119069", status: "live" },
      { ags: "08119020", status: "considering" },
    ],
  },
  {
    key: "ludwigsburg-gewerbeanzeige",
    title: "Gewerbe-An-, Um- und Abmeldung vollständig digital in Ludwigsburg",
    summary:
      "Ludwigsburg nutzt den EfA-Dienst für Gewerbeanzeigen mit automatischer Weiterleitung an Finanzamt, Kammern und weitere Stellen. Antragstellung und Bescheid laufen komplett online.",
    body: `## Ausgangslage

Das Gewerbeamt der Stadt Ludwigsburg erhält jährlich rund 3.000 Gewerbeanzeigen. Die Papierformulare mussten erfasst und anschließend an bis zu zwölf empfangsberechtigte Stellen verteilt werden. Gründerinnen und Gründer warteten teils wochenlang auf ihre Bestätigung.

## Umsetzung

Wir haben den Online-Dienst nach dem Einer-für-Alle-Prinzip übernommen und über FIT-Connect an unser Gewerbefachverfahren angebunden. Die Antragstellung erfolgt mit Unternehmenskonto oder Online-Ausweis, Gebühren werden per ePayment bezahlt.

- Datenübernahme ohne erneutes Abtippen,
- elektronischer Versand an Finanzamt, IHK und Handwerkskammer,
- Gewerberegisterauszüge ebenfalls online bestellbar,
- Bescheid als PDF ins Postfach.

## Ergebnis

Über 80 Prozent der Anzeigen gehen inzwischen digital ein. Die Bestätigung liegt in der Regel nach einem Arbeitstag vor. Das Gewerbeamt konnte eine frei gewordene Stelle in die Wirtschaftsförderung verlagern. Wir haben unsere Konfiguration dokumentiert und mehreren Nachbarkommunen zur Verfügung gestellt.`,
    ags: "08118048",
    authorEmail: "thomas.berger@demo.kommunalnetz.invalid",
    serviceIds: [10294, 10564],
    status: "live",
    goLiveDate: "2021-11-02",
    maturity: 4,
    software: "EfA-Gewerbeservice mit FIT-Connect-Anbindung",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 8000,
    costOneOffMax: 12000,
    costYearlyMin: 2500,
    costYearlyMax: 4000,
    effortPersonDays: 40,
    lessonsLearned:
      "Der elektronische Versand an die Empfangsstellen war aufwendiger als das Formular selbst. Eine saubere Dokumentation der Konfiguration hat die Nachnutzung durch andere Kommunen stark beschleunigt.",
    contactName: "Fachbereich Organisation und IT",
    contactEmail: "it-ludwigsburg@demo.kommunalnetz.invalid",
    tags: ["gewerbe", "wirtschaft", "efa", "fit-connect"],
    links: [
      { kind: "efa_marketplace", url: "https://example.org/demo/efa/gewerbe", label: "EfA-Marktplatz: Gewerbeservice" },
      { kind: "documentation", url: "https://example.org/demo/ludwigsburg/gewerbe-konfiguration", label: "Konfigurationsleitfaden" },
    ],
    basedOnKey: null,
    reuses: [
      { ags: "08119020", status: "live" },
      { ags: "08116019", status: "in_progress" },
    ],
  },
  {
    key: "heidelberg-bewohnerparken",
    title: "Bewohnerparkausweis online beantragen und verlängern in Heidelberg",
    summary:
      "Heidelberg hat einen eigenen, quelloffenen Online-Dienst für Bewohnerparkausweise entwickelt. Halterdaten und Meldeadresse werden automatisch geprüft.",
    body: `## Ausgangslage

Mit der Ausweitung der Bewohnerparkzonen stieg in Heidelberg die Zahl der Anträge auf über 20.000 im Jahr. Die Bearbeitung im Bürgeramt war personalintensiv, weil Meldeadresse und Fahrzeugschein manuell verglichen wurden.

## Umsetzung

Wir haben einen schlanken Online-Dienst selbst entwickelt und als Open Source veröffentlicht. Die Anwendung prüft die Meldeadresse automatisch gegen das Melderegister und gleicht die Fahrzeugdaten mit der Zulassungsbehörde ab.

- Antrag, Verlängerung und Fahrzeugwechsel online,
- Gebührenzahlung per ePayment,
- digitaler Parkausweis, auf Wunsch zusätzlich als Papierausweis,
- Anbindung an die Kontroll-App des Gemeindevollzugsdienstes.

Die Entwicklung erfolgte in kurzen Iterationen mit Tests durch Bürgerinnen und Bürger aus zwei Stadtteilen.

## Ergebnis

Mehr als 85 Prozent der Anträge laufen heute digital, die meisten werden vollautomatisch beschieden. Die Wartezeit ist von zehn Tagen auf wenige Minuten gesunken. Andere Städte nutzen den Code bereits nach und passen ihn an ihre Gebührensatzung an.`,
    ags: "08221000",
    authorEmail: "lena.wagner@demo.kommunalnetz.invalid",
    serviceIds: [10173],
    status: "live",
    goLiveDate: "2022-02-01",
    maturity: 3,
    software: "Bewohnerparken-Online (Eigenentwicklung)",
    vendor: "Eigenentwicklung",
    isOpenSource: true,
    repositoryUrl: "https://gitlab.opencode.de/demo/bewohnerparken-online",
    costOneOffMin: 40000,
    costOneOffMax: 60000,
    costYearlyMin: 5000,
    costYearlyMax: 8000,
    effortPersonDays: 120,
    lessonsLearned:
      "Die automatische Prüfung gegen das Melderegister hat den größten Effekt. Open Source zahlt sich aus, weil Verbesserungen anderer Städte zurückfließen.",
    contactName: "Amt für Digitales und Informationsverarbeitung",
    contactEmail: "digitales-heidelberg@demo.kommunalnetz.invalid",
    tags: ["parken", "mobilität", "open-source"],
    links: [
      { kind: "opencode", url: "https://example.org/demo/opencode/bewohnerparken-online", label: "Quellcode auf OpenCoDE" },
    ],
    basedOnKey: null,
    reuses: [
      { ags: "12054000", status: "live" },
      { ags: "06411000", status: "considering" },
    ],
  },
  {
    key: "tuebingen-sondernutzung-strasse",
    title: "Sondernutzungserlaubnis für Straßen und Gehwege online in Tübingen",
    summary:
      "In Tübingen beantragen Gewerbetreibende und Privatpersonen Sondernutzungen wie Außengastronomie, Baugerüste oder Umzugshalteverbote digital. Die Fachämter werden automatisch beteiligt.",
    body: `## Ausgangslage

Für Baugerüste, Container, Außenbewirtschaftung oder Halteverbotszonen bei Umzügen gingen in Tübingen jährlich rund 4.000 Anträge ein. Die Abstimmung zwischen Ordnungsamt, Tiefbau und Verkehrsbehörde lief per E-Mail und Umlaufmappe.

## Umsetzung

Wir haben einen Online-Antrag mit Kartenauswahl eingeführt. Antragstellende markieren die genutzte Fläche direkt im Stadtplan, der Zeitraum und die Art der Nutzung werden abgefragt. Im Hintergrund startet ein Workflow, der die beteiligten Stellen parallel einbindet.

- Kartenkomponente auf Basis des städtischen Geoportals,
- Gebührenberechnung nach Sondernutzungssatzung,
- Beteiligung der Fachämter im Workflow statt per E-Mail,
- Erlaubnis als PDF mit Lageplan.

## Ergebnis

Die durchschnittliche Bearbeitungszeit ist von 14 auf 6 Arbeitstage gesunken. Rückfragen zu unklaren Ortsangaben gibt es kaum noch. Besonders Umzugsfirmen und Gastronomiebetriebe nutzen den digitalen Weg. Die Antragsdaten dienen zudem der Baustellenkoordination im öffentlichen Raum.`,
    ags: "08416041",
    authorEmail: "aylin.demir@demo.kommunalnetz.invalid",
    serviceIds: [10348],
    status: "live",
    goLiveDate: "2023-06-20",
    maturity: 3,
    software: "civento Prozessplattform mit Kartenkomponente",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 12000,
    costOneOffMax: 20000,
    costYearlyMin: 3000,
    costYearlyMax: 5000,
    effortPersonDays: 55,
    lessonsLearned:
      "Die Kartenauswahl hat die Qualität der Anträge mehr verbessert als jedes Pflichtfeld. Ein gemeinsamer Workflow zwang die Ämter, ihre Zuständigkeiten endlich klar zu beschreiben.",
    contactName: "E-Government-Koordination",
    contactEmail: "egov-tuebingen@demo.kommunalnetz.invalid",
    tags: ["sondernutzung", "öffentlicher raum", "gastronomie"],
    links: [],
    basedOnKey: null,
    reuses: [{ ags: "01002000", status: "live" }],
  },
  {
    key: "leipzig-wohngeld-antrag",
    title: "Wohngeld-Antrag digital mit Fachverfahrensanbindung in Leipzig",
    summary:
      "Leipzig nutzt den bundesweiten Online-Dienst für Wohngeld und übernimmt die Antragsdaten direkt ins Fachverfahren. Nachweise werden digital nachgereicht.",
    body: `## Ausgangslage

Mit der Wohngeldreform stieg die Zahl der Anträge in Leipzig sprunghaft an. Die Wohngeldbehörde war mit Papierbergen und Rückständen von mehreren Monaten konfrontiert, viele Anträge waren unvollständig.

## Umsetzung

Wir haben den nach dem Einer-für-Alle-Prinzip bereitgestellten Wohngeld-Onlinedienst eingeführt und über eine Schnittstelle an das Fachverfahren angebunden. Antragstellende werden Schritt für Schritt durch die Angaben zu Haushalt, Einkommen und Miete geführt.

- Upload von Nachweisen wie Mietvertrag und Einkommensbelegen,
- Nachreichen fehlender Unterlagen über das Bürgerkonto,
- automatische Vorprüfung auf Vollständigkeit,
- Weiterbewilligungsanträge mit vorausgefüllten Daten.

Parallel wurden Beratungsstellen geschult, damit sie Menschen bei der digitalen Antragstellung unterstützen können.

## Ergebnis

Inzwischen gehen etwa 55 Prozent der Erst- und Weiterbewilligungsanträge online ein. Die Quote vollständiger Anträge hat sich deutlich verbessert, und die Rückstände wurden innerhalb eines Jahres abgebaut. Die Sachbearbeitung arbeitet vollständig mit der digitalen Akte.`,
    ags: "14713000",
    authorEmail: "frank.schulze@demo.kommunalnetz.invalid",
    serviceIds: [10092],
    status: "live",
    goLiveDate: "2023-01-09",
    maturity: 4,
    software: "Wohngeld-Onlinedienst (EfA) mit FIT-Connect-Anbindung",
    vendor: "Dataport",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 10000,
    costOneOffMax: 18000,
    costYearlyMin: 4000,
    costYearlyMax: 7000,
    effortPersonDays: 70,
    lessonsLearned:
      "Ohne digitale Akte im Fachamt verpufft der Nutzen des Online-Antrags. Die Schulung von Beratungsstellen hat die Zahl unvollständiger Anträge spürbar gesenkt.",
    contactName: "Amt für Digitalisierung, Projektbüro OZG",
    contactEmail: "ozg-leipzig@demo.kommunalnetz.invalid",
    tags: ["wohngeld", "soziales", "efa"],
    links: [
      { kind: "efa_marketplace", url: "https://example.org/demo/efa/wohngeld", label: "EfA-Leistung Wohngeld" },
    ],
    basedOnKey: null,
    reuses: [
      { ags: "08212000", status: "in_progress" },
      { ags: "16053000", status: "considering" },
    ],
  },
  {
    key: "muenster-fundsachen",
    title: "Online-Fundbüro mit Verlustmeldung und Suchfunktion in Münster",
    summary:
      "Münster betreibt ein Online-Fundbüro, in dem Verlustmeldungen digital erfasst und automatisch mit gefundenen Gegenständen abgeglichen werden.",
    body: `## Ausgangslage

Das Fundbüro der Stadt Münster verwaltet jährlich über 10.000 Fundsachen, darunter sehr viele Fahrräder, Schlüssel und Smartphones. Verlustanfragen kamen telefonisch oder am Schalter, der Abgleich mit dem Fundbestand war mühsam und fehleranfällig.

## Umsetzung

Wir haben ein Online-Fundbüro eingeführt, das an die bestehende Fundsachenverwaltung angebunden ist. Bürgerinnen und Bürger können einen Verlust online melden und werden benachrichtigt, sobald ein passender Fund eingetragen wird.

- strukturierte Kategorien und Merkmale wie Farbe und Marke,
- Fahrradsuche über die Rahmennummer,
- Terminbuchung für die Abholung,
- Abwicklung des Finderlohns und der Versteigerung über dasselbe System.

## Ergebnis

Die Zahl der Telefonanfragen hat sich etwa halbiert. Die Rückgabequote ist gestiegen, weil Verlustmeldungen und Funde automatisch abgeglichen werden. Auch die Verkehrsbetriebe und die Polizei erfassen Funde inzwischen direkt im System, sodass Gegenstände schneller bei den Eigentümern ankommen.`,
    ags: "05515000",
    authorEmail: "peter.krause@demo.kommunalnetz.invalid",
    serviceIds: [10244],
    status: "live",
    goLiveDate: "2021-04-12",
    maturity: 3,
    software: "Online-Fundbüro",
    vendor: "regio iT",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 5000,
    costOneOffMax: 9000,
    costYearlyMin: 2000,
    costYearlyMax: 3500,
    effortPersonDays: 20,
    lessonsLearned:
      "Der automatische Abgleich funktioniert nur mit gut gepflegten Kategorien. Die frühe Einbindung von Verkehrsbetrieben und Polizei hat den Fundbestand deutlich vollständiger gemacht.",
    contactName: "Projektleitung OZG, Bürger- und Ordnungsamt",
    contactEmail: "ozg-muenster@demo.kommunalnetz.invalid",
    tags: ["fundbüro", "ordnung", "bürgerservice"],
    links: [
      { kind: "website", url: "https://example.org/demo/muenster/fundbuero", label: "Online-Fundbüro (Demo)" },
    ],
    basedOnKey: null,
    reuses: [{ ags: "03355022", status: "considering" }],
  },
  {
    key: "waiblingen-wohnsitz-anmeldung",
    title: "Einführung der elektronischen Wohnsitzanmeldung in Waiblingen",
    summary:
      "Waiblingen übernimmt das Vorgehen aus Fellbach für die digitale Wohnsitzanmeldung. Derzeit laufen die Tests mit dem Einwohnermeldeverfahren.",
    body: `## Ausgangslage

Auch in Waiblingen sind Umzüge das häufigste Anliegen im Bürgerbüro. Nach dem Erfahrungsaustausch mit der Nachbarstadt Fellbach war klar, dass wir das Rad nicht neu erfinden müssen, da beide Städte dasselbe Fachverfahren und service-bw nutzen.

## Umsetzung

Wir haben die Projektunterlagen und Testfälle aus Fellbach übernommen und an unsere Organisation angepasst. Aktuell befinden wir uns in der Testphase.

- Zuständigkeiten und Gebühren im Serviceportal sind gepflegt,
- Testläufe mit dem Einwohnermeldeverfahren laufen,
- Schulung des Bürgerbüros ist für das nächste Quartal geplant,
- Kommunikationsmaterial wird mit der Pressestelle abgestimmt.

Offen ist noch, wie wir mit Sonderfällen wie Nebenwohnungen und Zuzügen aus dem Ausland umgehen. Diese sollen zunächst weiterhin am Schalter bearbeitet werden.

## Ergebnis

Das Projekt liegt im Zeitplan, der Aufwand ist dank der Vorarbeit deutlich geringer als ursprünglich geschätzt. Wir rechnen damit, nach dem Start etwa ein Viertel der Anmeldungen digital zu erhalten.`,
    ags: "08119079",
    authorEmail: "sabine.hoffmann@demo.kommunalnetz.invalid",
    serviceIds: [10124],
    status: "in_progress",
    goLiveDate: null,
    maturity: 2,
    software: "Serviceportal Baden-Württemberg (service-bw)",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 2000,
    costOneOffMax: 5000,
    costYearlyMin: 1500,
    costYearlyMax: 3000,
    effortPersonDays: 12,
    lessonsLearned:
      "Die Testfälle der Nachbarstadt haben uns Wochen an Vorbereitung erspart. Sonderfälle bewusst auszuklammern hält das Projekt schlank.",
    contactName: "OZG-Koordination, Hauptamt",
    contactEmail: "ozg-waiblingen@demo.kommunalnetz.invalid",
    tags: ["meldewesen", "umzug", "nachnutzung"],
    links: [],
    basedOnKey: "fellbach-wohnsitz-anmeldung",
    reuses: [],
  },
];
