import { Foundation1795500000000 } from './1795500000000-Foundation';
import { ItemsTopicsCommissions1795600000000 } from './1795600000000-ItemsTopicsCommissions';
import { AttachmentsAndIntake1795700000000 } from './1795700000000-AttachmentsAndIntake';
import { Desk1795800000000 } from './1795800000000-Desk';
import { SearchTable1795995965558 } from './1795995965558-SearchTable';
import { Bulletins1796000000000 } from './1796000000000-Bulletins';
import { Outcomes1796100000000 } from './1796100000000-Outcomes';
import { Scoring1796200000000 } from './1796200000000-Scoring';
import { RankingIndexes1796250000000 } from './1796250000000-RankingIndexes';
import { FigureIndexes1796300000000 } from './1796300000000-FigureIndexes';
import { CommentAudience1796412000000 } from './1796412000000-CommentAudience';
import { OutboxCompletion1796412100000 } from './1796412100000-OutboxCompletion';
import { SearchWeekLexeme1796413400000 } from './1796413400000-SearchWeekLexeme';

/** Every migration, in order. `npm run migration:generate` writes a file here; add it to this list. */
export const MIGRATIONS = [
  Foundation1795500000000,
  ItemsTopicsCommissions1795600000000,
  AttachmentsAndIntake1795700000000,
  Desk1795800000000,
  SearchTable1795995965558,
  Bulletins1796000000000,
  Outcomes1796100000000,
  Scoring1796200000000,
  RankingIndexes1796250000000,
  FigureIndexes1796300000000,
  CommentAudience1796412000000,
  OutboxCompletion1796412100000,
  SearchWeekLexeme1796413400000,
];
