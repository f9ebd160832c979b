// DEMO DATA: invented implementation examples for real municipalities and real OZG services.
import type { DemoSolution } from "./type";

export const part3: DemoSolution[] = [
  {
    key: "fellbach-eheschliessung-anmeldung",
    title: "Anmeldung zur Eheschließung digital vorbereiten in Fellbach",
    summary:
      "Das Standesamt Fellbach digitalisiert die Anmeldung zur Eheschließung. Paare reichen Unterlagen vorab online ein und buchen Trautermine direkt im Kalender.",
    body: `## Ausgangslage

Im Standesamt Fellbach erfordert die Anmeldung einer Eheschließung bisher mindestens einen persönlichen Termin, oft zwei, weil Unterlagen fehlen. Beliebte Trautermine im Sommer waren schnell vergeben, Anfragen liefen per Telefon und E-Mail.

## Umsetzung

Wir führen einen Online-Antrag ein, mit dem Paare ihre Angaben und Dokumente vorab hochladen. Das Standesamt prüft die Unterlagen, bevor ein Termin vereinbart wird. Ein Online-Kalender zeigt freie Trautermine in den verschiedenen Trauorten.

- Checkliste benötigter Urkunden abhängig von Staatsangehörigkeit und Familienstand,
- Upload von Geburtsurkunden und Aufenthaltsbescheinigungen,
- Reservierung von Trauterminen mit Bestätigung,
- Ehefähigkeitszeugnisse für Eheschließungen im Ausland ebenfalls online beantragbar.

Der Online-Antrag ist fertig konfiguriert, aktuell wird die Anbindung an das Personenstandsverfahren getestet.

## Ergebnis

In einer ersten Testphase mit zwanzig Paaren reichte in den meisten Fällen ein einziger Termin. Nach dem Start erwarten wir eine deutliche Entlastung des Standesamts, insbesondere in der Hochzeitssaison.`,
    ags: "08119020",
    authorEmail: "jana.keller@demo.kommunalnetz.invalid",
    serviceIds: [10026, 10025],
    status: "in_progress",
    goLiveDate: null,
    maturity: 2,
    software: "Online-Antrag Eheschließung mit Online-Terminvergabe",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 5000,
    costOneOffMax: 9000,
    costYearlyMin: 1200,
    costYearlyMax: 2000,
    effortPersonDays: 28,
    lessonsLearned:
      "Eine dynamische Checkliste für Urkunden spart die meisten Rückfragen. Trauorte und Kalender sollten vor dem Start vollständig gepflegt sein.",
    contactName: "Standesamt, Team Digitalisierung",
    contactEmail: "standesamt-fellbach@demo.kommunalnetz.invalid",
    tags: ["standesamt", "eheschließung", "terminvergabe"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "ludwigsburg-veranstaltungserlaubnis",
    title: "Veranstaltungen und Sperrzeitverkürzungen online anmelden in Ludwigsburg",
    summary:
      "Vereine, Gastronomie und Veranstalter in Ludwigsburg beantragen Veranstaltungserlaubnisse und Ausnahmen von der Sperrzeit über einen gemeinsamen Online-Antrag.",
    body: `## Ausgangslage

Ludwigsburg ist eine Stadt mit vielen Festen, Märkten und Open-Air-Veranstaltungen. Für eine Veranstaltung waren bisher oft mehrere Formulare bei verschiedenen Stellen nötig: Veranstaltungserlaubnis, Sperrzeitverkürzung, Sondernutzung und Ausschank.

## Umsetzung

Wir haben einen gemeinsamen Online-Antrag für Veranstaltungen entwickelt. Veranstaltende beschreiben ihr Vorhaben einmal, das System leitet daraus ab, welche Genehmigungen nötig sind, und verteilt die Daten an die zuständigen Stellen.

- dynamische Fragen je nach Art und Größe der Veranstaltung,
- Upload von Sicherheitskonzept und Lageplan,
- Beteiligung von Feuerwehr, Polizei und Verkehrsbehörde im Workflow,
- eine gemeinsame Gebührenrechnung.

Vor dem Start haben wir den Antrag mit fünf Vereinen und zwei Gastronomiebetrieben getestet.

## Ergebnis

Rund 60 Prozent aller Veranstaltungsanträge gehen inzwischen digital ein, bei Vereinen sogar mehr. Die Bearbeitungszeit hat sich deutlich verkürzt, weil Stellungnahmen parallel eingeholt werden. Vereine berichten, dass die Antragstellung verständlicher geworden ist.`,
    ags: "08118048",
    authorEmail: "thomas.berger@demo.kommunalnetz.invalid",
    serviceIds: [10349, 10346],
    status: "live",
    goLiveDate: "2023-04-03",
    maturity: 3,
    software: "civento Prozessplattform",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 15000,
    costOneOffMax: 22000,
    costYearlyMin: 3000,
    costYearlyMax: 4500,
    effortPersonDays: 60,
    lessonsLearned:
      "Aus Sicht der Antragstellenden zu denken heißt, mehrere Leistungen in einem Antrag zu bündeln. Tests mit Vereinen haben viele unverständliche Fachbegriffe aufgedeckt.",
    contactName: "Fachbereich Organisation und IT",
    contactEmail: "it-ludwigsburg@demo.kommunalnetz.invalid",
    tags: ["veranstaltungen", "vereine", "gastronomie"],
    links: [
      { kind: "documentation", url: "https://example.org/demo/ludwigsburg/veranstaltungsantrag", label: "Prozessbeschreibung Veranstaltungsantrag" },
    ],
    basedOnKey: null,
    reuses: [
      { ags: "08119008", status: "considering" },
      { ags: "09461000", status: "considering" },
    ],
  },
  {
    key: "heidelberg-baumfaellgenehmigung",
    title: "Baumfällgenehmigung und artenschutzrechtliche Prüfung online in Heidelberg",
    summary:
      "Heidelberg bietet einen Online-Antrag auf Fällung geschützter Bäume an, der die artenschutzrechtliche Prüfung gleich mit abfragt.",
    body: `## Ausgangslage

Die Baumschutzsatzung der Stadt Heidelberg schützt viele Bäume auf privaten Grundstücken. Anträge auf Fällung kamen oft ohne Fotos, Lageplan oder Angaben zu Nistplätzen, sodass das Umweltamt bei fast jedem Antrag nachfragen musste.

## Umsetzung

Wir haben einen Online-Antrag eingeführt, der die Antragstellenden Schritt für Schritt führt. Bäume werden auf einer Karte markiert, Stammumfang und Baumart erfasst und Fotos hochgeladen.

- Vorprüfung, ob der Baum überhaupt unter die Satzung fällt,
- Fragen zu Brutstätten und Fledermausquartieren für die artenschutzrechtliche Prüfung,
- Hinweise zu Schonzeiten und Ersatzpflanzungen,
- digitaler Bescheid mit Auflagen.

Der Dienst läuft über den Formularserver des Landes, die Bearbeitung erfolgt im Fachverfahren des Umweltamts.

## Ergebnis

Rückfragen sind um mehr als die Hälfte zurückgegangen, weil die Anträge vollständiger sind. Etwa ein Fünftel der Anfragen erledigt sich bereits durch die Vorprüfung, da keine Genehmigung nötig ist. Die Ortsbesichtigungen konnten gezielter geplant werden.`,
    ags: "08221000",
    authorEmail: "lena.wagner@demo.kommunalnetz.invalid",
    serviceIds: [10112, 10487],
    status: "live",
    goLiveDate: "2022-10-10",
    maturity: 3,
    software: "Formularserver mit Kartenkomponente",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 7000,
    costOneOffMax: 11000,
    costYearlyMin: 1500,
    costYearlyMax: 2500,
    effortPersonDays: 30,
    lessonsLearned:
      "Eine Vorprüfung vor dem eigentlichen Antrag vermeidet unnötige Verfahren. Fachliche Fragen zum Artenschutz sollten mit einfachen Bildern erklärt werden.",
    contactName: "Umweltamt, Team Baumschutz",
    contactEmail: "umwelt-heidelberg@demo.kommunalnetz.invalid",
    tags: ["baumschutz", "artenschutz", "umwelt"],
    links: [],
    basedOnKey: null,
    reuses: [{ ags: "08416041", status: "considering" }],
  },
  {
    key: "schorndorf-friedhof-grabstellen",
    title: "Digitale Friedhofsverwaltung und Grabstellenvergabe in Schorndorf",
    summary:
      "Schorndorf führt eine digitale Friedhofsverwaltung ein, über die Bestattungsunternehmen Bestattungen anmelden und Angehörige Nutzungsrechte verlängern können.",
    body: `## Ausgangslage

Die Stadt Schorndorf verwaltet mehrere Friedhöfe in der Kernstadt und den Teilorten. Grabbücher, Belegungspläne und Nutzungsrechte lagen teils auf Papier, teils in Tabellen. Bestattungsunternehmen meldeten Sterbefälle per Fax und Telefon an.

## Umsetzung

Wir führen eine Friedhofsverwaltungssoftware mit Online-Portal ein. Zunächst wurden alle Grabstellen digital erfasst und im Lageplan verortet, das war der aufwendigste Teil des Projekts.

- Online-Anmeldung von Bestattungen durch Bestattungsunternehmen,
- Verlängerung von Nutzungsrechten durch Angehörige,
- Übersicht freier Grabarten für die Beratung,
- automatische Gebührenbescheide.

Aktuell ist die Datenerfassung für zwei von fünf Friedhöfen abgeschlossen. Das Portal für Bestattungsunternehmen wird gerade mit zwei örtlichen Betrieben getestet.

## Ergebnis

Schon jetzt ist die Auskunft zu freien Grabstellen deutlich schneller. Nach Abschluss der Erfassung soll das Portal für Angehörige freigeschaltet werden. Die sensible Situation der Hinterbliebenen berücksichtigen wir durch eine einfache Sprache und das Angebot persönlicher Beratung.`,
    ags: "08119067",
    authorEmail: "",
    serviceIds: [10227],
    status: "in_progress",
    goLiveDate: null,
    maturity: 1,
    software: "Friedhofsverwaltung mit Online-Portal",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 25000,
    costOneOffMax: 35000,
    costYearlyMin: 3000,
    costYearlyMax: 5000,
    effortPersonDays: 90,
    lessonsLearned:
      "Die Erfassung der Bestandsdaten dauert länger als jede Softwareeinführung. Bestattungsunternehmen sind dankbare Pilotpartner.",
    contactName: "Friedhofsverwaltung, Bürgerdienste",
    contactEmail: "friedhof-schorndorf@demo.kommunalnetz.invalid",
    tags: ["friedhof", "bestattung", "datenerfassung"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "backnang-urkunden-online",
    title: "Geburts- und Sterbeurkunden online bestellen in Backnang",
    summary:
      "Das Standesamt Backnang stellt Personenstandsurkunden auf Online-Bestellung um. Bezahlung erfolgt per ePayment, der Versand per Post.",
    body: `## Ausgangslage

Das Standesamt Backnang erhält viele Anfragen nach Geburts- und Sterbeurkunden, etwa für Rentenanträge, Erbschaftsangelegenheiten oder Eheschließungen. Die Bestellungen kamen per E-Mail ohne Zahlung, sodass für jede Urkunde eine Rechnung erstellt und der Zahlungseingang überwacht werden musste.

## Umsetzung

Wir haben den Online-Dienst zur Urkundenbestellung aus dem Serviceportal aktiviert und mit dem Personenstandsverfahren verbunden.

- Auswahl der Urkundenart und Anzahl,
- Nachweis des berechtigten Interesses per Upload,
- Bezahlung direkt im Antrag per ePayment,
- Versand der Urkunde per Post, Statusinformation per E-Mail.

Für Mitarbeitende haben wir eine kurze Arbeitsanweisung erstellt, wie mit Bestellungen ohne Berechtigung umzugehen ist.

## Ergebnis

Über 60 Prozent der Urkundenbestellungen gehen inzwischen online ein. Der Aufwand für Rechnungen und Mahnungen ist entfallen. Die Urkunden werden meist innerhalb von zwei Arbeitstagen verschickt. Im nächsten Schritt wollen wir auch Eheurkunden und Auszüge aus dem Personenstandsregister anbieten.`,
    ags: "08119008",
    authorEmail: "",
    serviceIds: [10557, 10237],
    status: "live",
    goLiveDate: "2022-06-01",
    maturity: 3,
    software: "Serviceportal Baden-Württemberg (service-bw) mit ePayment",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 1500,
    costOneOffMax: 3000,
    costYearlyMin: 600,
    costYearlyMax: 1200,
    effortPersonDays: 8,
    lessonsLearned:
      "Die Bezahlung direkt im Antrag ist der größte Effizienzgewinn. Klare Regeln für die Prüfung der Berechtigung geben den Mitarbeitenden Sicherheit.",
    contactName: "Standesamt, Bürgerdienste",
    contactEmail: "standesamt-backnang@demo.kommunalnetz.invalid",
    tags: ["standesamt", "urkunden", "epayment"],
    links: [],
    basedOnKey: null,
    reuses: [{ ags: "08119037", status: "considering" }],
  },
  {
    key: "darmstadt-aufenthaltstitel",
    title: "Aufenthaltstitel online beantragen und verlängern in Darmstadt",
    summary:
      "Die Ausländerbehörde in Darmstadt nimmt Anträge auf Erteilung und Verlängerung von Aufenthaltstiteln digital entgegen und vergibt Termine nur noch bei vollständigen Unterlagen.",
    body: `## Ausgangslage

Darmstadt ist als Wissenschaftsstadt Wohnort vieler internationaler Studierender, Forschender und Fachkräfte. Die Ausländerbehörde war stark überlastet, Termine zur Verlängerung von Aufenthaltstiteln waren kaum zu bekommen, und viele Vorsprachen scheiterten an fehlenden Unterlagen.

## Umsetzung

Wir haben einen Online-Antrag für Aufenthaltstitel und Aufenthaltskarten eingeführt, der über FIT-Connect an das Fachverfahren übergeben wird. Antragstellende laden Pass, Nachweise zu Studium oder Beschäftigung und biometrisches Foto hoch.

- Antragsstrecke auf Deutsch und Englisch,
- Vorprüfung durch die Sachbearbeitung vor der Terminvergabe,
- Termin nur noch für Fingerabdrücke und Ausgabe,
- automatische Fiktionsbescheinigung bei fristgerechtem Antrag.

Hochschulen und große Arbeitgeber wurden als Multiplikatoren eingebunden.

## Ergebnis

Die Zahl der Vorsprachen pro Fall hat sich nahezu halbiert. Über 65 Prozent der Verlängerungen werden inzwischen online beantragt. Die Wartezeit auf einen Termin sank von mehreren Monaten auf wenige Wochen.`,
    ags: "06411000",
    authorEmail: "",
    serviceIds: [10255, 10596],
    status: "live",
    goLiveDate: "2023-11-06",
    maturity: 3,
    software: "Online-Antrag Ausländerbehörde mit FIT-Connect-Anbindung",
    vendor: "ekom21",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 20000,
    costOneOffMax: 30000,
    costYearlyMin: 5000,
    costYearlyMax: 8000,
    effortPersonDays: 75,
    lessonsLearned:
      "Die Vorprüfung vor der Terminvergabe ist der eigentliche Hebel gegen Wartezeiten. Mehrsprachigkeit ist in einer Ausländerbehörde keine Option, sondern Voraussetzung.",
    contactName: "Ausländerbehörde, Projekt Digitalisierung",
    contactEmail: "abh-darmstadt@demo.kommunalnetz.invalid",
    tags: ["aufenthalt", "migration", "fit-connect"],
    links: [
      { kind: "efa_marketplace", url: "https://example.org/demo/efa/aufenthaltstitel", label: "EfA-Leistung Aufenthaltstitel" },
    ],
    basedOnKey: null,
    reuses: [{ ags: "08311000", status: "considering" }],
  },
  {
    key: "bamberg-uebernachtungssteuer",
    title: "Übernachtungssteuer-Erklärung für Beherbergungsbetriebe online in Bamberg",
    summary:
      "Beherbergungsbetriebe in Bamberg geben ihre monatliche Steuererklärung für Übernachtungen digital ab. Die Daten werden direkt ins Steuerverfahren übernommen.",
    body: `## Ausgangslage

Als Welterbestadt zieht Bamberg viele Übernachtungsgäste an. Hotels, Pensionen und Ferienwohnungen melden ihre Übernachtungen monatlich oder quartalsweise. Die Erklärungen kamen bisher auf Papier oder als Tabelle per E-Mail und wurden in der Stadtkasse manuell erfasst.

## Umsetzung

Wir haben eine Online-Erklärung über das Bürgerservice-Portal eingerichtet, die direkt an das kommunale Steuerverfahren übergeben wird. Betriebe melden sich mit einem Unternehmenskonto an.

- Erfassung der steuerpflichtigen Übernachtungen je Zeitraum,
- Hinweise zu steuerfreien Übernachtungen,
- automatische Berechnung der Steuer,
- Übersicht aller bisherigen Erklärungen im Konto.

Für kleinere Ferienwohnungsanbieter gab es Informationsabende in Zusammenarbeit mit dem Tourismusverband.

## Ergebnis

Etwa 85 Prozent der Betriebe erklären inzwischen online. Die manuelle Erfassung ist fast vollständig entfallen, Rechenfehler gibt es kaum noch. Die Daten helfen außerdem der Tourismusförderung bei der Auswertung der Saison.`,
    ags: "09461000",
    authorEmail: "",
    serviceIds: [10375],
    status: "live",
    goLiveDate: "2024-01-15",
    maturity: 3,
    software: "Bürgerservice-Portal mit Anbindung an das Steuerverfahren",
    vendor: "AKDB",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 6000,
    costOneOffMax: 10000,
    costYearlyMin: 1500,
    costYearlyMax: 2500,
    effortPersonDays: 25,
    lessonsLearned:
      "Kleine Vermieter brauchen mehr Begleitung als Hotels. Die automatische Berechnung vermeidet fast alle Korrekturbescheide.",
    contactName: "Stadtkasse, Sachgebiet Steuern",
    contactEmail: "steuern-bamberg@demo.kommunalnetz.invalid",
    tags: ["steuern", "tourismus", "unternehmen"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "kiel-sondernutzung-gastro",
    title: "Sondernutzung für Außengastronomie und Baustellen online in Kiel",
    summary:
      "Kiel hat das Tübinger Konzept für Sondernutzungsanträge mit Kartenauswahl übernommen und auf der eigenen Plattform umgesetzt.",
    body: `## Ausgangslage

In Kiel gehen jedes Jahr tausende Anträge für Außengastronomie, Baustelleneinrichtungen und Veranstaltungen im Straßenraum ein. Besonders vor der Kieler Woche stauten sich die Anträge, und unklare Ortsangaben führten zu vielen Rückfragen.

## Umsetzung

Über das Kommunalnetz sind wir auf die Lösung aus Tübingen gestoßen. Wir haben den Prozessentwurf, die Formularfelder und die Idee der Kartenauswahl übernommen und auf unserer Plattform nachgebaut.

- Flächenmarkierung im Stadtplan von Kiel,
- eigene Gebührenberechnung nach Kieler Satzung,
- automatische Beteiligung von Tiefbauamt und Verkehrsbehörde,
- Sammelanträge für wiederkehrende Nutzungen wie Außengastronomie.

Die Kolleginnen und Kollegen aus Tübingen haben uns in zwei Workshops ihre Erfahrungen vermittelt.

## Ergebnis

Die Bearbeitungszeit hat sich fast halbiert, und vor der Kieler Woche gab es erstmals keinen Antragsstau. Gastronomiebetriebe nutzen die Sammelanträge sehr gern. Die Nachnutzung eines fachlichen Konzepts hat sich auch ohne identische Technik gelohnt.`,
    ags: "01002000",
    authorEmail: "",
    serviceIds: [10348],
    status: "live",
    goLiveDate: "2024-03-18",
    maturity: 3,
    software: "Formularserver mit Kartenkomponente",
    vendor: "Dataport",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 14000,
    costOneOffMax: 20000,
    costYearlyMin: 3000,
    costYearlyMax: 4500,
    effortPersonDays: 45,
    lessonsLearned:
      "Auch ein fachliches Konzept lässt sich gut nachnutzen, wenn die Technik eine andere ist. Persönlicher Austausch mit dem Ursprungsteam spart viele Irrwege.",
    contactName: "Tiefbauamt, Abteilung Straßenverwaltung",
    contactEmail: "sondernutzung-kiel@demo.kommunalnetz.invalid",
    tags: ["sondernutzung", "gastronomie", "nachnutzung"],
    links: [],
    basedOnKey: "tuebingen-sondernutzung-strasse",
    reuses: [],
  },
  {
    key: "lueneburg-fischereischein",
    title: "Fischereischein online beantragen in Lüneburg",
    summary:
      "Anglerinnen und Angler in Lüneburg beantragen den Fischereischein digital. Prüfungszeugnis und Foto werden hochgeladen, der Schein kommt per Post.",
    body: `## Ausgangslage

In der Hansestadt Lüneburg und der Umgebung gibt es viele Angelvereine. Für den Fischereischein mussten Antragstellende bisher persönlich im Bürgeramt erscheinen, Prüfungszeugnis und Passfoto vorlegen und die Gebühr bar oder mit Karte bezahlen.

## Umsetzung

Wir haben den Fischereischein als Online-Antrag im Serviceportal umgesetzt. Antragstellende identifizieren sich mit dem Nutzerkonto und laden die nötigen Nachweise hoch.

- Upload von Prüfungszeugnis der Fischerprüfung und Lichtbild,
- Auswahl von Erstausstellung, Verlängerung oder Ersatz,
- Bezahlung per ePayment,
- Versand des Fischereischeins per Post.

Die Angelvereine wurden vorab informiert und haben auf ihren Websites auf den neuen Weg hingewiesen.

## Ergebnis

Knapp 70 Prozent der Anträge kommen mittlerweile online. Für Verlängerungen ist der Gang ins Bürgeramt ganz entfallen. Der Dienst war schnell umgesetzt und eignet sich gut als Einstieg für Kommunen, die erste Erfahrungen mit Online-Anträgen sammeln möchten.`,
    ags: "03355022",
    authorEmail: "",
    serviceIds: [10148],
    status: "live",
    goLiveDate: "2022-04-04",
    maturity: 3,
    software: "Serviceportal Niedersachsen, Online-Formular",
    vendor: "Eigenentwicklung",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 1000,
    costOneOffMax: 2500,
    costYearlyMin: 200,
    costYearlyMax: 500,
    effortPersonDays: 6,
    lessonsLearned:
      "Kleine, klar abgegrenzte Leistungen eignen sich hervorragend für den Einstieg. Die Vereine als Multiplikatoren zu gewinnen kostet wenig und wirkt stark.",
    contactName: "Bürgeramt, Sachgebiet Digitale Dienste",
    contactEmail: "buergeramt-lueneburg@demo.kommunalnetz.invalid",
    tags: ["fischerei", "freizeit", "bürgeramt"],
    links: [],
    basedOnKey: null,
    reuses: [{ ags: "03355016", status: "considering" }],
  },
];
