import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';

export interface CapturedSpans {
  /** Pass as `spanExporter` when starting a service. */
  exporter: InMemorySpanExporter;
  /** Every finished span's name, attributes and events, as one string: for `expect(text()).not.toContain(canary)`. */
  text(): string;
  /** The names of the finished spans. */
  names(): string[];
}

/** The spans services finish, kept in memory for tests. */
export function captureSpans(): CapturedSpans {
  const exporter = new InMemorySpanExporter();
  return {
    exporter,
    text: () => JSON.stringify(exporter.getFinishedSpans().map((span) => ({ name: span.name, attributes: span.attributes, events: span.events, status: span.status }))),
    names: () => exporter.getFinishedSpans().map((span) => span.name),
  };
}
