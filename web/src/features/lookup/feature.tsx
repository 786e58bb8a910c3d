import { defineFeature } from '../../app/features/define-feature';
import { DeskLookup } from './DeskLookup';
import { lookupEn } from './messages.en';
import { lookupZhCN } from './messages.zh-CN';

export const lookup = defineFeature({
  id: 'lookup',
  messages: { 'zh-CN': lookupZhCN, en: lookupEn },
  header: [{ id: 'desk-lookup', placement: 'start', permission: 'directory.read', component: DeskLookup }],
});
