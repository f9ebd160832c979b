// DEMO DATA: invented implementation examples for real municipalities and real OZG services.
import type { DemoSolution } from "./type";

export const part2: DemoSolution[] = [
  {
    key: "fellbach-maengelmelder",
    title: "Mängelmelder mit Kartenfunktion für Fellbach",
    summary:
      "Mit dem quelloffenen Mängelmelder melden Bürgerinnen und Bürger in Fellbach Schlaglöcher, defekte Laternen oder wilden Müll online. Die Meldungen landen direkt beim zuständigen Bauhof-Team.",
    body: `## Ausgangslage

Hinweise auf defekte Straßenlaternen, Schlaglöcher oder illegale Müllablagerungen erreichten die Stadt Fellbach über Telefon, E-Mail und soziale Medien. Eine Rückmeldung an die Meldenden gab es selten, und doppelte Meldungen wurden mehrfach bearbeitet.

## Umsetzung

Wir haben einen schlanken Mängelmelder auf Basis einer Open-Source-Lösung eingeführt und an unsere Bedürfnisse angepasst. Meldende setzen einen Punkt auf der Karte, wählen eine Kategorie und können ein Foto hochladen.

- automatische Zuordnung zu Bauhof, Stadtwerken oder Ordnungsamt,
- Statusanzeige öffentlich sichtbar auf der Karte,
- Hinweis auf bereits gemeldete Mängel in der Nähe,
- mobile Erfassung auch für Mitarbeitende im Außendienst.

Unsere Anpassungen, etwa neue Kategorien und eine verbesserte Barrierefreiheit, haben wir im gemeinsamen Repository veröffentlicht.

## Ergebnis

Im ersten Jahr gingen rund 2.400 Meldungen ein, drei Viertel davon wurden innerhalb einer Woche erledigt. Doppelmeldungen sind stark zurückgegangen. Die Bürgerinnen und Bürger schätzen vor allem die transparente Rückmeldung zum Bearbeitungsstand.`,
    ags: "08119020",
    authorEmail: "mehmet.yilmaz@demo.kommunalnetz.invalid",
    serviceIds: [10136],
    status: "live",
    goLiveDate: "2024-02-05",
    maturity: 3,
    software: "Mängelmelder (Open Source)",
    vendor: "Eigenentwicklung",
    isOpenSource: true,
    repositoryUrl: "https://gitlab.opencode.de/demo/maengelmelder",
    costOneOffMin: 6000,
    costOneOffMax: 10000,
    costYearlyMin: 1000,
    costYearlyMax: 2000,
    effortPersonDays: 30,
    lessonsLearned:
      "Die öffentliche Statusanzeige erzeugt Druck, aber auch Vertrauen. Kategorien sollten sich an den internen Zuständigkeiten orientieren, nicht an der Sicht der Verwaltung von außen.",
    contactName: "Sachgebiet Bürgerservice",
    contactEmail: "buergerservice-fellbach@demo.kommunalnetz.invalid",
    tags: ["mängelmelder", "beteiligung", "open-source"],
    links: [
      { kind: "opencode", url: "https://example.org/demo/opencode/maengelmelder", label: "Repository Mängelmelder" },
    ],
    basedOnKey: null,
    reuses: [
      { ags: "08119037", status: "live" },
      { ags: "08119004", status: "considering" },
    ],
  },
  {
    key: "stuttgart-einbuergerung-online",
    title: "Online-Antrag auf Einbürgerung mit digitaler Akte in Stuttgart",
    summary:
      "Stuttgart stellt die Einbürgerung auf einen Online-Antrag mit digitaler Akte um, um die stark gestiegene Zahl der Anträge zu bewältigen.",
    body: `## Ausgangslage

Nach der Reform des Staatsangehörigkeitsrechts hat sich die Zahl der Einbürgerungsanträge in Stuttgart mehr als verdoppelt. Die Einbürgerungsbehörde arbeitete mit Papierakten, Wartezeiten für Erstberatungen lagen bei über einem Jahr.

## Umsetzung

Wir führen derzeit einen Online-Antrag ein, der über FIT-Connect an ein neues Fachverfahren mit elektronischer Akte angebunden wird. Antragstellende laden Nachweise wie Sprachzertifikat, Einbürgerungstest und Einkommensnachweise direkt hoch.

- Vorab-Check zu den Voraussetzungen ohne Anmeldung,
- mehrsprachige Ausfüllhilfen,
- digitale Anforderung fehlender Unterlagen,
- Statusabfrage im Nutzerkonto.

Die Pilotphase läuft mit einem Teil der Sachbearbeitung. Parallel werden Altakten nach und nach digitalisiert, damit keine Mischarbeit entsteht.

## Ergebnis

Erste Auswertungen der Pilotphase zeigen, dass vollständige Anträge den Bearbeitungsaufwand um rund ein Drittel senken. Der flächendeckende Start ist für das kommende Jahr geplant. Wir teilen unsere Erfahrungen gern mit anderen großen Einbürgerungsbehörden.`,
    ags: "08111000",
    authorEmail: "",
    serviceIds: [10257],
    status: "in_progress",
    goLiveDate: null,
    maturity: 2,
    software: "Einbürgerung-Online mit FIT-Connect-Anbindung",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 60000,
    costOneOffMax: 120000,
    costYearlyMin: 15000,
    costYearlyMax: 25000,
    effortPersonDays: 180,
    lessonsLearned:
      "Die Digitalisierung der Altakten ist mindestens so aufwendig wie der Online-Antrag. Ein Vorab-Check filtert aussichtslose Anträge früh heraus und entlastet die Beratung.",
    contactName: "Projektteam Einbürgerung, Amt für öffentliche Ordnung",
    contactEmail: "einbuergerung-stuttgart@demo.kommunalnetz.invalid",
    tags: ["einbürgerung", "migration", "digitale akte"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "esslingen-briefwahl",
    title: "Briefwahlunterlagen online beantragen in Esslingen am Neckar",
    summary:
      "Wahlberechtigte in Esslingen am Neckar beantragen Wahlschein und Briefwahlunterlagen online oder per QR-Code auf der Wahlbenachrichtigung.",
    body: `## Ausgangslage

Bei Bundestags-, Landtags- und Kommunalwahlen wählt in Esslingen am Neckar inzwischen rund die Hälfte per Brief. Die Anträge kamen bisher überwiegend auf der Rückseite der Wahlbenachrichtigung per Post und mussten im Wahlamt manuell erfasst werden.

## Umsetzung

Wir haben den Online-Antrag auf Briefwahl direkt im Wahlverfahren aktiviert. Auf jeder Wahlbenachrichtigung ist ein persönlicher QR-Code aufgedruckt, der das Formular vorausfüllt.

- Prüfung gegen das Wählerverzeichnis in Echtzeit,
- abweichende Versandadresse möglich, etwa bei Urlaub,
- Hinweis auf Fristen und Ersatzwahlschein,
- Sendungsverfolgung für die Briefwahlunterlagen.

Vor jeder Wahl führen wir einen Lasttest durch, weil die Zugriffe in den Tagen nach dem Versand der Benachrichtigungen stark ansteigen.

## Ergebnis

Bei der letzten Bundestagswahl kamen über 70 Prozent der Briefwahlanträge digital. Die Erfassung im Wahlamt ist nahezu entfallen, das Personal kann sich auf Wahlhelfende und Sonderfälle konzentrieren. Fehlerhafte Adressen und doppelte Anträge sind deutlich seltener geworden.`,
    ags: "08116019",
    authorEmail: "",
    serviceIds: [10145],
    status: "live",
    goLiveDate: "2021-08-16",
    maturity: 3,
    software: "Wahlverfahren mit Online-Wahlscheinantrag",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 2000,
    costOneOffMax: 4000,
    costYearlyMin: 800,
    costYearlyMax: 1500,
    effortPersonDays: 10,
    lessonsLearned:
      "Der QR-Code auf der Wahlbenachrichtigung war entscheidend für die hohe Nutzung. Lasttests vor jeder Wahl sind Pflicht.",
    contactName: "Wahlamt, Bürgerdienste",
    contactEmail: "wahlamt-esslingen@demo.kommunalnetz.invalid",
    tags: ["wahlen", "briefwahl", "qr-code"],
    links: [],
    basedOnKey: null,
    reuses: [
      { ags: "08119067", status: "live" },
      { ags: "03355016", status: "considering" },
    ],
  },
  {
    key: "karlsruhe-baugenehmigung-digital",
    title: "Digitales Baugenehmigungsverfahren mit ViBa-BW in Karlsruhe",
    summary:
      "Karlsruhe nimmt Bauanträge und Bauvoranfragen vollständig digital entgegen und beteiligt Fachstellen elektronisch. Papierpläne in mehrfacher Ausfertigung gehören der Vergangenheit an.",
    body: `## Ausgangslage

Das Bauordnungsamt in Karlsruhe erhielt Bauanträge in bis zu fünffacher Papierausfertigung. Die Pläne wurden per Hauspost an Fachämter verschickt, was die Verfahren um Wochen verlängerte und viel Lagerfläche band.

## Umsetzung

Wir haben den landesweiten Online-Dienst Virtuelles Bauamt Baden-Württemberg eingeführt und an unser Baugenehmigungsverfahren angebunden. Entwurfsverfasserinnen und Entwurfsverfasser reichen Anträge, Pläne und Nachweise elektronisch ein.

- elektronische Beteiligung von Fachämtern und Trägern öffentlicher Belange,
- digitale Prüfung und Kommentierung der Pläne am Bildschirm,
- Nachforderungen über das Portal statt per Brief,
- Baubeginns- und Fertigstellungsanzeigen ebenfalls online.

Für die Sachbearbeitung wurden große Zweitbildschirme beschafft und Schulungen zur digitalen Planprüfung durchgeführt.

## Ergebnis

Inzwischen gehen rund 75 Prozent der Bauanträge digital ein. Die Laufzeit der Beteiligung hat sich um durchschnittlich drei Wochen verkürzt. Architekturbüros berichten von weniger Aufwand und besserer Transparenz über den Verfahrensstand.`,
    ags: "08212000",
    authorEmail: "",
    serviceIds: [10519, 10521],
    status: "live",
    goLiveDate: "2024-04-15",
    maturity: 3,
    software: "Virtuelles Bauamt Baden-Württemberg (ViBa-BW)",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 30000,
    costOneOffMax: 50000,
    costYearlyMin: 8000,
    costYearlyMax: 12000,
    effortPersonDays: 110,
    lessonsLearned:
      "Ohne gute Hardware für die Planprüfung wird digitale Bearbeitung nicht akzeptiert. Architekturbüros sollten früh über Informationsveranstaltungen eingebunden werden.",
    contactName: "Bauordnungsamt, Digitalisierungsteam",
    contactEmail: "bauordnung-karlsruhe@demo.kommunalnetz.invalid",
    tags: ["bauen", "baugenehmigung", "viba"],
    links: [
      { kind: "documentation", url: "https://example.org/demo/karlsruhe/viba-einfuehrung", label: "Einführungsleitfaden ViBa" },
    ],
    basedOnKey: null,
    reuses: [{ ags: "08311000", status: "in_progress" }],
  },
  {
    key: "freiburg-gewerbesteuer-postfach",
    title: "Gewerbesteuerbescheide digital zustellen in Freiburg im Breisgau",
    summary:
      "Freiburg im Breisgau baut die digitale Zustellung von Gewerbesteuerbescheiden und Vorauszahlungsbescheiden an Unternehmen auf. Grundlage ist das Unternehmenskonto.",
    body: `## Ausgangslage

Die Steuerabteilung der Stadt Freiburg im Breisgau verschickt jedes Jahr zehntausende Bescheide zur Gewerbesteuer, vor allem Anpassungen der Vorauszahlungen. Druck, Kuvertierung und Porto verursachen hohe Kosten, und Steuerberatungsbüros fragen regelmäßig nach digitalen Kopien.

## Umsetzung

Wir binden das kommunale Steuerverfahren an das bundesweite Unternehmenskonto an. Unternehmen, die zugestimmt haben, erhalten ihre Bescheide künftig elektronisch in ihr Postfach. Zusätzlich können sie SEPA-Mandate und Anträge auf Herabsetzung der Vorauszahlungen online stellen.

- Einwilligungsverwaltung für die digitale Zustellung,
- strukturierte Bescheiddaten für Steuerberatung und Buchhaltung,
- Online-Antrag auf Anpassung der Vorauszahlungen,
- Rückkanal für Rückfragen.

Die technische Anbindung ist weitgehend abgeschlossen, derzeit testen wir mit ausgewählten Betrieben.

## Ergebnis

Die Pilotbetriebe bewerten die digitale Zustellung sehr positiv. Wir erwarten nach dem Start deutliche Einsparungen bei Porto und Druck. Offen ist noch die rechtssichere Zustellfiktion, die wir mit dem Rechtsamt klären.`,
    ags: "08311000",
    authorEmail: "",
    serviceIds: [10364],
    status: "in_progress",
    goLiveDate: null,
    maturity: 2,
    software: "Kommunales Steuerverfahren mit Anbindung an das Unternehmenskonto",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 20000,
    costOneOffMax: 35000,
    costYearlyMin: 4000,
    costYearlyMax: 6000,
    effortPersonDays: 65,
    lessonsLearned:
      "Rechtliche Fragen zur Zustellung müssen parallel zur Technik geklärt werden. Steuerberatungsbüros sind die wichtigsten Multiplikatoren.",
    contactName: "Amt für Finanzen, Abteilung Steuern",
    contactEmail: "steuern-freiburg@demo.kommunalnetz.invalid",
    tags: ["gewerbesteuer", "unternehmen", "postfach"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "ulm-kulturfoerderung",
    title: "Digitaler Antrag auf Kulturförderung in Ulm",
    summary:
      "Ulm plant, Anträge auf Projekt- und Investitionsförderung für Kulturschaffende vollständig digital abzuwickeln, vom Antrag bis zum Verwendungsnachweis.",
    body: `## Ausgangslage

Die Kulturabteilung der Stadt Ulm vergibt jährlich Zuschüsse an freie Kulturschaffende, Vereine und Initiativen. Anträge, Kostenpläne und Verwendungsnachweise werden heute als PDF per E-Mail eingereicht und in Tabellen nachgehalten. Fristen und Auszahlungen zu überwachen ist aufwendig.

## Umsetzung

Geplant ist ein digitaler Förderprozess auf Basis eines Formularservers mit nachgelagertem Workflow. In einem ersten Schritt haben wir die Förderrichtlinien vereinheitlicht und die benötigten Daten definiert.

- Online-Antrag mit strukturiertem Kosten- und Finanzierungsplan,
- digitale Beteiligung des Kulturausschusses,
- Bewilligung und Auszahlungsanforderung online,
- Verwendungsnachweis mit Belegupload.

Wir prüfen derzeit, ob wir eine bestehende Förderlösung aus einem anderen Land nachnutzen können, statt selbst zu entwickeln.

## Ergebnis

Das Projekt befindet sich in der Planungsphase. Die überarbeiteten Förderrichtlinien wurden bereits beschlossen und vereinfachen das Verfahren auch unabhängig von der Technik. Interessierte Kommunen sind herzlich eingeladen, sich an der Anforderungsanalyse zu beteiligen.`,
    ags: "08421000",
    authorEmail: "",
    serviceIds: [10408],
    status: "planned",
    goLiveDate: null,
    maturity: 1,
    software: "Formularserver mit Förder-Workflow",
    vendor: "noch offen",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 15000,
    costOneOffMax: 40000,
    costYearlyMin: null,
    costYearlyMax: null,
    effortPersonDays: null,
    lessonsLearned:
      "Vereinfachte Förderrichtlinien sind der erste und günstigste Digitalisierungsschritt. Eine Marktanalyse bestehender Förderlösungen lohnt sich vor jeder Eigenentwicklung.",
    contactName: "Kulturabteilung, Team Förderung",
    contactEmail: "kultur-ulm@demo.kommunalnetz.invalid",
    tags: ["kultur", "förderung", "zuschüsse"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "potsdam-bewohnerparken",
    title: "Bewohnerparken online in Potsdam auf Basis der Heidelberger Lösung",
    summary:
      "Potsdam hat den quelloffenen Bewohnerparkdienst aus Heidelberg übernommen und an die eigene Gebührensatzung und Parkzonen angepasst.",
    body: `## Ausgangslage

In Potsdam wurden Bewohnerparkausweise bisher ausschließlich im Bürgerservice ausgestellt. Mit neuen Parkzonen in der Innenstadt und in Babelsberg war absehbar, dass das Personal die Antragsflut nicht bewältigen würde.

## Umsetzung

Statt eine eigene Lösung auszuschreiben, haben wir den Open-Source-Dienst aus Heidelberg übernommen. Ein externer Dienstleister hat die Anwendung in unserem Rechenzentrum installiert und angepasst.

- Abbildung der Potsdamer Parkzonen und der gestaffelten Gebühren,
- Anbindung an unser Melde- und Zulassungsverfahren,
- Übersetzung der Oberfläche ins Englische,
- Rückführung unserer Verbesserungen in das gemeinsame Repository.

Die Abstimmung mit dem Heidelberger Team lief über regelmäßige Videokonferenzen und das gemeinsame Issue-Board.

## Ergebnis

Nach wenigen Monaten beantragen rund 80 Prozent der Berechtigten ihren Ausweis online. Die Einführung hat weniger als die Hälfte dessen gekostet, was eine Neuentwicklung gekostet hätte. Die Zusammenarbeit zeigt, dass Nachnutzung zwischen Bundesländern gut funktioniert.`,
    ags: "12054000",
    authorEmail: "",
    serviceIds: [10173],
    status: "live",
    goLiveDate: "2024-09-02",
    maturity: 3,
    software: "Bewohnerparken-Online (Open Source, angepasst)",
    vendor: "Eigenentwicklung",
    isOpenSource: true,
    repositoryUrl: "https://gitlab.opencode.de/demo/bewohnerparken-online-potsdam",
    costOneOffMin: 18000,
    costOneOffMax: 25000,
    costYearlyMin: 4000,
    costYearlyMax: 6000,
    effortPersonDays: 45,
    lessonsLearned:
      "Nachnutzung spart Geld, verlangt aber eigene technische Kompetenz für Betrieb und Anpassungen. Verbesserungen zurückzugeben stärkt die Gemeinschaft und senkt langfristig die Wartungskosten.",
    contactName: "Bereich Digitalisierung, Bürgerservice",
    contactEmail: "digital-potsdam@demo.kommunalnetz.invalid",
    tags: ["parken", "open-source", "nachnutzung"],
    links: [
      { kind: "opencode", url: "https://example.org/demo/opencode/bewohnerparken-online-potsdam", label: "Potsdamer Anpassungen" },
    ],
    basedOnKey: "heidelberg-bewohnerparken",
    reuses: [],
  },
  {
    key: "jena-kita-portal",
    title: "Kita-Platz-Vormerkung online in Jena nach Fellbacher Vorbild",
    summary:
      "Jena hat das Konzept der zentralen Kita-Vormerkung aus Fellbach übernommen. Eltern stellen ihren Antrag auf einen Betreuungsplatz nun digital für alle Träger.",
    body: `## Ausgangslage

In Jena gibt es viele freie Träger in der Kindertagesbetreuung. Eltern meldeten ihre Kinder in mehreren Einrichtungen gleichzeitig an, wodurch Wartelisten aufgebläht wurden. Die Jugendhilfeplanung hatte kaum verlässliche Daten.

## Umsetzung

Nach einem Austausch mit Fellbach haben wir deren Vergabekriterien und das Rollenmodell als Vorlage genutzt. Technisch setzen wir dasselbe Produkt ein, konfiguriert für die Thüringer Rahmenbedingungen.

- gemeinsames Portal für städtische und freie Träger,
- Antrag mit bis zu fünf Wunsch-Einrichtungen,
- Anbindung an die Elternbeitragsberechnung,
- Auswertungen für die Jugendhilfeplanung.

Besonders wichtig war eine Kooperationsvereinbarung mit allen Trägern, in der Vergabezeitpunkte und Datenschutzfragen geregelt sind.

## Ergebnis

Fast alle Vormerkungen kommen nun online. Die Zahl der tatsächlich suchenden Familien ist transparent, Doppelanmeldungen sind verschwunden. Die Jugendhilfeplanung nutzt die Daten für den Ausbau in den Stadtteilen mit dem größten Bedarf.`,
    ags: "16053000",
    authorEmail: "",
    serviceIds: [10019],
    status: "live",
    goLiveDate: "2023-08-01",
    maturity: 3,
    software: "Kita-Vormerkportal",
    vendor: "Little Bird",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 12000,
    costOneOffMax: 20000,
    costYearlyMin: 5000,
    costYearlyMax: 8000,
    effortPersonDays: 40,
    lessonsLearned:
      "Eine Kooperationsvereinbarung mit den Trägern war wichtiger als jede technische Frage. Fertige Vergabekriterien einer anderen Stadt beschleunigen die politische Abstimmung enorm.",
    contactName: "Fachdienst Jugendhilfe, Kita-Team",
    contactEmail: "kita-jena@demo.kommunalnetz.invalid",
    tags: ["kita", "familie", "nachnutzung"],
    links: [],
    basedOnKey: "fellbach-kita-platzvergabe",
    reuses: [{ ags: "16074009", status: "considering" }],
  },
  {
    key: "spiegelberg-hundesteuer",
    title: "Hundesteuer online in der kleinen Gemeinde Spiegelberg",
    summary:
      "Die Gemeinde Spiegelberg hat das Hundesteuer-Formular der Stadt Waiblingen übernommen. Auch mit sehr wenig Personal ist die Online-Anmeldung so innerhalb weniger Tage gestartet.",
    body: `## Ausgangslage

Spiegelberg im Schwäbischen Wald hat gut 2.000 Einwohnerinnen und Einwohner und eine sehr kleine Verwaltung. Eigene Digitalisierungsprojekte sind kaum leistbar, trotzdem wünschten sich viele Hundehalter, die Anmeldung nicht im Rathaus erledigen zu müssen.

## Umsetzung

Über den Austausch im Rems-Murr-Kreis sind wir auf das Hundesteuer-Formular der Stadt Waiblingen aufmerksam geworden. Waiblingen hat uns die Formularvorlage zur Verfügung gestellt, Komm.ONE hat sie in unseren Mandanten im Serviceportal übernommen.

- Anpassung von Steuersätzen und Bankverbindung,
- Hinterlegung der Zuständigkeit im Serviceportal,
- Übergabe als PDF an die Kämmerei, da keine Schnittstelle beauftragt wurde,
- Hinweis im Amtsblatt und auf der Gemeindewebsite.

## Ergebnis

Der gesamte Aufwand lag bei etwa drei Personentagen. Über die Hälfte der An- und Abmeldungen kommt inzwischen online. Für eine Gemeinde unserer Größe ist das ein guter Einstieg in die Digitalisierung, dem weitere Formulare folgen sollen.`,
    ags: "08119069",
    authorEmail: "",
    serviceIds: [10160],
    status: "live",
    goLiveDate: "2023-01-16",
    maturity: 2,
    software: "Serviceportal Baden-Württemberg (service-bw), Formular",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 500,
    costOneOffMax: 1000,
    costYearlyMin: 0,
    costYearlyMax: 300,
    effortPersonDays: 3,
    lessonsLearned:
      "Kleine Gemeinden profitieren am meisten von fertigen Vorlagen größerer Nachbarn. Auch ohne Schnittstelle bringt ein gutes Online-Formular spürbare Entlastung.",
    contactName: "Hauptamt, Gemeindeverwaltung",
    contactEmail: "rathaus-spiegelberg@demo.kommunalnetz.invalid",
    tags: ["hundesteuer", "kleine gemeinde", "nachnutzung"],
    links: [],
    basedOnKey: "waiblingen-hundesteuer-online",
    reuses: [],
  },
];
