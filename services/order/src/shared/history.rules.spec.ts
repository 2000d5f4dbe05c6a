import { changesOf } from './history.rules';

describe('change history (R1, R4)', () => {
  it('R1: lists only the fields whose content changed, old → new', () => {
    const current = {
      company: 'A',
      contacts: [{ name: '王芳', phone: '13800138000' }],
      email: 'a@x.cn',
    };
    expect(
      changesOf(current, {
        company: 'A',
        contacts: [{ name: '王芳', phone: '13900139000' }],
        email: null,
      }),
    ).toEqual([
      {
        field: 'contacts',
        from: [{ name: '王芳', phone: '13800138000' }],
        to: [{ name: '王芳', phone: '13900139000' }],
      },
      { field: 'email', from: 'a@x.cn', to: null },
    ]);
  });

  it('R4: reports a nested field one level down (cargo.pieces), and nothing for an equal patch', () => {
    const current = { cargo: { pieces: 12, weightKg: 860 } };
    expect(changesOf(current, { cargo: { pieces: 14 } }, ['cargo'])).toEqual([
      { field: 'cargo.pieces', from: 12, to: 14 },
    ]);
    expect(changesOf(current, { cargo: { pieces: 12 } }, ['cargo'])).toEqual([]);
  });
});
