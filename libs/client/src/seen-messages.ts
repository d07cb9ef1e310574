/**
 * What one client has seen of one thread, by seq: everything up to `contiguous`, and the seqs above it that came
 * early (messages are told after commit, so two close together can arrive out of order). A seq seen twice is a
 * duplicate; catch-up asks for what follows `contiguous`, so nothing in a gap is missed.
 */
export class SeenMessages {
  private early = new Set<number>();

  constructor(public contiguous = 0) {}

  /** Records `seq`; false when it was seen before. */
  add(seq: number): boolean {
    if (seq <= this.contiguous || this.early.has(seq)) return false;
    this.early.add(seq);
    while (this.early.delete(this.contiguous + 1)) this.contiguous += 1;
    return true;
  }

  /** Whether a seq above `contiguous` came while one below it is still missing. */
  get gapped(): boolean {
    return this.early.size > 0;
  }

  has(seq: number): boolean {
    return seq <= this.contiguous || this.early.has(seq);
  }
}
