import { type SourceFile, VariableDeclarationKind } from 'ts-morph';
import type { Protocol } from '../model/types.js';
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
    docs: ["Every method's arguments in wire order, in the format runtime/method-codec.ts reads."],
    declarations: [
      {
        name: 'METHOD_LAYOUTS',
        initializer: `[\n${protocol.methods.map((m) => `${quote(methodLayout(m))},`).join('\n')}\n]`,
      },
    ],
  });
}
