export type TQualityCostPoint = { name: string; cost: number; quality: number };

/**
 * The runs no other run beats on both axes (cheaper or as cheap, and better or as good, one of them
 * strictly), by ascending cost: the choices worth making when trading quality for cost.
 */
export function paretoFront(points: readonly TQualityCostPoint[]): TQualityCostPoint[] {
  const sorted = [...points].sort((a, b) => a.cost - b.cost || b.quality - a.quality);
  const front: TQualityCostPoint[] = [];
  for (const point of sorted) {
    const last = front.at(-1);
    if (!last || point.quality > last.quality) front.push(point);
  }
  return front;
}
