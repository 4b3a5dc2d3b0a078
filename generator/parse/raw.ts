/**
 * Raw spec records: one per XML element, attributes kept as strings.
 * Nothing here knows about wire types, names in TypeScript or merge rules.
 */

/** Where a record came from, for error messages. */
export interface Origin {
  readonly file: string;
  /** e.g. `class connection > method start > field server-properties` */
  readonly path: string;
  /** 1-based position of the element in the file, when known. */
  readonly line?: number;
  readonly column?: number;
}

export interface RawDoc {
  /** undefined for API documentation; `grammar` / `scenario` otherwise */
  readonly type: string | undefined;
  readonly text: string;
}

export interface RawRule {
  readonly name: string | undefined;
  readonly onFailure: string | undefined;
  readonly docs: readonly RawDoc[];
}

export interface RawAssert {
  readonly check: string;
  readonly value: string | undefined;
}

export interface RawChassis {
  readonly name: string;
  readonly implement: string | undefined;
}

/** What every named spec element carries: where it is, its name, label and documentation. */
export interface RawElement {
  readonly origin: Origin;
  readonly name: string;
  readonly label: string | undefined;
  readonly docs: readonly RawDoc[];
}

/** An element that may also carry `<rule>` children. */
export interface RawRuledElement extends RawElement {
  readonly rules: readonly RawRule[];
}

export interface RawField extends RawRuledElement {
  readonly domain: string | undefined;
  readonly type: string | undefined;
  readonly reserved: boolean;
  readonly asserts: readonly RawAssert[];
}

export interface RawMethod extends RawRuledElement {
  readonly index: string;
  readonly synchronous: boolean;
  readonly content: boolean;
  readonly deprecated: boolean;
  /**
   * Set when this element amends a method an earlier input defined: `metadata` may change
   * synchronous, deprecated, chassis, responses and docs; `layout` may also change fields and content.
   */
  readonly amend: 'metadata' | 'layout' | undefined;
  /** Names of the attributes the element carries (an amendment changes only those it names). */
  readonly attributes: readonly string[];
  readonly chassis: readonly RawChassis[];
  readonly responses: readonly string[];
  readonly fields: readonly RawField[];
}

export interface RawClass extends RawRuledElement {
  readonly index: string;
  readonly handler: string | undefined;
  readonly chassis: readonly RawChassis[];
  readonly properties: readonly RawField[];
  readonly methods: readonly RawMethod[];
}

export interface RawDomain extends RawRuledElement {
  readonly type: string;
  readonly asserts: readonly RawAssert[];
}

export interface RawConstant extends RawElement {
  readonly value: string;
  readonly class: string | undefined;
}

export interface RawSpec {
  readonly file: string;
  readonly major: string | undefined;
  readonly minor: string | undefined;
  readonly revision: string | undefined;
  readonly port: string | undefined;
  readonly constants: readonly RawConstant[];
  readonly domains: readonly RawDomain[];
  readonly classes: readonly RawClass[];
}
