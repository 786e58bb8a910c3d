import { describe, expect, it } from 'vitest';
import { filtersToQuery, parseFilters } from '../service-records/register-filters';
import { printPath, withoutPaging } from './register-sheet-api';

// The print view and the export take the register's filters as on screen, without its paging.

describe('print and export links', () => {
  const onScreen = filtersToQuery(
    'p1',
    parseFilters(new URLSearchParams('kind=complaint,suggestion&open=true&page=3&pageSize=50&q=漏水')),
  );

  it('keep every filter of the list and drop the page', () => {
    const filters = withoutPaging(onScreen);
    expect(filters).toMatchObject({
      propertyId: 'p1',
      kind: 'complaint,suggestion',
      open: 'true',
      q: '漏水',
    });
    expect(filters).not.toHaveProperty('page');
    expect(filters).not.toHaveProperty('pageSize');
  });

  it('open the print view of the layout asked for', () => {
    const url = new URL(printPath(onScreen, 'complaints'), 'http://desk');
    expect(url.pathname).toBe('/service/records/print');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      propertyId: 'p1',
      kind: 'complaint,suggestion',
      open: 'true',
      q: '漏水',
      layout: 'complaints',
    });
  });
});
