import type { Type } from 'protobufjs';
import { messageTypes } from './loader';

/** The option that marks a field as holding a person's id (lethe/events/v1/options.proto). */
const SUBJECT_OPTION = '(lethe.events.v1.subject)';

const fieldsByType = new Map<string, readonly string[]>();

/**
 * The top-level string fields of a message type that name a person (decoded, camelCase names):
 * an event naming an erased person in any of them is about that person.
 */
export function subjectFieldsOf(typeName: string): readonly string[] {
  let names = fieldsByType.get(typeName);
  if (!names) {
    const type: Type = messageTypes().lookupType(typeName);
    names = type.fieldsArray.filter((field) => field.options?.[SUBJECT_OPTION] === true && field.type === 'string' && !field.repeated).map((field) => field.name);
    fieldsByType.set(typeName, names);
  }
  return names;
}

/** The person ids an event's payload names in its subject fields (empty values left out). */
export function subjectIdsIn(typeName: string, payload: object): string[] {
  const ids: string[] = [];
  for (const name of subjectFieldsOf(typeName)) {
    const value = (payload as Record<string, unknown>)[name];
    if (typeof value === 'string' && value !== '') ids.push(value);
  }
  return ids;
}
