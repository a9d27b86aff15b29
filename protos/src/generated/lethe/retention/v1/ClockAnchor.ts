// Original file: proto/lethe/retention/v1/retention_service.proto

export const ClockAnchor = {
  CLOCK_ANCHOR_UNSPECIFIED: 'CLOCK_ANCHOR_UNSPECIFIED',
  CLOCK_ANCHOR_FINAL_STATUS: 'CLOCK_ANCHOR_FINAL_STATUS',
  CLOCK_ANCHOR_LAST_ACTIVITY: 'CLOCK_ANCHOR_LAST_ACTIVITY',
} as const;

export type ClockAnchor =
  | 'CLOCK_ANCHOR_UNSPECIFIED'
  | 0
  | 'CLOCK_ANCHOR_FINAL_STATUS'
  | 1
  | 'CLOCK_ANCHOR_LAST_ACTIVITY'
  | 2

export type ClockAnchor__Output = typeof ClockAnchor[keyof typeof ClockAnchor]
