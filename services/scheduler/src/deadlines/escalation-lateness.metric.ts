import { Histogram, Registry } from 'prom-client';
import type { Escalation } from './deadline.model';

/**
 * How late each level fired after its scheduled time (R39): near zero in steady state, large
 * after downtime while the firer catches up. Exported on the service's /metrics.
 */
export class EscalationLateness {
  private readonly histogram: Histogram<'level'>;

  constructor(registry: Registry) {
    this.histogram = new Histogram({
      name: 'scheduler_escalation_lateness_seconds',
      help: 'Time from a ladder level lapsing to its escalation being raised',
      labelNames: ['level'],
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600, 14400, 86400],
      registers: [registry],
    });
  }

  observe(escalations: Escalation[]): void {
    for (const e of escalations)
      this.histogram.observe({ level: String(e.level) }, Math.max(0, e.latenessMs) / 1000);
  }
}
