import { hashPassword, verifyPassword } from './password-hash';

describe('password hashes', () => {
  it('are salted scrypt, stored with their cost', async () => {
    const first = await hashPassword('correct horse');
    const second = await hashPassword('correct horse');
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(first).not.toBe(second);
  });

  it('verify the right password and only that one', async () => {
    const stored = await hashPassword('correct horse');
    await expect(verifyPassword('correct horse', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse ', stored)).resolves.toBe(false);
  });

  it('refuse something that is not an scrypt hash', async () => {
    await expect(verifyPassword('x', 'bcrypt$2b$10$abc')).rejects.toThrow(
      'not an scrypt password hash',
    );
  });
});
