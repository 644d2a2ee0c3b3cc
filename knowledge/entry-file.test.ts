// Entry files: a malformed one is named with what is wrong; a user's folder adds entries; an id taken
// twice is refused naming both files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEntryFile } from './entry-file.js';
import { loadEntries } from './load-entries.js';
import { KnowledgeError } from './knowledge-error.js';

const dir = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const parse = (name: string) => parseEntryFile(readFileSync(`${dir('malformed')}/${name}`, 'utf8'), name);

describe('entry files', () => {
  it('reads every part of a well-formed entry', async () => {
    const [e] = (await loadEntries([dir('user-kb-extra')])).filter((x) => x.id === 'no-dma-alloc-in-fault');
    expect(e).toMatchObject({
      title: 'No DMA allocation in a fault handler', severity: 'warning', confidence: 'medium', tags: ['fault'],
      message: "Don't allocate DMA memory while resolving a fault: allocate at open or mmap time.",
      references: ['include/linux/dma-mapping.h'], falsePositives: ['None known.'],
    });
    expect(e.examples.map((x) => [x.kind, x.title])).toEqual([['bad', 'bad: allocating in .fault'], ['good', 'good: allocating at open']]);
  });

  it.each([
    ['unknown-severity.md', 'unknown-severity.md: severity "fatal": expected error, warning, info'],
    ['no-references-section.md', 'no-references-section.md: missing section "## References"'],
    ['unknown-matcher-key.md', 'unknown-matcher-key.md: matcher: unknown key "inside-role"'],
    ['example-without-kind.md', 'example-without-kind.md: example "bad: allocating in .fault": the fence must say ```diff bad or ```diff good'],
    ['no-front-matter.md', 'no-front-matter.md: expected front matter between two "---" lines at the top'],
  ])('%s is refused with what is wrong', (file, message) => {
    const err = (() => {
      try {
        parse(file);
      } catch (e) {
        return e as KnowledgeError;
      }
    })();
    expect(err).toBeInstanceOf(KnowledgeError);
    expect(err?.code).toBe('KB_ENTRY_INVALID');
    expect(err?.message.startsWith(message)).toBe(true);
  });

  it('refuses a user entry whose id is taken, naming both files', async () => {
    await expect(loadEntries([dir('user-kb-duplicate')])).rejects.toThrow(/my-one-action-per-vma\.md: id "one-action-per-vma" is already used by knowledge\/entries\/one-action-per-vma\.md/);
  });

  it('refuses a --kb folder that does not exist', async () => {
    await expect(loadEntries([dir('no-such-folder')])).rejects.toThrow(/no-such-folder: --kb expects a folder/);
  });
});
