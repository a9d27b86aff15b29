import { defineService, type ServiceRegistration } from '@lethe/platform/grpc';
import { loadGrpcObject, type MessagingProto } from '@lethe/protos';
import { messageHandlers, type MessagesApiDeps } from './messages';
import { settingsHandlers, type SettingsApiDeps } from './settings';
import { templateHandlers, type TemplatesApiDeps } from './templates';

const definition = loadGrpcObject<MessagingProto>().lethe.messaging.v1.MessagingService.service;

export type MessagingApiDeps = TemplatesApiDeps & MessagesApiDeps & SettingsApiDeps;

/** lethe.messaging.v1.MessagingService, its handlers spread together from the resources. */
export function messagingApi(deps: MessagingApiDeps): ServiceRegistration {
  return defineService(definition).implement({
    ...templateHandlers(deps),
    ...messageHandlers(deps),
    ...settingsHandlers(deps),
  });
}
