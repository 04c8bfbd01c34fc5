// UI strings are plain typed objects: `en` must have exactly the keys of `ko`, so a string missing in
// one language is a type error (see docs/decisions/0001-typed-messages.md).
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export type Messages<T> = { ko: T; en: SameShape<T> };

export function defineMessages<const T extends object>(messages: { ko: T; en: SameShape<T> }): Messages<T> {
  return messages;
}

/** One language of a catalog as code reads it at run time: the Korean shape, every text a plain string. */
export type TextsOf<M> = M extends Messages<infer T> ? SameShape<T> : never;
