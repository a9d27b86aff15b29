// Original file: proto/lethe/talents/v1/talent_crm_service.proto


export interface TalentProfile {
  'firstName'?: (string);
  'lastName'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'city'?: (string);
  'country'?: (string);
  'headline'?: (string);
  'interests'?: (string)[];
  'skills'?: (string)[];
  'salaryExpectation'?: (string);
  'availability'?: (string);
  'careerUpdate'?: (string);
  'profileUrl'?: (string);
  'language'?: (string);
  'lastRecruiterContact'?: (string);
}

export interface TalentProfile__Output {
  'firstName': (string);
  'lastName': (string);
  'email': (string);
  'phone': (string);
  'city': (string);
  'country': (string);
  'headline': (string);
  'interests': (string)[];
  'skills': (string)[];
  'salaryExpectation': (string);
  'availability': (string);
  'careerUpdate': (string);
  'profileUrl': (string);
  'language': (string);
  'lastRecruiterContact': (string);
}
