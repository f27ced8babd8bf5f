import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { ValidationError } from '@pfp/kernel';
import type { WebhookSettings } from '../settings';

const URL_REFUSED = 'WEBHOOK.URL_REFUSED';

/** Loopback, private, link-local, carrier-grade NAT, unspecified, multicast and cloud metadata ranges, IPv4 and IPv6. */
const refused = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  refused.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['fd00:ec2::', 32],
] as const)
  refused.addSubnet(net, prefix, 'ipv6');

/** Whether an address is one no endpoint may resolve to without the operator's leave (IPv4-mapped IPv6 checked as IPv4). */
export function isRefusedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return refused.check(mapped[1], 'ipv4');
  return refused.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

export interface CheckedTarget {
  url: URL;
  /** The address the check passed: the delivery connects to it, not to a second lookup (DNS rebinding). */
  address: string;
  family: 4 | 6;
}

const refuse = (reason: string): never => {
  throw new ValidationError(URL_REFUSED, `This endpoint is refused: ${reason}.`, { url: reason });
};

/** The URL's form: https (http only when the operator allows it outside production), no credentials, at most 2000 characters. */
export function checkUrlForm(raw: string, settings: Pick<WebhookSettings, 'allowHttp'>): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('must be an absolute https URL');
  }
  if (raw.length > 2000) refuse('must be at most 2000 characters');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && settings.allowHttp)) refuse('must be an https URL');
  if (url.username || url.password) refuse('must not carry credentials');
  if (url.hash) refuse('must not have a fragment');
  return url;
}

/** Resolves the URL's host and refuses it when any of its addresses is refused and the operator has not allowed it. */
export async function checkTarget(raw: string, settings: WebhookSettings): Promise<CheckedTarget> {
  const url = checkUrlForm(raw, settings);
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  } catch {
    return refuse('its host does not resolve');
  }
  if (addresses.length === 0) refuse('its host does not resolve');
  const allowed = settings.allowPrivateHosts || settings.allowedHosts.includes(host);
  if (!allowed && addresses.some((a) => isRefusedAddress(a.address))) refuse('its host resolves to a loopback, private, link-local or metadata address');
  return { url, address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 };
}
