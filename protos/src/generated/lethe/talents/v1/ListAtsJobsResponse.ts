// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { AtsJob as _lethe_talents_v1_AtsJob, AtsJob__Output as _lethe_talents_v1_AtsJob__Output } from '../../../lethe/talents/v1/AtsJob';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListAtsJobsResponse {
  'jobs'?: (_lethe_talents_v1_AtsJob)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListAtsJobsResponse__Output {
  'jobs': (_lethe_talents_v1_AtsJob__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
