import { type SourceFile, VariableDeclarationKind } from 'ts-morph';
import type { MethodModel, Protocol } from '../model/types.js';
import { methodLayout, quote } from './kit/wire.js';

/**
 * src/layouts.ts (internal: the index does not re-export it): every method's argument layout, which
 * encodeMethod, decodeMethod and METHODS are built from, and the classes that travel on channel 0.
 */
export function emitLayoutsFile(file: SourceFile, protocol: Protocol): void {
  const classZero = protocol.classes.filter((c) => c.channelZeroOnly).map((c) => c.classId);
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Classes whose methods travel on channel 0 only, and no others do.'],
    declarations: [
      {
        name: 'CHANNEL_ZERO_CLASSES',
        type: classZero.length ? undefined : 'number[]',
        initializer: `[${classZero.join(', ')}]`,
      },
    ],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Every method's arguments in wire order, a line per class, in the format runtime/method-codec.ts reads."],
    declarations: [
      {
        name: 'METHOD_LAYOUTS',
        initializer: `[\n${classLines(protocol)
          .map((line) => `${quote(line)},`)
          .join('\n')}\n]`,
      },
    ],
  });
}

/**
 * `<class id> <class name>|<method>|<method>…` for each run of methods of one class, in protocol order
 * (so the layouts list the methods in the same order as protocol.methods, which METHODS relies on).
 */
function classLines(protocol: Protocol): string[] {
  const runs: MethodModel[][] = [];
  for (const m of protocol.methods) {
    const run = runs.at(-1);
    if (run !== undefined && run[0].classId === m.classId) run.push(m);
    else runs.push([m]);
  }
  return runs.map((run) => {
    const className = run[0].fullName.slice(0, -run[0].specName.length - 1);
    return [`${run[0].classId} ${className}`, ...run.map(methodLayout)].join('|');
  });
}
