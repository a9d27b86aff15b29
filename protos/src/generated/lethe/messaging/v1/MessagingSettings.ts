// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface MessagingSettings {
  'smsLicensed'?: (boolean);
  'whatsappLicensed'?: (boolean);
  'appointmentConfirmationAuto'?: (boolean);
  'purgePendingOnMark'?: (boolean);
  'erasureConfirmations'?: (boolean);
  'senderName'?: (string);
  'senderEmail'?: (string);
  'replyToEmail'?: (string);
  'fallbackEmail'?: (string);
  'version'?: (number);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'updatedBy'?: (string);
  'defaultLanguage'?: (string);
}

export interface MessagingSettings__Output {
  'smsLicensed': (boolean);
  'whatsappLicensed': (boolean);
  'appointmentConfirmationAuto': (boolean);
  'purgePendingOnMark': (boolean);
  'erasureConfirmations': (boolean);
  'senderName': (string);
  'senderEmail': (string);
  'replyToEmail': (string);
  'fallbackEmail': (string);
  'version': (number);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'updatedBy': (string);
  'defaultLanguage': (string);
}
