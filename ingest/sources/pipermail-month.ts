// pipermail's monthly archive (<yyyy-Month>.txt, .txt.gz) is an mbox whose From: lines hide the address:
// `From: jgg at nvidia.com (Jason Gunthorpe)`. The threading headers are kept, so only the sender is mended.
import type { RawMessage } from './mbox.js';

const OBFUSCATED_FROM = /^From:[ \t]*([^\s@()]+) at ([^\s()]+)(?:[ \t]+\(([^)\n]*)\))?[ \t]*$/m;

/** The message with its From: header as `Name <user@domain>`; other messages are returned as they are. */
export function mendSender(m: RawMessage): RawMessage {
  const headerEnd = m.raw.indexOf('\n\n');
  const head = m.raw.toString('latin1', 0, headerEnd < 0 ? m.raw.length : headerEnd);
  const found = OBFUSCATED_FROM.exec(head);
  if (!found) return m;
  const [line, user, domain, name] = found;
  const mended = name ? `From: ${name} <${user}@${domain}>` : `From: <${user}@${domain}>`;
  const start = found.index;
  const raw = Buffer.concat([m.raw.subarray(0, start), Buffer.from(mended, 'latin1'), m.raw.subarray(start + line.length)]);
  return { raw, ref: m.ref };
}
