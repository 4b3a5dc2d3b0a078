import { describe, expect, it } from 'vitest';
import * as pkg from '../../generated/src/index.js';
import * as specConstants from '../../generated/src/constants.js';
import * as runtime from '../../generated/src/runtime/index.js';

describe('constants and reply codes', () => {
  it('frame constants come from the spec and agree with the runtime', () => {
    expect([pkg.FRAME_METHOD, pkg.FRAME_HEADER, pkg.FRAME_BODY, pkg.FRAME_HEARTBEAT, pkg.FRAME_END, pkg.FRAME_MIN_SIZE]).toEqual([
      1, 2, 3, 8, 0xce, 4096,
    ]);
    expect(Array.from(pkg.PROTOCOL_HEADER)).toEqual([0x41, 0x4d, 0x51, 0x50, 0, 0, 9, 1]);
    expect(Array.from(pkg.HEARTBEAT_FRAME)).toEqual([8, 0, 0, 0, 0, 0, 0, 0xce]);
    expect([pkg.PROTOCOL_MAJOR, pkg.PROTOCOL_MINOR, pkg.PROTOCOL_REVISION]).toEqual([0, 9, 1]);
  });

  it("every constant the runtime defines for itself has the spec's value", () => {
    // The runtime cannot import the generated constants (it is written before them), so it keeps its own
    // copies of the wire facts it needs; the package index exports the spec's. They must never disagree.
    const shared = Object.keys(runtime).filter((name) => name in specConstants);
    expect(shared).toEqual(expect.arrayContaining(['FRAME_METHOD', 'FRAME_END', 'FRAME_MIN_SIZE', 'FRAME_ERROR', 'UNEXPECTED_FRAME']));
    for (const name of shared) {
      expect([name, (runtime as Record<string, unknown>)[name]]).toEqual([name, (specConstants as Record<string, unknown>)[name]]);
    }
  });

  it.each([311, 312, 313, 403, 404, 405, 406])('%i is soft', (code) => expect(pkg.replyCodeKind(code)).toBe('soft'));
  it.each([320, 402, 501, 502, 503, 504, 505, 506, 530, 540, 541])('%i is hard', (code) => expect(pkg.replyCodeKind(code)).toBe('hard'));

  it('200 is success; unknown codes are unknown, never an error', () => {
    expect(pkg.replyCodeKind(200)).toBe('success');
    expect(pkg.replyCodeKind(999)).toBe('unknown');
    expect(pkg.replyCodeKind(-1)).toBe('unknown');
    expect(pkg.replyCodeName(404)).toBe('not-found');
    expect(pkg.replyCodeName(312)).toBe('no-route');
    expect(pkg.replyCodeName(999)).toBeUndefined();
    expect([pkg.NOT_FOUND, pkg.NO_ROUTE, pkg.CONNECTION_FORCED, pkg.PRECONDITION_FAILED]).toEqual([404, 312, 320, 406]);
  });
});
