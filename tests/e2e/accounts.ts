/** The demo accounts (shared/docs/product.md): names and e-mails are part of the product. */
export const accounts = {
  ana: { name: 'Ana Ortiz', email: 'ana.ortiz@riverton.example', memberId: 'riverton', city: 'Riverton' },
  marcus: { name: 'Marcus Bell', email: 'marcus.bell@lakeport.example', memberId: 'lakeport', city: 'Lakeport' },
  dana: {
    name: 'Dana Whitfield',
    email: 'dana.whitfield@cedarfalls.example',
    memberId: 'cedar-falls',
    city: 'Cedar Falls',
  },
  jordan: { name: 'Jordan Lee', email: 'jordan.lee@riverton.example', memberId: null, city: 'Riverton' },
  morgan: { name: 'Morgan Hale', email: 'morgan.hale@mayorsinnovation.example', memberId: null, city: null },
  theo: { name: 'Theo Grant', email: 'theo.grant@mayorsinnovation.example', memberId: null, city: null },
  elena: { name: 'Elena Park', email: 'elena.park@mayorsinnovation.example', memberId: null, city: null },
  lee: { name: 'Lee Chen', email: 'lee.chen@millbrook.example', memberId: 'millbrook', city: 'Millbrook' },
} as const;

export type AccountKey = keyof typeof accounts;
export type Account = (typeof accounts)[AccountKey];
export const DEMO_PASSWORD = 'demo';
