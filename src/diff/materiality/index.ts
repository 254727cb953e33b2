// Entry point of materiality: which tier a set of findings requires, and whether a declaration meets it. Pure.
export { FLOORS } from './floors.ts';
export { computeFloor, type Floor } from './computeFloor.ts';
export { checkDeclaredTier, type TierCheck } from './checkDeclaredTier.ts';
export { compareTiers } from './compareTiers.ts';
export { summariseFindings } from './summariseFindings.ts';
