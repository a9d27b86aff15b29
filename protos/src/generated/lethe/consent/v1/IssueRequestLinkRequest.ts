// Original file: proto/lethe/consent/v1/consent_service.proto


export interface IssueRequestLinkRequest {
  'requestId'?: (string);
}

export interface IssueRequestLinkRequest__Output {
  'requestId': (string);
}
