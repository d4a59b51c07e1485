// Stable ids: part of the public interface (analyzer output, saved recaps, script branches).

export const WEAKNESS_IDS = ['generic-pm', 'over-technical', 'no-eval-framework', 'generic-ai-talk', 'skips-ethics'] as const;
export type WeaknessId = (typeof WEAKNESS_IDS)[number];

export const FOCUS_IDS = ['product-sense', 'evaluation', 'technical', 'experience', 'ethics', 'prioritization', 'mixed'] as const;
export type FocusId = (typeof FOCUS_IDS)[number];

/** Focus areas that own question scripts; `mixed` draws a loop across them. */
export type ScriptFocusId = Exclude<FocusId, 'mixed'>;
export const SCRIPT_FOCUS_IDS = FOCUS_IDS.filter((id): id is ScriptFocusId => id !== 'mixed');

/** Recap dimensions: one per weakness, plus pacing/communication. */
export const DIMENSION_IDS = [...WEAKNESS_IDS, 'communication'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** Scores per dimension with none measured yet. */
export function emptyDimensions(): Record<DimensionId, number | null> {
	return Object.fromEntries(DIMENSION_IDS.map(id => [id, null])) as Record<DimensionId, number | null>;
}

export function isWeaknessId(value: unknown): value is WeaknessId {
	return typeof value === 'string' && (WEAKNESS_IDS as readonly string[]).includes(value);
}

export function isFocusId(value: unknown): value is FocusId {
	return typeof value === 'string' && (FOCUS_IDS as readonly string[]).includes(value);
}
