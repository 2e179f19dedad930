import { getDomain as realGetDomain } from 'tldts';
import { getDomain } from './registrable-domain';

const options = { allowIcannDomains: true, allowPrivateDomains: true };

describe("the mock build's stand-in for tldts", () => {
  it.each(['127.0.0.1', 'localhost', 'hub.example', 'hub.mayorsinnovation.org', 'mayorsinnovation.org', '[::1]'])(
    'answers %s as tldts does',
    (host) => {
      expect(getDomain(host)).toBe(realGetDomain(host, options));
    },
  );
});
