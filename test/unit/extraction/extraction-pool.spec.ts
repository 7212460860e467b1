import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../src/extraction';
import { ExtractionFailedError, ExtractionPool } from '../../../src/extraction/extraction-pool';

const seedsDir = join(__dirname, '..', '..', '..', 'seeds');
const texts = [
  'Jane Roe said: "We will not stop until the plant is closed." The company denied the claims in a statement to Reuters.',
  'The minister told the BBC that the plan was "fully funded". Critics accused him of hiding the costs.',
  readFileSync(join(seedsDir, '002_ca187d1cd9f803a8.txt'), 'utf8'),
];

/** White-box access to the pool's worker threads, to kill one mid-task. */
function workerThreads(pool: ExtractionPool): { terminate(): Promise<number> }[] {
  return (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots.map((slot) => slot.worker);
}

describe('ExtractionPool', () => {
  // Workers compile the extraction with ts-node when they start; that takes a few seconds under Jest.
  jest.setTimeout(120_000);

  let pool: ExtractionPool;
  afterEach(async () => {
    await pool?.close();
  });

  it('extracts on worker threads exactly what extractArticle extracts on the calling thread', async () => {
    pool = new ExtractionPool(2);
    const documents = await Promise.all(texts.map((text, i) => pool.extract(text, { id: `doc-${i}`, metadata: { outlet: 'Reuters' } })));
    texts.forEach((text, i) => expect(documents[i]).toEqual(extractArticle(text, { id: `doc-${i}`, metadata: { outlet: 'Reuters' } })));
    expect(documents[0].statements.length).toBeGreaterThan(0);
  });

  it('queues beyond its size: six tasks on one worker all finish, on one thread', async () => {
    pool = new ExtractionPool(1);
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const documents = await Promise.all(ids.map((id) => pool.extract(texts[0], { id })));
    expect(documents.map((document) => document.id)).toEqual(ids);
    expect(pool.workers).toBe(1);
  });

  it('with size 0 extracts on the calling thread and starts no worker', async () => {
    pool = new ExtractionPool(0);
    expect(await pool.extract(texts[1], { id: 'x' })).toEqual(extractArticle(texts[1], { id: 'x' }));
    expect(pool.workers).toBe(0);
  });

  it('fails only the task of a worker that dies, and the next task gets a new worker', async () => {
    pool = new ExtractionPool(1);
    await pool.extract(texts[0], { id: 'warm' });
    const doomed = pool.extract(texts[2], { id: 'doomed' });
    await workerThreads(pool)[0].terminate();
    await expect(doomed).rejects.toThrow(ExtractionFailedError);
    await expect(doomed).rejects.toThrow(/worker thread exited/);
    expect((await pool.extract(texts[1], { id: 'after' })).id).toBe('after');
    expect(pool.workers).toBe(1);
  });

  it('passes an error thrown by the extraction back as ExtractionFailedError with its message', async () => {
    pool = new ExtractionPool(1);
    // Metadata that is not an object makes the extraction throw while merging it.
    const bad = pool.extract(texts[0], { id: 'bad', metadata: { authors: 42 as unknown as string[] } });
    await expect(bad).rejects.toThrow(ExtractionFailedError);
    await expect(bad).rejects.toThrow(/extraction failed: TypeError/);
    expect((await pool.extract(texts[0], { id: 'fine' })).id).toBe('fine');
  });

  it('rejects queued and new tasks once closed, and leaves no thread running', async () => {
    pool = new ExtractionPool(1);
    const tasks = [pool.extract(texts[2], { id: 'one' }), pool.extract(texts[2], { id: 'two' })];
    const outcomes = tasks.map((task) => expect(task).rejects.toThrow(/closed/));
    await pool.close();
    await Promise.all(outcomes);
    await expect(pool.extract(texts[0], { id: 'late' })).rejects.toThrow(/closed/);
    expect(pool.workers).toBe(0);
  });

  it('refuses a size that is not a whole number >= 0', () => {
    expect(() => new ExtractionPool(-1)).toThrow(RangeError);
    expect(() => new ExtractionPool(1.5)).toThrow(RangeError);
  });
});
