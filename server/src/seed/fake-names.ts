import type { Rng } from './fake-residents.js';

// Chinese names for demo and benchmark data: surnames weighted by their share of the population
// (2020 census, per mille, rounded; 陈/黄/梁/林 a little higher as in Guangdong), plus rarer surnames,
// including the polyphonic ones the lookup must read as surnames (曾 zeng, 单 shan, 解 xie …).

const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71],
  ['李', 70],
  ['张', 66],
  ['刘', 54],
  ['陈', 55],
  ['杨', 31],
  ['黄', 30],
  ['赵', 23],
  ['吴', 20],
  ['周', 19],
  ['徐', 15],
  ['孙', 15],
  ['马', 12],
  ['朱', 12],
  ['胡', 11],
  ['郭', 11],
  ['何', 10],
  ['林', 14],
  ['高', 10],
  ['罗', 9],
  ['郑', 8],
  ['梁', 11],
  ['谢', 7],
  ['宋', 6],
  ['唐', 6],
  ['许', 6],
  ['韩', 6],
  ['冯', 5],
  ['邓', 5],
  ['曹', 5],
  ['彭', 5],
  ['曾', 5],
  ['肖', 5],
  ['田', 4],
  ['董', 4],
  ['袁', 4],
  ['潘', 4],
  ['于', 4],
  ['蒋', 4],
  ['蔡', 4],
  ['余', 4],
  ['杜', 4],
  ['叶', 4],
  ['程', 4],
  ['苏', 4],
  ['魏', 3],
  ['吕', 3],
  ['丁', 3],
  ['任', 3],
  ['沈', 3],
  ['姚', 3],
  ['卢', 3],
  ['姜', 3],
  ['崔', 3],
  ['钟', 3],
  ['谭', 3],
  ['陆', 3],
  ['汪', 2],
  ['范', 2],
  ['金', 2],
  ['石', 2],
  ['廖', 2],
  ['贾', 2],
  ['夏', 2],
  ['韦', 2],
  ['付', 2],
  ['方', 2],
  ['白', 2],
  ['邹', 2],
  ['孟', 2],
  ['熊', 2],
  ['秦', 2],
  ['邱', 2],
  ['江', 2],
  ['尹', 2],
  ['薛', 2],
  ['闫', 2],
  ['段', 2],
  ['雷', 2],
  ['侯', 1],
  ['龙', 1],
  ['史', 1],
  ['陶', 1],
  ['黎', 1],
  ['贺', 1],
  ['顾', 1],
  ['毛', 1],
  ['郝', 1],
  ['龚', 1],
  ['邵', 1],
  ['万', 1],
  ['钱', 1],
  ['严', 1],
  ['覃', 1],
  ['武', 1],
  ['戴', 1],
  ['莫', 1],
  ['孔', 1],
  ['向', 1],
  ['汤', 1],
  // Rare and polyphonic surnames, and compound ones: a fraction of a per mille each.
  ['单', 0.4],
  ['解', 0.3],
  ['仇', 0.3],
  ['朴', 0.2],
  ['区', 0.3],
  ['查', 0.3],
  ['乐', 0.3],
  ['欧阳', 0.4],
  ['司马', 0.1],
  ['诸葛', 0.1],
  ['上官', 0.1],
  ['令狐', 0.05],
];

const MALE = '伟强军磊洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣瑞博文晨阳轩睿哲天一泽成建国志';
const FEMALE = '芳娜敏静丽艳娟霞秀玲桂英兰萍红琳雪梅婷燕慧莉佳倩颖琪晶妍欣怡悦雨涵思梦瑶诗紫萱晓雯';
const SHARED = '子嘉家佳俊文明晓小海春秋建永世德金玉婉晴安宏振新';

const cumulative = (() => {
  let total = 0;
  return SURNAMES.map(([surname, weight]) => {
    total += weight;
    return [surname, total] as const;
  });
})();
const TOTAL_WEIGHT = cumulative[cumulative.length - 1]![1];

export function pickSurname(rng: Rng): string {
  const target = rng.next() * TOTAL_WEIGHT;
  return cumulative.find(([, upTo]) => target < upTo)?.[0] ?? '王';
}

export type FakeGender = 'male' | 'female';

/** A full name: surname plus one given character (about a fifth of people) or two. */
export function fakeName(rng: Rng, gender: FakeGender): string {
  const own = gender === 'male' ? MALE : FEMALE;
  const pool = [...own, ...own, ...SHARED];
  const first = rng.pick(pool);
  const given = rng.next() < 0.2 ? first : first + rng.pick(pool);
  return pickSurname(rng) + given;
}
