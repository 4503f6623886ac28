import { formatCount, formatDecimal, formatList } from './dutch-format';
import { languageName } from './language-names';
import {
  capacityHeadroomLabel,
  distanceLabel,
  explainScore,
  freshnessLabel,
  languageLabel,
  specialismDepthLabel,
  STALE_CAPACITY_LABEL,
  waitingTimeLabel,
} from './reason-labels';
import { SPECIALISMS, specialismNameInSentence } from '../specialisms';
import { scoreOffering } from './scoring';
import { anOffering, aPolicy, aRequest, daysBefore, TEST_NOW } from './testing/factories';

describe('Dutch formatting', () => {
  it('writes numbers with a decimal comma and at most one decimal', () => {
    expect(formatDecimal(2.4)).toBe('2,4');
    expect(formatDecimal(2.44)).toBe('2,4');
    expect(formatDecimal(2.96)).toBe('3');
    expect(formatDecimal(0)).toBe('0');
    expect(formatDecimal(12)).toBe('12');
  });

  it('uses the singular only for exactly one', () => {
    expect(formatCount(1, 'week', 'weken')).toBe('1 week');
    expect(formatCount(0, 'week', 'weken')).toBe('0 weken');
    expect(formatCount(3, 'week', 'weken')).toBe('3 weken');
  });

  it('joins lists the Dutch way', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['NAH'])).toBe('NAH');
    expect(formatList(['NAH', 'GGZ'])).toBe('NAH en GGZ');
    expect(formatList(['NAH', 'GGZ', 'LVB'])).toBe('NAH, GGZ en LVB');
  });

  it('names languages in Dutch, falling back to the code', () => {
    expect(languageName('tr')).toBe('Turks');
    expect(languageName('xx')).toBe('xx');
  });
});

describe('reason labels', () => {
  it('DISTANCE says "Dichtbij" within the half-life distance', () => {
    expect(distanceLabel(0, 5)).toBe('In uw buurt');
    expect(distanceLabel(0.49, 5)).toBe('In uw buurt');
    expect(distanceLabel(2.44, 5)).toBe('Dichtbij: 2,4 km van uw postcode');
    expect(distanceLabel(12.3, 5)).toBe('Afstand: 12,3 km van uw postcode');
  });

  it('WAITING_TIME says "Korte wachttijd" within the half-life', () => {
    expect(waitingTimeLabel(0, 4)).toBe('Geen wachttijd');
    expect(waitingTimeLabel(1, 4)).toBe('Korte wachttijd: 1 week');
    expect(waitingTimeLabel(9, 4)).toBe('Wachttijd: 9 weken');
  });

  it('SPECIALISM_DEPTH names the extra target groups in words, never by code', () => {
    expect(specialismDepthLabel(['NAH'])).toBe(
      'Heeft ook ervaring met niet-aangeboren hersenletsel',
    );
    expect(specialismDepthLabel(['AUTISME', 'PGA', 'EX_GEDETINEERDEN'])).toBe(
      'Heeft ook ervaring met autismespectrum, persoonsgerichte aanpak (PGA) en (ex-)gedetineerden',
    );
    expect(specialismDepthLabel([])).toBe('Heeft ervaring met wat u nodig hebt');
  });

  it('LANGUAGE names the preferred languages spoken', () => {
    expect(languageLabel(['tr'], ['tr'])).toBe('Spreekt uw taal: Turks');
    expect(languageLabel(['ar', 'tr'], ['ar', 'tr'])).toBe('Spreekt uw taal: Arabisch en Turks');
    expect(languageLabel(['tr'], [])).toBe('Spreekt uw voorkeurstaal niet');
    expect(languageLabel([], [])).toBe('Geen voorkeur voor een taal');
  });

  it('CAPACITY_HEADROOM counts places, or says the resident joins the waiting list', () => {
    expect(capacityHeadroomLabel(3)).toBe('Ruimte: 3 vrije plekken');
    expect(capacityHeadroomLabel(1)).toBe('Ruimte: 1 vrije plek');
    expect(capacityHeadroomLabel(0)).toBe('Nu geen vrije plek: u komt op de wachtlijst');
  });

  it('FRESHNESS says how old the capacity report is', () => {
    expect(freshnessLabel(0.5, false)).toBe('Vrije plekken vandaag doorgegeven');
    expect(freshnessLabel(1.2, false)).toBe('Vrije plekken 1 dag geleden doorgegeven');
    expect(freshnessLabel(40.9, true)).toBe('Vrije plekken al 40 dagen niet doorgegeven');
    expect(freshnessLabel(Infinity, true)).toBe(
      'Niet bekend wanneer de vrije plekken zijn doorgegeven',
    );
  });
});

describe('explainScore', () => {
  const policy = aPolicy();
  const request = aRequest({ specialisms: ['GGZ'], preferredLanguages: ['tr'] });

  it('reports every component with points that add up to the score', () => {
    const offering = anOffering({
      specialisms: ['GGZ', 'NAH'],
      languages: ['nl', 'tr'],
      freePlaces: 3,
      waitingWeeks: 0,
    });
    const score = scoreOffering(request, offering, 2.4, policy, TEST_NOW.getTime());
    const reasons = explainScore(request, offering, 2.4, policy, score);
    expect(reasons.map((reason) => [reason.code, reason.label])).toEqual([
      ['DISTANCE', 'Dichtbij: 2,4 km van uw postcode'],
      ['WAITING_TIME', 'Geen wachttijd'],
      ['SPECIALISM_DEPTH', 'Heeft ook ervaring met niet-aangeboren hersenletsel'],
      ['LANGUAGE', 'Spreekt uw taal: Turks'],
      ['CAPACITY_HEADROOM', 'Ruimte: 3 vrije plekken'],
      ['FRESHNESS', 'Vrije plekken 1 dag geleden doorgegeven'],
    ]);
    const total = reasons.reduce((sum, reason) => sum + reason.points, 0);
    expect(Math.round(total * 10) / 10).toBe(score.score);
  });

  it('adds a STALE_CAPACITY flag worth 0 points to an old capacity report', () => {
    const offering = anOffering({ capacityUpdatedAt: daysBefore(TEST_NOW, 40) });
    const score = scoreOffering(request, offering, 1, policy, TEST_NOW.getTime());
    const reasons = explainScore(request, offering, 1, policy, score);
    expect(reasons.find((reason) => reason.code === 'FRESHNESS')?.label).toBe(
      'Vrije plekken al 40 dagen niet doorgegeven',
    );
    expect(reasons[reasons.length - 1]).toEqual({
      code: 'STALE_CAPACITY',
      label: STALE_CAPACITY_LABEL,
      points: 0,
    });
  });
});

describe('no reason label shows a code', () => {
  it('names every target group in words', () => {
    for (const { code, name } of SPECIALISMS) {
      const label = specialismDepthLabel([code]);
      expect(label.toLowerCase()).toContain(name.toLowerCase());
      // A code may appear only where the name itself holds it, as "(PGA)" does.
      if (!name.includes(code)) expect(label).not.toContain(code);
    }
  });

  it('keeps an abbreviation in capitals inside a sentence', () => {
    expect(specialismNameInSentence('PGA')).toBe('persoonsgerichte aanpak (PGA)');
    expect(specialismNameInSentence('UNKNOWN_GROUP')).toBe('unknown group');
  });
});
