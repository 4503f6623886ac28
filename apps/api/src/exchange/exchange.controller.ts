import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { InvalidInputError, toewijzingenCsv, UnauthenticatedError, type Actor } from '@wmo/domain';
import { Allow } from '../auth/allow.decorator';
import type { AuthenticatedRequest } from '../auth/request-context';
import { ExchangeErrorsFilter } from './exchange-errors.filter';
import { HsdsExchangeService, type HsdsImportReport } from './hsds-exchange.service';
import { PlacementExportService } from './placement-export.service';

/**
 * Files for other systems, over plain HTTP with the same Bearer token as the GraphQL API:
 * placements as iWmo toewijzingen (CSV or JSON) and providers and offerings as HSDS JSON.
 * Plain HTTP because these are files: a download with a name and type, an upload of megabytes.
 */
@Controller('exchange')
@UseFilters(ExchangeErrorsFilter)
export class ExchangeController {
  constructor(
    private readonly placements: PlacementExportService,
    private readonly hsds: HsdsExchangeService,
  ) {}

  @Allow('STAFF', 'ADMIN')
  @Get('placements')
  async placementExport(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('municipality') municipality: unknown,
    @Query('format') format: unknown,
  ): Promise<void> {
    if (format !== undefined && format !== 'csv' && format !== 'json') {
      throw new InvalidInputError('format', 'Kies csv of json.');
    }
    const exported = await this.placements.export(
      actorOf(req),
      typeof municipality === 'string' && municipality !== '' ? municipality : null,
      { from: typeof from === 'string' ? from : '', to: typeof to === 'string' ? to : '' },
    );
    const name = `toewijzingen-${exported.van}-${exported.tot}`;
    if (format === 'json') {
      attachment(res, `${name}.json`).json(exported);
      return;
    }
    attachment(res, `${name}.csv`)
      .type('text/csv; charset=utf-8')
      .send(toewijzingenCsv(exported.toewijzingen));
  }

  @Allow('ADMIN')
  @Get('hsds')
  async hsdsExport(@Res() res: Response): Promise<void> {
    attachment(res, 'sociale-kaart-hsds.json').json(await this.hsds.export());
  }

  /** Checks and reports; writes only with `?dryRun=false` (a forgotten flag changes nothing). */
  @Allow('ADMIN')
  @Post('hsds')
  @HttpCode(200)
  async hsdsImport(
    @Req() req: AuthenticatedRequest,
    @Body() document: unknown,
    @Query('dryRun') dryRun: unknown,
  ): Promise<HsdsImportReport> {
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') {
      throw new InvalidInputError('dryRun', 'Gebruik true of false.');
    }
    return this.hsds.import(actorOf(req), document, dryRun !== 'false');
  }
}

function actorOf(req: AuthenticatedRequest): Actor {
  if (!req.actor) throw new UnauthenticatedError();
  return req.actor;
}

function attachment(res: Response, filename: string): Response {
  return res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
}
