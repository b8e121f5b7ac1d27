import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { DataSource, EntityManager, In } from 'typeorm';
import { buildIssueLayout, byline, LayoutSource } from '../layout/issue-layout';
import { documentFileName, numberLabel } from '../layout/numbering';
import { BulletinSeries } from '../series/bulletin-series.entity';
import { BulletinIssue } from './bulletin-issue.entity';
import { IssueItemView, IssueKind, IssueLayout, IssueStatus, IssueSummary, IssueView, ItemStatus } from '@sqmy/contract';

interface ItemRow {
  item_id: string;
  position: number;
  editor_note: string | null;
  frozen_title: string | null;
  frozen_body: string | null;
  frozen_byline: string | null;
  title: string;
  body: string;
  status: ItemStatus;
  unit_id: string;
  unit_name: string;
  authors: { id: string; name: string }[];
}

const ITEMS_SQL = `
  SELECT bi.item_id, bi.position, bi.editor_note, bi.title AS frozen_title, bi.body AS frozen_body, bi.byline AS frozen_byline,
         i.title, i.body, i.status, i.unit_id, u.name AS unit_name,
         COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY a.position)
                     FROM item_author a JOIN app_user p ON p.id = a.user_id WHERE a.item_id = i.id), '[]') AS authors
    FROM bulletin_issue_item bi JOIN item i ON i.id = bi.item_id JOIN organisation u ON u.id = i.unit_id
   WHERE bi.issue_id = $1 ORDER BY bi.position`;

/** The label of a signed issue, null on a draft. */
export const labelOf = (issue: BulletinIssue): string | null =>
  issue.number === null ? null : numberLabel({ kind: issue.kind, year: issue.year!, number: issue.number, totalNumber: issue.totalNumber });

/**
 * Reads issues as the API answers them. A draft shows its items' current text; a signed or
 * published issue shows the copy frozen at signing.
 */
@Injectable()
export class IssueReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(principal: Principal, id: string, manager: EntityManager = this.dataSource.manager): Promise<IssueView> {
    const issue = await this.find(manager, principal, id);
    const items = await this.items(manager, issue);
    const [summary] = await this.summaries(manager, [issue]);
    const correctedBy = await manager.find(BulletinIssue, { where: { correctsIssueId: issue.id }, order: { createdAt: 'ASC' } });
    return {
      ...summary,
      itemCount: items.length,
      editorNote: issue.editorNote,
      distribution: issue.distribution,
      copies: issue.copies,
      correctedBy: correctedBy.map((c) => ({ id: c.id, numberLabel: labelOf(c) })),
      items,
    };
  }

  /** Drafts first (newest first), then the issues of `year` by kind and number, latest first. */
  async list(seriesId: string, year: number, kind?: IssueKind): Promise<IssueSummary[]> {
    const query = this.dataSource
      .getRepository(BulletinIssue)
      .createQueryBuilder('i')
      .where('i.series_id = :seriesId', { seriesId })
      .andWhere('(i.status = :draft OR i.year = :year)', { draft: IssueStatus.Draft, year });
    if (kind) query.andWhere('i.kind = :kind', { kind });
    const issues = await query.orderBy('i.number IS NULL', 'DESC').addOrderBy('i.kind', 'ASC').addOrderBy('i.number', 'DESC').addOrderBy('i.created_at', 'DESC').getMany();
    return this.summaries(this.dataSource.manager, issues);
  }

  /** The layout data of the print view (a draft gets a preview with blanks for its number). */
  async layout(principal: Principal, id: string): Promise<IssueLayout> {
    const manager = this.dataSource.manager;
    return buildIssueLayout(await this.layoutSource(manager, await this.find(manager, principal, id)));
  }

  async layoutSource(manager: EntityManager, issue: BulletinIssue): Promise<LayoutSource> {
    const series = await manager.findOneByOrFail(BulletinSeries, { id: issue.seriesId });
    const corrected = issue.correctsIssueId ? await manager.findOneByOrFail(BulletinIssue, { id: issue.correctsIssueId }) : null;
    const items = await this.items(manager, issue);
    return {
      series,
      kind: issue.kind,
      number: issue.number === null ? null : { kind: issue.kind, year: issue.year!, number: issue.number, totalNumber: issue.totalNumber! },
      date: issue.date,
      editorNote: issue.editorNote,
      corrects: corrected?.number ? { kind: corrected.kind, year: corrected.year!, number: corrected.number } : null,
      items: items.map((item) => ({ title: item.title, byline: item.byline, editorNote: item.editorNote, body: item.body })),
      distribution: issue.distribution,
      copies: issue.copies,
    };
  }

  /** The issue's items in order: the current text on a draft, the frozen copy once signed. */
  async items(manager: EntityManager, issue: BulletinIssue): Promise<IssueItemView[]> {
    const rows = await manager.query<ItemRow[]>(ITEMS_SQL, [issue.id]);
    const frozen = issue.status !== IssueStatus.Draft;
    return rows.map((row) => ({
      itemId: row.item_id,
      position: row.position,
      editorNote: row.editor_note,
      title: frozen ? row.frozen_title! : row.title,
      body: frozen ? row.frozen_body! : row.body,
      byline: frozen ? row.frozen_byline! : byline(row.unit_name, row.authors.map((a) => a.name)),
      authors: row.authors,
      unit: { id: row.unit_id, name: row.unit_name },
      itemStatus: row.status,
    }));
  }

  /** The issue, if it is of the caller's committee. */
  async find(manager: EntityManager, principal: Principal, id: string): Promise<BulletinIssue> {
    const issue = await manager.findOneBy(BulletinIssue, { id });
    if (!issue || issue.committeeId !== principal.committeeId) throw AppError.notFound('期刊');
    return issue;
  }

  private async summaries(manager: EntityManager, issues: BulletinIssue[]): Promise<IssueSummary[]> {
    if (issues.length === 0) return [];
    const ids = issues.map((i) => i.id);
    const seriesIds = [...new Set(issues.map((i) => i.seriesId))];
    const correctedIds = issues.flatMap((i) => (i.correctsIssueId ? [i.correctsIssueId] : []));
    const peopleIds = [...new Set(issues.flatMap((i) => [i.signedById, i.publishedById]).filter((p): p is string => !!p))];
    const series = await manager.findBy(BulletinSeries, { id: In(seriesIds) });
    const counts = await manager.query<{ issue_id: string; n: number }[]>(
      'SELECT issue_id, count(*)::int AS n FROM bulletin_issue_item WHERE issue_id = ANY($1) GROUP BY issue_id',
      [ids],
    );
    const corrected = correctedIds.length ? await manager.findBy(BulletinIssue, { id: In(correctedIds) }) : [];
    const people = peopleIds.length ? await manager.query<{ id: string; name: string }[]>('SELECT id, name FROM app_user WHERE id = ANY($1)', [peopleIds]) : [];
    const titleOf = new Map(series.map((s) => [s.id, s.title]));
    const countOf = new Map(counts.map((c) => [c.issue_id, c.n]));
    const correctedById = new Map(corrected.map((c) => [c.id, c]));
    const person = (id: string | null) => (id ? { id, name: people.find((p) => p.id === id)?.name ?? '' } : null);
    return issues.map((issue) => {
      const title = titleOf.get(issue.seriesId)!;
      const target = issue.correctsIssueId ? correctedById.get(issue.correctsIssueId) : undefined;
      return {
        id: issue.id,
        series: { id: issue.seriesId, title },
        kind: issue.kind,
        status: issue.status,
        year: issue.year,
        number: issue.number,
        totalNumber: issue.totalNumber,
        numberLabel: labelOf(issue),
        date: issue.date,
        corrects: target ? { id: target.id, numberLabel: labelOf(target) } : null,
        itemCount: countOf.get(issue.id) ?? 0,
        createdAt: issue.createdAt,
        updatedAt: issue.updatedAt,
        signedBy: person(issue.signedById),
        signedAt: issue.signedAt,
        publishedBy: person(issue.publishedById),
        publishedAt: issue.publishedAt,
        document: {
          status: issue.documentStatus,
          fileName: issue.number === null ? null : documentFileName(title, { kind: issue.kind, year: issue.year!, number: issue.number }),
          size: issue.documentSize,
          renderedAt: issue.renderedAt,
        },
      };
    });
  }
}
