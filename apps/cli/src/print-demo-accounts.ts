import { DemoCommittee } from '@sqmy/accounts';
import { ROLE_LABELS } from '@sqmy/contract';

/** The demo accounts as a table on the console, so whoever started the product can sign in. */
export function printDemoAccounts(demo: DemoCommittee): void {
  console.log('已载入演示数据：晋中市政协。演示账号（密码均为 Demo@2026）：');
  console.table(
    Object.values(demo.accounts).map((account) => ({
      用户名: account.username,
      密码: account.password,
      姓名: account.name,
      角色: account.roles.map((role) => ROLE_LABELS[role]).join('、'),
      单位: account.organisation,
    })),
  );
}
