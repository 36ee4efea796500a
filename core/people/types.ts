// What the pure people logic needs of a stored person (storage/entities.ts Person satisfies it).

export interface PersonLike {
  id?: number;
  platform: string;
  handle: string;
  displayName: string;
  profileUrl: string;
  /** "" when not flagged. */
  flag: string;
  note: string;
  automatic: boolean;
  /** The rule that set an automatic flag. */
  autoReason?: string;
  /** Rules the CM dismissed for this person. */
  dismissedRules?: string[];
  confirmed?: boolean;
  /** Id of the row this one is linked to (the same person on another network). */
  mergedInto?: number;
  firstSeen: string;
  lastSeen: string;
  interactionCount: number;
}

/** "x:laura_m": one person on one network (the [platform+handle] key as a string). */
export const personKey = (platform: string, handle: string): string => `${platform}:${handle}`;

/** Handles are stored lower-case, trimmed, without a leading "@". */
export const normalizeHandle = (handle: string): string =>
  handle.normalize('NFC').trim().replace(/^@+/, '').toLowerCase();
