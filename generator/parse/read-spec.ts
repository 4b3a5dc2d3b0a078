import { errorAt, SpecError } from '../errors.js';
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
  RawRuledElement,
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
    throw errorAt(`missing attribute "${attr}" on <${element.tag}>`, origin);
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

/** Where an element is: its file, its path `parent > kind name`, and its line:column. */
function originOf(element: XmlElement, file: string, kind: string, parentPath: string): Origin {
  return { file, path: nameForPath(element, kind, parentPath), line: element.line, column: element.column };
}

/** The attributes and children every named, documented element carries. */
function readElement(element: XmlElement, origin: Origin, children: Children): RawRuledElement {
  return {
    origin,
    name: required(element, 'name', origin),
    label: element.attrs.label,
    docs: children.docs,
    rules: children.rules,
  };
}

function readConstant(element: XmlElement, file: string): RawConstant {
  const origin = originOf(element, file, 'constant', '');
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
  const origin = originOf(element, file, 'domain', '');
  const children = readDocumented(element, origin, ['assert']);
  return {
    ...readElement(element, origin, children),
    type: required(element, 'type', origin),
    asserts: children.asserts,
  };
}

function readField(element: XmlElement, file: string, parentPath: string): RawField {
  const origin = originOf(element, file, 'field', parentPath);
  const children = readDocumented(element, origin, ['assert']);
  const common = readElement(element, origin, children);
  const domain = element.attrs.domain?.trim() || undefined;
  const type = element.attrs.type?.trim() || undefined;
  if (domain === undefined && type === undefined) {
    throw errorAt('field needs a "domain" or a "type" attribute', origin);
  }
  return { ...common, domain, type, reserved: flag(element, 'reserved'), asserts: children.asserts };
}

function readMethod(element: XmlElement, file: string, classPath: string): RawMethod {
  const origin = originOf(element, file, 'method', classPath);
  const children = readDocumented(element, origin, ['chassis', 'response', 'field']);
  return {
    ...readElement(element, origin, children),
    index: required(element, 'index', origin),
    synchronous: flag(element, 'synchronous'),
    content: flag(element, 'content'),
    deprecated: flag(element, 'deprecated'),
    amend: readAmend(element, origin),
    attributes: Object.keys(element.attrs),
    chassis: children.chassis,
    responses: children.responses,
    fields: children.fields,
  };
}

/** `amend="true"` changes an existing method's metadata; `amend="layout"` may change its wire layout too. */
function readAmend(element: XmlElement, origin: Origin): RawMethod['amend'] {
  const value = element.attrs.amend?.trim();
  if (value === undefined || value === '' || value === 'false' || value === '0') return undefined;
  if (value === 'true' || value === '1') return 'metadata';
  if (value === 'layout') return 'layout';
  throw errorAt(
    `amend="${value}" is neither "true" (change metadata) nor "layout" (change the wire layout too)`,
    origin,
  );
}

function readClass(element: XmlElement, file: string): RawClass {
  const origin = originOf(element, file, 'class', '');
  const children = readDocumented(element, origin, ['chassis', 'field', 'method']);
  return {
    ...readElement(element, origin, children),
    index: required(element, 'index', origin),
    handler: element.attrs.handler,
    chassis: children.chassis,
    properties: children.fields,
    methods: children.methods,
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
