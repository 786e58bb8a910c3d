/** A residence link counts as current until the end of its `until` day (dates at the property). */
export const isCurrentOn = (today: string, until: string | null) => until === null || until >= today;
