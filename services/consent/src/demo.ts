// Demo data for `pnpm start` (scripts/dev/start.ts): the demo tenant's controller — who asks for the
// candidates' data, where its privacy policy is, whom to ask about data protection — which every
// message and page to a candidate names. Running it again changes nothing: it is published once.
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { toControllerFields, type Controller } from '@lethe/platform/controller';
import { createClient, readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import type { DemoContext } from '@lethe/platform/service';
import { loadGrpcObject, type ConsentProto } from '@lethe/protos';

const DEMO_CONTROLLER: Controller = {
  companyName: 'Muster Personal GmbH',
  address: ['Hauptstraße 1', '10115 Berlin'],
  privacyPolicyUrls: { de: 'https://muster-personal.example/datenschutz', en: 'https://muster-personal.example/privacy' },
  dataProtectionContact: { name: 'Dana Schutz', email: 'datenschutz@muster-personal.example', phone: '+49 30 1234567', address: ['Postfach 12 34', '10001 Berlin'] },
  logo: Buffer.alloc(0),
  brandColour: '#aa3300',
  defaultLanguage: 'de',
};

type ConsentClient = InstanceType<ConsentProto['lethe']['consent']['v1']['ConsentService']>;

/** Publishes the demo controller unless the tenant published one; what it did, in words. */
export async function ensureDemoController(client: ConsentClient): Promise<string> {
  const published = await unaryCall(client, 'GetController', {}).catch((err: unknown) => {
    if (readErrorDetails(err).code === grpc.status.NOT_FOUND) return undefined;
    throw err;
  });
  if (published) return `controller ${published.companyName} published already (version ${published.version})`;
  await unaryCall(client, 'UpdateController', { controller: toControllerFields(DEMO_CONTROLLER), expectedVersion: 0 });
  return `controller ${DEMO_CONTROLLER.companyName} published: at the foot of every message and page to a candidate`;
}

export async function seedDemoData(context: DemoContext): Promise<void> {
  const { ConsentService } = loadGrpcObject<ConsentProto>().lethe.consent.v1;
  const client = createClient(ConsentService, context.grpcAddress, { token: await context.token([RIGHTS.readCandidates, RIGHTS.manageSettings]) });
  try {
    context.log(await ensureDemoController(client));
  } finally {
    client.close();
  }
}
