import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { parse } from 'yaml';

// The alert rules and the dashboard may only use metrics that the code exports.
const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: string };
  annotations: { summary: string; description: string };
}
interface Panel {
  title: string;
  description?: string;
  targets: { expr: string }[];
}

const rules = (
  parse(read('infra/observability/alert-rules.yaml')) as { groups: { rules: AlertRule[] }[] }
).groups.flatMap((group) => group.rules);
const dashboard = JSON.parse(read('infra/observability/grafana-dashboard.json')) as {
  uid: string;
  title: string;
  panels: Panel[];
};
const adapter = parse(read('infra/observability/prometheus-adapter.yaml')) as {
  externalRules: { seriesQuery: string; metricsQuery: string; name: { as: string } }[];
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Metric names the apps export: named metrics, and the default process metrics per prefix. */
function exportedMetrics(): Set<string> {
  const names = new Set<string>();
  for (const file of [...sourceFiles('apps'), ...sourceFiles('libs')]) {
    const text = read(file);
    for (const [, name] of text.matchAll(/\bname: '(wmo_[a-z0-9_]+)'/g)) names.add(name as string);
    for (const [, prefix] of text.matchAll(/\bprefix: '(wmo_[a-z0-9_]+_)'/g)) {
      for (const name of defaultMetricNames(prefix as string)) names.add(name);
    }
  }
  return names;
}

/** prom-client's default process and Node.js metrics under a prefix. */
function defaultMetricNames(prefix: string): string[] {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix });
  return registry.getMetricsAsArray().map((metric) => metric.name);
}

/**
 * Exported by the worker's own HTTP server (apps/worker/src/http, built on another branch at the
 * same time as these rules). Once that code is here the source check below covers them too.
 */
const WORKER_HTTP_METRICS = ['wmo_worker_jobs_total', ...defaultMetricNames('wmo_worker_')];
const workerHttpServerPresent = existsSync(join(ROOT, 'apps/worker/src/http'));

const SERIES_SUFFIXES = ['', '_bucket', '_sum', '_count'];
/** The wmo_ metric names a PromQL expression reads (series suffixes of histograms removed). */
function metricsIn(expr: string, exported: Set<string>): string[] {
  return [...expr.matchAll(/\bwmo_[a-z0-9_]+/g)].map(([series]) => {
    const base = SERIES_SUFFIXES.map((suffix) =>
      suffix && series.endsWith(suffix) ? series.slice(0, -suffix.length) : series,
    ).find((name) => exported.has(name));
    return base ?? series;
  });
}

describe('infra/observability', () => {
  const exported = exportedMetrics();
  if (!workerHttpServerPresent) for (const name of WORKER_HTTP_METRICS) exported.add(name);

  it('finds the metrics the code exports (the check itself works)', () => {
    for (const name of [
      'wmo_http_request_duration_seconds',
      'wmo_recompute_backlog',
      'wmo_recompute_backlog_oldest_seconds',
      'wmo_hold_expiry_lag_seconds',
      'wmo_shortlist_recomputes_total',
      'wmo_api_process_resident_memory_bytes',
    ]) {
      expect(exported).toContain(name);
    }
    expect(exported).not.toContain('wmo_shortlist_recomputes');
    expect(metricsIn('rate(wmo_http_request_duration_seconds_bucket[5m])', exported)).toEqual([
      'wmo_http_request_duration_seconds',
    ]);
  });

  if (workerHttpServerPresent) {
    it("the worker's HTTP server exports the metrics the rules expect of it", () => {
      for (const name of WORKER_HTTP_METRICS) expect(exported).toContain(name);
    });
  }

  it('alert rules use only exported metrics', () => {
    const unknown = rules.flatMap((rule) =>
      metricsIn(rule.expr, exported)
        .filter((name) => !exported.has(name))
        .map((name) => `${rule.alert}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('dashboard panels use only exported metrics', () => {
    const unknown = dashboard.panels.flatMap((panel) =>
      panel.targets.flatMap((target) =>
        metricsIn(target.expr, exported)
          .filter((name) => !exported.has(name))
          .map((name) => `${panel.title}: ${name}`),
      ),
    );
    expect(unknown).toEqual([]);
    expect(dashboard.panels.every((panel) => panel.targets.length > 0)).toBe(true);
  });

  it('alerts on backlog age, failed jobs, sweep out of date, hold expiry lag and api p99', () => {
    const metricOf = (name: string) =>
      rules.filter((rule) => metricsIn(rule.expr, exported).includes(name));
    expect(metricOf('wmo_recompute_backlog_oldest_seconds')).not.toEqual([]);
    expect(rules.some((rule) => /outcome="failed"/.test(rule.expr))).toBe(true);
    expect(metricOf('wmo_sweep_out_of_date').map((rule) => rule.expr)).toContain(
      'max(wmo_sweep_out_of_date) > 0',
    );
    expect(metricOf('wmo_hold_expiry_lag_seconds')).not.toEqual([]);
    expect(
      metricOf('wmo_http_request_duration_seconds').some((rule) =>
        rule.expr.includes('histogram_quantile(0.99'),
      ),
    ).toBe(true);
    for (const rule of rules) {
      expect(['warning', 'critical']).toContain(rule.labels.severity);
      expect(rule.annotations.summary.length).toBeGreaterThan(10);
    }
    expect(new Set(rules.map((rule) => rule.alert)).size).toBe(rules.length);
  });

  it('documents every alert and every exported wmo_ metric in docs/operations.md', () => {
    const guide = read('docs/operations.md');
    const missing = [
      ...rules.map((rule) => rule.alert),
      ...[...exported].filter((name) => !/_(process|nodejs)_/.test(name)),
    ].filter((name) => !guide.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it("offers the worker autoscaler's external metric, which the api exports", () => {
    const hpa = parse(read('infra/k8s/base/worker-hpa.yaml')) as {
      spec: { metrics: { type: string; external?: { metric: { name: string } } }[] };
    };
    const external = hpa.spec.metrics.flatMap((metric) =>
      metric.external ? [metric.external.metric.name] : [],
    );
    expect(external).toEqual(['wmo_recompute_backlog']);
    expect(adapter.externalRules.map((rule) => rule.name.as)).toEqual(external);
    for (const rule of adapter.externalRules) {
      expect(metricsIn(rule.metricsQuery, exported).every((name) => exported.has(name))).toBe(true);
    }
  });
});
