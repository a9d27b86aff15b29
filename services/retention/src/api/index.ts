import { defineService, type ServiceRegistration } from '@lethe/platform/grpc';
import { loadGrpcObject, type RetentionProto } from '@lethe/protos';
import type { RetentionApiDeps } from './deps';
import { erasureHandlers } from './erasures';
import { exportHandlers } from './exports';
import { explainHandlers } from './explain';
import { legalHoldHandlers } from './legal-holds';
import { markHandlers } from './marks';
import { massActionHandlers } from './mass-actions';
import { policyHandlers } from './policy';
import { reportHandlers } from './reports';
import { requestHandlers } from './requests';

export type { RetentionApiDeps } from './deps';

const definition = loadGrpcObject<RetentionProto>().lethe.retention.v1.RetentionService.service;

/** lethe.retention.v1.RetentionService: every resource's handlers in one table. */
export function retentionApi(deps: RetentionApiDeps): ServiceRegistration {
  return defineService(definition).implement({
    ...policyHandlers(deps),
    ...explainHandlers(deps),
    ...erasureHandlers(deps),
    ...markHandlers(deps),
    ...massActionHandlers(deps),
    ...requestHandlers(deps),
    ...reportHandlers(deps),
    ...exportHandlers(deps),
    ...legalHoldHandlers(deps),
  });
}
