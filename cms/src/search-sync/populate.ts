import type { Modules, Schema, UID } from '@strapi/strapi';
import { search, type SearchLibrary } from './search-lib';

type ContentType = SearchLibrary.ContentType;
type UidOf<T extends ContentType> = (typeof search.STRAPI_UID)[T];
type Attribute<T extends UID.Schema, K> = K extends Schema.AttributeNames<T> ? Extract<Schema.AttributeByName<T, K>, Schema.Attribute.Attribute> : never;
/** What a populated field holds: the relation's or component's schema, or a dynamic zone's components. */
type TargetOf<T extends UID.Schema, K> =
  Schema.Attribute.Target<Attribute<T, K>> extends infer U extends UID.Schema ? ([U] extends [never] ? Schema.Attribute.MorphTargets<Attribute<T, K>> : U) : never;

/** One populated field's options; `never` wherever a key is not an option or not a component of the zone. */
type CheckedNested<T extends UID.Schema, V> = V extends boolean
  ? V
  : {
      [O in keyof V]: O extends 'populate'
        ? CheckedPopulate<T, V[O]>
        : O extends 'on'
          ? { [C in keyof V[O]]: C extends T ? CheckedNested<C, V[O][C]> : never }
          : O extends 'fields' | 'filters' | 'sort' | 'count'
            ? V[O]
            : never;
    };

/**
 * A populate object whose every key, at every depth, names a field of the schema: Strapi's own populate type lets
 * an unknown key through when it is not written in place (the object comes from the search library), so a renamed
 * field would silently stop being loaded and indexed.
 */
type CheckedPopulate<T extends UID.Schema, P> = P extends boolean | string | readonly string[]
  ? P
  : { [K in keyof P]: K extends Schema.PopulatableAttributeNames<T> ? CheckedNested<TargetOf<T, K>, P[K]> : never };

type Populate<T extends ContentType> = Modules.Documents.Params.Populate.Any<UidOf<T>>;
type Checked<P extends Record<ContentType, unknown>> = { [T in ContentType]: CheckedPopulate<UidOf<T>, P[T]> & Populate<T> };

const checked: Checked<typeof search.POPULATE> = search.POPULATE;

/**
 * The search library's POPULATE (search/src/map/populate.ts), checked by the compiler against the generated
 * content-type schemas (cms/types/generated): a field that does not exist, a wrong `fields` name or a component
 * that is not in the zone fails `tsc`. Typed per type, so `POPULATE[type]` fits `strapi.documents(STRAPI_UID[type])`.
 */
export const POPULATE: { [T in ContentType]: Populate<T> } = checked;
