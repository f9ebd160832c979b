// DEMO DATA: invented implementation examples for real municipalities and real OZG services.
import type { DemoSolution } from "./type";

export const part5: DemoSolution[] = [
  {
    key: "fellbach-ausweisdokumente-abholung",
    title: "Digitale Vorbereitung und Abholbenachrichtigung für Ausweisdokumente in Fellbach",
    summary:
      "Fellbach plant, Anträge auf Personalausweis und Reisepass digital vorzubereiten und Antragstellende automatisch zu benachrichtigen, sobald das Dokument abholbereit ist.",
    body: `## Ausgangslage

Personalausweise und Reisepässe machen in Fellbach den größten Teil der Termine im Bürgeramt aus. Viele Vorsprachen dauern länger als nötig, weil Fotos nicht den Anforderungen entsprechen oder Unterlagen fehlen. Zudem rufen viele Menschen an, um zu fragen, ob ihr Dokument schon da ist.

## Umsetzung

Geplant ist ein zweistufiges Vorgehen. Zunächst sollen Antragstellende ihre Daten und ein digitales Lichtbild vorab online übermitteln und direkt einen passenden Termin buchen. In einem zweiten Schritt folgt eine automatische Benachrichtigung per E-Mail oder SMS, sobald das Dokument von der Bundesdruckerei eingetroffen ist.

- Online-Vorerfassung mit Prüfung des Lichtbilds,
- Online-Terminvergabe mit passenden Zeitfenstern,
- Statusabfrage zur Abholbereitschaft,
- Abholung ohne erneuten Termin.

Derzeit klären wir mit dem Fachverfahrenshersteller, welche Schnittstellen verfügbar sind.

## Ergebnis

Ein Ergebnis liegt noch nicht vor. Wir rechnen mit kürzeren Terminen und deutlich weniger Anrufen. Gemeinsam mit Waiblingen prüfen wir eine gemeinsame Beschaffung.`,
    ags: "08119020",
    authorEmail: "mehmet.yilmaz@demo.kommunalnetz.invalid",
    serviceIds: [10119, 10177],
    status: "planned",
    goLiveDate: null,
    maturity: 1,
    software: "Online-Terminvergabe mit Statusabfrage",
    vendor: "noch offen",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 8000,
    costOneOffMax: 15000,
    costYearlyMin: null,
    costYearlyMax: null,
    effortPersonDays: null,
    lessonsLearned:
      "Eine Auswertung der Anrufgründe hat gezeigt, wo der größte Nutzen liegt. Gemeinsame Beschaffung mit Nachbarkommunen verbessert die Verhandlungsposition.",
    contactName: "Sachgebiet Bürgerservice",
    contactEmail: "buergerservice-fellbach@demo.kommunalnetz.invalid",
    tags: ["ausweis", "terminvergabe", "bürgeramt"],
    links: [],
    basedOnKey: null,
    reuses: [{ ags: "08119079", status: "considering" }],
  },
  {
    key: "karlsruhe-wohngeld",
    title: "Einführung des Wohngeld-Onlinedienstes in Karlsruhe nach Leipziger Vorbild",
    summary:
      "Karlsruhe führt den Wohngeld-Onlinedienst mit Fachverfahrensanbindung ein und orientiert sich dabei an den Erfahrungen aus Leipzig.",
    body: `## Ausgangslage

Auch in Karlsruhe hat die Wohngeldreform die Zahl der Anträge stark erhöht. Die Wohngeldstelle arbeitet noch überwiegend mit Papierakten, und viele Anträge sind unvollständig. Nachforderungen per Brief verzögern die Bewilligung um Wochen.

## Umsetzung

Nach einem Erfahrungsaustausch mit Leipzig haben wir entschieden, den Onlinedienst nicht isoliert einzuführen, sondern gleichzeitig die digitale Akte in der Wohngeldstelle. Das Leipziger Vorgehen zur Schulung von Beratungsstellen übernehmen wir weitgehend.

- Anbindung des Onlinedienstes über FIT-Connect an das Fachverfahren,
- Einführung der elektronischen Akte für Neuanträge,
- digitale Nachforderung fehlender Unterlagen,
- Schulungen für Sozialberatungsstellen und Mietervereine.

Der Onlinedienst ist technisch angebunden, die digitale Akte befindet sich im Testbetrieb. Der Start für alle Neuanträge ist für das nächste Quartal vorgesehen.

## Ergebnis

In der Testphase waren online gestellte Anträge deutlich häufiger vollständig als Papieranträge. Wir erwarten, die Bearbeitungszeiten spürbar zu senken und Rückstände abzubauen.`,
    ags: "08212000",
    authorEmail: "",
    serviceIds: [10092],
    status: "in_progress",
    goLiveDate: null,
    maturity: 2,
    software: "Wohngeld-Onlinedienst (EfA) mit FIT-Connect-Anbindung",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 12000,
    costOneOffMax: 20000,
    costYearlyMin: 4000,
    costYearlyMax: 6500,
    effortPersonDays: 60,
    lessonsLearned:
      "Online-Antrag und digitale Akte gehören zusammen eingeführt. Der Austausch mit einer Stadt, die schon weiter ist, hat uns vor mehreren Fehlentscheidungen bewahrt.",
    contactName: "Sozial- und Jugendbehörde, Wohngeldstelle",
    contactEmail: "wohngeld-karlsruhe@demo.kommunalnetz.invalid",
    tags: ["wohngeld", "soziales", "nachnutzung"],
    links: [
      { kind: "efa_marketplace", url: "https://example.org/demo/efa/wohngeld", label: "EfA-Leistung Wohngeld" },
    ],
    basedOnKey: "leipzig-wohngeld-antrag",
    reuses: [],
  },
  {
    key: "freiburg-aufenthaltstitel",
    title: "Online-Antrag für Aufenthaltstitel in Freiburg im Breisgau",
    summary:
      "Freiburg im Breisgau plant die digitale Antragstellung für Aufenthaltstitel mit Vorprüfung vor der Terminvergabe, um die Wartezeiten in der Ausländerbehörde zu senken.",
    body: `## Ausgangslage

Freiburg im Breisgau ist Universitätsstadt mit vielen internationalen Studierenden und Forschenden. Die Ausländerbehörde kämpft mit langen Wartezeiten, besonders zu Semesterbeginn. Viele Termine müssen wiederholt werden, weil Nachweise fehlen.

## Umsetzung

Wir planen einen Online-Antrag für Aufenthaltstitel, der die Unterlagen vor der Terminvergabe prüft. Erste Gespräche mit der Stadt Darmstadt, die ein ähnliches Verfahren bereits erfolgreich betreibt, haben uns in diesem Ansatz bestärkt.

- Antragstellung auf Deutsch, Englisch und Französisch,
- Upload aller Nachweise vor dem Termin,
- Termin nur noch für Identitätsprüfung und Ausgabe,
- enge Abstimmung mit Universität und Forschungseinrichtungen.

Aktuell erstellen wir das Fachkonzept und klären mit unserem IT-Dienstleister, ob eine Anbindung über FIT-Connect an das vorhandene Fachverfahren möglich ist.

## Ergebnis

Das Vorhaben ist in der Planungsphase. Die Finanzierung ist im Haushalt gesichert. Ziel ist, die Zahl der Vorsprachen pro Fall zu halbieren und die Ausländerbehörde spürbar zu entlasten.`,
    ags: "08311000",
    authorEmail: "",
    serviceIds: [10255],
    status: "planned",
    goLiveDate: null,
    maturity: 1,
    software: "Online-Antrag Ausländerbehörde (geplant)",
    vendor: "Komm.ONE",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 20000,
    costOneOffMax: 35000,
    costYearlyMin: 5000,
    costYearlyMax: 8000,
    effortPersonDays: null,
    lessonsLearned:
      "Gespräche mit Kommunen, die bereits live sind, sollten vor dem Fachkonzept stattfinden. Hochschulen sind wichtige Partner für Kommunikation und Terminsteuerung.",
    contactName: "Amt für Migration und Integration, Projektteam",
    contactEmail: "migration-freiburg@demo.kommunalnetz.invalid",
    tags: ["aufenthalt", "migration", "hochschule"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "potsdam-einbuergerung",
    title: "Digitale Einbürgerungsanträge mit Terminsteuerung in Potsdam",
    summary:
      "Potsdam baut einen Online-Antrag für die Einbürgerung auf und verbindet ihn mit einer Terminsteuerung für Beratung und Urkundenaushändigung.",
    body: `## Ausgangslage

Die Einbürgerungsbehörde in Potsdam verzeichnet seit der Gesetzesänderung einen starken Anstieg der Anträge. Die Erstberatung war bisher Voraussetzung für jede Antragstellung und band einen Großteil der Kapazität.

## Umsetzung

Wir ersetzen die verpflichtende Erstberatung durch einen digitalen Selbsttest und einen Online-Antrag. Beratung erfolgt nur noch bei Bedarf.

- Selbsttest zu Aufenthaltsdauer, Sprachkenntnissen und Lebensunterhalt,
- Online-Antrag mit Upload aller Nachweise,
- digitale Vollständigkeitsprüfung und Nachforderung,
- Online-Terminvergabe für die feierliche Aushändigung der Urkunde.

Der Selbsttest ist bereits online und wird gut angenommen. Der Online-Antrag befindet sich in der Abnahme, die Anbindung an das Fachverfahren wird mit dem IT-Dienstleister getestet.

## Ergebnis

Seit Einführung des Selbsttests ist die Zahl der Beratungsanfragen um etwa 40 Prozent gesunken. Wir gehen davon aus, dass der Online-Antrag die Bearbeitung weiter beschleunigt. Die Erfahrungen teilen wir gern mit anderen Einbürgerungsbehörden, etwa mit Stuttgart.`,
    ags: "12054000",
    authorEmail: "",
    serviceIds: [10257],
    status: "in_progress",
    goLiveDate: null,
    maturity: 2,
    software: "Online-Antrag Einbürgerung mit Online-Terminvergabe",
    vendor: "Dataport",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 30000,
    costOneOffMax: 45000,
    costYearlyMin: 6000,
    costYearlyMax: 9000,
    effortPersonDays: 85,
    lessonsLearned:
      "Ein einfacher Selbsttest entlastet die Beratung sofort, noch bevor der eigentliche Antrag fertig ist. Schrittweises Vorgehen bringt früh sichtbare Erfolge.",
    contactName: "Bereich Digitalisierung, Bürgerservice",
    contactEmail: "digital-potsdam@demo.kommunalnetz.invalid",
    tags: ["einbürgerung", "migration", "terminvergabe"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "jena-naturschutz-eingriff",
    title: "Digitale Beteiligung der unteren Naturschutzbehörde in Jena",
    summary:
      "Jena digitalisiert Anträge auf naturschutzrechtliche Genehmigungen und Befreiungen und verknüpft sie mit den Geodaten der Schutzgebiete.",
    body: `## Ausgangslage

Die untere Naturschutzbehörde der Stadt Jena prüft Eingriffe in Natur und Landschaft, etwa bei Bauvorhaben im Außenbereich, Gehölzrodungen oder Veranstaltungen in Schutzgebieten. Anträge kommen in sehr unterschiedlicher Qualität, oft fehlen Angaben zur genauen Lage.

## Umsetzung

Wir entwickeln einen Online-Antrag, der die Lage des Vorhabens direkt mit den Geodaten zu Schutzgebieten, Biotopen und geschützten Arten verschneidet. Antragstellende sehen sofort, welche Schutzgüter betroffen sein können.

- Kartenbasierte Erfassung des Vorhabens,
- automatische Hinweise auf Schutzgebiete und Biotope,
- Upload von Gutachten und Ausgleichskonzepten,
- digitale Stellungnahmen an die Bauaufsicht.

Die Geodaten sind aufbereitet, die Formularstrecke befindet sich in der Entwicklung.

## Ergebnis

Erste Tests mit Planungsbüros fielen positiv aus. Wir erwarten vollständigere Anträge und schnellere Stellungnahmen. Die Kartenkomponente soll später auch für andere umweltrechtliche Verfahren der Stadt genutzt werden.`,
    ags: "16053000",
    authorEmail: "",
    serviceIds: [10507, 10487],
    status: "in_progress",
    goLiveDate: null,
    maturity: 1,
    software: "Formularserver mit Geodaten-Anbindung",
    vendor: "Eigenentwicklung",
    isOpenSource: true,
    repositoryUrl: "https://gitlab.opencode.de/demo/naturschutz-antrag-geo",
    costOneOffMin: 20000,
    costOneOffMax: 30000,
    costYearlyMin: 2000,
    costYearlyMax: 4000,
    effortPersonDays: 70,
    lessonsLearned:
      "Die Aufbereitung der Geodaten war der Schlüssel und kostete die meiste Zeit. Planungsbüros sind kritische, aber sehr hilfreiche Testnutzer.",
    contactName: "Fachdienst Umweltschutz, untere Naturschutzbehörde",
    contactEmail: "umwelt-jena@demo.kommunalnetz.invalid",
    tags: ["naturschutz", "umwelt", "geodaten"],
    links: [
      { kind: "opencode", url: "https://example.org/demo/opencode/naturschutz-antrag-geo", label: "Repository Geodaten-Komponente" },
    ],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "embsen-briefwahl",
    title: "Briefwahl online für Embsen und die Samtgemeinde Ilmenau",
    summary:
      "Für die Wahlberechtigten in Embsen soll die Briefwahl künftig online und per QR-Code beantragt werden können. Vorbild ist das Vorgehen in Esslingen am Neckar.",
    body: `## Ausgangslage

Embsen ist eine Gemeinde mit knapp 2.800 Einwohnerinnen und Einwohnern im Landkreis Lüneburg. Die Wahlen werden gemeinsam mit der Samtgemeinde Ilmenau organisiert. Bislang können Briefwahlunterlagen nur schriftlich oder persönlich beantragt werden, was bei der kleinen Verwaltung vor Wahlen zu Engpässen führt.

## Umsetzung

Wir planen, den Online-Antrag auf Briefwahl im vorhandenen Wahlprogramm freizuschalten und einen QR-Code auf die Wahlbenachrichtigung zu drucken. Das Konzept aus Esslingen am Neckar dient als Vorlage, insbesondere Lasttests und Kommunikation.

- Freischaltung des Online-Wahlscheinantrags,
- QR-Code auf der Wahlbenachrichtigung,
- Hinweise im Mitteilungsblatt und auf der Website,
- Test mit einer kleinen Wahl vor dem ersten großen Einsatz.

## Ergebnis

Die Umsetzung ist für die nächste Kommunalwahl geplant. Wir erwarten, dass ein großer Teil der Anträge digital eingeht und die Verwaltung in den Wochen vor der Wahl entlastet wird.`,
    ags: "03355016",
    authorEmail: "",
    serviceIds: [10145],
    status: "planned",
    goLiveDate: null,
    maturity: 1,
    software: "Wahlprogramm mit Online-Wahlscheinantrag",
    vendor: "noch offen",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 500,
    costOneOffMax: 1500,
    costYearlyMin: 200,
    costYearlyMax: 500,
    effortPersonDays: 4,
    lessonsLearned:
      "Schon in der Planung hilft der Blick auf größere Kommunen, Stolpersteine früh zu erkennen. Für kleine Verwaltungen zählt vor allem, dass die Lösung ohne eigenes IT-Personal läuft.",
    contactName: "Wahlamt der Samtgemeinde, Bürgerservice",
    contactEmail: "wahlen-embsen@demo.kommunalnetz.invalid",
    tags: ["wahlen", "briefwahl", "kleine gemeinde"],
    links: [],
    basedOnKey: "esslingen-briefwahl",
    reuses: [],
  },
  {
    key: "daenischenhagen-zweitwohnungssteuer",
    title: "Digitale Erklärung zur Zweitwohnungssteuer in Dänischenhagen",
    summary:
      "Dänischenhagen plant eine Online-Erklärung zur Zweitwohnungssteuer, damit Eigentümerinnen und Eigentümer von Ferien- und Zweitwohnungen ihre Angaben ohne Papierformular übermitteln können.",
    body: `## Ausgangslage

Dänischenhagen liegt nahe der Ostseeküste und der Landeshauptstadt Kiel. Viele Zweitwohnungen werden von Menschen genutzt, die nicht in der Region leben. Die Erklärungen zur Zweitwohnungssteuer kommen bisher per Post, Rückfragen werden per Brief geklärt. Die Bearbeitung liegt bei der Amtsverwaltung, die mehrere Gemeinden betreut.

## Umsetzung

Geplant ist eine Online-Erklärung, die sich am Landesformularbaukasten orientiert. Sie soll die Angaben zu Wohnung, Mietwert und Nutzungszeiten strukturiert abfragen und an das Steuerverfahren übergeben.

- Online-Erklärung mit Hinweisen zu Befreiungen,
- Upload von Mietvertrag oder Nutzungsnachweisen,
- Änderungsmeldungen bei Verkauf oder Nutzungswechsel,
- Nutzung durch alle Gemeinden des Amtes.

Derzeit sammeln wir die Anforderungen und sprechen mit dem Landesdienstleister über Kosten.

## Ergebnis

Das Vorhaben steht am Anfang. Ziel ist, Rückfragen zu reduzieren und Eigentümern, die weit entfernt wohnen, den Weg ins Amt zu ersparen.`,
    ags: "01058037",
    authorEmail: "",
    serviceIds: [10126],
    status: "planned",
    goLiveDate: null,
    maturity: 0,
    software: "Formularbaukasten des Landes",
    vendor: "Dataport",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: null,
    costOneOffMax: null,
    costYearlyMin: null,
    costYearlyMax: null,
    effortPersonDays: null,
    lessonsLearned:
      "Für kleine Gemeinden lohnt sich die Planung auf Amtsebene, damit alle Mitgliedsgemeinden profitieren. Landesweite Formularbaukästen senken die Einstiegshürde.",
    contactName: "Amtsverwaltung, Steuern und Abgaben",
    contactEmail: "amt-daenischenhagen@demo.kommunalnetz.invalid",
    tags: ["steuern", "zweitwohnung", "kleine gemeinde"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "buergel-friedhofsverwaltung",
    title: "Digitale Friedhofsverwaltung für die Stadt Bürgel",
    summary:
      "Die kleine Stadt Bürgel plant, Grabstellen, Nutzungsrechte und Gebühren digital zu verwalten und Angehörigen Anträge online zu ermöglichen.",
    body: `## Ausgangslage

Bürgel im Saale-Holzland-Kreis hat rund 3.000 Einwohnerinnen und Einwohner und mehrere Friedhöfe in der Kernstadt und den Ortsteilen. Die Grabstellen werden in handschriftlichen Büchern geführt. Ablaufende Nutzungsrechte werden oft zu spät bemerkt, und Auskünfte an Angehörige dauern lange.

## Umsetzung

Angeregt durch das Projekt in Schorndorf planen wir die Einführung einer einfachen Friedhofsverwaltung als Cloud-Lösung. Zunächst sollen die Grabbücher digitalisiert und die Grabstellen in einem Lageplan erfasst werden.

- Digitalisierung der Grabbücher mit Unterstützung einer Ehrenamtsgruppe,
- Erfassung der Grabstellen im Lageplan,
- automatische Erinnerung an ablaufende Nutzungsrechte,
- Online-Antrag auf Verlängerung für Angehörige.

Wir prüfen Fördermöglichkeiten des Landes und eine gemeinsame Beschaffung mit Nachbargemeinden.

## Ergebnis

Das Vorhaben ist in der Planung. Wir erhoffen uns weniger Aufwand bei Auskünften und eine verlässliche Gebührenerhebung. Erfahrungsberichte anderer kleiner Kommunen sind uns sehr willkommen.`,
    ags: "16074009",
    authorEmail: "",
    serviceIds: [10227],
    status: "planned",
    goLiveDate: null,
    maturity: 0,
    software: "Friedhofsverwaltung als Cloud-Lösung (Auswahl offen)",
    vendor: "noch offen",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 3000,
    costOneOffMax: 8000,
    costYearlyMin: 600,
    costYearlyMax: 1500,
    effortPersonDays: null,
    lessonsLearned:
      "Die Digitalisierung der Altbestände ist das eigentliche Projekt. Ehrenamtliche mit Ortskenntnis sind dafür eine große Hilfe.",
    contactName: "Hauptamt, Stadtverwaltung",
    contactEmail: "stadt-buergel@demo.kommunalnetz.invalid",
    tags: ["friedhof", "bestattung", "kleine gemeinde"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
  {
    key: "esslingen-musikschule-anmeldung",
    title: "Online-Anmeldung und Gebührenverwaltung für die Musikschule in Esslingen am Neckar",
    summary:
      "Esslingen am Neckar stellt die Anmeldung zur städtischen Musikschule auf ein Online-Verfahren um, inklusive Ermäßigungsanträgen und Lastschriftmandat.",
    body: `## Ausgangslage

Die städtische Musikschule in Esslingen am Neckar hat mehrere tausend Schülerinnen und Schüler. Anmeldungen, Ermäßigungsanträge und Kündigungen laufen über Papierformulare, die im Sekretariat abgetippt werden. Zu Beginn des Schuljahres entstehen lange Wartelisten und viele Rückfragen.

## Umsetzung

Wir führen ein Online-Anmeldeverfahren ein, das an die Verwaltungssoftware der Musikschule angebunden ist. Eltern melden ihre Kinder digital an und wählen Instrument, Unterrichtsform und Wunschzeiten.

- Online-Anmeldung mit Warteliste und automatischer Benachrichtigung,
- Antrag auf Ermäßigung mit Nachweisupload,
- SEPA-Lastschriftmandat digital erteilen,
- Kündigung und Änderungen online.

Die Anmeldung ist bereits freigeschaltet, die Ermäßigungsanträge folgen im nächsten Schritt.

## Ergebnis

Schon jetzt gehen über die Hälfte der Neuanmeldungen online ein, und das Sekretariat muss deutlich weniger erfassen. Mit den digitalen Ermäßigungsanträgen erwarten wir, auch Familien mit geringem Einkommen besser zu erreichen.`,
    ags: "08116019",
    authorEmail: "",
    serviceIds: [10023],
    status: "in_progress",
    goLiveDate: null,
    maturity: 2,
    software: "Musikschulverwaltung mit Online-Anmeldung",
    vendor: "Fachverfahrenshersteller Musikschule",
    isOpenSource: false,
    repositoryUrl: null,
    costOneOffMin: 6000,
    costOneOffMax: 10000,
    costYearlyMin: 2500,
    costYearlyMax: 4000,
    effortPersonDays: 25,
    lessonsLearned:
      "Schrittweise Freischaltung erlaubt schnelle Erfolge ohne großes Risiko. Die Lehrkräfte sollten früh eingebunden werden, weil sie Eltern am häufigsten beraten.",
    contactName: "Musikschule, Verwaltung",
    contactEmail: "musikschule-esslingen@demo.kommunalnetz.invalid",
    tags: ["musikschule", "familie", "kultur"],
    links: [],
    basedOnKey: null,
    reuses: [],
  },
];
