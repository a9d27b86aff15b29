import { defineService, type ServiceRegistration } from '@lethe/platform/grpc';
import { loadGrpcObject, type ConsentProto } from '@lethe/protos';
import { consentHandlers, type ConsentsApiDeps } from './consents';
import { controllerHandlers, type ControllerApiDeps } from './controller';
import { formHandlers, type FormsApiDeps } from './forms';
import { requestHandlers, type RequestsApiDeps } from './requests';
import { settingsHandlers, type SettingsApiDeps } from './settings';
import { textHandlers, type TextsApiDeps } from './texts';

const definition = loadGrpcObject<ConsentProto>().lethe.consent.v1.ConsentService.service;

export type ConsentApiDeps = RequestsApiDeps & ConsentsApiDeps & SettingsApiDeps & TextsApiDeps & FormsApiDeps & ControllerApiDeps;

/** lethe.consent.v1.ConsentService, its handlers spread together from the resources. */
export function consentApi(deps: ConsentApiDeps): ServiceRegistration {
  return defineService(definition).implement({
    ...requestHandlers(deps),
    ...consentHandlers(deps),
    ...formHandlers(deps),
    ...settingsHandlers(deps),
    ...textHandlers(deps),
    ...controllerHandlers(deps),
  });
}
