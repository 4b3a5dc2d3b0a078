/**
 * The globals the generated package may use beyond ES2022, declared for the generator's type-check
 * in place of all of lib.dom: the package runs in browsers and in Node, so it may only use what
 * both provide, and it promises to need no more than the WHATWG Encoding API (its README says
 * "Uint8Array, DataView, TextEncoder/TextDecoder only"). Checking against this list keeps that
 * promise (a DOM-only name such as `document` is an error here) and skips parsing ~2 MB of lib.dom
 * on every render; `npm run typecheck` still checks generated/ with its own tsconfig (ES2022 + DOM).
 * A template that needs another web global declares it here, as both platforms define it.
 */
export const WEB_GLOBALS_FILE = 'web-globals.d.ts';

export const WEB_GLOBALS = `
type AllowSharedBufferSource = ArrayBufferLike | ArrayBufferView<ArrayBufferLike>;

interface TextDecodeOptions {
  stream?: boolean;
}
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};

interface TextEncoderEncodeIntoResult {
  read: number;
  written: number;
}
interface TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array<ArrayBuffer>;
  encodeInto(source: string, destination: Uint8Array<ArrayBufferLike>): TextEncoderEncodeIntoResult;
}
declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};
`;
