// The key figures that are not codebook metrics but national facts of a run: what
// <KeyFigure id=…> accepts besides metrics (content check) and what its view model shows.
/** Key figures that are not codebook metrics but national facts of the run. */
export const extraKeyFigures = [
  'oblasts_covered',
  'oblasts_ranked',
  'leader',
  'min_respondents',
  'communities_total',
] as const;

/** The extra key figures that count something, so a noun after them can agree with the number. */
export const countedExtraKeyFigures: readonly string[] = [
  'oblasts_covered',
  'oblasts_ranked',
  'min_respondents',
  'communities_total',
];
