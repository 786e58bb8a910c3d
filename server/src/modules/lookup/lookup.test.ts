import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../../test/harness.js';
import { unmaskedPersonalData } from '../../test/personal-data.js';
import { created } from '../../test/created.js';
import { makeBuilding, makeUnit } from '../buildings/buildings.test-kit.js';
import { makePerson, residentId } from '../people/people.test-kit.js';
import { results, search, titles } from './lookup.test-kit.js';

let t: TestApp;
let desk: Agent;
let p1: string;
let p2: string;
let zhang: { id: string; version: number };
const ZHANG_MOBILE = '13812345678';

beforeAll(async () => {
  t = await startTestApp();
  [p1, p2] = await t.propertyIds();
  desk = await t.login('frontdesk');
  const building3 = await makeBuilding(desk, p1, '3');
  const building7 = await makeBuilding(desk, p1, '7');
  const flat = await makeUnit(desk, building3.id, '1502', '2');
  await makeUnit(desk, building3.id, '1501', '1');
  await makeUnit(desk, building7.id, '1502');
  await makeUnit(desk, (await makeBuilding(desk, p1, 'A')).id, '1501');
  zhang = await makePerson(desk, {
    propertyId: p1,
    name: '张晓明',
    mobile: ZHANG_MOBILE,
    unitLink: { unitId: flat.id, role: 'owner' },
  });
  await makePerson(desk, { propertyId: p1, name: '张晓', mobile: '13600001111' });
  // Someone whose phone ends like a room number: the unit still ranks first for "1502".
  await makePerson(desk, { propertyId: p1, name: '李四', mobile: '13900001502' });
  created(
    await desk.request('POST', '/api/v1/vehicles', { propertyId: p1, plate: '粤B12345', personId: zhang.id }),
  );
  created(await desk.request('POST', '/api/v1/vehicles', { propertyId: p1, plate: '粤BD67890' }));
  const admin = await t.login('admin');
  await makePerson(admin, { propertyId: p2, name: '欧阳娜娜', mobile: '13700002222' });
});
afterAll(() => t.close());

describe('desk lookup by name', () => {
  it('finds a person by any part of the Chinese name: one character, two, the full name', async () => {
    for (const q of ['晓', '明', '晓明', '张晓明'])
      expect(titles(await results(desk, p1, q))).toContain('person:张晓明');
  });

  it('ranks an exact full name first, then names that start with what was typed', async () => {
    expect(titles(await results(desk, p1, '张晓')).slice(0, 2)).toEqual(['person:张晓', 'person:张晓明']);
    const [first] = await results(desk, p1, '张晓明');
    expect(first).toMatchObject({ type: 'person', title: '张晓明', matched: 'name', personId: zhang.id });
  });

  it('finds names with characters outside the basic plane (𠮷) by any part', async () => {
    await makePerson(desk, { propertyId: p1, name: '𠮷田花' });
    for (const q of ['𠮷', '𠮷田', '田花', '花'])
      expect(titles(await results(desk, p1, q)), q).toContain('person:𠮷田花');
  });

  it('finds a person by full pinyin, pinyin of the given name and initials', async () => {
    expect((await results(desk, p1, 'zhangxiaoming'))[0]).toMatchObject({
      title: '张晓明',
      matched: 'pinyin',
    });
    expect(titles(await results(desk, p1, 'ZhangXiao'))).toContain('person:张晓明');
    expect(titles(await results(desk, p1, 'xiaoming'))).toContain('person:张晓明');
    expect(titles(await results(desk, p1, 'zxm'))).toContain('person:张晓明');
  });

  it('reads polyphonic surnames as surnames (曾 zeng, 单 shan, 解 xie, 仇 qiu, 朴 piao, 区 ou, 查 zha, 乐 yue)', async () => {
    const names: [string, string, string][] = [
      ['曾小明', 'zengxiaoming', 'cengxiaoming'],
      ['单雄信', 'shanxiongxin', 'danxiongxin'],
      ['解晓东', 'xiexiaodong', 'jiexiaodong'],
      ['仇国强', 'qiuguoqiang', 'chouguoqiang'],
      ['朴正熙', 'piaozhengxi', 'puzhengxi'],
      ['区志坚', 'ouzhijian', 'quzhijian'],
      ['查良镛', 'zhaliangyong', 'chaliangyong'],
      ['乐嘉', 'yuejia', 'lejia'],
    ];
    for (const [name] of names) await makePerson(desk, { propertyId: p1, name });
    for (const [name, surnameReading, commonReading] of names) {
      expect(titles(await results(desk, p1, surnameReading))[0]).toBe(`person:${name}`);
      expect(titles(await results(desk, p1, commonReading))).not.toContain(`person:${name}`);
    }
  });
});

describe('desk lookup by phone tail', () => {
  it('finds a person by the last 4 to 11 digits of the mobile, showing it masked', async () => {
    for (let digits = 4; digits <= 11; digits++) {
      const items = await results(desk, p1, ZHANG_MOBILE.slice(-digits));
      const hit = items.find((r) => r.personId === zhang.id && r.type === 'person');
      expect(hit, `${digits} digits`).toMatchObject({ matched: 'phone' });
      expect(hit!.subtitle).toContain('138****5678');
      expect(hit!.subtitle).toContain('3-2-1502');
    }
  });

  it('does not treat three digits as a phone tail', async () => {
    expect(titles(await results(desk, p1, '678'))).not.toContain('person:张晓明');
  });
});

describe('desk lookup by unit', () => {
  it('finds a unit by its code, the Chinese spelling, building-room and the room alone', async () => {
    for (const q of ['3-2-1502', '3栋2单元1502', '3号楼2单元1502室', '3-1502', '1502']) {
      expect(titles(await results(desk, p1, q)), q).toContain('unit:3-2-1502');
    }
  });

  it('finds a unit of a lettered tower as people say it: A1501, a-1501, A座1501', async () => {
    for (const q of ['A1501', 'a-1501', 'A座1501'])
      expect(titles(await results(desk, p1, q))[0], q).toBe('unit:A-1501');
  });

  it('ranks the exact unit first and names its occupants', async () => {
    const [first] = await results(desk, p1, '3-2-1502');
    expect(first).toMatchObject({ type: 'unit', title: '3-2-1502', matched: 'unit', personId: zhang.id });
    expect(first!.subtitle).toContain('张晓明');
    // "1502" is a room in two buildings, and a phone tail: the units come first.
    const items = titles(await results(desk, p1, '1502'));
    expect(items.slice(0, 2).sort()).toEqual(['unit:3-2-1502', 'unit:7-1502']);
    expect(items).toContain('person:李四');
  });
});

describe('desk lookup by plate', () => {
  it('finds a vehicle by the whole plate however it is written, and by a partial plate', async () => {
    for (const q of ['粤B12345', '粤b·12345', 'B123', 'b12345', '12345']) {
      expect(titles(await results(desk, p1, q)), q).toContain('vehicle:粤B12345');
    }
    expect(titles(await results(desk, p1, 'BD678'))).toContain('vehicle:粤BD67890');
  });

  it('ranks the exact plate first and names the owner', async () => {
    const [first] = await results(desk, p1, '粤B12345');
    expect(first).toMatchObject({ type: 'vehicle', title: '粤B12345', matched: 'plate', personId: zhang.id });
    expect(first!.subtitle).toContain('张晓明');
  });
});

describe('desk lookup privacy and scope', () => {
  it('never shows a full mobile or ID number in a search result', async () => {
    await makePerson(desk, {
      propertyId: p1,
      name: '张证件',
      mobile: '13512345678',
      idDocument: { idType: 'resident_id', idNumber: residentId() },
    });
    for (const q of ['张', '张证件', '5678', '13512345678', 'zhang', '3-2-1502', '粤B12345']) {
      const res = await search(desk, p1, q);
      expect(res.statusCode).toBe(200);
      expect(unmaskedPersonalData(res.json()), q).toEqual([]);
    }
  });

  it("answers 404 for another property's id and never shows its people", async () => {
    const other = await t.login('frontdesk2');
    expect((await search(other, p1, '张晓明')).statusCode).toBe(404);
    expect(titles(await results(desk, p1, '欧阳娜娜'))).toEqual([]);
    expect(titles(await results(desk, p1, 'ouyang'))).not.toContain('person:欧阳娜娜');
    expect(titles(await results(other, p2, '欧阳娜娜'))).toEqual(['person:欧阳娜娜']);
  });
});

describe('desk lookup follows changes', () => {
  it('finds a renamed person by the new name only, and by the new mobile only', async () => {
    const person = await makePerson(desk, { propertyId: p1, name: '王改名', mobile: '13811112222' });
    const res = await desk.request('PATCH', `/api/v1/people/${person.id}`, {
      version: person.version,
      name: '王新名',
      mobile: '13833334444',
    });
    expect(res.statusCode).toBe(200);
    expect(titles(await results(desk, p1, '王改名'))).toEqual([]);
    expect(titles(await results(desk, p1, 'wanggaiming'))).toEqual([]);
    expect(titles(await results(desk, p1, '王新名'))).toEqual(['person:王新名']);
    expect(titles(await results(desk, p1, '2222'))).not.toContain('person:王新名');
    expect(titles(await results(desk, p1, '3334444'))).toContain('person:王新名');
  });
});
