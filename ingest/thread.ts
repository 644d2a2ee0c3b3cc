// JWZ-style threading over Message-ID, In-Reply-To and References. Missing parents become "ghost"
// placeholders so a reply whose parent never arrived still sits where it belongs.

export interface ThreadInput {
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  date: number | null;
  /** Subject without Re:/tags, used only to attach reference-less `Re:` mails to their thread. */
  title: string;
  isReply: boolean;
}

export interface ThreadNode {
  messageId: string;
  parentId: string | null;
  ghost: boolean;
  depth: number;
  /** Order of the node in its thread (depth-first, children by date). */
  position: number;
}

export interface Thread {
  rootId: string;
  nodes: ThreadNode[];
  firstDate: number | null;
  lastDate: number | null;
}

interface Container {
  id: string;
  parent?: Container;
  children: Container[];
  msg?: ThreadInput;
  /** Earliest date in the subtree, for ordering ghosts and siblings. */
  sortDate?: number;
}

class Forest {
  readonly containers = new Map<string, Container>();

  get(id: string): Container {
    let c = this.containers.get(id);
    if (!c) {
      c = { id, children: [] };
      this.containers.set(id, c);
    }
    return c;
  }

  /** True when `ancestor` is `node` or above it. */
  private reaches(ancestor: Container, node: Container): boolean {
    for (let p: Container | undefined = node; p; p = p.parent) if (p === ancestor) return true;
    return false;
  }

  link(parent: Container, child: Container, override: boolean): void {
    if (child.parent === parent || (child.parent && !override)) return;
    if (this.reaches(child, parent)) return; // would make a cycle
    if (child.parent) child.parent.children = child.parent.children.filter((c) => c !== child);
    child.parent = parent;
    parent.children.push(child);
  }
}

function linkMessage(forest: Forest, msg: ThreadInput): void {
  const self = forest.get(msg.messageId);
  self.msg = msg;
  const refs = msg.references.filter((r) => r !== msg.messageId);
  // The References chain says who answered whom; it only fills in links nobody stated more directly.
  for (let i = 1; i < refs.length; i++) forest.link(forest.get(refs[i - 1]), forest.get(refs[i]), false);
  // In-Reply-To wins over a truncated References list: it names the message actually answered.
  const parentId = msg.inReplyTo && msg.inReplyTo !== msg.messageId ? msg.inReplyTo : refs[refs.length - 1];
  if (!parentId) return;
  const parent = forest.get(parentId);
  if (msg.inReplyTo && refs.length > 0 && !refs.includes(msg.inReplyTo)) {
    forest.link(forest.get(refs[refs.length - 1]), parent, false);
  }
  forest.link(parent, self, true);
}

function computeSortDates(c: Container): number {
  let best = c.msg?.date ?? Number.POSITIVE_INFINITY;
  for (const child of c.children) best = Math.min(best, computeSortDates(child));
  c.sortDate = best;
  return best;
}

const byDate = (a: Container, b: Container) => (a.sortDate! - b.sortDate!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A `Re:` mail with no In-Reply-To or References joins the earliest root with the same title. */
function attachOrphanReplies(forest: Forest, roots: Container[]): Container[] {
  const byTitle = new Map<string, Container>();
  for (const r of roots) {
    if (!r.msg || r.msg.isReply || !r.msg.title) continue;
    const seen = byTitle.get(r.msg.title);
    if (!seen || byDate(r, seen) < 0) byTitle.set(r.msg.title, r);
  }
  return roots.filter((r) => {
    const m = r.msg;
    if (!m || !m.isReply || m.inReplyTo || m.references.length > 0) return true;
    const target = byTitle.get(m.title);
    if (!target || target === r || (target.sortDate ?? 0) > (r.sortDate ?? 0)) return true;
    forest.link(target, r, true);
    return false;
  });
}

function flatten(root: Container): Thread {
  const nodes: ThreadNode[] = [];
  let first: number | null = null;
  let last: number | null = null;
  const walk = (c: Container, depth: number) => {
    const date = c.msg?.date ?? null;
    if (date !== null) {
      first = first === null ? date : Math.min(first, date);
      last = last === null ? date : Math.max(last, date);
    }
    nodes.push({ messageId: c.id, parentId: c.parent?.id ?? null, ghost: !c.msg, depth, position: nodes.length });
    for (const child of [...c.children].sort(byDate)) walk(child, depth + 1);
  };
  walk(root, 0);
  return { rootId: root.id, nodes, firstDate: first, lastDate: last };
}

/** Threads every message; threads come out ordered by their first date. */
export function threadMessages(messages: ThreadInput[]): Thread[] {
  const forest = new Forest();
  const ordered = [...messages].sort((a, b) => (a.date ?? 0) - (b.date ?? 0) || (a.messageId < b.messageId ? -1 : 1));
  for (const m of ordered) linkMessage(forest, m);
  let roots = [...forest.containers.values()].filter((c) => !c.parent);
  for (const r of roots) computeSortDates(r);
  roots = attachOrphanReplies(forest, roots);
  for (const r of roots) computeSortDates(r);
  return roots.sort(byDate).map(flatten);
}
