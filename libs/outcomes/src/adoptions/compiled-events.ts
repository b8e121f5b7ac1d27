import { Injectable } from '@nestjs/common';
import { CompiledItems, PublicationRecorder } from '@sqmy/bulletins';
import { AdoptionKind, AdoptionLevel, RecordSource } from '@sqmy/contract';
import { EntityManager } from 'typeorm';

/** City-level 编发 events of items in one series' issues, each dated like its issue (bulletin_issue.date). */
export interface CompiledEvents {
  /** The series as an outlet, e.g. 《晋中社情民意》. */
  outlet: string;
  source: RecordSource;
  createdById: string;
  entries: { itemId: string; issueId: string; documentRef: string }[];
}

/** Writes the 编发 events, one statement for all, in the order of `entries`. */
export async function insertCompiledEvents(manager: EntityManager, { outlet, source, createdById, entries }: CompiledEvents): Promise<void> {
  if (entries.length === 0) return;
  await manager.query(
    `INSERT INTO adoption_event (item_id, level, kind, outlet, occurred_on, document_ref, bulletin_issue_id, source, created_by_id)
     SELECT t.item, $1, $2, $3, i.date, t.label, i.id, $4, $5
       FROM unnest($6::uuid[], $7::uuid[], $8::text[]) WITH ORDINALITY AS t(item, issue, label, ord) JOIN bulletin_issue i ON i.id = t.issue
      ORDER BY t.ord`,
    [
      AdoptionLevel.City,
      AdoptionKind.Compiled,
      outlet,
      source,
      createdById,
      entries.map((e) => e.itemId),
      entries.map((e) => e.issueId),
      entries.map((e) => e.documentRef),
    ],
  );
}

/** Moves the 编发 events of these issues to their issues' (new) dates. */
export async function redateCompiledEvents(manager: EntityManager, issueIds: string[]): Promise<void> {
  await manager.query(
    `UPDATE adoption_event e SET occurred_on = i.date FROM bulletin_issue i WHERE e.bulletin_issue_id = i.id AND e.kind = 'compiled' AND i.id = ANY($1::uuid[])`,
    [issueIds],
  );
}

/** Publishing an issue records each compiled item's 编发 here (libs/bulletins asks for it by PublicationRecorder). */
@Injectable()
export class PublishedAdoptions extends PublicationRecorder {
  async recordCompiled(manager: EntityManager, { issueId, itemIds, outlet, documentRef, recordedById }: CompiledItems): Promise<void> {
    const entries = itemIds.map((itemId) => ({ itemId, issueId, documentRef }));
    await insertCompiledEvents(manager, { outlet, source: RecordSource.Native, createdById: recordedById, entries });
  }
}
