// Moves one record to `position` among its siblings and renumbers them 0…n-1, so positions stay dense.
import "server-only";

export function reorder<T extends { id: string }>(siblings: T[], moving: T, position: number): { id: string; position: number }[] {
  const others = siblings.filter((sibling) => sibling.id !== moving.id);
  const at = Math.min(Math.max(position, 0), others.length);
  return [...others.slice(0, at), moving, ...others.slice(at)].map((sibling, index) => ({ id: sibling.id, position: index }));
}
