// The bundled example series as separate messages, for building other kinds of source from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir } from './run-cli.js';

export const exampleMbox = readFileSync(join(examplesDir, 'ringbuf-v1-v2.mbox'), 'latin1');

/** The example mbox as separate messages (mboxrd unescaped). */
export function exampleMessages(): string[] {
  return exampleMbox
    .split(/^From mboxrd@z Thu Jan {2}1 00:00:00 1970\n/m)
    .filter(Boolean)
    .map((m) => m.replace(/^>(>*From )/gm, '$1').replace(/\n\n$/, '\n'));
}

/** Copy `copy` of a message: every message-id renamed, so copies are distinct mail that threads alike. */
export function renamedCopy(message: string, copy: number): string {
  return message.replace(/<([^<>@\s]+@[^<>\s]+)>/g, `<c${copy}.$1>`);
}

/** Messages written as an mboxrd file (From_ lines added, body lines starting with From escaped). */
export function toMbox(messages: string[]): string {
  return messages.map((m) => `From mboxrd@z Thu Jan  1 00:00:00 1970\n${m.replace(/^(>*From )/gm, '>$1')}\n`).join('');
}
