import type { z } from 'zod';
import {
  maskPhone,
  type Locale,
  type NotificationContact,
  type Role,
  type updateNotificationContactBodySchema,
} from '@qiantai/contracts';
import { writeAudit } from '../../platform/audit/audit-writer.js';
import { inTransaction, requireActor, type ServiceContext } from '../../platform/context.js';
import * as repo from './user-contacts.repository.js';

/** A user as the notifications module sees them. */
export interface Contact {
  id: string;
  displayName: string;
  locale: Locale;
  email: string | null;
  mobile: string | null;
}

type ContactRow = Awaited<ReturnType<typeof repo.findContacts>>[number];
const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  displayName: r.display_name,
  locale: r.locale,
  email: r.email,
  mobile: r.mobile,
});

/** Active users of the property who are named, hold one of the roles, or belong to one of the departments. */
export async function recipientsIn(
  ctx: ServiceContext,
  propertyId: string,
  who: { userIds?: readonly string[]; roles?: readonly Role[]; departmentIds?: readonly string[] },
): Promise<Contact[]> {
  const rows = await repo.findRecipients(ctx.db, propertyId, {
    userIds: who.userIds ?? [],
    roles: who.roles ?? [],
    departmentIds: who.departmentIds ?? [],
  });
  return rows.map(toContact);
}

export async function contactsOf(ctx: ServiceContext, userIds: readonly string[]): Promise<Contact[]> {
  return (await repo.findContacts(ctx.db, [...new Set(userIds)])).map(toContact);
}

const shown = (c: Pick<Contact, 'email' | 'mobile'>): NotificationContact => ({
  email: c.email,
  mobileMasked: maskPhone(c.mobile),
});

export async function myContact(ctx: ServiceContext): Promise<NotificationContact> {
  const [me] = await contactsOf(ctx, [requireActor(ctx).userId]);
  return shown(me ?? { email: null, mobile: null });
}

/** Changes my e-mail address and mobile; the history records the mobile masked, like every phone. */
export async function updateMyContact(
  ctx: ServiceContext,
  body: z.output<typeof updateNotificationContactBodySchema>,
): Promise<NotificationContact> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const [before] = await contactsOf(tx, [actor.userId]);
    if (!before) return shown({ email: null, mobile: null });
    await repo.setContact(tx.db, actor.userId, body);
    const after = {
      email: body.email === undefined ? before.email : body.email,
      mobile: body.mobile === undefined ? before.mobile : body.mobile,
    };
    const changes: Record<string, [unknown, unknown]> = {};
    if (after.email !== before.email) changes.email = [before.email, after.email];
    if (after.mobile !== before.mobile) changes.mobile = [maskPhone(before.mobile), maskPhone(after.mobile)];
    if (Object.keys(changes).length)
      await writeAudit(tx, {
        action: 'user.contact.update',
        entityType: 'user',
        entityId: actor.userId,
        changes,
      });
    return shown(after);
  });
}
