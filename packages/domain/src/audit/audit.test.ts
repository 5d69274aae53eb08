import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  canonicalJson,
  hashAuditEvent,
  sha256Hex,
  verifyAuditChain,
  type AuditEvent,
} from './index';

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on multi-block UTF-8 input', () => {
    const text = '审计记录 audit 🙂 '.repeat(40);
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

function chain(actions: string[]): AuditEvent[] {
  const out: AuditEvent[] = [];
  for (const [i, action] of actions.entries()) {
    const event = {
      id: `01J${i}`,
      ts: '2026-11-23T10:00:00+08:00',
      actor: { userId: 'usr_admin', role: 'ADM' as const, ip: '127.0.0.1', client: 'test' },
      action,
      resource: { type: 'order', id: `ord_${i}` },
      result: 'success' as const,
      requestId: `req_${i}`,
      prevHash: out.at(-1)?.hash ?? GENESIS_HASH,
    };
    out.push({ ...event, hash: hashAuditEvent(event) });
  }
  return out;
}

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyAuditChain(chain(['a', 'b', 'c']))).toBe(-1);
  });

  it('points at the first tampered or removed event', () => {
    const events = chain(['a', 'b', 'c', 'd']);
    const tampered = events.map((e, i) => (i === 2 ? { ...e, resource: { ...e.resource, id: 'ord_x' } } : e));
    expect(verifyAuditChain(tampered)).toBe(2);
    expect(verifyAuditChain([events[0], events[2], events[3]].filter((e) => e !== undefined))).toBe(1);
  });

  it('hashes independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    );
  });
});
