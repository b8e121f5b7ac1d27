import { TargetResolver } from '@sqmy/accounts';

/** The scope of a record on an item is the item's: its unit's place in the tree, its authors as owners, its committee. */
const recordOfItem = (table: string, what: string): TargetResolver => (req, lookups) =>
  lookups.find(
    req.params.id,
    'id',
    what,
    `SELECT o.path, ARRAY(SELECT a.user_id FROM item_author a WHERE a.item_id = i.id) AS owners, i.committee_id AS committee
       FROM ${table} r JOIN item i ON i.id = r.item_id JOIN organisation o ON o.id = i.unit_id WHERE r.id = $1`,
  );

export const reportInParam = recordOfItem('item_report', '报送记录');
export const instructionInParam = recordOfItem('leader_instruction', '批示');
