// Items that wait for their UI on big pages, handed over when they come within `margin` screens of the
// viewport. An IntersectionObserver per item did this before, and cost more than everything else Vocero
// does per item: Chromium recomputes every observed target on each frame whose layout changed (85 ms over
// the load of a 5,000-comment page, measured). Here one passive scroll listener wakes one check per frame,
// and the check binary-searches the waiting items, kept in document order, by their vertical position.
//
// Document order is vertical order on the pages where this matters (long threads and feeds, one column);
// a few items out of place are tolerated by reading past the band's edge (`SLACK`).

const SLACK = 8;

export class NearViewport {
  /** Waiting items, in document order. */
  private waiting: Element[] = [];
  private readonly waitingSet = new Set<Element>();
  private frame: number | undefined;
  /**
   * The last check found waiting items below the band: an item appended after them is below it too, and
   * needs no check (no animation frame) until the CM scrolls. Loading a long page thus costs one check.
   */
  private bandEndsBeforeLast = false;

  constructor(
    private readonly onNear: (element: Element) => void,
    /** How far around the viewport (in viewport heights) an item counts as near. */
    private readonly margin = 2,
  ) {
    document.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', this.onViewportChange, { passive: true });
  }

  /** Keeps the item until it comes near (deferring a waiting item again changes nothing). */
  defer(element: Element): void {
    if (this.waitingSet.has(element)) return;
    this.waitingSet.add(element);
    const appended = this.insertInOrder(element);
    if (!(appended && this.bandEndsBeforeLast)) this.schedule();
  }

  has(element: Element): boolean {
    return this.waitingSet.has(element);
  }

  get size(): number {
    return this.waitingSet.size;
  }

  stop(): void {
    document.removeEventListener('scroll', this.onViewportChange, { capture: true });
    window.removeEventListener('resize', this.onViewportChange);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.waiting = [];
    this.waitingSet.clear();
  }

  private readonly onViewportChange = () => {
    this.bandEndsBeforeLast = false;
    this.schedule();
  };

  private readonly schedule = () => {
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.check();
    });
  };

  /**
   * New items almost always come after the ones waiting (page order, infinite scroll): O(1) then.
   * Returns whether the item went last.
   */
  private insertInOrder(element: Element): boolean {
    const after = (a: Element, b: Element) =>
      (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    const { waiting } = this;
    const last = waiting.at(-1);
    if (!last || after(element, last)) {
      waiting.push(element);
      return true;
    }
    let low = 0;
    let high = waiting.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (after(element, waiting[mid]!)) low = mid + 1;
      else high = mid;
    }
    waiting.splice(low, 0, element);
    return false;
  }

  private check(): void {
    this.bandEndsBeforeLast = false;
    if (this.waiting.some((element) => !element.isConnected)) this.dropDisconnected();
    const { waiting } = this;
    if (waiting.length === 0) return;
    const height = window.innerHeight;
    const top = -this.margin * height;
    const bottom = height + this.margin * height;
    // First item whose bottom edge is below the band's top.
    let low = 0;
    let high = waiting.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (waiting[mid]!.getBoundingClientRect().bottom < top) low = mid + 1;
      else high = mid;
    }
    const near: number[] = [];
    let outside = 0;
    for (let i = Math.max(0, low - SLACK); i < waiting.length && outside <= SLACK; i++) {
      const rect = waiting[i]!.getBoundingClientRect();
      const shown = rect.width > 0 || rect.height > 0; // display: none lays nothing out
      if (shown && rect.bottom >= top && rect.top <= bottom) near.push(i);
      else if (i >= low) outside++;
    }
    // Stopped on items below the band (not at the end of the list): later items are below it too.
    const last = waiting.at(-1)!.getBoundingClientRect();
    this.bandEndsBeforeLast = outside > SLACK && last.top > bottom;
    for (let k = near.length - 1; k >= 0; k--) {
      const [element] = waiting.splice(near[k]!, 1);
      this.waitingSet.delete(element!);
      this.onNear(element!);
    }
  }

  /** Removed nodes leave the queue (a recycled node that comes back is deferred again by the overlay). */
  private dropDisconnected(): void {
    this.waiting = this.waiting.filter((element) => {
      if (element.isConnected) return true;
      this.waitingSet.delete(element);
      return false;
    });
  }
}
