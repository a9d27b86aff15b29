// Original file: proto/lethe/consent/v1/consent_service.proto

export const DataSharingPolicy = {
  DATA_SHARING_POLICY_UNSPECIFIED: 'DATA_SHARING_POLICY_UNSPECIFIED',
  DATA_SHARING_POLICY_CONSENT_REQUIRED: 'DATA_SHARING_POLICY_CONSENT_REQUIRED',
  DATA_SHARING_POLICY_NO_CONSENT_REQUIRED: 'DATA_SHARING_POLICY_NO_CONSENT_REQUIRED',
} as const;

export type DataSharingPolicy =
  | 'DATA_SHARING_POLICY_UNSPECIFIED'
  | 0
  | 'DATA_SHARING_POLICY_CONSENT_REQUIRED'
  | 1
  | 'DATA_SHARING_POLICY_NO_CONSENT_REQUIRED'
  | 2

export type DataSharingPolicy__Output = typeof DataSharingPolicy[keyof typeof DataSharingPolicy]
