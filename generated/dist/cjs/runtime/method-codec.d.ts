/**
 * encodeMethod and decodeMethod by table: one small loop over a compact description of every method's
 * arguments, printed by the generator from the model. The per-method encoders and decoders stay
 * straight-line (they are the fast path); this path exists so that a bundle using only the generic
 * pair does not carry every method's code. It checks the same things in the same order and throws the
 * same errors (same message, context and offset) as the per-method functions: a test compares them.
 *
 * Layouts: one string per class, `<class id> <class name>`, then `|` and each method in wire order:
 *   `<method id> <method name> <field>…`, each field `<code>[<bit>][!][[:]<spec-name>[=<name>]]`
 * where code is the wire type — `1` octet, `2` short, `4` long, `8` longlong, `T` timestamp, `s` shortstr,
 * `S` longstr, `F` table, `b` bit with its bit position in the octet —, `!` marks a reserved field (with
 * no name, it is `reserved-<n>`, n its number among the method's reserved fields), a colon comes before
 * a name only when it does not start with a letter, `_` or `$`, and `=<name>` gives the property name
 * when it is not the spec name in camelCase.
 */
import { AmqpError } from './errors.js';
export interface FieldLayout {
    readonly specName: string;
    /** `class.method.field`, the context of its errors. */
    readonly ctx: string;
    /** Property name in the arguments object. */
    readonly name: string;
    readonly code: string;
    readonly reserved: boolean;
    /** Bits: the mask in its octet (1 starts an octet, as bit positions restart at 0 in each); 0 for other fields. */
    readonly mask: number;
    /** Bytes it adds besides its value's: an integer's, a length prefix, a bit run's octet (at its first bit). */
    readonly size: number;
}
export interface MethodLayout {
    readonly name: string;
    readonly classId: number;
    readonly methodId: number;
    readonly channelZero: boolean;
    readonly fields: readonly FieldLayout[];
    readonly hasArgs: boolean;
}
/** Every method's layout, parsed, in the order the layouts list them. */
export declare function parseLayouts(layouts: readonly string[], channelZeroClasses: readonly number[]): MethodLayout[];
/** encodeMethod and decodeMethod over a protocol's method layouts (see the file comment). */
export interface MethodCodec<M, I> {
    /** A complete method frame; the same checks and errors as the method's own encoder. */
    encode(channel: number, method: I, frameMax?: number): Uint8Array;
    /** A method payload; the same checks, errors and result as decoding by the method's own decoder. */
    decode(payload: Uint8Array | ArrayBuffer): M;
}
/**
 * The generated encodeMethod/decodeMethod's engine for methods `M` (decoded) and `I` (input); the
 * layouts are parsed on first use.
 */
export declare function methodCodec<M, I>(layouts: readonly string[], channelZeroClasses: readonly number[]): MethodCodec<M, I>;
/** Ids that name no method of the protocol: 503, with the ids as fields. */
export declare function unknownMethod(classId: number, methodId: number): AmqpError;
