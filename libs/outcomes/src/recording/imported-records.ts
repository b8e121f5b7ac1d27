import { AdoptionKind, AdoptionLevel, LeaderLevel, RecordSource } from '@sqmy/contract';
import { EntityManager } from 'typeorm';

/** Who records, and from where: the same for every row of one import. */
export interface RecordedBy {
  source: RecordSource;
  createdById: string;
}

/** Writes reports (报送), one statement for all. */
export async function insertReports(manager: EntityManager, { source, createdById }: RecordedBy, reports: { itemId: string; outletId: string; level: AdoptionLevel; reportedOn: string }[]): Promise<void> {
  await manager.query(
    `INSERT INTO item_report (item_id, outlet_id, level, reported_on, source, created_by_id)
     SELECT item, outlet, level, day, $1, $2 FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::date[]) AS t(item, outlet, level, day)`,
    [source, createdById, reports.map((r) => r.itemId), reports.map((r) => r.outletId), reports.map((r) => r.level), reports.map((r) => r.reportedOn)],
  );
}

/** Writes adoption events of an outlet (采用 and the other kinds), one statement for all. */
export async function insertAdoptions(
  manager: EntityManager,
  { source, createdById }: RecordedBy,
  adoptions: { itemId: string; level: AdoptionLevel; kind: AdoptionKind; outlet: { id: string; name: string }; occurredOn: string }[],
): Promise<void> {
  await manager.query(
    `INSERT INTO adoption_event (item_id, level, kind, outlet, outlet_id, occurred_on, source, created_by_id)
     SELECT item, level, kind, outlet, outlet_id, day, $1, $2
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::date[]) AS t(item, level, kind, outlet, outlet_id, day)`,
    [
      source,
      createdById,
      adoptions.map((a) => a.itemId),
      adoptions.map((a) => a.level),
      adoptions.map((a) => a.kind),
      adoptions.map((a) => a.outlet.name),
      adoptions.map((a) => a.outlet.id),
      adoptions.map((a) => a.occurredOn),
    ],
  );
}

/** Writes entries of a committee's 批示 register, one statement for all. */
export async function insertInstructions(
  manager: EntityManager,
  committeeId: string,
  { source, createdById }: RecordedBy,
  instructions: { itemId: string; leaderName: string; level: LeaderLevel; instructedOn: string }[],
): Promise<void> {
  await manager.query(
    `INSERT INTO leader_instruction (item_id, committee_id, leader_name, leader_level, instructed_on, source, created_by_id, version)
     SELECT item, $1, name, level, day, $2, $3, 1 FROM unnest($4::uuid[], $5::text[], $6::text[], $7::date[]) AS t(item, name, level, day)`,
    [committeeId, source, createdById, instructions.map((i) => i.itemId), instructions.map((i) => i.leaderName), instructions.map((i) => i.level), instructions.map((i) => i.instructedOn)],
  );
}
