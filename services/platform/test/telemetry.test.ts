import { setTimeout as sleep } from 'node:timers/promises';
import { context, trace } from '@opentelemetry/api';
import { extractTraceContext, initTelemetry, injectTraceContext, inSpan } from '../src/telemetry/tracing';

// A file of its own: the OpenTelemetry API keeps one global setup per test file's environment.
describe('telemetry without an exporter', () => {
  it('records no spans and still carries an incoming trace context to outgoing headers', async () => {
    const telemetry = initTelemetry({ serviceName: 'test' });
    try {
      const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
      const incoming = extractTraceContext({ traceparent, tracestate: 'vendor=1' });
      const outgoing = await context.with(incoming, () =>
        inSpan('handle', {}, async (span) => {
          expect(span.isRecording()).toBe(false);
          // Across an await, as a handler that publishes or calls another service would.
          await sleep(1);
          return injectTraceContext({});
        }),
      );
      expect(outgoing).toEqual({ traceparent, tracestate: 'vendor=1' });
      // Outside any incoming trace there is nothing to pass on.
      expect(injectTraceContext({})).toEqual({});
      expect(trace.getActiveSpan()).toBeUndefined();

      // Nor a context to enter (entering one switches on async hooks for every promise).
      const enter = jest.spyOn(context, 'with');
      try {
        await inSpan('untraced', {}, async () => undefined);
        expect(enter).not.toHaveBeenCalled();
        await inSpan('traced', { parent: incoming }, async () => undefined);
        expect(enter).toHaveBeenCalledTimes(1);
      } finally {
        enter.mockRestore();
      }
    } finally {
      await telemetry.shutdown();
    }
  });
});
