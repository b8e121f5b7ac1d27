import type { Modifier } from '@dnd-kit/core';

/** Keeps a dragged row in its column (what @dnd-kit/modifiers' restrictToVerticalAxis does, without the package). */
export const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });
