import { SERVICE_SETTINGS_DEFAULTS, type ServiceKind } from '@qiantai/contracts';
import { newId } from '../../db/ids.js';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { inTransaction, systemActor, type ServiceContext } from '../../platform/context.js';
import { departmentsOf, propertiesByIds } from '../properties/index.js';
import type { CategoryRow } from './categories.repository.js';
import { insertCategories } from './categories.service.js';
import * as calendarRepo from './calendar.repository.js';
import { insertHolidays } from './calendar.service.js';
import { writeEscalationLevels } from './escalation.service.js';
import { insertPhrases } from './phrases.service.js';
import * as settingsRepo from './settings.repository.js';
import { insertSlaPolicies } from './sla-policies.service.js';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_ESCALATION,
  DEFAULT_HOLIDAYS,
  DEFAULT_PHRASES,
  DEFAULT_SLA_POLICIES,
  DEFAULT_WEEKLY_HOURS,
  type CategoryDefault,
} from './service-config-defaults.js';

/** The demo marker is for screens, not for saying aloud: "欢迎来到锦绣花园客服中心". */
const spoken = (name: string) => name.replace(/\s*[（(](演示|demo)[）)]\s*$/i, '');

/**
 * Gives a property the default register configuration (service-config-defaults.ts). Runs inside
 * the property's creation, before anyone is assigned to it, so it checks no scope; a property that
 * already has settings is left alone. One audit entry records the seeding, not one per row.
 */
export async function seedServiceConfig(ctx: ServiceContext, propertyId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    if (await settingsRepo.findSettings(tx.db, propertyId)) return;
    const [property] = await propertiesByIds(tx, [propertyId]);
    if (!property) throw new Error(`seedServiceConfig: no property ${propertyId}`);
    // Nobody is assigned to a property being created yet: read its departments as the system.
    const departments = await departmentsOf({ ...tx, actor: systemActor([propertyId]) }, propertyId);
    const departmentId = new Map(departments.map((d) => [d.code, d.id]));
    const now = tx.now();

    const categories: CategoryRow[] = [];
    const categoryIds = new Map<string, string>(); // 'repair/电梯/困人' → id
    const addTree = (kind: ServiceKind, nodes: CategoryDefault[], parent: CategoryRow | null, path: string) =>
      nodes.forEach((node, i) => {
        const row: CategoryRow = {
          id: newId(now),
          property_id: propertyId,
          parent_id: parent?.id ?? null,
          kind,
          name: node.name,
          name_en: node.nameEn,
          default_department_id: node.department ? (departmentId.get(node.department) ?? null) : null,
          sort: (i + 1) * 10,
          active: 1,
          created_at: now,
          updated_at: now,
          version: 1,
        };
        categories.push(row);
        categoryIds.set(`${path}/${node.name}`, row.id);
        addTree(kind, node.children ?? [], row, `${path}/${node.name}`);
      });
    for (const [kind, nodes] of Object.entries(DEFAULT_CATEGORIES))
      addTree(kind as ServiceKind, nodes, null, kind);
    await insertCategories(tx, categories, true);

    await insertSlaPolicies(
      tx,
      DEFAULT_SLA_POLICIES.map((p) => {
        const categoryId = p.category ? categoryIds.get([p.kind, ...p.category].join('/')) : null;
        if (categoryId === undefined)
          throw new Error(`seedServiceConfig: no category ${p.category!.join('/')}`);
        return {
          id: newId(now),
          property_id: propertyId,
          kind: p.kind,
          severity: p.severity,
          category_id: categoryId,
          name: p.name,
          name_en: p.nameEn,
          respond_minutes: p.respondMinutes,
          resolve_minutes: p.resolveMinutes,
          business_hours: 0,
          created_at: now,
          updated_at: now,
          version: 1,
        };
      }),
      true,
    );

    await writeEscalationLevels(tx, propertyId, DEFAULT_ESCALATION, 1);
    await calendarRepo.insertBusinessHours(tx.db, {
      property_id: propertyId,
      weekly: JSON.stringify(DEFAULT_WEEKLY_HOURS),
      updated_at: now,
      version: 1,
    });
    await insertHolidays(
      tx,
      DEFAULT_HOLIDAYS.map(([date, kind, name]) => ({
        id: newId(now),
        property_id: propertyId,
        date,
        kind,
        name,
        created_at: now,
      })),
      true,
    );

    const name = spoken(property.name);
    const nameEn = spoken(property.nameEn || property.name);
    await insertPhrases(
      tx,
      DEFAULT_PHRASES.map((p, i) => ({
        id: newId(now),
        property_id: propertyId,
        stage: p.stage,
        text: p.text.replaceAll('{name}', name),
        text_en: p.textEn.replaceAll('{nameEn}', nameEn),
        sort: (i + 1) * 10,
        active: 1,
        created_at: now,
        updated_at: now,
        version: 1,
      })),
      true,
    );

    await settingsRepo.insertSettings(tx.db, {
      property_id: propertyId,
      warning_share: SERVICE_SETTINGS_DEFAULTS.warningShare,
      follow_up_delay_hours: SERVICE_SETTINGS_DEFAULTS.followUpDelayHours,
      wait_apology_seconds: SERVICE_SETTINGS_DEFAULTS.waitApologySeconds,
      updated_at: now,
      version: 1,
    });

    await writeAudit(tx, {
      action: 'serviceConfig.seed',
      entityType: 'property',
      entityId: propertyId,
      propertyId,
      detail: {
        categories: categories.length,
        slaPolicies: DEFAULT_SLA_POLICIES.length,
        escalationLevels: DEFAULT_ESCALATION.length,
        holidays: DEFAULT_HOLIDAYS.length,
        phrases: DEFAULT_PHRASES.length,
      },
    });
  });
}
