import { parseDate } from './period';

/**
 * Collects each XBRL context's period end (endDate or instant) from tokenizer events, for inline XBRL
 * (`xbrli:` prefixed, lowercased tags) and instances (default namespace, camelCase) alike.
 */
export class ContextPeriods {
  readonly ends = new Map<string, string>(); // context id → ISO date
  private contextId: string | null = null;
  private periodTag: string | null = null;
  private periodText = '';

  open(name: string, id: string | undefined): void {
    const local = name.replace(/^xbrli:/, '').toLowerCase();
    if (local === 'context') this.contextId = id ?? null;
    else if (this.contextId && (local === 'enddate' || local === 'instant')) {
      this.periodTag = name;
      this.periodText = '';
    }
  }

  text(data: string): void {
    if (this.periodTag) this.periodText += data;
  }

  close(name: string): void {
    if (this.periodTag === name && this.contextId) {
      const d = parseDate(this.periodText);
      if (d) this.ends.set(this.contextId, d);
      this.periodTag = null;
    }
    if (name.replace(/^xbrli:/, '').toLowerCase() === 'context') this.contextId = null;
  }
}
