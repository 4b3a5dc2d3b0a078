/** Classes whose methods travel on channel 0 only, and no others do. */
export declare const CHANNEL_ZERO_CLASSES: number[];
/** Every method's arguments in wire order, a line per class, in the format runtime/method-codec.ts reads. */
export declare const METHOD_LAYOUTS: string[];
