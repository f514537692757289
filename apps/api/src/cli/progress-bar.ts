/** A one-line progress bar on stderr (only when stderr is a terminal; otherwise silent). */
export class ProgressBar {
  private readonly enabled = process.stderr.isTTY === true;

  constructor(private readonly total: number) {}

  update(done: number, label: string): void {
    if (!this.enabled) return;
    const width = 28;
    const filled = this.total === 0 ? width : Math.round((done / this.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    process.stderr.write(`\r${bar} ${done}/${this.total} ${name}`.padEnd(process.stderr.columns ?? 100));
  }

  finish(): void {
    if (this.enabled) process.stderr.write('\n');
  }
}
