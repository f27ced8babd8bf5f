import { DomainError } from '@pfp/kernel';
import { formatGlobalId, newGlobalId, parseGlobalId } from './global-id';

const uuid = '3f2b8c1e-8f1a-4c5e-9d2a-6b7c8d9e0f11';

describe('global ids', () => {
  it('parses a well-formed id of the expected category', () => {
    expect(parseGlobalId(`practice-${uuid}`, 'practice')).toEqual({ id: `practice-${uuid}`, category: 'practice', uuid });
    expect(parseGlobalId(`callForAction-${uuid}`, 'callForAction').category).toBe('callForAction');
  });

  it('makes new ids that parse', () => {
    const id = newGlobalId('organization');
    expect(parseGlobalId(id, 'organization').id).toBe(id);
    expect(formatGlobalId('project', uuid)).toBe(`project-${uuid}`);
    expect(() => formatGlobalId('Not-a-category', uuid)).toThrow();
  });

  it.each([`organization-${uuid}`, 'practice-42', `practice-${uuid.toUpperCase()}`, `practice-${uuid}-x`, '', 42, null])(
    'refuses %p as a practice id, naming the field',
    (id) => {
      let error: unknown;
      try {
        parseGlobalId(id, 'practice', 'practiceId');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        kind: 'BAD_USER_INPUT',
        code: 'ID.MALFORMED',
        fields: { practiceId: 'must be a practice id (practice-<uuid>)' },
      });
    },
  );
});
