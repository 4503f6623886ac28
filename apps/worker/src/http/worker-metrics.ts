import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { jobOutcomes } from './job-outcomes';

/** The worker's Prometheus registry: process metrics (`wmo_worker_` prefix) and job outcomes. */
@Injectable()
export class WorkerMetrics {
  readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'wmo_worker_' });
    this.registry.registerMetric(jobOutcomes);
  }
}
