import { BODY_CONVENTION } from './dto/item.dto';
import { Item } from './item.entity';

/** What the text does not follow of the field's conventions (shown as warnings, not enforced). */
export function conventionWarnings(item: Pick<Item, 'title' | 'body'>): string[] {
  const warnings: string[] = [];
  const length = countCharacters(item.body);
  if (length > BODY_CONVENTION) warnings.push(`正文 ${length} 字，超过一般不超过 ${BODY_CONVENTION} 字的惯例`);
  if (item.title && !/^关于.+的(建议|意见|报告|情况)/.test(item.title) && item.title.length > 40) {
    warnings.push('标题较长；惯例为“关于……的建议”或一句话陈述');
  }
  return warnings;
}

/** Characters as a reader counts them: code points, white space not counted. */
function countCharacters(text: string): number {
  const compact = text.replace(/\s+/g, '');
  return compact.length - (compact.match(/[\uD800-\uDBFF]/g)?.length ?? 0);
}
