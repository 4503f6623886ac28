import { Injectable } from '@nestjs/common';
import {
  ForbiddenError,
  InvalidInputError,
  isCalendarDate,
  recordScopeOf,
  IWMO_RELEASE,
  sortToewijzingen,
  toIwmoToewijzing,
  type Actor,
  type IwmoToewijzing,
} from '@wmo/domain';
import { ProviderRepository, ReferralRepository, type PlacementScope } from '@wmo/persistence';
import { findProduct } from '@wmo/reference';
import { knownMunicipality } from '../reference/reference-input';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_PERIOD_DAYS = 5 * 366;

export interface PlacementPeriod {
  /** First day, YYYY-MM-DD (Dutch calendar). */
  readonly from: string;
  /** Last day, YYYY-MM-DD, included. */
  readonly to: string;
}

export interface PlacementExport {
  readonly iwmoRelease: string;
  readonly bericht: 'WMO301';
  readonly gemeenten: readonly string[];
  readonly van: string;
  readonly tot: string;
  readonly toewijzingen: readonly IwmoToewijzing[];
}

/** Placements of the caller's municipalities as iWmo toewijzingen, for one period. */
@Injectable()
export class PlacementExportService {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly providers: ProviderRepository,
  ) {}

  async export(
    actor: Actor,
    municipalityCode: string | null,
    period: PlacementPeriod,
  ): Promise<PlacementExport> {
    checkPeriod(period);
    const scope = scopeOf(actor, municipalityCode);
    // A day wider on both sides in UTC, then exact on the Dutch calendar date below.
    const from = new Date(Date.parse(`${period.from}T00:00:00Z`) - DAY_MS);
    const until = new Date(Date.parse(`${period.to}T00:00:00Z`) + 2 * DAY_MS);
    const placements = await this.referrals.placements(scope, from, until);
    const providers = new Map(
      (await this.providers.findByIds([...new Set(placements.map((p) => p.providerId))])).map(
        (provider) => [provider.id, provider],
      ),
    );
    const rows = placements.flatMap((referral) => {
      const product = findProduct(referral.request.productCode);
      const provider = providers.get(referral.providerId);
      if (!product || !referral.respondedAt) return [];
      return [
        toIwmoToewijzing(
          {
            referralId: referral.id,
            municipalityCode: referral.municipalityCode,
            requestReference: referral.request.reference,
            productCode: referral.request.productCode,
            providerName: provider?.name ?? '',
            providerAgbCode: provider?.agbCode ?? null,
            acceptedAt: referral.respondedAt,
          },
          product,
        ),
      ];
    });
    return {
      iwmoRelease: IWMO_RELEASE,
      bericht: 'WMO301',
      gemeenten: scope.kind === 'MUNICIPALITIES' ? [...scope.municipalityCodes] : [],
      van: period.from,
      tot: period.to,
      toewijzingen: sortToewijzingen(
        rows.filter((row) => row.ingangsdatum >= period.from && row.ingangsdatum <= period.to),
      ),
    };
  }
}

/** STAFF: their own municipalities (one of them when asked); ADMIN: every municipality. */
function scopeOf(actor: Actor, municipalityCode: string | null): PlacementScope {
  const code = municipalityCode && knownMunicipality('municipality', municipalityCode);
  const scope = recordScopeOf(actor);
  const narrowed: PlacementScope | null = code
    ? { kind: 'MUNICIPALITIES', municipalityCodes: [code] }
    : null;
  if (scope.kind === 'ALL') return narrowed ?? scope;
  if (scope.kind !== 'MUNICIPALITIES') throw new ForbiddenError();
  if (!code) return scope;
  if (!scope.municipalityCodes.includes(code)) {
    throw new ForbiddenError('U kunt alleen plaatsingen van uw eigen gemeenten exporteren.');
  }
  return narrowed ?? scope;
}

function checkPeriod({ from, to }: PlacementPeriod): void {
  if (!isCalendarDate(from)) {
    throw new InvalidInputError('from', 'Vul een geldige begindatum in, zoals 2026-01-31.');
  }
  if (!isCalendarDate(to)) {
    throw new InvalidInputError('to', 'Vul een geldige einddatum in, zoals 2026-01-31.');
  }
  if (to < from) throw new InvalidInputError('to', 'De einddatum ligt voor de begindatum.');
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS > MAX_PERIOD_DAYS) {
    throw new InvalidInputError('to', 'Kies een periode van hoogstens vijf jaar.');
  }
}
