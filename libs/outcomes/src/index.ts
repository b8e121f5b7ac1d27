export { AdoptionKind, AdoptionLevel, ADOPTION_KIND_LABELS, ADOPTION_LEVEL_LABELS } from './adoption';
export { AdoptionEvent } from './adoption-event.entity';
