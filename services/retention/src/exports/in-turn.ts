/**
 * Work done one after the other, each once the one before it has ended (failed or not): the
 * changes of one export's document (concurrent updates of one document may lose one on FerretDB),
 * the entries of one zip.
 */
export class InTurn {
  private last: Promise<unknown> = Promise.resolve();

  /** Runs `work` after the work given before it; settles as `work` does. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.last.then(work);
    this.last = turn.catch(() => undefined);
    return turn;
  }

  /** Waits for the work given so far, failed or not. */
  async settled(): Promise<void> {
    await this.last;
  }
}
