import { describe, expect, it } from 'vitest';
import { occasionOrigin } from '../../../../server/utils/search-occasions';

const overkalix = { slug: 'overkalix', name: 'Överkalix', position: { lat: 66.33, lng: 22.84 } };
const storuman = { slug: 'storuman', name: 'Storuman', position: { lat: 65.1, lng: 17.1 } };
const municipalities = [overkalix, storuman];

describe('occasionOrigin', () => {
  it.each([
    ['the place the query named wins over the reader\'s choice', 'Överkalix', 'storuman', overkalix.position],
    ['no place named: the reader\'s choice', null, 'storuman', storuman.position],
    ['neither: nowhere (the soonest occasion)', null, null, null],
    ['a named place the CMS does not know: the reader\'s choice', 'Kiruna', 'storuman', storuman.position],
  ] as const)('%s', (_why, named, chosen, expected) => {
    expect(occasionOrigin(municipalities, named, chosen)).toEqual(expected);
  });
});
