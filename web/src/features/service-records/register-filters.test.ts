import { describe, expect, it } from 'vitest';
import { activePreset, applyPreset, filtersToQuery, filtersToSearch, parseFilters } from './register-filters';

const parse = (search: string) => parseFilters(new URLSearchParams(search));

describe('register filters in the URL', () => {
  it('survive a round trip through the query string', () => {
    const search =
      'from=2026-11-01&to=2026-11-27&kind=repair%2Ccomplaint&status=new&severity=major&departmentId=d1&assignee=me&overdue=true&q=%E6%BC%8F%E6%B0%B4&page=3&pageSize=50';
    const filters = parse(search);
    expect(filters).toMatchObject({
      from: '2026-11-01',
      kind: ['complaint', 'repair'],
      status: ['new'],
      assignee: 'me',
      overdue: true,
      q: '漏水',
      page: 3,
      pageSize: 50,
    });
    expect(parse(filtersToSearch(filters).toString())).toEqual(filters);
  });

  it('drop what a URL cannot mean instead of sending it to be refused', () => {
    const filters = parse('from=yesterday&kind=repair,teleport&status=lost&page=-2&pageSize=7');
    expect(filters).toMatchObject({ from: undefined, kind: ['repair'], status: [], page: 1, pageSize: 20 });
  });

  it('keep links short: defaults are left out', () => {
    expect(filtersToSearch(parse('')).toString()).toBe('');
  });

  it('become the API query with comma lists', () => {
    const query = filtersToQuery('p1', parse('kind=repair,complaint&open=true'));
    expect(query).toMatchObject({ propertyId: 'p1', kind: 'complaint,repair', open: 'true', page: 1 });
    expect(query.status).toBeUndefined();
  });
});

describe('register presets', () => {
  const offered = ['all', 'open', 'overdue', 'myDepartment', 'mine'] as const;

  it("show a department's open queue and keep the search", () => {
    const filters = applyPreset(parse('q=漏水&page=4&overdue=true'), 'myDepartment', 'eng');
    expect(filters).toMatchObject({ departmentId: 'eng', open: true, overdue: false, q: '漏水', page: 1 });
    expect(activePreset(filters, offered, 'eng')).toBe('myDepartment');
  });

  it('are recognised from the URL, and none matches a hand-made filter', () => {
    expect(activePreset(parse('open=true'), offered, 'eng')).toBe('open');
    expect(activePreset(parse(''), offered, 'eng')).toBe('all');
    expect(activePreset(parse('status=done'), offered, 'eng')).toBeNull();
  });
});
