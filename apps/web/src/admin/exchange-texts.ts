/** The words of the Uitwisselen page (Dutch, B1). */
export const EXCHANGE_TEXT = {
  title: 'Uitwisselen',
  intro:
    'Wissel de sociale kaart uit met andere systemen: alle aanbieders en hun aanbod, in het open formaat van Open Referral (HSDS).',
  exportTitle: 'Sociale kaart downloaden',
  exportText:
    'U krijgt één bestand met alle aanbieders, hun aanbod, de gemeenten waar zij werken en hun vrije plekken.',
  download: 'Sociale kaart downloaden',
  downloading: 'Bezig met downloaden…',
  downloadFailed: 'Het downloaden lukte niet',
  importTitle: 'Sociale kaart inlezen',
  importText:
    'Kies een bestand en controleer het eerst. Bij de controle verandert er nog niets. Klopt alles, dan kunt u het inlezen. Klopt één onderdeel niet, dan wordt er niets ingelezen.',
  fileLabel: 'Bestand met de sociale kaart',
  fileDescription: 'Een JSON-bestand in het formaat HSDS 3, zoals u het hierboven downloadt.',
  notJson: 'Dit bestand kunnen wij niet lezen. Kies een JSON-bestand.',
  chooseFirst: 'Kies eerst een bestand.',
  check: 'Bestand controleren',
  apply: 'Inlezen',
  busy: 'Even geduld, het bestand wordt verwerkt…',
  importFailed: 'Het bestand is niet verwerkt',
  providers: 'Aanbieders',
  offerings: 'Aanbod',
  rejectedCaption: 'Onderdelen die niet kloppen',
  kind: 'Soort',
  record: 'Welk onderdeel',
  reasons: 'Wat er niet klopt',
};
