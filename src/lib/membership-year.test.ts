import { membershipYearOf } from './membership-year';

describe('membershipYearOf', () => {
  it('runs July 1 to June 30', () => {
    expect(membershipYearOf('2026-11-26')).toEqual({ label: '2026–27', startsOn: '2026-07-01', endsOn: '2027-06-30' });
    expect(membershipYearOf('2027-06-30').label).toBe('2026–27');
    expect(membershipYearOf('2027-07-01').label).toBe('2027–28');
    expect(membershipYearOf('2000-01-15')).toEqual({ label: '1999–00', startsOn: '1999-07-01', endsOn: '2000-06-30' });
  });
});
