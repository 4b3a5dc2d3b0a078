/**
 * The protocol model: everything the emitters need, with every AMQP quirk
 * already decided. Nothing here is TypeScript syntax; names are computed once
 * in names.ts.
 */

/** The primitive wire types of AMQP 0-9-1 method and property fields. */
export type WireType = 'bit' | 'octet' | 'short' | 'long' | 'longlong' | 'shortstr' | 'longstr' | 'timestamp' | 'table';

export const WIRE_TYPES: readonly WireType[] = [
  'bit',
  'octet',
  'short',
  'long',
  'longlong',
  'shortstr',
  'longstr',
  'timestamp',
  'table',
];

/** Bytes a wire type takes when its size does not depend on the value. */
export const FIXED_SIZE: Readonly<Partial<Record<WireType, number>>> = {
  octet: 1,
  short: 2,
  long: 4,
  longlong: 8,
  timestamp: 8,
};

/** Bytes of a length prefix: shortstr has a u8 length, longstr and table a u32 byte length. */
export const LENGTH_PREFIX_SIZE: Readonly<Partial<Record<WireType, number>>> = {
  shortstr: 1,
  longstr: 4,
  table: 4,
};

/** Where a field sits on the wire, decided here once; emitters print these numbers. */
export interface FieldWire {
  /** Bytes when the size does not depend on the value (integers); undefined for strings, tables and bits. */
  readonly fixedSize: number | undefined;
  /** Bytes of the length prefix before a variable-size value (0 for fixed-size values and bits). */
  readonly prefixSize: number;
  /** Bytes of the value written as zero or empty, as reserved fields are (0 for bits: their run's octet counts). */
  readonly zeroSize: number;
}

/**
 * Bytes of a value written as zero or empty: integers at their width, a shortstr as its u8
 * length, a longstr or table as its u32 length. Reserved fields are written this way. A bit
 * takes no bytes of its own (its run's octet is counted once).
 */
export function zeroSize(type: WireType): number {
  return FIXED_SIZE[type] ?? LENGTH_PREFIX_SIZE[type] ?? 0;
}

/** How a field of this type sits on the wire. */
export function wireOf(type: WireType): FieldWire {
  return { fixedSize: FIXED_SIZE[type], prefixSize: LENGTH_PREFIX_SIZE[type] ?? 0, zeroSize: zeroSize(type) };
}

/**
 * Dispatch key of a method, one integer per (class id, method id): classId * 0x10000 + methodId,
 * which is (classId << 16) | methodId for 16-bit ids and never negative.
 */
export const DISPATCH_CLASS_FACTOR = 0x10000;

export const dispatchKeyOf = (classId: number, methodId: number): number => classId * DISPATCH_CLASS_FACTOR + methodId;

/** Bytes of one property-flags word (u16). */
export const PROPERTY_FLAG_WORD_SIZE = 2;

/** Bit 0 of a property-flags word: another flags word follows. */
export const FLAG_CONTINUATION_BIT = 0x0001;

/** Bits of a flags word that can name properties: every bit but the continuation bit. */
export const FLAG_PROPERTY_BITS = 0xfffe;

/** One u16 word of property flags in a content header. */
export interface FlagWordModel {
  /** Bits of this word that name a known property. */
  readonly knownMask: number;
  /** Property bits of this word that name no known property: set on the wire, they are an error. */
  readonly unknownMask: number;
}

export type Peer = 'client' | 'server';

/** Cleaned documentation of one element. */
export interface Docs {
  readonly label: string | undefined;
  /** API documentation paragraphs (grammar and scenario docs dropped). */
  readonly paragraphs: readonly string[];
  readonly rules: readonly { readonly name: string | undefined; readonly text: string }[];
}

export interface FieldModel {
  /** Name as in the spec, e.g. `server-properties`. */
  readonly specName: string;
  /** Property name in TypeScript, e.g. `serverProperties`. */
  readonly name: string;
  /** The domain the field names (kept for docs), or its type when it names none. */
  readonly domain: string;
  readonly type: WireType;
  /** Reserved fields are written as zero, skipped on read, and not part of public types. */
  readonly reserved: boolean;
  /** `class.method.field` for error messages. */
  readonly context: string;
  readonly wire: FieldWire;
  readonly docs: Docs;
}

/** One step of a method's argument layout in wire order. */
export type LayoutItem =
  | { readonly kind: 'field'; readonly field: FieldModel }
  /** Consecutive bit fields packed into one octet; field i takes bit i (first = lowest), mask masks[i]. */
  | { readonly kind: 'bits'; readonly fields: readonly FieldModel[]; readonly masks: readonly number[] };

export interface MethodModel {
  readonly specName: string;
  /** `connection.start-ok` */
  readonly fullName: string;
  readonly classId: number;
  readonly methodId: number;
  /** One integer per (class id, method id) for a switch: see dispatchKeyOf. */
  readonly dispatchKey: number;
  readonly synchronous: boolean;
  readonly content: boolean;
  readonly deprecated: boolean;
  /** Full names of the methods that answer this one (basic.get has two). */
  readonly responses: readonly string[];
  /** Who may send it: the peers that do not implement (receive) it per `<chassis>`. */
  readonly sentBy: readonly Peer[];
  /** Connection-class methods travel on channel 0 only. */
  readonly channelZeroOnly: boolean;
  /** TS name of the bit asking the server not to answer (`no-wait`; confirm.select spells it `nowait`). */
  readonly noWait: string | undefined;
  readonly fields: readonly FieldModel[];
  readonly layout: readonly LayoutItem[];
  /** Bytes of the arguments whose size does not depend on values (bit octets, integers, reserved strings). */
  readonly fixedSize: number;
  readonly docs: Docs;
  readonly names: {
    /** `ConnectionStartOk` */
    readonly pascal: string;
    /** Stem of the class file that defines the method's types and functions, e.g. `connection`. */
    readonly file: string;
    /** `ConnectionStartOkArgs`: what encoders take */
    readonly argsType: string;
    /**
     * What decoders return: `DecodedConnectionStartOkArgs` when a longstr field decodes
     * narrower (always bytes) than encoders accept, else the same as argsType.
     */
    readonly decodedType: string;
    readonly encoder: string;
    /** Decodes a whole method payload, checking the ids: `decodeConnectionStartOk`. */
    readonly decoder: string;
    /** Reads the arguments after the ids (decodeMethod dispatches to it): `decodeConnectionStartOkArgs`. */
    readonly argsDecoder: string;
  };
}

export interface PropertyModel {
  readonly field: FieldModel;
  /** Index of the u16 flag word (15 properties per word). */
  readonly flagWord: number;
  /** Mask within that word: bit 15 is the first property, bit 0 marks continuation. */
  readonly flagMask: number;
}

export interface ClassModel {
  readonly specName: string;
  readonly classId: number;
  readonly channelZeroOnly: boolean;
  readonly methods: readonly MethodModel[];
  /** Content properties; empty for classes that carry no content. */
  readonly properties: readonly PropertyModel[];
  /** The property-flags words a header of this class may carry (at least one, even with no properties). */
  readonly flagWords: readonly FlagWordModel[];
  readonly docs: Docs;
  readonly names: {
    /** `Connection` */
    readonly pascal: string;
    /** File stem, e.g. `connection` */
    readonly file: string;
    /** `CONNECTION_CLASS_ID` */
    readonly classIdConstant: string;
    /** `BasicProperties` (content classes only) */
    readonly propertiesType: string;
    /** What the header decoder returns: no null, longstr always bytes, timestamps never Dates. */
    readonly decodedPropertiesType: string;
    readonly headerEncoder: string;
    readonly headerDecoder: string;
  };
}

export type ErrorClass = 'soft' | 'hard';

export interface ConstantModel {
  readonly specName: string;
  /** `FRAME_METHOD`, `NOT_FOUND` */
  readonly name: string;
  readonly value: number;
  /** Set for reply codes that are errors: soft closes a channel, hard the connection. */
  readonly errorClass: ErrorClass | undefined;
  /** True for reply codes (error classes and reply-success). */
  readonly isReplyCode: boolean;
  readonly docs: Docs;
}

export interface Protocol {
  readonly major: number;
  readonly minor: number;
  readonly revision: number;
  readonly port: number | undefined;
  /** The spec inputs, as display names, in merge order. */
  readonly sources: readonly string[];
  readonly constants: readonly ConstantModel[];
  readonly classes: readonly ClassModel[];
  readonly methods: readonly MethodModel[];
}
