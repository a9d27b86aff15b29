import { defineService, type ServiceRegistration } from '@lethe/platform/grpc';
import { loadGrpcObject, type ProfilesProto } from '@lethe/protos';
import { draftHandlers, type DraftsApiDeps } from './drafts';
import { sentHandlers, type SentApiDeps } from './sent';
import { settingsHandlers, type SettingsApiDeps } from './settings';

const definition = loadGrpcObject<ProfilesProto>().lethe.profiles.v1.ProfileRenderingService.service;

export type ProfileRenderingApiDeps = DraftsApiDeps & SentApiDeps & SettingsApiDeps;

/** lethe.profiles.v1.ProfileRenderingService, its handlers spread together from the resources. */
export function profileRenderingApi(deps: ProfileRenderingApiDeps): ServiceRegistration {
  return defineService(definition).implement({
    ...draftHandlers(deps),
    ...sentHandlers(deps),
    ...settingsHandlers(deps),
  });
}
