// The reviewer's name and address from git config, as git send-email would sign the mail.
import { nodeChildProcess } from '../core/node-on-demand.js';
import type { Address } from '../core/message.js';

const gitConfig = (key: string): string => {
  const r = nodeChildProcess().spawnSync('git', ['config', '--get', key], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
};

export function gitIdentity(): Address | undefined {
  const email = gitConfig('user.email');
  return email ? { name: gitConfig('user.name'), email } : undefined;
}
