/** Every text of the resident page, in plain Dutch (B1). */
export const TEXT = {
  site: 'Wmo Gooi en Vechtstreek',
  title: 'Uw mogelijkheden',
  intro: (product: string, municipality: string) =>
    `Uw consulent van de gemeente ${municipality} zocht voor u naar ${product}. Hieronder ziet u welke aanbieders passen. De beste keuze staat bovenaan.`,
  howToChoose:
    'Lees de mogelijkheden rustig door. Kies de aanbieder die u het liefst wilt. Uw consulent ziet uw keuze en neemt contact met u op.',
  loading: 'Even geduld, we halen uw mogelijkheden op…',
  computing:
    'Uw lijst wordt nu gemaakt. Dat duurt meestal een paar seconden. U hoeft niets te doen: de lijst verschijnt hier vanzelf.',
  noOptionsTitle: 'Er is nu nog geen passende plek',
  noOptions:
    'Op dit moment heeft geen aanbieder een plek die bij u past. Uw consulent zoekt verder. Komt er een plek vrij? Dan ziet u die hier.',
  optionHeading: (rank: number, total: number) => `Mogelijkheid ${rank} van ${total}`,
  distance: 'Afstand',
  waiting: 'Wachttijd',
  place: 'Plek vrij?',
  placeFree: (count: number) =>
    count === 1 ? 'Ja, er is 1 plek vrij' : `Ja, er zijn ${count} plekken vrij`,
  placeWaitingList: 'Nee, nu niet. U komt op de wachtlijst.',
  whyFits: 'Waarom dit bij u past',
  staleNote:
    'Let op: deze aanbieder heeft lang niet doorgegeven hoeveel plekken er vrij zijn. Dit klopt misschien niet meer.',
  yourChoice: 'Uw keuze',
  choose: (provider: string) => `Kies ${provider}`,
  confirmQuestion: (provider: string) =>
    `U kiest ${provider}. Uw consulent ziet dit en neemt contact met u op. Klopt dat?`,
  confirmYes: 'Ja, dit kies ik',
  confirmNo: 'Nee, terug',
  saving: 'Uw keuze wordt doorgegeven…',
  saved: (provider: string) =>
    `Gelukt. U hebt gekozen voor ${provider}. Uw consulent ziet uw keuze. U kunt uw keuze nog veranderen.`,
  updated: (time: string) => `Uw lijst is bijgewerkt om ${time}.`,
  statusReferred:
    'Uw consulent heeft u aangemeld bij een aanbieder. De aanbieder laat snel weten of er plek is. U hoeft nu niets te doen.',
  statusPlaced: 'U hebt een plek bij een aanbieder. Uw consulent heeft dit geregeld.',
  statusClosed:
    'Deze aanvraag is afgesloten. Hebt u nog vragen? Neem dan contact op met uw consulent.',
  linkProblemTitle: 'Deze link werkt niet (meer)',
  linkProblem: [
    'Een link werkt een paar weken. Misschien is deze link te oud. Of uw consulent heeft u een nieuwe link gestuurd.',
    'Wat kunt u doen? Neem contact op met uw consulent. Weet u niet wie dat is? Bel dan het Wmo-loket van uw gemeente. Zij helpen u verder.',
  ],
  errorTitle: 'Het lukt nu niet om uw lijst te laten zien',
  retry: 'Opnieuw proberen',
  privacy:
    'Deze pagina is alleen voor u. Deel de link niet met anderen. Op deze pagina staan geen naam en adres.',
} as const;
