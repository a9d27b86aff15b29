// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { UserAddress as _lethe_messaging_v1_UserAddress, UserAddress__Output as _lethe_messaging_v1_UserAddress__Output } from '../../../lethe/messaging/v1/UserAddress';

export interface SetUserAddressRequest {
  'address'?: (_lethe_messaging_v1_UserAddress | null);
}

export interface SetUserAddressRequest__Output {
  'address': (_lethe_messaging_v1_UserAddress__Output | null);
}
