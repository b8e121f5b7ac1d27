/**
 * Bulletin rendering benchmark: a 20-item issue of 1,500-character items (the corpus of the intake
 * benchmark), rendered to .docx again and again — layout, Word document, stored through the storage
 * interface into a temporary folder. Prints p50 / p95 against the target of 1 s and writes
 * bench/results/bulletin.json. Informational: exits 0 unless something crashed.
 *
 *   npm run bench:bulletin                    # 50 renders
 *   BENCH_RENDERS=200 npm run bench:bulletin
 */
import { buildIssueLayout, LayoutSource, renderIssueDocx } from '@sqmy/bulletins';
import { IssueKind } from '@sqmy/contract';
import { LocalDiskStorage } from '@sqmy/storage';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { rng, TextGenerator } from './support/corpus';
import { round, summarize } from './support/stats';

const RENDERS = Number(process.env.BENCH_RENDERS ?? 50);
const ITEMS = 20;
const ITEM_LENGTH = 1_500;
const TARGET_MS = 1_000;

function issue(): LayoutSource {
  const text = new TextGenerator(rng(20240305));
  return {
    series: { title: '晋中社情民意', issuingUnit: '政协晋中市委员会研究中心', marking: '内部资料 注意保存' },
    kind: IssueKind.Regular,
    number: { kind: IssueKind.Regular, year: 2024, number: 3, totalNumber: 45 },
    date: '2024-03-05',
    editorNote: '本期编发二十篇社情民意信息，供领导参阅。',
    corrects: null,
    items: Array.from({ length: ITEMS }, (_, i) => {
      const { title, body } = text.item(ITEM_LENGTH);
      return { title, body, byline: `民盟晋中市委会 信息员${i + 1}`, editorNote: i % 5 === 0 ? '此篇建议有关部门研究。' : null };
    }),
    distribution: [
      { label: '报', text: '省政协办公厅、研究室，市委、市人大常委会、市政府、市政协领导' },
      { label: '送', text: '市委办公室、市政府办公室，市直有关部门' },
      { label: '发', text: '各县（区、市）政协，市政协各专门委员会、各参加单位' },
    ],
    copies: 60,
  };
}

async function main(): Promise<void> {
  const source = issue();
  const folder = mkdtempSync(join(tmpdir(), 'sqmy-bench-bulletin-'));
  const storage = new LocalDiskStorage(folder);
  const times: number[] = [];
  let size = 0;
  try {
    await renderIssueDocx(buildIssueLayout(source)); // warm-up: module loading and JIT
    for (let i = 0; i < RENDERS; i += 1) {
      const started = performance.now();
      const docx = await renderIssueDocx(buildIssueLayout(source));
      size = (await storage.put('bulletin-bench', Readable.from(docx))).size;
      times.push(performance.now() - started);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const summary = summarize(times);
  const verdict = summary.p95 <= TARGET_MS ? 'meets' : 'misses';
  console.log(`bulletin render: ${ITEMS} items × ${ITEM_LENGTH} characters, ${RENDERS} renders, .docx ${round(size / 1024)} KiB`);
  console.log(`  p50 ${summary.p50} ms   p95 ${summary.p95} ms   max ${summary.max} ms   (target ≤ ${TARGET_MS} ms: ${verdict})`);
  const results = resolve(__dirname, 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'bulletin.json'), JSON.stringify({ items: ITEMS, itemLength: ITEM_LENGTH, renders: RENDERS, bytes: size, ms: summary, targetMs: TARGET_MS }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
