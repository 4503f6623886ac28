/** The words of the placement export page (Dutch, B1). */
export const PLACEMENTS_TEXT = {
  title: 'Plaatsingen exporteren',
  intro:
    'Download de plaatsingen van uw gemeenten als toewijzingen voor uw eigen Wmo-systeem. U krijgt de velden van de iWmo-toewijzing (versie 3.2): productcategorie, productcode, ingangsdatum en de andere.',
  volumeHint:
    'Het platform weet niet hoeveel uur of dagdelen iemand krijgt. Volume, eenheid en frequentie zijn daarom leeg: vul ze aan uit de beschikking.',
  municipality: 'Gemeente',
  allMunicipalities: 'Al mijn gemeenten',
  from: 'Van',
  fromHint: 'De eerste dag waarop een aanbieder de aanmelding accepteerde.',
  to: 'Tot en met',
  format: 'Soort bestand',
  csv: 'CSV (voor Excel)',
  json: 'JSON (voor een ander systeem)',
  download: 'Plaatsingen downloaden',
  downloading: 'Bezig met downloaden…',
  failed: 'Het downloaden lukte niet',
  done: 'Het bestand is gedownload.',
};
