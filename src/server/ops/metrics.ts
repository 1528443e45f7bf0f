import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Prometheus metrics: request counts and latency by route, and the process's own. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Histogram({
    name: 'haven_http_request_duration_seconds',
    help: 'HTTP request duration by route, method and status',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly signInFailures = new Counter({ name: 'haven_signin_failures_total', help: 'Failed sign-ins', registers: [this.registry] });
  readonly auditAppends = new Counter({ name: 'haven_audit_entries_total', help: 'Audit entries written', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'haven_' });
  }
}
