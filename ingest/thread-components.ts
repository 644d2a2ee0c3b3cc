// Which messages can end up in the same thread: the connected components of the reply graph. Threading one
// component at a time gives the same threads as threading the whole archive at once, while holding only one
// component's messages; the graph itself is kept as small integers, a few bytes per message.

/** A stored message as the reply graph sees it. */
export interface ReplyLinks {
  rowid: number;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
}

export class ComponentFinder {
  private readonly index = new Map<string, number>();
  private parent = new Int32Array(1024);
  private rowids = new Int32Array(1024);

  /** Records a stored message and the ids it names as parents: they all share a component. */
  addMessage(m: ReplyLinks): void {
    const self = this.intern(m.messageId);
    this.rowids[self] = m.rowid;
    for (const ref of m.references) this.union(self, this.intern(ref));
    if (m.inReplyTo) this.union(self, this.intern(m.inReplyTo));
  }

  /** Puts two stored messages into one component (a reference-less reply and its thread's candidate root). */
  join(a: string, b: string): void {
    const x = this.index.get(a);
    const y = this.index.get(b);
    if (x !== undefined && y !== undefined) this.union(x, y);
  }

  /**
   * Stored messages' rowids grouped by component, components packed into batches of about `batchSize`
   * messages (a component is never split, so one larger than that is a batch of its own).
   */
  batches(batchSize: number): Int32Array[] {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < this.index.size; i++) if (this.rowids[i] > 0) pairs.push([this.find(i), this.rowids[i]]);
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out: Int32Array[] = [];
    let current: number[] = [];
    for (let i = 0; i < pairs.length; i++) {
      const startsComponent = i === 0 || pairs[i][0] !== pairs[i - 1][0];
      if (startsComponent && current.length >= batchSize) {
        out.push(Int32Array.from(current));
        current = [];
      }
      current.push(pairs[i][1]);
    }
    if (current.length) out.push(Int32Array.from(current));
    return out;
  }

  private intern(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(id, i);
      if (i >= this.parent.length) this.grow();
      this.parent[i] = i;
      this.rowids[i] = 0;
    }
    return i;
  }

  private grow(): void {
    const parent = new Int32Array(this.parent.length * 2);
    parent.set(this.parent);
    const rowids = new Int32Array(this.rowids.length * 2);
    rowids.set(this.rowids);
    this.parent = parent;
    this.rowids = rowids;
  }

  private find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    // Path compression keeps later finds short.
    while (this.parent[i] !== root) {
      const next = this.parent[i];
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}
