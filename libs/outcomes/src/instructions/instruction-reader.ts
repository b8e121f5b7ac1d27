import { InstructionView, LEADER_LEVEL_LABELS } from '@sqmy/contract';
import { DataSource, EntityManager } from 'typeorm';
import { CREATED_BY_JSON, queryRecords, RecordFilter } from '../recording/outcome-refs';
import { instructionStatus } from './instruction-rules';

type InstructionRow = Omit<InstructionView, 'leaderLevelLabel' | 'status'>;

const day = (column: string, name: string) => `to_char(l.${column}, 'YYYY-MM-DD') AS "${name}"`;

/** The register's rows (`l`) with their item (`i`) and its unit (`u`); callers add WHERE and ORDER. */
export const SELECT_INSTRUCTIONS = `
  SELECT l.id, json_build_object('id', i.id, 'title', i.title, 'unit', json_build_object('id', u.id, 'name', u.name)) AS item,
         l.leader_name AS "leaderName", l.leader_level AS "leaderLevel", ${day('instructed_on', 'instructedOn')}, l.text,
         l.referred_to AS "referredTo", ${day('referred_on', 'referredOn')}, l.reply, ${day('replied_on', 'repliedOn')}, ${day('closed_on', 'closedOn')},
         l.source, l.version, ${CREATED_BY_JSON} AS "createdBy", l.created_at AS "createdAt", l.updated_at AS "updatedAt"
    FROM leader_instruction l
    JOIN item i ON i.id = l.item_id
    JOIN organisation u ON u.id = i.unit_id
    LEFT JOIN app_user cb ON cb.id = l.created_by_id`;

export const toInstructionView = (row: InstructionRow): InstructionView => ({
  ...row,
  leaderLevelLabel: LEADER_LEVEL_LABELS[row.leaderLevel],
  status: instructionStatus(row),
  createdAt: new Date(row.createdAt),
  updatedAt: new Date(row.updatedAt),
});

/** Register entries of one item (oldest first), or the given ones. */
export async function readInstructions(on: DataSource | EntityManager, where: RecordFilter): Promise<InstructionView[]> {
  const rows = await queryRecords<InstructionRow>(on, SELECT_INSTRUCTIONS, 'l', 'uuid', 'ORDER BY l.instructed_on, l.created_at, l.id', where);
  return rows.map(toInstructionView);
}
