import { backoffMs, loadWebhookSettings } from './settings';
import { isRefusedAddress } from './deliveries/address-guard';
import { checkUrlForm } from './deliveries/address-guard';
import { newSecret, SecretBox, signature } from './signing';

describe('webhook signing, secrets, addresses and back-off', () => {
  it('signs as the Standard Webhooks reference example does', () => {
    // the example of the Standard Webhooks specification (spec/standard-webhooks.md)
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    expect(signature(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });
  it('makes whsec_ secrets of 24 random bytes, sealed so only the key opens them', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const sealed = new SecretBox('key material').seal(secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(new SecretBox('key material').open(sealed)).toBe(secret);
    expect(() => new SecretBox('another key').open(sealed)).toThrow();
  });
  it('refuses loopback, private, link-local, metadata and mapped addresses, not public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      'fd00:ec2::254',
    ])
      expect([a, isRefusedAddress(a)]).toEqual([a, true]);
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect([a, isRefusedAddress(a)]).toEqual([a, false]);
  });
  it('takes https URLs only, http only outside production when allowed', () => {
    expect(checkUrlForm('https://hooks.example/x', { allowHttp: false }).hostname).toBe('hooks.example');
    expect(() => checkUrlForm('http://hooks.example/x', { allowHttp: false })).toThrow(expect.objectContaining({ code: 'WEBHOOK.URL_REFUSED' }));
    expect(() => checkUrlForm('https://user:pw@hooks.example/x', { allowHttp: false })).toThrow(expect.objectContaining({ code: 'WEBHOOK.URL_REFUSED' }));
    expect(() => checkUrlForm('ftp://hooks.example/x', { allowHttp: true })).toThrow(expect.objectContaining({ code: 'WEBHOOK.URL_REFUSED' }));
    expect(() => loadWebhookSettings({ WEBHOOKS_ALLOW_HTTP: 'true' }, true)).toThrow(/production/);
  });
  it('backs off exponentially with jitter, and retries for more than a day by default', () => {
    const settings = loadWebhookSettings({}, true);
    expect(settings.retryForMs).toBeGreaterThan(24 * 3_600_000);
    expect(backoffMs(settings, 1, () => 0)).toBe(15_000);
    expect(backoffMs(settings, 1, () => 1)).toBe(30_000);
    expect(backoffMs(settings, 3, () => 1)).toBe(120_000);
    expect(backoffMs(settings, 30, () => 1)).toBe(settings.retryMaxMs);
  });
});
