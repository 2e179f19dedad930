import { describe, expect, it } from 'vitest';
import { attendeeRoleLine } from './attendee-kind';

describe('attendeeRoleLine', () => {
  it.each([
    [{ kind: 'council', title: 'Council Member, Ward 2' }, 'Council Member, Ward 2'],
    [{ kind: 'staff', title: 'Chief of Staff' }, 'Chief of Staff'],
    [{ kind: 'staff', title: 'Sustainability Director' }, 'Sustainability Director · City staff'],
    [{ kind: 'council', title: 'Alderman, 3rd District' }, 'Alderman, 3rd District · Council member'],
    [{ kind: 'mayor', title: 'Mayor' }, 'Mayor'],
  ] as const)('names the role once: %o → %s', (attendee, line) => {
    expect(attendeeRoleLine(attendee)).toBe(line);
  });
});
