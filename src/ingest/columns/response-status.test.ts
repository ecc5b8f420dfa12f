import { describe, expect, it } from 'vitest';
import { notAResponse, responseStatusColumns } from './response-status.ts';

describe('rows a survey tool marks as no real response', () => {
  it("finds Qualtrics' Status and ODK Central's ReviewState, and only their marking values", () => {
    const headers = ['SubmissionDate', 'grp-community', 'ReviewState', 'Status'];
    const columns = responseStatusColumns(headers);
    expect(columns.map((c) => c.index)).toEqual([2, 3]);
    expect(notAResponse(columns, ['', 'Буча', 'rejected', ''])).toEqual({ column: 'ReviewState', value: 'rejected' });
    expect(notAResponse(columns, ['', 'Буча', '', 'Survey Preview'])).toEqual({
      column: 'Status',
      value: 'Survey Preview',
    });
    for (const kept of ['approved', 'hasIssues', 'received', 'edited', ''])
      expect(notAResponse(columns, ['', 'Буча', kept, 'IP Address'])).toBeNull();
    expect(responseStatusColumns(['Назва громади', 'Область'])).toEqual([]);
  });
});
