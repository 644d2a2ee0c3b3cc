import { describe, expect, it } from 'vitest';
import { findDependsOn } from './depends-on.js';

describe('findDependsOn', () => {
  it('reads message-ids in brackets, bare, and in archive URLs, in order and once each', () => {
    const body = [
      'This needs the fixes series first.',
      '',
      'Depends-on: <20240610210912.161735-1-dev@example.org>',
      'Depends-on: https://lore.kernel.org/all/20240611-other-v2-0-abc@example.org/',
      'depends-on: 20240610210912.161735-1-dev@example.org',
      'Depends-on: series 1234',
    ].join('\n');
    expect(findDependsOn(body)).toEqual(['20240610210912.161735-1-dev@example.org', '20240611-other-v2-0-abc@example.org']);
  });
});
