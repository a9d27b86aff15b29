import { SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { initTelemetry, inSpan } from './tracing';

// A file of its own: the OpenTelemetry API keeps one global setup per test file's environment.
describe('the personal-data span filter on the spans of library instrumentations', () => {
  it('keeps database statements, drops who sent a request and error messages in the status', async () => {
    const exporter = new InMemorySpanExporter();
    const telemetry = initTelemetry({ serviceName: 'test', spanExporter: exporter });
    try {
      const database = { 'db.system.name': 'mongodb', 'db.collection.name': 'candidates', 'db.operation.name': 'insert', 'db.query.text': '{"insert":"?","lastName":"?"}' };
      const requester = {
        'client.address': '203.0.113.7',
        'client.port': 51234,
        'network.peer.address': '203.0.113.7',
        'net.peer.ip': '203.0.113.7',
        'http.client_ip': '203.0.113.7',
        'user_agent.original': 'CANARY-browser',
        'http.user_agent': 'CANARY-browser',
      };
      await inSpan('insert candidates', { attributes: { ...database, ...requester } }, async (span) => {
        // What the MongoDB instrumentation sets when a write fails on a unique index.
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'E11000 duplicate key error dup key: { email: "CANARY@example.org" }' });
      });
      const [span] = exporter.getFinishedSpans();
      expect(span?.attributes).toEqual(database);
      expect(span?.status).toEqual({ code: SpanStatusCode.ERROR });
      expect(JSON.stringify({ attributes: span?.attributes, status: span?.status, events: span?.events })).not.toContain('CANARY');

      // Outside the semantic conventions' namespaces a personal field's name is still dropped.
      exporter.reset();
      await inSpan('op', { attributes: { 'candidate.name': 'CANARY', 'db.collection.name': 'candidates' } }, async () => undefined);
      expect(exporter.getFinishedSpans()[0]?.attributes).toEqual({ 'db.collection.name': 'candidates' });
    } finally {
      await telemetry.shutdown();
    }
  });
});
