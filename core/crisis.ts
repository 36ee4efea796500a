// The crisis warning's rule: a share of negative items over the threshold, once there are enough items
// for the share to mean something.
export interface CrisisSettings {
  threshold: number;
  minItems: number;
}

export function isCrisis(
  { total, negative }: { total: number; negative: number },
  settings: CrisisSettings,
): boolean {
  return total >= Math.max(1, settings.minItems) && negative / total >= settings.threshold;
}
