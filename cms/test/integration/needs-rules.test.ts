import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, contentManager } from '../helpers/api';
import { unique } from '../helpers/fixtures';

const QUESTION = 'api::needs-question.needs-question';
const CHECK = 'api::needs-check.needs-check';
type CM = ReturnType<typeof contentManager>;

const key = () => unique('test_q').replace(/-/g, '_');
const maturity = (k: string, options: unknown[]) => ({ key: k, order: 90, kind: 'maturity', dimension: 'skills', text: 'Hur ofta lär du dig något nytt?', options });
const option = (k: string, score: number | null, label = `Svar ${k}`) => ({ key: k, label, score });

async function stored(cm: CM, k: string, locale = 'sv'): Promise<number> {
  return (await cm.find(QUESTION, `locale=${locale}&filters[key][$eq]=${k}`)).body.pagination.total;
}

describe('needs check questions: content rules (400, nothing stored)', () => {
  let cm: CM;
  beforeAll(async () => {
    cm = contentManager(await adminToken('kn-coordinator'));
  });

  it.each([
    ['a maturity option without a score', () => maturity(key(), [option('a', 10), option('b', null)]), /Option "b" of a maturity question needs a score from 0 to 100/],
    ['a score above 100', () => maturity(key(), [option('a', 10), option('b', 101)]), /score|100/],
    ['repeated option keys', () => maturity(key(), [option('a', 10), option('a', 50)]), /Option keys must be unique within a question: a/],
    ['a maturity question without a dimension', () => ({ ...maturity(key(), [option('a', 0), option('b', 100)]), dimension: null }), /needs a dimension/],
    ['a context option outside the vocabulary', () => ({ key: key(), order: 91, kind: 'context', context: 'size', text: 'Hur stort?', options: [{ key: 'sole', label: 'Bara jag', value: 'sole' }, { key: 'huge', label: 'Jättestort', value: '500_plus' }] }), /Option "huge" needs a size value, one of: sole, 2_9, 10_49/],
    ['a context question without a context', () => ({ key: key(), order: 91, kind: 'context', text: 'Vad?', options: [{ key: 'a', label: 'A', value: 'a' }, { key: 'b', label: 'B', value: 'b' }] }), /needs a context/],
    ['a key another question uses', () => maturity('strategy_online_presence', [option('a', 0), option('b', 100)]), /already used by another question/],
  ])('refuses %s', async (_what, data, message) => {
    const body = data();
    const res = await cm.create(QUESTION, body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    if (body.key !== 'strategy_online_presence') expect(await stored(cm, body.key)).toBe(0);
  });

  it('a language is published only when its options have the same keys and scores as the other language', async () => {
    const k = key();
    const sv = await cm.create(QUESTION, maturity(k, [option('never', 0), option('often', 100)]));
    expect(sv.status).toBe(201);
    const id = sv.body.data.documentId;
    const en = await cm.update(QUESTION, id, { text: 'How often do you learn something new?', options: [option('never', 0, 'Never'), option('often', 80, 'Often')] }, 'en');
    expect(en.status).toBe(200);
    const refused = await cm.publish(QUESTION, id, 'sv');
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/same keys and scores in every language.*often=100.*often=80/);
    expect((await cm.update(QUESTION, id, { options: [option('never', 0, 'Never'), option('often', 100, 'Often')] }, 'en')).status).toBe(200);
    expect((await cm.publish(QUESTION, id, 'sv')).status).toBe(200);
    expect((await cm.publish(QUESTION, id, 'en')).status).toBe(200);
    expect((await cm.remove(QUESTION, id, 'sv')).status).toBe(200);
    expect((await cm.remove(QUESTION, id, 'en')).status).toBe(200);
  });

  it('a researcher may read the check but not edit it; a coordinator may', async () => {
    const researcher = contentManager(await adminToken('kn-researcher'));
    expect((await researcher.create(QUESTION, maturity(key(), [option('a', 0), option('b', 100)]))).status).toBe(403);
    expect((await researcher.find(CHECK, 'locale=sv')).status).toBe(200);
    expect((await researcher.find('api::needs-response.needs-response')).status).toBe(403);
    expect((await cm.find('api::needs-response.needs-response')).status).toBe(403);
    expect((await cm.find('api::needs-contact.needs-contact')).status).toBe(200);
  });
});
