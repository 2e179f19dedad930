import { BLANK_APPLICATION, restoreDraft, toDraft } from './application-form';

describe('the application draft', () => {
  it('never holds the password', () => {
    const draft = toDraft({ ...BLANK_APPLICATION, city: 'Fairhaven', password: 'correct horse battery' });
    expect(draft).not.toHaveProperty('password');
    expect(JSON.stringify(draft)).not.toContain('correct horse');
    expect(draft.city).toBe('Fairhaven');
  });

  it('restores only the answers the form still asks, of the right type, and never a password', () => {
    const restored = restoreDraft({
      city: 'Fairhaven',
      state: 'OR',
      population: 62000, // a number from an older form: dropped
      billingSameAsMayor: true,
      password: 'from somewhere else',
      faxNumber: '555-0100',
    } as Parameters<typeof restoreDraft>[0]);
    expect(restored).toEqual({
      ...BLANK_APPLICATION,
      city: 'Fairhaven',
      state: 'OR',
      billingSameAsMayor: true,
    });
    expect(restoreDraft(null)).toEqual(BLANK_APPLICATION);
  });
});
