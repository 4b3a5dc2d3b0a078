import { SpecError } from '../errors.js';
import type {
  Origin,
  RawAssert,
  RawChassis,
  RawClass,
  RawConstant,
  RawDoc,
  RawDomain,
  RawField,
  RawMethod,
  RawRule,
  RawSpec,
} from './raw.js';
import { parseXmlTree, type XmlElement } from './xml-tree.js';

/**
 * Reads one spec XML file into raw records, 1:1 with its elements.
 * Unknown attributes are ignored (specs carry e.g. `required="0"`); unknown
 * elements where structure matters are errors.
 */
export function readSpec(xml: string, file: string): RawSpec {
  const root = parseXmlTree(xml, file);
  if (root.tag !== 'amqp') throw new SpecError(`root element must be <amqp>, found <${root.tag}>`, file, '');
  const constants: RawConstant[] = [];
  const domains: RawDomain[] = [];
  const classes: RawClass[] = [];
  for (const child of root.children) {
    switch (child.tag) {
      case 'constant':
        constants.push(readConstant(child, file));
        break;
      case 'domain':
        domains.push(readDomain(child, file));
        break;
      case 'class':
        classes.push(readClass(child, file));
        break;
      case 'doc':
        break;
      default:
        throw unknownElement(child, file, 'amqp');
    }
  }
  return {
    file,
    major: root.attrs.major,
    minor: root.attrs.minor,
    revision: root.attrs.revision,
    port: root.attrs.port,
    constants,
    domains,
    classes,
  };
}

function required(element: XmlElement, attr: string, origin: Origin): string {
  const value = element.attrs[attr];
  if (value === undefined || value.trim() === '') {
    throw new SpecError(
      `missing attribute "${attr}" on <${element.tag}>`,
      origin.file,
      origin.path,
      origin.line,
      origin.column,
    );
  }
  return value.trim();
}

function flag(element: XmlElement, attr: string): boolean {
  const value = element.attrs[attr];
  return value !== undefined && value.trim() !== '0' && value.trim() !== '';
}

function unknownElement(element: XmlElement, file: string, path: string): SpecError {
  return new SpecError(`unexpected element <${element.tag}>`, file, path, element.line, element.column);
}

function nameForPath(element: XmlElement, kind: string, parentPath: string): string {
  const name = element.attrs.name?.trim() ?? '?';
  return parentPath ? `${parentPath} > ${kind} ${name}` : `${kind} ${name}`;
}

function readDoc(element: XmlElement): RawDoc {
  return { type: element.attrs.type, text: element.text };
}

function readRule(element: XmlElement, file: string, path: string): RawRule {
  const docs: RawDoc[] = [];
  for (const child of element.children) {
    if (child.tag === 'doc') docs.push(readDoc(child));
    else if (child.tag !== 'see') throw unknownElement(child, file, `${path} > rule ${element.attrs.name ?? '?'}`);
  }
  return { name: element.attrs.name, onFailure: element.attrs['on-failure'], docs };
}

function readAssert(element: XmlElement, origin: Origin): RawAssert {
  return { check: required(element, 'check', origin), value: element.attrs.value };
}

function readChassis(element: XmlElement, origin: Origin): RawChassis {
  return { name: required(element, 'name', origin), implement: element.attrs.implement };
}

function readConstant(element: XmlElement, file: string): RawConstant {
  const origin = { file, path: nameForPath(element, 'constant', ''), line: element.line, column: element.column };
  const docs = element.children.filter((c) => c.tag === 'doc').map(readDoc);
  return {
    origin,
    name: required(element, 'name', origin),
    value: required(element, 'value', origin),
    class: element.attrs.class,
    label: element.attrs.label,
    docs,
  };
}

function readDomain(element: XmlElement, file: string): RawDomain {
  const origin = { file, path: nameForPath(element, 'domain', ''), line: element.line, column: element.column };
  const parts = readDocumented(element, origin, ['assert']);
  return {
    origin,
    name: required(element, 'name', origin),
    type: required(element, 'type', origin),
    label: element.attrs.label,
    docs: parts.docs,
    rules: parts.rules,
    asserts: parts.asserts,
  };
}

function readField(element: XmlElement, file: string, parentPath: string): RawField {
  const origin = { file, path: nameForPath(element, 'field', parentPath), line: element.line, column: element.column };
  const parts = readDocumented(element, origin, ['assert']);
  const name = required(element, 'name', origin);
  const domain = element.attrs.domain?.trim() || undefined;
  const type = element.attrs.type?.trim() || undefined;
  if (domain === undefined && type === undefined) {
    throw new SpecError('field needs a "domain" or a "type" attribute', file, origin.path, origin.line, origin.column);
  }
  return {
    origin,
    name,
    domain,
    type,
    reserved: flag(element, 'reserved'),
    label: element.attrs.label,
    docs: parts.docs,
    rules: parts.rules,
    asserts: parts.asserts,
  };
}

function readMethod(element: XmlElement, file: string, classPath: string): RawMethod {
  const origin = { file, path: nameForPath(element, 'method', classPath), line: element.line, column: element.column };
  const parts = readDocumented(element, origin, ['chassis', 'response', 'field']);
  return {
    origin,
    name: required(element, 'name', origin),
    index: required(element, 'index', origin),
    synchronous: flag(element, 'synchronous'),
    content: flag(element, 'content'),
    deprecated: flag(element, 'deprecated'),
    amend: readAmend(element, origin),
    attributes: Object.keys(element.attrs),
    label: element.attrs.label,
    docs: parts.docs,
    rules: parts.rules,
    chassis: parts.chassis,
    responses: parts.responses,
    fields: parts.fields,
  };
}

/** `amend="true"` changes an existing method's metadata; `amend="layout"` may change its wire layout too. */
function readAmend(element: XmlElement, origin: Origin): RawMethod['amend'] {
  const value = element.attrs.amend?.trim();
  if (value === undefined || value === '' || value === 'false' || value === '0') return undefined;
  if (value === 'true' || value === '1') return 'metadata';
  if (value === 'layout') return 'layout';
  throw new SpecError(
    `amend="${value}" is neither "true" (change metadata) nor "layout" (change the wire layout too)`,
    origin.file,
    origin.path,
    origin.line,
    origin.column,
  );
}

function readClass(element: XmlElement, file: string): RawClass {
  const origin = { file, path: nameForPath(element, 'class', ''), line: element.line, column: element.column };
  const parts = readDocumented(element, origin, ['chassis', 'field', 'method']);
  return {
    origin,
    name: required(element, 'name', origin),
    index: required(element, 'index', origin),
    handler: element.attrs.handler,
    label: element.attrs.label,
    docs: parts.docs,
    rules: parts.rules,
    chassis: parts.chassis,
    properties: parts.fields,
    methods: parts.methods,
  };
}

interface Children {
  docs: RawDoc[];
  rules: RawRule[];
  asserts: RawAssert[];
  chassis: RawChassis[];
  responses: string[];
  fields: RawField[];
  methods: RawMethod[];
}

/** Sorts an element's children by kind; `allowed` lists the structural kinds besides doc/rule. */
function readDocumented(element: XmlElement, origin: Origin, allowed: readonly string[]): Children {
  const out: Children = { docs: [], rules: [], asserts: [], chassis: [], responses: [], fields: [], methods: [] };
  for (const child of element.children) {
    if (child.tag === 'doc') out.docs.push(readDoc(child));
    else if (child.tag === 'rule') out.rules.push(readRule(child, origin.file, origin.path));
    else if (!allowed.includes(child.tag)) throw unknownElement(child, origin.file, origin.path);
    else if (child.tag === 'assert') out.asserts.push(readAssert(child, origin));
    else if (child.tag === 'chassis') out.chassis.push(readChassis(child, origin));
    else if (child.tag === 'response') out.responses.push(required(child, 'name', origin));
    else if (child.tag === 'field') out.fields.push(readField(child, origin.file, origin.path));
    else if (child.tag === 'method') out.methods.push(readMethod(child, origin.file, origin.path));
  }
  return out;
}
