// Issue 16 item 6: every operationId follows one pattern, so a generated client reads alike for every
// resource (and the next route cannot invent a new form). The pattern per kind of operation:
//
// | kind                                    | path (example)                          | operationId                              |
// |-----------------------------------------|-----------------------------------------|------------------------------------------|
// | the children of a resource (collection) | GET /dossiers/{dossierId}/signalen      | <kinderen>Van<Ouder>: signalenVanDossier |
// | a top-level collection                  | GET /verwijzingen                       | <dingen>Opvragen, or <dingen>Werklijst   |
// |                                         |                                         | for a work list: verwijzingenWerklijst   |
// | any other read (one resource, a report) | GET /verwijzingen/{verwijzingId}        | <ding>Opvragen: verwijzingOpvragen       |
// | an action (POST, PUT, PATCH, DELETE)    | POST /verwijzingen/{verwijzingId}/besluit | <ding><Werkwoord>, an infinitive:      |
// |                                         |                                         | verwijzingBesluitVastleggen              |
//
// A collection is an answer whose schema is a …Collectie or …Werklijst. <kinderen> and <dingen> are
// the path segment in camelCase, <Ouder> the parent's id parameter without "Id".
import { describe, expect, it } from 'vitest';
import { openApiDocumentZonderDatabase } from '../../src/cli/openapi-document.js';

type Operatie = { operationId?: string; responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };

const document = await openApiDocumentZonderDatabase() as unknown as { paths: Record<string, Record<string, Operatie>> };

const camel = (segment: string) => segment.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The names an operation may have, or the rule its name must meet, by its method, path and answer. */
function verwachtPatroon(methode: string, pad: string, operatie: Operatie): RegExp {
  const schema = operatie.responses?.['200']?.content?.['application/json']?.schema?.$ref ?? '';
  const collectie = /(Collectie|Werklijst)$/.test(schema);
  if (methode !== 'get') return /^[a-z][a-zA-Z0-9]*[A-Z][a-z]*en$/; // ends with an infinitive (Vastleggen, Wijzigen, …)
  const kinderen = /^\/[a-z0-9-]+\/\{([a-z][a-zA-Z]*)Id\}\/([a-z0-9-]+)$/.exec(pad);
  if (collectie && kinderen) return new RegExp(`^${camel(kinderen[2]!)}Van${hoofdletter(kinderen[1]!)}$`);
  const bovenste = /^\/([a-z0-9-]+)$/.exec(pad);
  if (collectie && bovenste) return new RegExp(`^${camel(bovenste[1]!)}(Opvragen|Werklijst)$`);
  return /^[a-z][a-zA-Z0-9]*Opvragen$/;
}

const operaties = Object.entries(document.paths).flatMap(([pad, methoden]) =>
  Object.entries(methoden).map(([methode, operatie]) => ({ pad, methode, operatie })));

describe('operationIds', () => {
  it('volgen het patroon voor hun soort operatie', () => {
    const afwijkend = operaties
      .filter(({ pad, methode, operatie }) => !verwachtPatroon(methode, pad, operatie).test(operatie.operationId ?? ''))
      .map(({ pad, methode, operatie }) => `${methode.toUpperCase()} ${pad}: ${operatie.operationId} (verwacht ${verwachtPatroon(methode, pad, operatie)})`);
    expect(afwijkend).toEqual([]);
  });

  it('zijn uniek', () => {
    const ids = operaties.map(({ operatie }) => operatie.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('het patroon keurt de vroegere uitzonderingen af', () => {
    const collectie = (naam: string): Operatie => ({ responses: { 200: { content: { 'application/json': { schema: { $ref: `#/components/schemas/${naam}` } } } } } });
    expect(verwachtPatroon('get', '/dossiers/{dossierId}/signalen', collectie('SignaalCollectie')).test('signalenOpvragen')).toBe(false);
    expect(verwachtPatroon('get', '/signalen-zonder-opvolging', collectie('SignaalZonderOpvolgingCollectie')).test('signalenZonderOpvolging')).toBe(false);
    expect(verwachtPatroon('post', '/verwijzingen/{verwijzingId}/besluit', {}).test('verwijzingBesluit')).toBe(false);
    expect(verwachtPatroon('get', '/auditregels/_verificatie', collectie('AuditVerificatie')).test('auditregelsVerifieren')).toBe(false);
  });
});
