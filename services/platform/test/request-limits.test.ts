import { z } from 'zod';
import { loadGrpcObject, type CandidatesProto } from '@lethe/protos';
import { unary, type ServiceRegistration } from '../src/grpc/handlers';
import { checkRequestLimits, unreachableDependencies } from '../src/testkit/request-limits';
import { fields, parseInput } from '../src/validation';

// The probe of request schemas, on three methods of a real service with handlers written for it.
const candidates = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService.service;
const METHODS = ['GetCandidate', 'FindCandidatesByEmail', 'ListCandidates'] as const;

interface Deps {
  store: { find(query: unknown): Promise<unknown> };
}

function registration(handlers: ServiceRegistration['handlers']): ServiceRegistration {
  const definition = Object.fromEntries(METHODS.map((method) => [method, candidates[method]]));
  return { name: 'lethe.candidates.v1.CandidatesService', definition, handlers };
}

const bounded = ({ store }: Deps) =>
  registration({
    GetCandidate: unary(async (request) => store.find(parseInput(z.object({ id: fields.id() }), request))),
    FindCandidatesByEmail: unary(async (request) => store.find(parseInput(z.object({ email: fields.email({ required: true }) }), request))),
    ListCandidates: unary(async (request) => {
      const valid = parseInput(
        z.object({
          page: fields.page(),
          tags: fields.list(fields.text(50), 20),
          skill: fields.text(100),
          ownerId: fields.optionalId(),
          source: fields.text(64),
          applicationStatusKey: fields.text(64),
        }),
        request,
      );
      return store.find(valid);
    }),
  });

describe('checkRequestLimits', () => {
  it('passes handlers whose every field is bounded, and probes every string, list and nested field', async () => {
    const report = await checkRequestLimits([bounded(unreachableDependencies<Deps>())]);
    expect(report.problems).toEqual([]);
    expect(report.probes).toEqual(
      expect.arrayContaining([
        'GetCandidate id (oversized string)',
        'FindCandidatesByEmail email (oversized string)',
        'ListCandidates page.pageToken (oversized string)',
        'ListCandidates tags (over-full list)',
        'ListCandidates tags[0] (oversized string)',
        'ListCandidates skill (oversized string)',
      ]),
    );
  });

  it('reports a field refused for another reason than its length, one that reaches the domain, and a list without a count', async () => {
    const flawed = ({ store }: Deps) =>
      registration({
        GetCandidate: unary(async (request) => store.find(parseInput(z.object({ id: fields.id() }), request))),
        // A pattern, and no length: refused, but as malformed (and after the pattern read all of it).
        FindCandidatesByEmail: unary(async (request) => store.find(parseInput(z.object({ email: z.string().regex(/^[^@]+@[^@]+$/) }), request))),
        // skill unchecked, tags without a count, source ignored.
        ListCandidates: unary(async (request) => {
          const valid = parseInput(z.object({ tags: z.array(fields.text(50)), skill: z.string(), ownerId: fields.optionalId(), applicationStatusKey: fields.text(64), page: fields.page() }), request);
          return store.find({ tags: valid.tags, skill: valid.skill, ownerId: valid.ownerId, applicationStatusKey: valid.applicationStatusKey });
        }),
      });
    const report = await checkRequestLimits([flawed(unreachableDependencies<Deps>())], { dropped: { 'ListCandidates source': 'not a filter of this fixture', 'GetCandidate name': 'stale' } });
    expect(report.problems).toEqual([
      expect.stringMatching(/^FindCandidatesByEmail email \(oversized string\): refused, but not by naming the field as too long: .*invalid_format/),
      'ListCandidates tags (over-full list): reached store.find with the oversized value',
      'ListCandidates skill (oversized string): reached store.find with the oversized value',
      'GetCandidate name: declared dropped, but no probe found the handler going on without it',
    ]);
  });

  it('reports a field the handler goes on without when it is not declared dropped', async () => {
    const report = await checkRequestLimits([bounded(unreachableDependencies<Deps>())], {});
    expect(report.problems).toEqual([]);
    const ignoring = ({ store }: Deps) =>
      registration({
        ...bounded({ store }).handlers,
        GetCandidate: unary(async () => store.find({})),
      });
    expect((await checkRequestLimits([ignoring(unreachableDependencies<Deps>())])).problems).toEqual([
      'GetCandidate id (oversized string): reached store.find without refusing the field (declare it dropped if the handler ignores it)',
    ]);
    expect((await checkRequestLimits([ignoring(unreachableDependencies<Deps>())], { dropped: { 'GetCandidate id': 'ignored' } })).problems).toEqual([]);
  });

  it('stands in for dependencies at any depth, and hands through the real ones', () => {
    const deps = unreachableDependencies<{ a: { b: { c(): void } }; now: () => number }>({ now: () => 42 });
    expect(deps.now()).toBe(42);
    expect(() => deps.a.b.c()).toThrow('the handler reached a.b.c');
  });
});
