/** Names generated code uses itself; a field local with one of these names gets a suffix. */
const TAKEN = new Set([
  'reader', 'args', 'channel', 'w', 'size', 'properties', 'bodySize',
  // JavaScript reserved words cannot be local variable names.
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected',
  'public', 'await', 'arguments', 'eval',
]);

export function localName(fieldName: string): string {
  return TAKEN.has(fieldName) ? `${fieldName}Value` : fieldName;
}
