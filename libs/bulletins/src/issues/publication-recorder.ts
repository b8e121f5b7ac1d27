import { EntityManager } from 'typeorm';

/** The items a publication compiled (编发) into one issue of a series, as the outcomes record them. */
export interface CompiledItems {
  issueId: string;
  itemIds: string[];
  /** The series as an outlet, e.g. 《晋中社情民意》. */
  outlet: string;
  /** The issue's number, e.g. 2024年第3期（总第45期）. */
  documentRef: string;
  recordedById: string;
}

/**
 * What publishing records beyond the items' moves: the city-level 编发 adoption event of each item. libs/outcomes
 * owns those events and provides this (outcomes imports bulletins, so bulletins cannot call it by name); the
 * publishing service finds it when the app starts, and the app does not start without it.
 */
export abstract class PublicationRecorder {
  abstract recordCompiled(manager: EntityManager, compiled: CompiledItems): Promise<void>;
}
