// Loads the three codecs under test.
//
// - ours: the compiled package (`@amqp-codegen/protocol` → generated/dist).
// - amqplib: its generated lib/defs.js and lib/frame.js are hidden by its exports map, so they are
//   loaded by path next to the resolved main file. Connection.prototype.recvFrame / sendMessage are
//   borrowed and run on stub objects (no socket), so the code measured is amqplib's own.
// - @cloudamqp/amqp-client: its AMQPView (DataView subclass with AMQP getters/setters) and
//   AMQPFrame.Writer are public subpath modules. Its frame parser is not separable: parsing is
//   AMQPSocketClient#onRead (framing) → AMQPBaseClient#parseFrames (decode fused with the client
//   state machine). Both are plain methods, so they run on a client that never connects.

import { createRequire } from 'node:module';
import path from 'node:path';

import * as ours from '@amqp-codegen/protocol';
import { AMQPChannel } from '@cloudamqp/amqp-client/amqp-channel';
import * as CloudFrame from '@cloudamqp/amqp-client/amqp-frame';
import { AMQPClient as CloudSocketClient } from '@cloudamqp/amqp-client/amqp-socket-client';
import { AMQPView } from '@cloudamqp/amqp-client/amqp-view';

const require = createRequire(import.meta.url);
const amqplibMain = require.resolve('amqplib');
// require.resolve gives <pkg>/channel_api.js; lib/ sits next to it.
const amqplibDir = path.dirname(amqplibMain);
const amqplibDefs = require(path.join(amqplibDir, 'lib', 'defs.js'));
const amqplibFrame = require(path.join(amqplibDir, 'lib', 'frame.js'));
const { Connection: AmqplibConnection } = require(path.join(amqplibDir, 'lib', 'connection.js'));

function pkgVersion(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    // @cloudamqp/amqp-client's exports map hides package.json; read it by path.
    const fs = require('node:fs');
    let dir = path.dirname(require.resolve(name));
    for (let k = 0; k < 4; k++) {
      const p = path.join(dir, 'package.json');
      if (fs.existsSync(p)) {
        const j = JSON.parse(fs.readFileSync(p, 'utf8'));
        if (j.name === name) return j.version;
      }
      dir = path.dirname(dir);
    }
    return '?';
  }
}

export const versions = {
  ours: pkgVersion('@amqp-codegen/protocol'),
  amqplib: pkgVersion('amqplib'),
  cloudamqp: pkgVersion('@cloudamqp/amqp-client'),
};

export { ours, amqplibDefs, amqplibFrame, AmqplibConnection, AMQPView, CloudFrame, CloudSocketClient, AMQPChannel };
