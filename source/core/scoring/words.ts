/** "Overall 72/100", or what happened when no answer was scored (never a misleading 0/100). */
export function overallText(overall: number | null): string {
	return overall === null ? 'Nothing was scored: no question got an answer' : `Overall ${overall}/100`;
}
