import { z } from 'zod';
import { dateSchema } from './directory-fields.js';
import { ruleIssue as custom } from './common.js';
import { id, optionalText } from './service-config-fields.js';

// The register's calendar per property: weekly business hours and the holidays and worked weekend
// days (调休) that change them. Deadlines counted in business time use both.

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const; // ISO: 1 Monday … 7 Sunday

/** [startMinute, endMinute) after local midnight, e.g. [510, 720] is 08:30–12:00. */
const periodSchema = z
  .tuple([z.number().int().min(0).max(1440), z.number().int().min(0).max(1440)])
  .superRefine(([s, e], ctx) => {
    if (e <= s) ctx.addIssue(custom('serviceConfig.periodEndsBeforeStart'));
  });

const dayPeriods = z
  .array(periodSchema)
  .max(4)
  .superRefine((periods, ctx) => {
    periods.forEach((p, i) => {
      if (i > 0 && p[0] < periods[i - 1]![1]) ctx.addIssue(custom('serviceConfig.periodsOverlap', [i]));
    });
  });

export const weeklyHoursSchema = z
  .strictObject({
    1: dayPeriods,
    2: dayPeriods,
    3: dayPeriods,
    4: dayPeriods,
    5: dayPeriods,
    6: dayPeriods,
    7: dayPeriods,
  })
  .superRefine((week, ctx) => {
    if (WEEKDAYS.every((d) => week[d].length === 0)) ctx.addIssue(custom('serviceConfig.noWorkingTime'));
  });
export type WeeklyHours = z.output<typeof weeklyHoursSchema>;

export const businessHoursSchema = z.object({
  propertyId: z.string(),
  /** The property's time zone: the hours are local times there. */
  timeZone: z.string(),
  weekly: z.record(z.enum(WEEKDAYS), z.array(z.tuple([z.number(), z.number()]))),
  version: z.number().int(),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

export const putBusinessHoursBodySchema = z.strictObject({
  propertyId: id,
  version: z.number().int().min(0),
  weekly: weeklyHoursSchema,
});
export type PutBusinessHoursBody = z.output<typeof putBusinessHoursBodySchema>;

/** holiday: closed all day (法定节假日); workday: a weekend day worked with Monday's hours (调休). */
export const HOLIDAY_KINDS = ['holiday', 'workday'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const holidaySchema = z.object({
  id: z.string(),
  propertyId: z.string(),
  date: z.string(),
  kind: z.enum(HOLIDAY_KINDS),
  name: z.string(),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const holidayQuerySchema = z.strictObject({
  propertyId: id,
  year: z.coerce.number().int().min(2000).max(2100),
});

export const createHolidayBodySchema = z.strictObject({
  propertyId: id,
  date: dateSchema,
  kind: z.enum(HOLIDAY_KINDS),
  name: optionalText(30).default(''),
});
export type CreateHolidayBody = z.output<typeof createHolidayBodySchema>;
