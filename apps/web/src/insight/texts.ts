/** Every word on the coverage page and the providers' demand section, in plain Dutch. */
export const COVERAGE_TEXT = {
  title: 'Dekking',
  nav: 'Dekking',
  intro:
    'Waar vinden inwoners met een open aanvraag geen of weinig passend aanbod? U ziet hier alleen aantallen, nooit een inwoner.',
  scope: (names: string) => `Gemeenten: ${names}.`,
  loadError: 'De cijfers over dekking konden niet worden geladen',
  columns: {
    product: 'Product',
    targetGroup: 'Doelgroep',
    municipality: 'Gemeente',
    postcode: 'Postcodegebied',
    open: 'Open aanvragen',
    noOption: 'Geen passend aanbod',
    fewerThanThree: 'Minder dan 3 opties',
    waitingListOnly: 'Alleen wachtlijst',
    placements: 'Plaatsingen',
    median: 'Mediaan (dagen)',
    p90: '9 op de 10 binnen (dagen)',
    outcome: 'Wat er gebeurde',
    reason: 'Reden',
    count: 'Aantal',
    day: 'Dag',
  },
  noTargetGroup: 'Geen doelgroep',
  products: 'Open aanvragen per product',
  productsChart:
    'Open aanvragen zonder passend aanbod, per product. De tabel hieronder geeft dezelfde cijfers.',
  gaps: 'Knelpunten per doelgroep en gemeente',
  gapsNote:
    'De 20 grootste knelpunten: eerst zonder passend aanbod, dan met weinig keus. Een aanvraag met twee doelgroepen telt bij allebei mee. De CSV heeft alle rijen.',
  noGaps: 'Er zijn geen knelpunten: elke open aanvraag heeft 3 of meer opties met een vrije plek.',
  postcodes: 'Per postcodegebied',
  postcodesNote: (k: number, hidden: number) =>
    `We tonen een postcodegebied alleen als het om ten minste ${k} aanvragen gaat, zodat niemand te herkennen is. Hier staan de 20 grootste knelpunten; de CSV heeft alle getoonde gebieden. ` +
    (hidden === 1
      ? 'Eén kleinere groep tonen we niet.'
      : `${hidden} kleinere groepen tonen we niet.`),
  noPostcodes: (k: number) =>
    `Geen enkel postcodegebied heeft ${k} of meer open aanvragen voor één product en doelgroep.`,
  placements: 'Tijd van aanvraag tot plaatsing',
  placementsChart:
    'Mediaan aantal dagen van aanvraag tot plaatsing, per product. De tabel hieronder geeft dezelfde cijfers.',
  noPlacements: 'Er zijn nog geen plaatsingen.',
  outcomes: 'Afgewezen en verlopen aanmeldingen',
  outcome: {
    DECLINED: 'Afgewezen door de aanbieder',
    EXPIRED: 'Verlopen zonder antwoord',
  } as Record<string, string>,
  otherReasons: (k: number) => `Andere redenen (elk minder dan ${k} keer gegeven)`,
  expiredReason: 'Geen antwoord voor het einde van de reservering',
  noOutcomes: 'Er zijn geen afgewezen of verlopen aanmeldingen.',
  series: 'Verloop per dag (laatste 30 dagen)',
  seriesChart:
    'Open aanvragen zonder passend aanbod, per dag. De tabel hieronder geeft dezelfde cijfers.',
  noSeries:
    'Er zijn nog geen dagcijfers. Het platform legt elke nacht de stand vast; morgen ziet u hier de eerste dag.',
  csv: 'Download als CSV',
  days: (value: number) => value.toLocaleString('nl-NL', { maximumFractionDigits: 1 }),
};

export const DEMAND_TEXT = {
  heading: 'Vraag naar uw aanbod',
  intro:
    'Hoeveel open aanvragen in de regio passen bij uw aanbod? Zo ziet u waar een vrije plek het meest helpt. U ziet alleen aantallen.',
  columns: {
    offering: 'Aanbod',
    wouldServe: 'Passen bij dit aanbod als er plek is',
    shownTo: 'Zien dit aanbod nu op hun lijst',
    waitingOnCapacity: 'Wachten alleen op een vrije plek',
  },
  chart:
    'Open aanvragen die bij uw aanbod passen als er plek is, per aanbod. De tabel hieronder geeft dezelfde cijfers.',
  hint: 'Meld vrije plekken zo snel mogelijk: dan komt uw aanbod op de lijst van deze inwoners.',
  loadError: 'De vraag naar uw aanbod kon niet worden geladen',
  empty: 'U heeft nog geen aanbod. Voeg aanbod toe om de vraag te zien.',
};
