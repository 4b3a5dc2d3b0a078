import { type FieldTable, type ReadCursor } from './runtime/internal.js';
/**
 * Work with socket connections.
 *
 * The connection class provides methods for a client to establish a network connection to a
 * server, and for both peers to operate the connection thereafter.
 *
 * Class id of connection (10).
 */
export declare const CONNECTION_CLASS_ID = 10;
/**
 * Start connection negotiation.
 *
 * This method starts the connection negotiation process by telling the client the protocol version
 * that the server proposes, along with a list of security mechanisms which the client can use for
 * authentication.
 *
 * Rules:
 * - protocol-name: If the server cannot support the protocol specified in the protocol header, it
 *   MUST respond with a valid protocol header and then close the socket connection.
 * - server-support: The server MUST provide a protocol version that is lower than or equal to that
 *   requested by the client in the protocol header.
 * - client-support: If the client cannot handle the protocol version suggested by the server it
 *   MUST close the socket connection without sending any further data.
 *
 * Sent by: server. Synchronous; answered by connection.start-ok.
 * Spec: connection.start (10.10)
 */
export interface ConnectionStartArgs {
    /**
     * Protocol major version.
     *
     * The major version number can take any value from 0 to 99 as defined in the AMQP specification.
     *
     * Wire type: octet.
     */
    versionMajor: number;
    /**
     * Protocol minor version.
     *
     * The minor version number can take any value from 0 to 99 as defined in the AMQP specification.
     *
     * Wire type: octet.
     */
    versionMinor: number;
    /**
     * Server properties.
     *
     * Rules:
     * - required-fields: The properties SHOULD contain at least these fields: "host", specifying the
     *   server host name or address, "product", giving the name of the server product, "version",
     *   giving the name of the server version, "platform", giving the name of the operating system,
     *   "copyright", if appropriate, and "information", giving other general information.
     *
     * Wire type: table (domain peer-properties).
     */
    serverProperties: FieldTable;
    /**
     * Available security mechanisms.
     *
     * A list of the security mechanisms that the server supports, delimited by spaces.
     *
     * Wire type: longstr.
     */
    mechanisms: string | Uint8Array;
    /**
     * Available message locales.
     *
     * A list of the message locales that the server supports, delimited by spaces. The locale defines
     * the language in which the server will send reply texts.
     *
     * Rules:
     * - required-support: The server MUST support at least the en_US locale.
     *
     * Wire type: longstr.
     */
    locales: string | Uint8Array;
}
/**
 * connection.start arguments as decoded: longstr values are always bytes.
 *
 * Spec: connection.start (10.10)
 */
export interface DecodedConnectionStartArgs extends ConnectionStartArgs {
    mechanisms: Uint8Array;
    locales: Uint8Array;
}
/**
 * Encodes a complete connection.start method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.start (10.10)
 */
export declare function encodeConnectionStart(channel: number, args: ConnectionStartArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.start (after class and method id).
 *
 * Spec: connection.start (10.10)
 */
export declare function decodeConnectionStartArgs(reader: ReadCursor): DecodedConnectionStartArgs;
/**
 * Decodes a connection.start method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.start (10.10)
 */
export declare function decodeConnectionStart(payload: Uint8Array | ArrayBuffer): DecodedConnectionStartArgs;
/**
 * Select security mechanism and locale.
 *
 * This method selects a SASL security mechanism.
 *
 * Sent by: client. Synchronous.
 * Spec: connection.start-ok (10.11)
 */
export interface ConnectionStartOkArgs {
    /**
     * Client properties.
     *
     * Rules:
     * - required-fields: The properties SHOULD contain at least these fields: "product", giving the
     *   name of the client product, "version", giving the name of the client version, "platform",
     *   giving the name of the operating system, "copyright", if appropriate, and "information",
     *   giving other general information.
     *
     * Wire type: table (domain peer-properties).
     */
    clientProperties: FieldTable;
    /**
     * Selected security mechanism.
     *
     * A single security mechanisms selected by the client, which must be one of those specified by the
     * server.
     *
     * Rules:
     * - security: The client SHOULD authenticate using the highest-level security profile it can
     *   handle from the list provided by the server.
     * - validity: If the mechanism field does not contain one of the security mechanisms proposed by
     *   the server in the Start method, the server MUST close the connection without sending any
     *   further data.
     *
     * Wire type: shortstr.
     */
    mechanism: string;
    /**
     * Security response data.
     *
     * A block of opaque data passed to the security mechanism. The contents of this data are defined
     * by the SASL security mechanism.
     *
     * Wire type: longstr.
     */
    response: string | Uint8Array;
    /**
     * Selected message locale.
     *
     * A single message locale selected by the client, which must be one of those specified by the
     * server.
     *
     * Wire type: shortstr.
     */
    locale: string;
}
/**
 * connection.start-ok arguments as decoded: longstr values are always bytes.
 *
 * Spec: connection.start-ok (10.11)
 */
export interface DecodedConnectionStartOkArgs extends ConnectionStartOkArgs {
    response: Uint8Array;
}
/**
 * Encodes a complete connection.start-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.start-ok (10.11)
 */
export declare function encodeConnectionStartOk(channel: number, args: ConnectionStartOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.start-ok (after class and method id).
 *
 * Spec: connection.start-ok (10.11)
 */
export declare function decodeConnectionStartOkArgs(reader: ReadCursor): DecodedConnectionStartOkArgs;
/**
 * Decodes a connection.start-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.start-ok (10.11)
 */
export declare function decodeConnectionStartOk(payload: Uint8Array | ArrayBuffer): DecodedConnectionStartOkArgs;
/**
 * Security mechanism challenge.
 *
 * The SASL protocol works by exchanging challenges and responses until both peers have received
 * sufficient information to authenticate each other. This method challenges the client to provide
 * more information.
 *
 * Sent by: server. Synchronous; answered by connection.secure-ok.
 * Spec: connection.secure (10.20)
 */
export interface ConnectionSecureArgs {
    /**
     * Security challenge data.
     *
     * Challenge information, a block of opaque binary data passed to the security mechanism.
     *
     * Wire type: longstr.
     */
    challenge: string | Uint8Array;
}
/**
 * connection.secure arguments as decoded: longstr values are always bytes.
 *
 * Spec: connection.secure (10.20)
 */
export interface DecodedConnectionSecureArgs extends ConnectionSecureArgs {
    challenge: Uint8Array;
}
/**
 * Encodes a complete connection.secure method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.secure (10.20)
 */
export declare function encodeConnectionSecure(channel: number, args: ConnectionSecureArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.secure (after class and method id).
 *
 * Spec: connection.secure (10.20)
 */
export declare function decodeConnectionSecureArgs(reader: ReadCursor): DecodedConnectionSecureArgs;
/**
 * Decodes a connection.secure method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.secure (10.20)
 */
export declare function decodeConnectionSecure(payload: Uint8Array | ArrayBuffer): DecodedConnectionSecureArgs;
/**
 * Security mechanism response.
 *
 * This method attempts to authenticate, passing a block of SASL data for the security mechanism at
 * the server side.
 *
 * Sent by: client. Synchronous.
 * Spec: connection.secure-ok (10.21)
 */
export interface ConnectionSecureOkArgs {
    /**
     * Security response data.
     *
     * A block of opaque data passed to the security mechanism. The contents of this data are defined
     * by the SASL security mechanism.
     *
     * Wire type: longstr.
     */
    response: string | Uint8Array;
}
/**
 * connection.secure-ok arguments as decoded: longstr values are always bytes.
 *
 * Spec: connection.secure-ok (10.21)
 */
export interface DecodedConnectionSecureOkArgs extends ConnectionSecureOkArgs {
    response: Uint8Array;
}
/**
 * Encodes a complete connection.secure-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.secure-ok (10.21)
 */
export declare function encodeConnectionSecureOk(channel: number, args: ConnectionSecureOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.secure-ok (after class and method id).
 *
 * Spec: connection.secure-ok (10.21)
 */
export declare function decodeConnectionSecureOkArgs(reader: ReadCursor): DecodedConnectionSecureOkArgs;
/**
 * Decodes a connection.secure-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.secure-ok (10.21)
 */
export declare function decodeConnectionSecureOk(payload: Uint8Array | ArrayBuffer): DecodedConnectionSecureOkArgs;
/**
 * Propose connection tuning parameters.
 *
 * This method proposes a set of connection configuration values to the client. The client can
 * accept and/or adjust these.
 *
 * Sent by: server. Synchronous; answered by connection.tune-ok.
 * Spec: connection.tune (10.30)
 */
export interface ConnectionTuneArgs {
    /**
     * Proposed maximum channels.
     *
     * Specifies highest channel number that the server permits. Usable channel numbers are in the
     * range 1..channel-max. Zero indicates no specified limit.
     *
     * Wire type: short.
     */
    channelMax: number;
    /**
     * Proposed maximum frame size.
     *
     * The largest frame size that the server proposes for the connection, including frame header and
     * end-byte. The client can negotiate a lower value. Zero means that the server does not impose any
     * specific limit but may reject very large frames if it cannot allocate resources for them.
     *
     * Rules:
     * - minimum: Until the frame-max has been negotiated, both peers MUST accept frames of up to
     *   frame-min-size octets large, and the minimum negotiated value for frame-max is also
     *   frame-min-size.
     *
     * Wire type: long.
     */
    frameMax: number;
    /**
     * Desired heartbeat delay.
     *
     * The delay, in seconds, of the connection heartbeat that the server wants. Zero means the server
     * does not want a heartbeat.
     *
     * Wire type: short.
     */
    heartbeat: number;
}
/**
 * Encodes a complete connection.tune method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.tune (10.30)
 */
export declare function encodeConnectionTune(channel: number, args: ConnectionTuneArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.tune (after class and method id).
 *
 * Spec: connection.tune (10.30)
 */
export declare function decodeConnectionTuneArgs(reader: ReadCursor): ConnectionTuneArgs;
/**
 * Decodes a connection.tune method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.tune (10.30)
 */
export declare function decodeConnectionTune(payload: Uint8Array | ArrayBuffer): ConnectionTuneArgs;
/**
 * Negotiate connection tuning parameters.
 *
 * This method sends the client's connection tuning parameters to the server. Certain fields are
 * negotiated, others provide capability information.
 *
 * Sent by: client. Synchronous.
 * Spec: connection.tune-ok (10.31)
 */
export interface ConnectionTuneOkArgs {
    /**
     * Negotiated maximum channels.
     *
     * The maximum total number of channels that the client will use per connection.
     *
     * Rules:
     * - upper-limit: If the client specifies a channel max that is higher than the value provided by
     *   the server, the server MUST close the connection without attempting a negotiated close. The
     *   server may report the error in some fashion to assist implementors.
     *
     * Wire type: short.
     */
    channelMax: number;
    /**
     * Negotiated maximum frame size.
     *
     * The largest frame size that the client and server will use for the connection. Zero means that
     * the client does not impose any specific limit but may reject very large frames if it cannot
     * allocate resources for them. Note that the frame-max limit applies principally to content
     * frames, where large contents can be broken into frames of arbitrary size.
     *
     * Rules:
     * - minimum: Until the frame-max has been negotiated, both peers MUST accept frames of up to
     *   frame-min-size octets large, and the minimum negotiated value for frame-max is also
     *   frame-min-size.
     * - upper-limit: If the client specifies a frame max that is higher than the value provided by the
     *   server, the server MUST close the connection without attempting a negotiated close. The server
     *   may report the error in some fashion to assist implementors.
     *
     * Wire type: long.
     */
    frameMax: number;
    /**
     * Desired heartbeat delay.
     *
     * The delay, in seconds, of the connection heartbeat that the client wants. Zero means the client
     * does not want a heartbeat.
     *
     * Wire type: short.
     */
    heartbeat: number;
}
/**
 * Encodes a complete connection.tune-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.tune-ok (10.31)
 */
export declare function encodeConnectionTuneOk(channel: number, args: ConnectionTuneOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.tune-ok (after class and method id).
 *
 * Spec: connection.tune-ok (10.31)
 */
export declare function decodeConnectionTuneOkArgs(reader: ReadCursor): ConnectionTuneOkArgs;
/**
 * Decodes a connection.tune-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.tune-ok (10.31)
 */
export declare function decodeConnectionTuneOk(payload: Uint8Array | ArrayBuffer): ConnectionTuneOkArgs;
/**
 * Open connection to virtual host.
 *
 * This method opens a connection to a virtual host, which is a collection of resources, and acts
 * to separate multiple application domains within a server. The server may apply arbitrary limits
 * per virtual host, such as the number of each type of entity that may be used, per connection
 * and/or in total.
 *
 * Sent by: client. Synchronous; answered by connection.open-ok.
 * Spec: connection.open (10.40)
 */
export interface ConnectionOpenArgs {
    /**
     * Virtual host name.
     *
     * The name of the virtual host to work with.
     *
     * Rules:
     * - separation: If the server supports multiple virtual hosts, it MUST enforce a full separation
     *   of exchanges, queues, and all associated entities per virtual host. An application, connected
     *   to a specific virtual host, MUST NOT be able to access resources of another virtual host.
     * - security: The server SHOULD verify that the client has permission to access the specified
     *   virtual host.
     *
     * Wire type: shortstr (domain path).
     */
    virtualHost: string;
}
/**
 * Encodes a complete connection.open method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.open (10.40)
 */
export declare function encodeConnectionOpen(channel: number, args: ConnectionOpenArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.open (after class and method id).
 *
 * Spec: connection.open (10.40)
 */
export declare function decodeConnectionOpenArgs(reader: ReadCursor): ConnectionOpenArgs;
/**
 * Decodes a connection.open method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.open (10.40)
 */
export declare function decodeConnectionOpen(payload: Uint8Array | ArrayBuffer): ConnectionOpenArgs;
/**
 * Signal that connection is ready.
 *
 * This method signals to the client that the connection is ready for use.
 *
 * Sent by: server. Synchronous.
 * Spec: connection.open-ok (10.41)
 */
export interface ConnectionOpenOkArgs {
}
/**
 * Encodes a complete connection.open-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.open-ok (10.41)
 */
export declare function encodeConnectionOpenOk(channel: number, _args: ConnectionOpenOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.open-ok (after class and method id).
 *
 * Spec: connection.open-ok (10.41)
 */
export declare function decodeConnectionOpenOkArgs(reader: ReadCursor): ConnectionOpenOkArgs;
/**
 * Decodes a connection.open-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.open-ok (10.41)
 */
export declare function decodeConnectionOpenOk(payload: Uint8Array | ArrayBuffer): ConnectionOpenOkArgs;
/**
 * Request a connection close.
 *
 * This method indicates that the sender wants to close the connection. This may be due to internal
 * conditions (e.g. a forced shut-down) or due to an error handling a specific method, i.e. an
 * exception. When a close is due to an exception, the sender provides the class and method id of
 * the method which caused the exception.
 *
 * Rules:
 * - stability: After sending this method, any received methods except Close and Close-OK MUST be
 *   discarded. The response to receiving a Close after sending Close must be to send Close-Ok.
 *
 * Sent by: client and server. Synchronous; answered by connection.close-ok.
 * Spec: connection.close (10.50)
 */
export interface ConnectionCloseArgs {
    /** Wire type: short (domain reply-code). */
    replyCode: number;
    /** Wire type: shortstr (domain reply-text). */
    replyText: string;
    /**
     * Failing method class.
     *
     * When the close is provoked by a method exception, this is the class of the method.
     *
     * Wire type: short (domain class-id).
     */
    classId: number;
    /**
     * Failing method ID.
     *
     * When the close is provoked by a method exception, this is the ID of the method.
     *
     * Wire type: short (domain method-id).
     */
    methodId: number;
}
/**
 * Encodes a complete connection.close method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.close (10.50)
 */
export declare function encodeConnectionClose(channel: number, args: ConnectionCloseArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.close (after class and method id).
 *
 * Spec: connection.close (10.50)
 */
export declare function decodeConnectionCloseArgs(reader: ReadCursor): ConnectionCloseArgs;
/**
 * Decodes a connection.close method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.close (10.50)
 */
export declare function decodeConnectionClose(payload: Uint8Array | ArrayBuffer): ConnectionCloseArgs;
/**
 * Confirm a connection close.
 *
 * This method confirms a Connection.Close method and tells the recipient that it is safe to
 * release resources for the connection and close the socket.
 *
 * Rules:
 * - reporting: A peer that detects a socket closure without having received a Close-Ok handshake
 *   method SHOULD log the error.
 *
 * Sent by: client and server. Synchronous.
 * Spec: connection.close-ok (10.51)
 */
export interface ConnectionCloseOkArgs {
}
/**
 * Encodes a complete connection.close-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.close-ok (10.51)
 */
export declare function encodeConnectionCloseOk(channel: number, _args: ConnectionCloseOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.close-ok (after class and method id).
 *
 * Spec: connection.close-ok (10.51)
 */
export declare function decodeConnectionCloseOkArgs(_reader: ReadCursor): ConnectionCloseOkArgs;
/**
 * Decodes a connection.close-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.close-ok (10.51)
 */
export declare function decodeConnectionCloseOk(payload: Uint8Array | ArrayBuffer): ConnectionCloseOkArgs;
/**
 * Tell the client that publishing is blocked.
 *
 * The server sends this method when it stops accepting published messages on this connection,
 * typically because a resource alarm (for example low memory or disk space) is in effect. The
 * connection stays open, but the server may stop reading from it altogether, so the client should
 * stop publishing until it receives Connection.Unblocked.
 *
 * Rules:
 * - capability: The server MUST NOT send this method unless the client's client-properties, in
 *   Connection.Start-Ok, contain a "capabilities" table in which "connection.blocked" is true.
 *
 * Sent by: server.
 * Spec: connection.blocked (10.60)
 */
export interface ConnectionBlockedArgs {
    /**
     * Why the connection is blocked.
     *
     * A human-readable explanation of the block, such as the alarm that caused it. Meant for logs;
     * clients should not parse it.
     *
     * Wire type: shortstr.
     */
    reason: string;
}
/**
 * Encodes a complete connection.blocked method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.blocked (10.60)
 */
export declare function encodeConnectionBlocked(channel: number, args: ConnectionBlockedArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.blocked (after class and method id).
 *
 * Spec: connection.blocked (10.60)
 */
export declare function decodeConnectionBlockedArgs(reader: ReadCursor): ConnectionBlockedArgs;
/**
 * Decodes a connection.blocked method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.blocked (10.60)
 */
export declare function decodeConnectionBlocked(payload: Uint8Array | ArrayBuffer): ConnectionBlockedArgs;
/**
 * Tell the client that publishing may resume.
 *
 * The server sends this method when the condition reported by an earlier Connection.Blocked has
 * cleared, so the client may publish again. Like Connection.Blocked, it is only sent to clients
 * that announced the "connection.blocked" capability.
 *
 * Sent by: server.
 * Spec: connection.unblocked (10.61)
 */
export interface ConnectionUnblockedArgs {
}
/**
 * Encodes a complete connection.unblocked method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.unblocked (10.61)
 */
export declare function encodeConnectionUnblocked(channel: number, _args: ConnectionUnblockedArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.unblocked (after class and method id).
 *
 * Spec: connection.unblocked (10.61)
 */
export declare function decodeConnectionUnblockedArgs(_reader: ReadCursor): ConnectionUnblockedArgs;
/**
 * Decodes a connection.unblocked method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.unblocked (10.61)
 */
export declare function decodeConnectionUnblocked(payload: Uint8Array | ArrayBuffer): ConnectionUnblockedArgs;
/**
 * Replace the connection's credentials.
 *
 * The client sends this method on an open connection to hand the server a fresh secret for the
 * already authenticated user, for example a renewed OAuth 2 access token that replaces one about
 * to expire. The server checks the secret and answers with Connection.Update-Secret-Ok if it
 * accepts it; if it refuses it, the server closes the connection with an error.
 *
 * Sent by: client. Synchronous; answered by connection.update-secret-ok.
 * Spec: connection.update-secret (10.70)
 */
export interface ConnectionUpdateSecretArgs {
    /**
     * Replacement secret.
     *
     * The new credential, in the format the authentication backend expects (for a token backend, the
     * token itself). May contain arbitrary bytes.
     *
     * Wire type: longstr.
     */
    newSecret: string | Uint8Array;
    /**
     * Why the secret is replaced.
     *
     * A human-readable note on why the secret is being replaced, for the server's logs.
     *
     * Wire type: shortstr.
     */
    reason: string;
}
/**
 * connection.update-secret arguments as decoded: longstr values are always bytes.
 *
 * Spec: connection.update-secret (10.70)
 */
export interface DecodedConnectionUpdateSecretArgs extends ConnectionUpdateSecretArgs {
    newSecret: Uint8Array;
}
/**
 * Encodes a complete connection.update-secret method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.update-secret (10.70)
 */
export declare function encodeConnectionUpdateSecret(channel: number, args: ConnectionUpdateSecretArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.update-secret (after class and method id).
 *
 * Spec: connection.update-secret (10.70)
 */
export declare function decodeConnectionUpdateSecretArgs(reader: ReadCursor): DecodedConnectionUpdateSecretArgs;
/**
 * Decodes a connection.update-secret method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.update-secret (10.70)
 */
export declare function decodeConnectionUpdateSecret(payload: Uint8Array | ArrayBuffer): DecodedConnectionUpdateSecretArgs;
/**
 * Confirm the new credentials.
 *
 * The server sends this method to confirm that it accepted the secret from
 * Connection.Update-Secret and now uses it for this connection.
 *
 * Sent by: server. Synchronous.
 * Spec: connection.update-secret-ok (10.71)
 */
export interface ConnectionUpdateSecretOkArgs {
}
/**
 * Encodes a complete connection.update-secret-ok method frame on `channel`. With `frameMax` (the negotiated frame-max), a larger frame is an encode error and nothing is written.
 *
 * Spec: connection.update-secret-ok (10.71)
 */
export declare function encodeConnectionUpdateSecretOk(channel: number, _args: ConnectionUpdateSecretOkArgs, frameMax?: number): Uint8Array;
/**
 * Reads the arguments of connection.update-secret-ok (after class and method id).
 *
 * Spec: connection.update-secret-ok (10.71)
 */
export declare function decodeConnectionUpdateSecretOkArgs(_reader: ReadCursor): ConnectionUpdateSecretOkArgs;
/**
 * Decodes a connection.update-secret-ok method payload (class id, method id, arguments).
 *
 * Other ids are an error (503), as are truncated arguments and trailing bytes (501).
 *
 * Spec: connection.update-secret-ok (10.71)
 */
export declare function decodeConnectionUpdateSecretOk(payload: Uint8Array | ArrayBuffer): ConnectionUpdateSecretOkArgs;
