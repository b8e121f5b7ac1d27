import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@sqmy/contract';
import { bands, cleanText, simhash, toSignedInt64, tsvectorText } from '@sqmy/text';
import { NotificationsService } from '@sqmy/notifications';
import { IntakeItemPayload } from '@sqmy/queue';
import { DataSource, EntityManager } from 'typeorm';
import { Item } from '../items/item.entity';

/** Two SimHashes this close are near-duplicates; 4 bands of 16 bits guarantee such pairs share a band. */
export const NEAR_DUPLICATE_DISTANCE = 3;
/** How far back near-duplicates are looked for. */
const LOOKBACK = '3 years';

/**
 * Prepares a submitted version for the editors: cleans and segments the text into a search
 * vector, computes its SimHash, records near-duplicates among the committee's recent items, and
 * tells the editors (unless the desk itself changed the text). Safe to run twice: every write replaces, and the notification is keyed by the job.
 */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async run(jobId: string, { itemId, versionNo, notifyEditors = true }: IntakeItemPayload): Promise<void> {
    const item = await this.dataSource.getRepository(Item).findOneBy({ id: itemId });
    if (!item) return; // a never-submitted draft that was deleted: nothing to do
    const duplicates = await this.dataSource.transaction(async (manager) => {
      const bands = await this.index(manager, item, versionNo);
      return this.recordNearDuplicates(manager, item, bands);
    });
    if (!notifyEditors) return;
    const editors = await this.dataSource.query<{ id: string }[]>(
      `SELECT u.id FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        WHERE o.committee_id = $1 AND u.active AND $2 = ANY(u.roles)`,
      [item.committeeId, Role.Editor],
    );
    await this.notifications.deliver(jobId, {
      userIds: editors.map((e) => e.id),
      title: versionNo > 1 ? '稿件已修改后重新报送' : '收到新稿件',
      body: `《${item.title}》待阅选。${duplicates > 0 ? `疑似与 ${duplicates} 篇稿件重复。` : ''}`,
      link: `/desk/items/${item.id}`,
    });
  }

  /**
   * Stores the SimHash on the item and the search row (vector and the columns search filters on) in
   * item_search. The item row is updated first: its lock keeps a concurrent status change waiting until
   * this commits, and that change's trigger then finds the search row (see the SearchTable migration).
   * Returns the item's bands, old and new: the near-duplicate lookup takes turns on them.
   */
  private async index(manager: EntityManager, item: Item, versionNo: number): Promise<number[]> {
    const title = cleanText(item.title);
    const body = cleanText(item.body);
    const hash = simhash(`${title}\n${body}`);
    const bands = positionalBands(hash);
    const [{ old }] = await manager.query<{ old: number[] | null }[]>(
      `WITH before AS (SELECT id, simhash_bands FROM item WHERE id = $1 FOR NO KEY UPDATE),
       i AS (
         UPDATE item SET simhash = $4, simhash_bands = $5, intake_version_no = $6 FROM before WHERE item.id = before.id
         RETURNING item.id, committee_id, unit_id, status, category_code, topic_id, coalesce(submitted_at, created_at) AS submitted_at),
       s AS (
         INSERT INTO item_search (item_id, committee_id, unit_id, status, category_code, topic_id, submitted_at, vector)
         SELECT id, committee_id, unit_id, status, category_code, topic_id, submitted_at,
                setweight(to_tsvector('simple', $2), 'A') || to_tsvector('simple', $3) || array_to_tsvector(ARRAY[search_week_lexeme(submitted_at)])
           FROM i
         ON CONFLICT (item_id) DO UPDATE SET
           committee_id = excluded.committee_id, unit_id = excluded.unit_id, status = excluded.status,
           category_code = excluded.category_code, topic_id = excluded.topic_id, submitted_at = excluded.submitted_at,
           vector = excluded.vector)
       SELECT simhash_bands AS old FROM before`,
      [item.id, tsvectorText(title), tsvectorText(body), toSignedInt64(hash).toString(), bands, versionNo],
    );
    return [...new Set([...bands, ...(old ?? [])])];
  }

  /**
   * Replaces the item's near-duplicate pairs (both directions); returns how many it found.
   * Lookups that could find each other take turns: after writing its hash, a job takes a transaction
   * lock on each of its bands (old and new) in the committee, in order. Two near-copies share a band,
   * so the later one's statements see the earlier's hash, committed, and find it; their pair is stored
   * once. Items with no band in common go on side by side.
   */
  private async recordNearDuplicates(manager: EntityManager, item: Item, bands: number[]): Promise<number> {
    await manager.query(
      `SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT hashtext('intake:' || $1)::bigint * ${BAND_KEYS} + b AS k FROM unnest($2::int[]) b ORDER BY k) s`,
      [item.committeeId, bands],
    );
    await manager.query('DELETE FROM item_similarity WHERE item_id = $1 OR similar_item_id = $1', [item.id]);
    const found = await manager.query<{ id: string; distance: number }[]>(
      `SELECT other.id, bit_count(int8send(other.simhash # me.simhash))::int AS distance
         FROM item me JOIN item other ON other.committee_id = me.committee_id AND other.id <> me.id
        WHERE me.id = $1
          AND other.simhash_bands && me.simhash_bands
          AND other.status <> 'draft'
          AND other.submitted_at > now() - interval '${LOOKBACK}'
          AND bit_count(int8send(other.simhash # me.simhash)) <= $2`,
      [item.id, NEAR_DUPLICATE_DISTANCE],
    );
    if (found.length === 0) return 0;
    const rows = found.flatMap(({ id, distance }) => [
      [item.id, id, distance],
      [id, item.id, distance],
    ]);
    await manager.query(
      `INSERT INTO item_similarity (item_id, similar_item_id, distance, similarity)
       SELECT a, b, d, 1 - d / 64.0 FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS t(a, b, d)`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
    return found.length;
  }
}

/** Positional band values are below 4·65536: a committee's band locks are keyed committee·2^18 + band. */
const BAND_KEYS = 262_144;

/** Band i with value v is stored as i·65536 + v, so an array overlap (&&) only matches a band at its own position. */
export const positionalBands = (hash: bigint): number[] => bands(hash).map((value, index) => index * 65_536 + value);
