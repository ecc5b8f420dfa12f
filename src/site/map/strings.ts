// Fixed wording of maps in both languages.
import type { Lang } from '../../contract/types.ts';

export const mapStrings = {
  uk: {
    noData: 'Немає даних',
    insufficient: 'Недостатньо даних',
    insufficientNote: (min: number) => `менше ${min} відповідей`,
    other: 'Інше',
    interval: '95\u00a0% інтервал',
    respondents: 'Респонденти',
    region: 'Область',
    value: 'Значення',
    table: 'Показати таблицю з даними',
    illustrative: 'ілюстративні дані',
    national: 'Україна загалом',
    notes: 'Примітки',
    percentUnit: 'Частка громад, %',
    scoreUnit: 'Бали, 0–100',
    integerUnit: 'Кількість',
    categoryUnit: 'Найчастіша відповідь',
    legend: 'Легенда',
    nearTie: '≈ — другий за частотою варіант потрапляє в 95% інтервал першого: перевага першого не доведена.',
    keysHint: 'Стрілками переходьте між областями; Esc закриває підказку',
  },
  en: {
    noData: 'No data',
    insufficient: 'Insufficient data',
    insufficientNote: (min: number) => `fewer than ${min} responses`,
    other: 'Other',
    interval: '95% interval',
    respondents: 'Respondents',
    region: 'Oblast',
    value: 'Value',
    table: 'Show the data table',
    illustrative: 'illustrative data',
    national: 'Ukraine overall',
    notes: 'Notes',
    percentUnit: 'Share of communities, %',
    scoreUnit: 'Points, 0–100',
    integerUnit: 'Count',
    categoryUnit: 'Most frequent answer',
    legend: 'Legend',
    nearTie: "≈ — the runner-up's share lies inside the winner's 95% interval: the winner's lead is not established.",
    keysHint: 'Use the arrow keys to move between oblasts; Esc closes the tooltip',
  },
} satisfies Record<Lang, Record<string, string | ((n: number) => string)>>;

export type MapStrings = (typeof mapStrings)[Lang];
