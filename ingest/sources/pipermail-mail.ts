// The mail a pipermail page shows, as RFC 5322 bytes for the ordinary parser: its threading headers come
// from placement, its Message-ID from the page when the page has one (else the parser derives a stable one).
import type { PipermailMessage } from './pipermail-page.js';

export interface Threading {
  inReplyTo: string;
  references: string[];
}

const headerSafe = (value: string) => value.replace(/[\r\n]+/g, ' ');

export function pipermailToMail(page: PipermailMessage, threading: Threading | undefined): Buffer {
  const headers = [
    `From: ${headerSafe(page.fromName)} <${headerSafe(page.fromEmail)}>`,
    `Subject: ${headerSafe(page.subject)}`,
    `Date: ${headerSafe(page.date)}`,
    ...(page.messageId ? [`Message-ID: <${headerSafe(page.messageId)}>`] : []),
    ...(threading ? [`In-Reply-To: <${threading.inReplyTo}>`, `References: ${[...threading.references, threading.inReplyTo].map((id) => `<${id}>`).join(' ')}`] : []),
    ...(page.list ? [`List-Id: <${headerSafe(page.list)}>`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  return Buffer.from(`${headers.join('\n')}\n\n${page.body.endsWith('\n') ? page.body : `${page.body}\n`}`, 'utf8');
}
