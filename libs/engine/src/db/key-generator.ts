import type pg from 'pg';

const BLOCK = 1000n;

/**
 * Keys come from one bigint sequence that moves in blocks of 1000: each engine process reserves blocks with one
 * round trip each and hands the keys out from memory. Keys stay unique across processes; a block lost in a crash is a gap.
 */
export class KeyGenerator {
  private readonly blocks: { next: bigint; end: bigint }[] = [];
  private pending: Promise<void> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  available(): bigint {
    return this.blocks.reduce((sum, block) => sum + (block.end - block.next), 0n);
  }

  /** Ensures at least `count` keys are available without a round trip. */
  async reserve(count: number): Promise<void> {
    while (this.available() < BigInt(count)) {
      if (!this.pending) this.pending = this.fetchBlock().finally(() => (this.pending = undefined));
      await this.pending;
    }
  }

  /** Takes a key; callers reserve first. Running dry mid-command throws KeysExhausted and the command is retried. */
  take(): string {
    const block = this.blocks[0];
    if (!block) throw new KeysExhausted();
    const key = block.next;
    block.next += 1n;
    if (block.next >= block.end) this.blocks.shift();
    return key.toString();
  }

  private async fetchBlock(): Promise<void> {
    const { rows } = await this.pool.query<{ start: string }>(`select nextval('"${this.schema}".key_seq')::text as start`);
    const start = BigInt(rows[0]!.start);
    this.blocks.push({ next: start, end: start + BLOCK });
  }
}

export class KeysExhausted extends Error {
  constructor() {
    super('key block exhausted');
  }
}
