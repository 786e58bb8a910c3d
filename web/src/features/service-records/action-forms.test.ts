import { describe, expect, it } from 'vitest';
import { serviceActionBodySchema, WORK_ACTIONS, STATUS_ACTIONS } from '@qiantai/contracts';
import { ACTION_FORM, ACTION_ORDER, actionBody, primaryAction, type FormAction } from './action-forms';

const filled = { comment: ' 客户不在家 ', result: '已更换水龙头', departmentId: 'd1', assigneeUserId: 'u1' };

describe('action forms', () => {
  it('offer a button for every action a user can take on the record page', () => {
    const onPage = [...STATUS_ACTIONS, ...WORK_ACTIONS].filter((a) => a !== 'comment' && a !== 'follow_up');
    expect([...ACTION_ORDER].sort()).toEqual([...onPage].sort());
  });

  it('build, from a filled form, a body the server accepts', () => {
    for (const action of ACTION_ORDER) {
      const parsed = serviceActionBodySchema.safeParse(actionBody(action, filled, 3));
      expect(parsed.success, action).toBe(true);
      expect(parsed.data?.version).toBe(3);
    }
  });

  it('refuse an empty reason or result, as the server would', () => {
    const required = ACTION_ORDER.filter((a) => ['reason', 'result', 'transfer'].includes(ACTION_FORM[a]));
    expect(required.sort()).toEqual(['answer_at_desk', 'cancel', 'complete', 'reopen', 'transfer', 'wait']);
    for (const action of required)
      expect(
        serviceActionBodySchema.safeParse(actionBody(action, { departmentId: 'd1' }, 1)).success,
        action,
      ).toBe(false);
  });

  it('send an agreed deadline with a forward, and no deadline when none was picked', () => {
    const at = Date.UTC(2026, 10, 28, 9);
    expect(actionBody('forward', { departmentId: 'd1', resolveDueAt: at }, 1)).toMatchObject({
      resolveDueAt: at,
    });
    expect(actionBody('forward', { departmentId: 'd1' }, 1)).toMatchObject({
      resolveDueAt: null,
      assigneeUserId: null,
    });
  });

  it('draw the natural next step as the primary button', () => {
    const allowed: FormAction[] = ['cancel', 'forward', 'complete', 'start', 'accept'];
    expect(primaryAction(allowed)).toBe('accept');
    expect(primaryAction(['cancel', 'forward'])).toBeNull();
  });
});
