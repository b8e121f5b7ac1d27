import { Principal } from '@sqmy/accounts';
import { CommissionStatus, ErrorCode, ErrorDetail, Role } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { EntityManager } from 'typeorm';
import { Category } from '../categories/category.entity';
import { Commission } from '../commissions/commission.entity';
import { Topic } from '../topics/topic.entity';
import { ItemDraftDto } from './dto/item.dto';

/**
 * Checks what a draft points to: an active category, an open topic of the author's committee, an
 * open commission addressed to the author or their unit, co-authors who are informants of the same
 * committee. Every problem is reported at once, by field.
 */
export async function checkReferences(manager: EntityManager, principal: Principal, dto: ItemDraftDto): Promise<void> {
  const problems: ErrorDetail[] = [];
  if (dto.categoryCode) {
    const category = await manager.findOneBy(Category, { code: dto.categoryCode, active: true });
    if (!category) problems.push({ field: 'categoryCode', message: '没有这个类别' });
  }
  if (dto.topicId) {
    const topic = await manager.findOneBy(Topic, { id: dto.topicId, committeeId: principal.committeeId });
    const today = new Date().toISOString().slice(0, 10);
    if (!topic) problems.push({ field: 'topicId', message: '没有这个选题' });
    else if (topic.opensOn > today || topic.closesOn < today) problems.push({ field: 'topicId', message: '该选题不在征集期内' });
  }
  if (dto.commissionId) {
    const commission = await manager.findOneBy(Commission, { id: dto.commissionId, committeeId: principal.committeeId });
    const addressed = commission && (commission.assigneeUserId ? commission.assigneeUserId === principal.id : commission.assigneeUnitId === principal.organisationId);
    if (!commission || !addressed) problems.push({ field: 'commissionId', message: '没有向您约的这篇稿' });
    else if (commission.status !== CommissionStatus.Open) problems.push({ field: 'commissionId', message: '该约稿已结束' });
  }
  for (const [index, id] of (dto.coAuthorIds ?? []).entries()) {
    const field = `coAuthorIds.${index}`;
    if (id === principal.id) {
      problems.push({ field, message: '第一作者不必再列为联名作者' });
      continue;
    }
    const [row] = await manager.query<{ roles: Role[]; committee_id: string; active: boolean }[]>(
      'SELECT u.roles, o.committee_id, u.active FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1',
      [id],
    );
    if (!row || !row.active) problems.push({ field, message: '没有这位信息员' });
    else if (row.committee_id !== principal.committeeId) problems.push({ field, message: '联名作者须是本委员会的信息员' });
    else if (!row.roles.includes(Role.Informant)) problems.push({ field, message: '联名作者须是信息员' });
  }
  if (problems.length > 0) throw AppError.unprocessable(ErrorCode.InvalidReference, '稿件的类别、选题、约稿或联名作者有误', problems);
}
