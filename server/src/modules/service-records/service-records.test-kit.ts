import { expect } from 'vitest';
import type { FollowUp, ServiceRecord, ServiceRecordDetail } from '@qiantai/contracts';
import type { Agent, TestApp } from '../../test/harness.js';

/** Requests of the register, failing the test on an unexpected status. */
export function recordKit(t: TestApp, propertyId: string) {
  const body = (extra: Record<string, unknown>) => ({
    propertyId,
    kind: 'inquiry',
    channel: 'walk_in',
    customerName: '王先生',
    customerPhone: '13900138000',
    content: '咨询停车月卡办理',
    ...extra,
  });
  return {
    body,
    async create(agent: Agent, extra: Record<string, unknown> = {}): Promise<ServiceRecord> {
      const res = await agent.request('POST', '/api/v1/service-records', body(extra));
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    },
    async get(agent: Agent, id: string): Promise<ServiceRecordDetail> {
      const res = await agent.request('GET', `/api/v1/service-records/${id}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    },
    async list(agent: Agent, query: string): Promise<{ items: ServiceRecord[]; total: number }> {
      const res = await agent.request(
        'GET',
        `/api/v1/service-records?propertyId=${propertyId}&pageSize=200${query}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    },
    async act(agent: Agent, r: ServiceRecord, action: Record<string, unknown>): Promise<ServiceRecordDetail> {
      const res = await agent.request('POST', `/api/v1/service-records/${r.id}/actions`, {
        version: r.version,
        ...action,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    },
    async followUps(agent: Agent, due: string): Promise<{ items: FollowUp[]; total: number }> {
      const res = await agent.request(
        'GET',
        `/api/v1/service-follow-ups?propertyId=${propertyId}&due=${due}&pageSize=200`,
      );
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    },
  };
}
