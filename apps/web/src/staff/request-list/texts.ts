import { plural } from '../../shared/format';

export const TEXT = {
  title: 'Aanvragen',
  intro: (municipalities: string) =>
    `De aanvragen van ${municipalities}. Open aanvragen staan bovenaan, de nieuwste eerst.`,
  newRequest: 'Nieuwe aanvraag',
  statusNav: 'Filter op status',
  allStatuses: 'Alle statussen',
  withCount: (label: string, count: number | undefined) =>
    count === undefined ? label : `${label} (${count})`,
  filters: 'Filters',
  product: 'Product',
  allProducts: 'Alle producten',
  municipality: 'Gemeente',
  allMunicipalities: 'Alle gemeenten',
  urgency: 'Urgentie',
  allUrgencies: 'Alle urgenties',
  apply: 'Filters toepassen',
  clear: 'Filters wissen',
  loading: 'Even geduld, de aanvragen worden geladen…',
  loadFailed: 'De aanvragen konden niet worden geladen',
  caption: (status: string | null) =>
    status ? `Aanvragen met status ${status.toLowerCase()}` : 'Aanvragen, open eerst',
  pager: 'Pagina’s met aanvragen',
  columns: {
    reference: 'Kenmerk',
    product: 'Product',
    specialisms: 'Doelgroepen',
    municipality: 'Gemeente',
    urgency: 'Urgentie',
    status: 'Status',
    options: 'Opties',
    created: 'Aangemaakt',
  },
  options: (count: number | null) =>
    count === null ? 'wordt berekend' : plural(count, 'optie', 'opties'),
  noSpecialisms: 'geen',
  emptyTitle: 'Nog geen aanvragen',
  emptyText:
    'Er zijn nog geen aanvragen voor uw gemeente(n). Maak een nieuwe aanvraag voor een inwoner die niet past bij de strategische partners.',
  emptyAction: 'Nieuwe aanvraag maken',
  noneFoundTitle: 'Geen aanvragen gevonden',
  noneFoundText: 'Er zijn geen aanvragen met deze filters. Kies andere filters of wis ze.',
};
