/** Who is scored and ranked. Persisted. */
export enum ScoreSubjectType {
  /** An author (信息员, 政协委员…): their share of each item's points. */
  Informant = 'informant',
  /** A reporting unit (报送单位): `unitCredit` of its items' points. */
  Unit = 'unit',
  /** A committee (市/县政协): the full points of its items. */
  Committee = 'committee',
}

/** The periods tallies are kept for. Persisted. */
export enum TallyGrain {
  Month = 'month',
  Quarter = 'quarter',
  Year = 'year',
}
