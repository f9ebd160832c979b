// DEMO DATA: invented implementation examples for real municipalities and real OZG services.
import type { DemoSolution } from "./type";

export const part4: DemoSolution[] = [
  {
    key: "fellbach-gewerbeanzeige",
    title: "Gewerbeanzeigen in Fellbach mit dem Ludwigsburger Setup",
    summary:
      "Fellbach hat die Konfiguration des EfA-Gewerbeservice aus Ludwigsburg übernommen. Gewerbeanzeigen werden digital gestellt und automatisch an alle Empfangsstellen verteilt.",
    body: `## Ausgangslage

Das Gewerbeamt der Stadt Fellbach ist mit zwei Teilzeitkräften besetzt. Urlaubs- und Krankheitszeiten führten regelmäßig zu Rückständen bei der Erfassung und Weiterleitung von Gewerbeanzeigen. Eine eigene Einführung des Online-Dienstes schien zunächst zu aufwendig.

## Umsetzung

Ludwigsburg hat seine Konfiguration und den Leitfaden zur Anbindung des EfA-Gewerbeservice geteilt. Damit konnten wir die Einführung in wenigen Wochen abschließen.

- Übernahme der Empfängerliste und der Gebührenlogik,
- Anbindung an unser Gewerbefachverfahren über FIT-Connect,
- Test mit zehn echten Anzeigen gemeinsam mit dem Ludwigsburger Team,
- Informationen für Gründende auf der Website der Wirtschaftsförderung.

Abweichungen gab es nur bei den Gebühren und einzelnen Textbausteinen im Bescheid.

## Ergebnis

Inzwischen kommen rund 75 Prozent der Gewerbeanzeigen online. Die Bestätigungen gehen meist am selben oder am nächsten Tag raus, Rückstände gibt es nicht mehr. Die Antragstellung ist für Gründende deutlich einfacher geworden, und die Empfangsstellen erhalten die Daten ohne Zeitverzug.`,
    ags: "08119020",
    authorEmail: "jana.keller@demo.kommunalnetz.invalid",
    serviceIds: [10294],
    status: "live",
    goLiveDate: "2022-07-01",
    maturity: 4,
    software: "EfA-Gewerbeservice mit FIT-Connect-Anbindung",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 3000,
    costOneOffMax: 5000,
    costYearlyMin: 1500,
    costYearlyMax: 2500,
    effortPersonDays: 12,
    lessonsLearned:
      "Ein gut dokumentiertes Setup einer Nachbarstadt hat unseren Aufwand auf ein Drittel reduziert. Gemeinsame Tests mit dem Ursprungsteam geben schnell Sicherheit.",
    contactName: "Team Digitalisierung, Bürgeramt",
    contactEmail: "digitalisierung-fellbach@demo.kommunalnetz.invalid",
    tags: ["gewerbe", "efa", "nachnutzung"],
    links: [
      { kind: "efa_marketplace", url: "https://example.org/demo/efa/gewerbe", label: "EfA-Marktplatz: Gewerbeservice" },
    ],
    basedOnKey: "ludwigsburg-gewerbeanzeige",
    reuses: [],
  },
  {
    key: "leipzig-bildung-teilhabe",
    title: "Leistungen für Bildung und Teilhabe online beantragen in Leipzig",
    summary:
      "Familien in Leipzig beantragen Leistungen für Bildung und Teilhabe wie Mittagessen, Schulbedarf oder Vereinsbeiträge online, auch per Smartphone.",
    body: `## Ausgangslage

In Leipzig haben viele Kinder und Jugendliche Anspruch auf Leistungen für Bildung und Teilhabe. Trotzdem wurden die Leistungen nur zum Teil abgerufen, weil die Antragstellung kompliziert war und für jede Leistung ein eigenes Formular nötig war.

## Umsetzung

Wir haben einen einheitlichen Online-Antrag für alle Teilhabeleistungen geschaffen, der auf Smartphones optimiert ist. Familien wählen die gewünschten Leistungen aus und laden Nachweise wie den Bescheid über Wohngeld oder Kinderzuschlag hoch.

- ein Antrag für Mittagessen, Ausflüge, Lernförderung und Vereinsbeiträge,
- Übersetzungen in fünf Sprachen,
- Abrechnung direkt mit Schulen, Vereinen und Caterern,
- Erinnerung vor Ablauf des Bewilligungszeitraums.

Schulsozialarbeit und Beratungsstellen wurden eingebunden, um Familien bei der Antragstellung zu unterstützen.

## Ergebnis

Die Zahl der bewilligten Anträge ist im ersten Jahr um ein Viertel gestiegen. Rund 60 Prozent der Anträge kommen digital. Die Sachbearbeitung profitiert von vollständigeren Unterlagen und der direkten Abrechnung mit den Anbietern.`,
    ags: "14713000",
    authorEmail: "frank.schulze@demo.kommunalnetz.invalid",
    serviceIds: [10088],
    status: "live",
    goLiveDate: "2022-03-01",
    maturity: 3,
    software: "Formularserver mit Anbindung an das Sozialfachverfahren",
    vendor: "Lecos",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 18000,
    costOneOffMax: 26000,
    costYearlyMin: 4000,
    costYearlyMax: 6000,
    effortPersonDays: 70,
    lessonsLearned:
      "Ein gebündelter Antrag für alle Teilhabeleistungen senkt die Hürde erheblich. Mobile Nutzbarkeit ist bei dieser Zielgruppe entscheidend.",
    contactName: "Amt für Digitalisierung, Projektbüro OZG",
    contactEmail: "ozg-leipzig@demo.kommunalnetz.invalid",
    tags: ["soziales", "bildung", "familie"],
    links: [],
    basedOnKey: null,
    reuses: [{ ags: "16053000", status: "in_progress" }],
  },
  {
    key: "muenster-schuelerbefoerderung",
    title: "Schülerbeförderung und Schülerticket digital beantragen in Münster",
    summary:
      "Münster digitalisiert die Beantragung der Fahrkostenübernahme für den Schulweg. Die Schulen bestätigen den Schulbesuch direkt im System.",
    body: `## Ausgangslage

Jedes Schuljahr stellen in Münster tausende Familien Anträge auf Übernahme der Fahrkosten für den Schulweg. Die Papieranträge liefen über die Schulsekretariate, die den Schulbesuch bestätigten und die Formulare an das Schulamt weitergaben. Vor Schuljahresbeginn entstanden regelmäßig lange Wartezeiten auf Tickets.

## Umsetzung

Wir entwickeln gemeinsam mit den Stadtwerken einen Online-Antrag mit direkter Anbindung an die Ticketausgabe. Der Schulweg wird anhand der Meldeadresse und der Schule automatisch berechnet.

- Antrag durch Eltern oder volljährige Schülerinnen und Schüler,
- Bestätigung des Schulbesuchs durch das Sekretariat im Portal,
- automatische Prüfung der Entfernungsgrenzen,
- digitales Ticket in der App der Verkehrsbetriebe.

Die Routenberechnung und die Schulbestätigung sind fertig, die Ticketschnittstelle wird derzeit getestet.

## Ergebnis

Ein Pilot mit sechs Schulen lief erfolgreich, die Sekretariate berichten von deutlicher Entlastung. Zum nächsten Schuljahr sollen alle Schulen in Münster angeschlossen werden.`,
    ags: "05515000",
    authorEmail: "peter.krause@demo.kommunalnetz.invalid",
    serviceIds: [10042],
    status: "in_progress",
    goLiveDate: null,
    maturity: 2,
    software: "Online-Antrag Schülerfahrkosten mit Ticketschnittstelle",
    vendor: "regio iT",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 35000,
    costOneOffMax: 50000,
    costYearlyMin: 6000,
    costYearlyMax: 9000,
    effortPersonDays: 95,
    lessonsLearned:
      "Schulsekretariate müssen als Nutzende ernst genommen werden, nicht nur Eltern. Die automatische Routenberechnung spart viele Einzelfallprüfungen.",
    contactName: "Schulamt, Projektleitung OZG",
    contactEmail: "schulamt-muenster@demo.kommunalnetz.invalid",
    tags: ["schule", "mobilität", "bildung"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "tuebingen-foerderprogramm-energie",
    title: "Online-Antrag für das städtische Förderprogramm Energie und Klimaschutz in Tübingen",
    summary:
      "Tübingen wickelt Zuschüsse für Photovoltaik, Dämmung und Heizungstausch in Wohngebäuden über einen vollständig digitalen Förderprozess ab.",
    body: `## Ausgangslage

Die Universitätsstadt Tübingen fördert private Klimaschutzmaßnahmen an Wohngebäuden mit eigenen Zuschüssen. Nach einer Aufstockung des Programms stieg die Zahl der Anträge stark an. Die Bearbeitung über E-Mail-Postfächer und Tabellen war nicht mehr beherrschbar.

## Umsetzung

Wir haben einen digitalen Förderprozess eingeführt, der vom Antrag bis zur Auszahlung reicht. Antragstellende wählen die Maßnahme aus, laden Angebote hoch und erhalten nach der Prüfung einen digitalen Zuwendungsbescheid.

- Förderrechner vorab, um die voraussichtliche Zuschusshöhe zu ermitteln,
- Prüfung auf Doppelförderung mit Landes- und Bundesprogrammen,
- Verwendungsnachweis mit Rechnungsupload,
- Budgetübersicht für die Stadtverwaltung in Echtzeit.

## Ergebnis

Alle Anträge laufen inzwischen online. Die Bearbeitungszeit bis zur Bewilligung sank von sechs auf zwei Wochen. Durch die Budgetübersicht weiß der Gemeinderat jederzeit, wie viel Fördergeld noch zur Verfügung steht, und kann das Programm gezielt nachsteuern.`,
    ags: "08416041",
    authorEmail: "aylin.demir@demo.kommunalnetz.invalid",
    serviceIds: [10530],
    status: "live",
    goLiveDate: "2022-05-02",
    maturity: 3,
    software: "Förderportal (Formularserver mit Workflow)",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 10000,
    costOneOffMax: 16000,
    costYearlyMin: 2000,
    costYearlyMax: 3500,
    effortPersonDays: 35,
    lessonsLearned:
      "Ein Förderrechner vor dem Antrag reduziert Anfragen erheblich. Die Echtzeit-Budgetübersicht war für die Politik der überzeugendste Mehrwert.",
    contactName: "E-Government-Koordination",
    contactEmail: "egov-tuebingen@demo.kommunalnetz.invalid",
    tags: ["förderung", "klimaschutz", "energie"],
    links: [],
    basedOnKey: null,
    reuses: [
      { ags: "08421000", status: "considering" },
      { ags: "08311000", status: "considering" },
    ],
  },
  {
    key: "stuttgart-wahlhelfer",
    title: "Digitale Gewinnung und Verwaltung von Wahlhelfenden in Stuttgart",
    summary:
      "Stuttgart registriert Wahlhelferinnen und Wahlhelfer online, plant die Einsätze digital und verschickt Berufungen elektronisch.",
    body: `## Ausgangslage

Für eine Wahl braucht Stuttgart mehrere tausend Wahlhelferinnen und Wahlhelfer. Die Gewinnung lief über Papierformulare, Telefonlisten und persönliche Ansprache. Kurzfristige Absagen am Wahlwochenende führten regelmäßig zu hektischen Nachbesetzungen.

## Umsetzung

Wir haben ein Online-Portal eingeführt, in dem sich Interessierte registrieren und ihre Wunsch-Wahlbezirke angeben. Das Wahlamt plant die Einsätze digital und verschickt die Berufung per E-Mail.

- Online-Registrierung mit Angaben zu Erfahrung und Verfügbarkeit,
- Zuordnung zu Wahlbezirken nach Wohnortnähe,
- Online-Schulungsvideos für neue Helfende,
- Reserveliste mit Benachrichtigung bei Absagen.

Eine gemeinsame Kampagne mit Hochschulen und Unternehmen machte das Angebot bekannt.

## Ergebnis

Bei der letzten Wahl haben sich über 60 Prozent der Helfenden online gemeldet. Kurzfristige Ausfälle konnten über die Reserveliste innerhalb von Stunden ausgeglichen werden. Die Verwaltung der Erfrischungsgelder läuft nun ebenfalls digital.`,
    ags: "08111000",
    authorEmail: "",
    serviceIds: [10144],
    status: "live",
    goLiveDate: "2024-03-04",
    maturity: 3,
    software: "Wahlhelfer-Portal",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 8000,
    costOneOffMax: 14000,
    costYearlyMin: 2000,
    costYearlyMax: 3000,
    effortPersonDays: 30,
    lessonsLearned:
      "Eine Reserveliste mit automatischer Benachrichtigung ist Gold wert. Schulungsvideos senken den Aufwand für Präsenzschulungen deutlich.",
    contactName: "Statistisches Amt, Wahlen",
    contactEmail: "wahlen-stuttgart@demo.kommunalnetz.invalid",
    tags: ["wahlen", "ehrenamt", "engagement"],
    links: [],
    basedOnKey: null,
    reuses: [{ ags: "08116019", status: "considering" }],
  },
  {
    key: "ulm-sterbefallanzeige",
    title: "Elektronische Sterbefallanzeige durch Bestattungsunternehmen in Ulm",
    summary:
      "Das Standesamt Ulm ermöglicht Bestattungsunternehmen, Sterbefälle digital anzuzeigen und Sterbeurkunden direkt online anzufordern.",
    body: `## Ausgangslage

Das Standesamt Ulm beurkundet auch die Sterbefälle aus den Kliniken der Stadt und hat daher sehr hohe Fallzahlen. Bestattungsunternehmen brachten die Unterlagen persönlich vorbei oder schickten sie per Fax. Wartezeiten auf die Sterbeurkunde verzögerten Bestattungen und Formalitäten für Angehörige.

## Umsetzung

Wir führen ein Portal für Bestattungsunternehmen ein, über das die Sterbefallanzeige elektronisch übermittelt wird. Die Daten fließen direkt ins Personenstandsverfahren.

- Registrierung der Bestattungsunternehmen mit Organisationskonto,
- strukturierte Erfassung der Angaben zur verstorbenen Person,
- Upload der Todesbescheinigung und weiterer Unterlagen,
- Bestellung und Bezahlung der benötigten Sterbeurkunden.

Drei Ulmer Bestattungsunternehmen testen das Portal derzeit im Pilotbetrieb.

## Ergebnis

Im Pilot verkürzte sich die Zeit bis zur Ausstellung der Sterbeurkunde auf durchschnittlich einen Arbeitstag. Die Erfassungsfehler sind deutlich zurückgegangen. Der Regelbetrieb für alle Bestattungsunternehmen ist nach Abschluss der Datenschutzprüfung vorgesehen.`,
    ags: "08421000",
    authorEmail: "",
    serviceIds: [10235, 10237],
    status: "in_progress",
    goLiveDate: null,
    maturity: 2,
    software: "Bestatterportal mit Anbindung an das Personenstandsverfahren",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 12000,
    costOneOffMax: 18000,
    costYearlyMin: 2500,
    costYearlyMax: 4000,
    effortPersonDays: 40,
    lessonsLearned:
      "Bestattungsunternehmen sind professionelle, digital affine Partner und ideale Pilotnutzer. Die Datenschutzprüfung sollte früher gestartet werden, als wir es getan haben.",
    contactName: "Standesamt, Sachgebiet Sterbefälle",
    contactEmail: "standesamt-ulm@demo.kommunalnetz.invalid",
    tags: ["standesamt", "bestattung", "urkunden"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "kaisersbach-maengelmelder",
    title: "Mängelmelder für Kaisersbach auf Basis der Fellbacher Open-Source-Lösung",
    summary:
      "Die Gemeinde Kaisersbach nutzt den quelloffenen Mängelmelder aus Fellbach im gemeinsamen Betrieb. Bürgerinnen und Bürger melden Schäden an Wegen und Einrichtungen online.",
    body: `## Ausgangslage

Kaisersbach liegt im Schwäbischen Wald und hat zahlreiche Teilorte mit einem weit verzweigten Wegenetz. Der Bauhof erfuhr von Schäden an Feldwegen, Bänken oder Beschilderung oft nur zufällig. Eine eigene Softwarebeschaffung kam für eine Gemeinde mit rund 2.400 Einwohnern nicht infrage.

## Umsetzung

Fellbach hat angeboten, den Mängelmelder mandantenfähig zu betreiben. Kaisersbach nutzt seitdem eine eigene Instanz mit Gemeindewappen und eigenen Kategorien.

- Kategorien passend zum ländlichen Raum, zum Beispiel Feldwege und Wanderwege,
- Benachrichtigung des Bauhofs per E-Mail und App,
- Karte mit allen Teilorten,
- Kostenbeteiligung am Betrieb nach Einwohnerzahl.

Die Einrichtung hat ein Kollege aus Fellbach gemeinsam mit unserem Hauptamt an einem Vormittag erledigt.

## Ergebnis

Pro Monat gehen etwa 20 Meldungen ein, viele davon mit Foto. Der Bauhof kann seine Touren besser planen. Die Zusammenarbeit zeigt, dass auch kleine Gemeinden von Open Source profitieren, wenn ein größerer Partner den Betrieb übernimmt.`,
    ags: "08119037",
    authorEmail: "",
    serviceIds: [10136],
    status: "live",
    goLiveDate: "2024-05-06",
    maturity: 2,
    software: "Mängelmelder (Open Source, Mandant)",
    vendor: "Stadt Fellbach (Betrieb)",
    isOpenSource: true,
    repositoryUrl: "https://gitlab.opencode.de/demo/maengelmelder",
    costOneOffMin: 500,
    costOneOffMax: 1000,
    costYearlyMin: 300,
    costYearlyMax: 600,
    effortPersonDays: 2,
    lessonsLearned:
      "Mandantenfähiger Betrieb durch einen größeren Nachbarn ist für kleine Gemeinden ideal. Die Kategorien müssen zum ländlichen Raum passen, nicht zur Großstadt.",
    contactName: "Hauptamt, Gemeindeverwaltung",
    contactEmail: "rathaus-kaisersbach@demo.kommunalnetz.invalid",
    tags: ["mängelmelder", "kleine gemeinde", "open-source"],
    links: [
      { kind: "opencode", url: "https://example.org/demo/opencode/maengelmelder", label: "Repository Mängelmelder" },
    ],
    basedOnKey: "fellbach-maengelmelder",
    reuses: [],
  },
  {
    key: "buttenheim-brauchtumsfeuer-vereinsfeste",
    title: "Brauchtumsfeuer und Vereinsfeste online anzeigen im Markt Buttenheim",
    summary:
      "Im Markt Buttenheim melden Vereine Osterfeuer, Sonnwendfeuer und Feste digital an. Feuerwehr und Landratsamt werden automatisch informiert.",
    body: `## Ausgangslage

Im Markt Buttenheim gibt es ein lebendiges Vereinsleben mit Kellerfesten, Kirchweih und Brauchtumsfeuern. Die Anzeigen kamen bisher handschriftlich ins Rathaus, oft kurz vor dem Termin. Die Weitergabe an Feuerwehr und Landratsamt erfolgte per Fax.

## Umsetzung

Wir haben zwei Online-Formulare im Bürgerservice-Portal bereitgestellt: eines für Brauchtumsfeuer und eines für Vereinsfeste mit Ausschank. Die Formulare enthalten die wichtigsten Auflagen als Hinweistexte.

- Angabe von Standort, Zeitpunkt und verantwortlicher Person,
- Checkliste zu Brandschutz, Abständen und Brennmaterial,
- automatische Information der Feuerwehr und des Landratsamts,
- Bestätigung per E-Mail mit den Auflagen als PDF.

Die Vorlagen wurden vom Anbieter bereitgestellt und von uns nur an örtliche Besonderheiten angepasst.

## Ergebnis

Fast alle Vereine nutzen inzwischen den Online-Weg. Anzeigen kommen früher und vollständiger, weil die Fristen im Formular sichtbar sind. Für eine Verwaltung unserer Größe war der Aufwand gering und die Entlastung spürbar.`,
    ags: "09471123",
    authorEmail: "",
    serviceIds: [10147, 10349],
    status: "live",
    goLiveDate: "2023-03-01",
    maturity: 2,
    software: "Bürgerservice-Portal, Formularvorlagen",
    vendor: "AKDB",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 300,
    costOneOffMax: 800,
    costYearlyMin: 200,
    costYearlyMax: 400,
    effortPersonDays: 3,
    lessonsLearned:
      "Fertige Formularvorlagen des Landesanbieters machen den Einstieg sehr einfach. Hinweise zu Fristen direkt im Formular sind wirksamer als jedes Merkblatt.",
    contactName: "Geschäftsleitung, Marktverwaltung",
    contactEmail: "rathaus-buttenheim@demo.kommunalnetz.invalid",
    tags: ["vereine", "veranstaltungen", "kleine gemeinde"],
    links: [],
    basedOnKey: null,
    reuses: [{ ags: "09461000", status: "considering" }],
  },
  {
    key: "darmstadt-abfallbehaelter",
    title: "Abfallbehälter online bestellen, tauschen und abmelden in Darmstadt",
    summary:
      "Darmstadt plant einen Online-Dienst, über den Eigentümer und Hausverwaltungen Abfallbehälter bestellen, tauschen oder abmelden und Sperrmüll anmelden können.",
    body: `## Ausgangslage

In Darmstadt laufen Änderungen an Abfallbehältern und Gebührenveranlagung bislang über Papierformulare und Telefon. Hausverwaltungen mit vielen Objekten müssen für jede Änderung ein eigenes Formular ausfüllen. Fehler bei der Zuordnung von Behältern zu Grundstücken führen zu falschen Gebührenbescheiden.

## Umsetzung

Geplant ist ein Online-Dienst, der an das Abfallgebührenverfahren angebunden wird. In der Konzeptphase haben wir die häufigsten Anliegen ausgewertet und Nutzerinterviews mit Hausverwaltungen geführt.

- Bestellung, Tausch und Abmeldung von Behältern,
- Sammelaufträge für Hausverwaltungen mit mehreren Objekten,
- Sperrmüllanmeldung mit Terminauswahl,
- Einsicht in die veranlagten Behälter je Grundstück.

Die Leistungsbeschreibung wird derzeit mit dem Eigenbetrieb und dem IT-Dienstleister abgestimmt.

## Ergebnis

Noch liegt kein Ergebnis vor. Wir erwarten eine deutliche Entlastung der Hotline und weniger Korrekturbescheide. Kommunen, die ähnliche Vorhaben planen, laden wir zum Austausch über die Anforderungen ein.`,
    ags: "06411000",
    authorEmail: "",
    serviceIds: [10110],
    status: "planned",
    goLiveDate: null,
    maturity: 1,
    software: "Online-Dienst Abfallwirtschaft (Ausschreibung in Vorbereitung)",
    vendor: "ekom21",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 25000,
    costOneOffMax: 45000,
    costYearlyMin: null,
    costYearlyMax: null,
    effortPersonDays: null,
    lessonsLearned:
      "Nutzerinterviews mit Hausverwaltungen haben Anforderungen zutage gebracht, die wir intern nie erkannt hätten. Sammelaufträge sind für diese Zielgruppe wichtiger als eine schöne Oberfläche.",
    contactName: "Digitalstadt-Team, Abteilung Bürgerdienste",
    contactEmail: "digital-darmstadt@demo.kommunalnetz.invalid",
    tags: ["abfall", "gebühren", "hausverwaltung"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
];
