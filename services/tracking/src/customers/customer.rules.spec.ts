import { emailOf, mobileOf } from './customer.rules';

describe('R11 where a customer is told', () => {
  it('R11: mail goes to the file’s notice address, else its first contact’s', () => {
    expect(
      emailOf({ email: 'notices@a.example', contacts: [{ phone: '1', email: 'x@a.example' }] }),
    ).toBe('notices@a.example');
    expect(emailOf({ contacts: [{ phone: '1' }, { phone: '2', email: 'x@a.example' }] })).toBe(
      'x@a.example',
    );
    expect(emailOf({ contacts: [] })).toBeNull();
  });

  it('R11: SMS reaches only a mobile number (11 digits from 1, +86 allowed)', () => {
    expect(
      mobileOf({ contacts: [{ phone: '021-6234 5678' }, { phone: '+86 138 0013 8000' }] }),
    ).toBe('13800138000');
    expect(mobileOf({ contacts: [{ phone: '021-6234 5678' }] })).toBeNull();
  });
});
