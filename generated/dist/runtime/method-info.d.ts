/** The generated METHODS table (of type `T`) from the layouts and the per-method facts, in the same order. */
export declare function methodInfoTable<T>(layouts: readonly string[], facts: readonly string[], channelZeroClasses: readonly number[]): T;
