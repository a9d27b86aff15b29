// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Template as _lethe_messaging_v1_Template, Template__Output as _lethe_messaging_v1_Template__Output } from '../../../lethe/messaging/v1/Template';

export interface ListTemplatesResponse {
  'templates'?: (_lethe_messaging_v1_Template)[];
}

export interface ListTemplatesResponse__Output {
  'templates': (_lethe_messaging_v1_Template__Output)[];
}
